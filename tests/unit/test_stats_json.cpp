// An agreement figure as JSON (core/stats/stats_json.h): the one writer behind the tool's,
// the report's and the test interface's figures. Expected JSON written out by hand; the
// values are chosen to be exact in binary (0.5, 0.75) so their text is certain.
#include "core/stats/stats_json.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ca::stats;

namespace {

// Kappa 0.5 on 30 cases: po 0.75, pe 0.5, so kappa = (0.75 - 0.5) / (1 - 0.5) = 0.5, which
// Landis and Koch call Moderate (0.41-0.60).
Coefficient kappa_half() {
    Coefficient c;
    c.value = 0.5;
    c.n = 30;
    c.observed = 0.75;
    c.expected = 0.5;
    return c;
}

std::string written(const Coefficient& c, CoefficientJsonMembers members) {
    return coefficient_json(c, members).dump();
}

} // namespace

TEST_CASE("Coefficient JSON: a defined coefficient in each output's members", "[stats][json]") {
    const Coefficient c = kappa_half();
    CHECK(written(c, k_coefficient_json) ==
          R"({"value":0.5,"n":30,"band":"moderate","reason":""})");
    CHECK(written(c, k_report_coefficient_json) ==
          R"({"value":0.5,"n":30,"observed":0.75,"band":"moderate","reason":""})");
    CHECK(written(c, k_value_and_n_json) == R"({"value":0.5,"n":30})");
    // Any mix keeps the fixed order: value, n, observed, band, reason.
    CHECK(written(c, CoefficientJsonMembers{true, false, true}) ==
          R"({"value":0.5,"n":30,"observed":0.75,"reason":""})");
}

TEST_CASE("Coefficient JSON: an undefined coefficient is null with its reason, never 0",
          "[stats][json]") {
    // One case: no value and no band (undefined_coefficient leaves observed at 0).
    const Coefficient c =
        undefined_coefficient(1, "One case is too few to measure agreement beyond chance.");
    CHECK(written(c, k_coefficient_json) ==
          R"({"value":null,"n":1,"band":null,)"
          R"("reason":"One case is too few to measure agreement beyond chance."})");
    CHECK(written(c, k_report_coefficient_json) ==
          R"({"value":null,"n":1,"observed":0.0,"band":null,)"
          R"("reason":"One case is too few to measure agreement beyond chance."})");
    CHECK(written(c, k_value_and_n_json) == R"({"value":null,"n":1})");
    // No case at all.
    CHECK(written(undefined_coefficient(0, "No case to compare."), k_coefficient_json) ==
          R"({"value":null,"n":0,"band":null,"reason":"No case to compare."})");
}

TEST_CASE("Coefficient JSON: a proportion has no band", "[stats][json]") {
    // 3 of 4 areas agree: 0.75, which as a kappa would be Substantial; a share has no band.
    Coefficient share;
    share.value = 0.75;
    share.n = 4;
    share.observed = 0.75;
    CHECK(written(share, k_proportion_json) == R"({"value":0.75,"n":4,"reason":""})");
}

TEST_CASE("Coefficient JSON: bands at the boundaries and below chance", "[stats][json]") {
    // 0.60 is Moderate, 0.605 Substantial (coefficient.h); below 0 Poor; 1 Almost perfect.
    Coefficient c = kappa_half();
    const auto band = [&](double v) {
        c.value = v;
        return coefficient_json(c, k_coefficient_json)["band"].get<std::string>();
    };
    CHECK(band(0.6) == "moderate");
    CHECK(band(0.605) == "substantial");
    CHECK(band(-0.25) == "poor");
    CHECK(band(1.0) == "almost-perfect");
    // The value is written unrounded.
    c.value = 0.605;
    CHECK(coefficient_json(c, k_coefficient_json).dump() ==
          R"({"value":0.605,"n":30,"band":"substantial","reason":""})");
}
