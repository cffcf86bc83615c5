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
