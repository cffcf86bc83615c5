// Calibration results as JSON (core/training/calibration_json.h): the bias rows written by
// `caseaudit agreement --json` and by the report. Expected JSON written out by hand, with
// mean points exact in binary (2.5, -7.25) so their text is certain.
#include "core/training/calibration_json.h"

#include <catch2/catch.hpp>

using namespace ca::training;

namespace {

AuditorBias bias_row(std::string auditor, int cases, double mean_points, int above, int level,
                     int below, std::string direction) {
    AuditorBias b;
    b.auditor = std::move(auditor);
    b.cases = cases;
    b.mean_points = mean_points;
    b.grades_above = above;
    b.grades_level = level;
    b.grades_below = below;
    b.direction = std::move(direction);
    return b;
}

} // namespace

TEST_CASE("Calibration JSON: two auditors' bias rows, in the calibration's order",
          "[training][json]") {
    // Ann scored 2.5 points above the group's median on average over 2 cases (one grade
    // above, one level); Ben 7.25 below over 4 cases (3 level, 1 below).
    const std::vector<AuditorBias> bias = {bias_row("Ann", 2, 2.5, 1, 1, 0, "above the group"),
                                           bias_row("Ben", 4, -7.25, 0, 3, 1, "below the group")};
    CHECK(auditor_bias_json(bias).dump() ==
          R"([{"auditor":"Ann","cases":2,"meanPoints":2.5,"direction":"above the group",)"
          R"("gradesAbove":1,"gradesLevel":1,"gradesBelow":0},)"
          R"({"auditor":"Ben","cases":4,"meanPoints":-7.25,"direction":"below the group",)"
          R"("gradesAbove":0,"gradesLevel":3,"gradesBelow":1}])");
}

TEST_CASE("Calibration JSON: an auditor with no case in common, and no auditor",
          "[training][json]") {
    // Nothing compared: 0 cases, 0 points, every grade count 0.
    const std::vector<AuditorBias> alone = {
        bias_row("Auditor 2", 0, 0.0, 0, 0, 0, "no case in common")};
    CHECK(auditor_bias_json(alone).dump() ==
          R"([{"auditor":"Auditor 2","cases":0,"meanPoints":0.0,"direction":"no case in common",)"
          R"("gradesAbove":0,"gradesLevel":0,"gradesBelow":0}])");
    // No rows: an empty array, never null.
    CHECK(auditor_bias_json({}).dump() == "[]");
}

TEST_CASE("Calibration JSON: the whole calibration, as caseaudit agreement --json writes it",
          "[training][json]") {
    // Three auditors over two cases; every figure set by hand so that each key can be seen
    // to carry its own field: all areas kappa 0.5 on 28 subjects (2 cases x 14 areas),
    // observed agreement 0.75; the grades undefined (no variation); one area row.
    Calibration c;
    c.auditors = 3;
    c.case_ids = {"C-1", "C-2"};
    c.fleiss.value = 0.5;
    c.fleiss.n = 28;
    c.fleiss.observed = 0.75;
    c.ac1.value = 0.625;
    c.ac1.n = 28;
    c.grade_fleiss.n = 2;
    c.grade_fleiss.reason = "every grade the same";
    AreaAgreement a;
    a.area = ca::audit::CaseArea::Adequate;
    a.fleiss.value = 0.25;
    a.fleiss.n = 2;
    a.fleiss.observed = 0.5;
    a.ac1.value = 0.375;
    a.ac1.n = 2;
    c.areas = {a};
    c.bias = {bias_row("Ann", 2, 2.5, 1, 1, 0, "above the group")};
    const nlohmann::ordered_json j = calibration_json(c);
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it)
        keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"auditors", "cases", "observed", "fleissKappa", "ac1",
                                           "gradeFleissKappa", "cohenKappa", "gradeWeightedKappa",
                                           "gradeWeights", "areas", "bias"});
    CHECK(j["auditors"] == 3);
    CHECK(j["cases"].dump() == R"(["C-1","C-2"])");
    CHECK(j["observed"] == 0.75);
    CHECK(j["fleissKappa"]["value"] == 0.5);
    CHECK(j["fleissKappa"]["n"] == 28);
    CHECK(j["ac1"]["value"] == 0.625);
    CHECK(j["gradeFleissKappa"]["value"].is_null());
    CHECK(j["gradeFleissKappa"]["reason"] == "every grade the same");
    CHECK(j["gradeWeights"] == "linear");
    REQUIRE(j["areas"].size() == 1);
    CHECK(j["areas"][0]["area"] == "adequate");
    CHECK(j["areas"][0]["observed"] == 0.5);
    CHECK(j["areas"][0]["fleissKappa"]["value"] == 0.25);
    CHECK(j["areas"][0]["ac1"]["value"] == 0.375);
    CHECK(j["bias"].dump() == auditor_bias_json(c.bias).dump());
}
