// Calibration across auditors (core/training/calibration.h): Fleiss' kappa and AC1 overall
// and per area, the areas with the lowest agreement first, each auditor's bias.
#include "core/training/calibration.h"

#include <catch2/catch.hpp>

using namespace ca;
using namespace ca::training;
using audit::AreaResult;
using audit::CaseArea;

namespace {

// A completed audit of `case_id`: every area Met except those in `not_met`.
audit::Audit audit_of(const std::string& case_id, std::vector<CaseArea> not_met) {
    audit::Audit a;
    a.id = "A-" + case_id;
    a.record_id = case_id;
    a.status = audit::AuditStatus::Completed;
    a.completed = make_date(2026, 10, 30);
    for (const audit::CaseAreaInfo& info : audit::case_areas()) {
        const bool nm = std::find(not_met.begin(), not_met.end(), info.area) != not_met.end();
        a.answers.push_back({std::string(info.key), nm ? AreaResult::NotMet : AreaResult::Met, ""});
    }
    return a;
}

audit::Workbook workbook(std::vector<audit::Audit> audits) {
    audit::Workbook wb;
    wb.audits = std::move(audits);
    return wb;
}

} // namespace

TEST_CASE("Calibration: three auditors on two cases, worked by hand", "[training]") {
    // C1: W1 all Met; W2 and W3 jargon Not met. C2: W1, W2 all Met; W3 jargon and
    // safeguarding Not met. W3 also audited C3 alone: not compared.
    const std::vector<audit::Workbook> wbs = {
        workbook({audit_of("C1", {}), audit_of("C2", {})}),
        workbook({audit_of("C1", {CaseArea::Jargon}), audit_of("C2", {})}),
        workbook({audit_of("C1", {CaseArea::Jargon}),
                  audit_of("C2", {CaseArea::Jargon, CaseArea::Safeguarding}), audit_of("C3", {})})};
    const Calibration c = calibrate(wbs, {"Ann", "Ben", "Cat"}, GradeBands{});
    CHECK(c.auditors == 3);
    CHECK(c.case_ids == std::vector<std::string>{"C1", "C2"});

    // Overall: 28 subjects (14 areas x 2 cases), 3 ratings each. Three subjects split 1-2 or
    // 2-1 (P_i = 2/6 = 1/3), 25 unanimous (P_i = 1): pa = (25 + 1) / 28 = 13/14.
    // Not met shares: 2/3 + 1/3 + 1/3 = 4/3 over 28 subjects: pi = 1/21, Met 20/21.
    // Fleiss: pe = (400 + 1) / 441; kappa = (13/14 - 401/441) / (40/441) = 8.5/40 = 0.2125.
    // AC1: pe = 2 (20/21)(1/21) / 3 = 40/1323; (13/14 - 40/1323) / (1 - 40/1323)
    //      = (1228.5 - 40) / 1283 = 0.92634.
    CHECK(c.fleiss.n == 28);
    CHECK(c.fleiss.observed == Approx(13.0 / 14.0));
    CHECK(*c.fleiss.value == Approx(0.2125));
    CHECK(*c.ac1.value == Approx(1188.5 / 1283.0));
    CHECK_FALSE(c.cohen.defined()); // three auditors

    // Per area, lowest first. Jargon: (1 Met, 2 Not met), (2, 1): pa = 1/3, pi = 1/2 each,
    // pe = 1/2, kappa = -1/3. Safeguarding: (3, 0), (2, 1): pa = 2/3, pi = 5/6 and 1/6,
    // pe = 26/36, kappa = (24/36 - 26/36) / (10/36) = -0.2. The other 12: all Met,
    // kappa undefined (observed 1), in the policy's order.
    REQUIRE(c.areas.size() == 14);
    CHECK(c.areas[0].area == CaseArea::Jargon);
    CHECK(*c.areas[0].fleiss.value == Approx(-1.0 / 3.0));
    CHECK(c.areas[1].area == CaseArea::Safeguarding);
    CHECK(*c.areas[1].fleiss.value == Approx(-0.2));
    CHECK(c.areas[2].area == CaseArea::Adequate);
    CHECK_FALSE(c.areas[2].fleiss.defined());
    CHECK(c.areas[2].fleiss.observed == 1.0);
    CHECK(*c.areas[2].ac1.value == 1.0);
    CHECK(c.areas[13].area == CaseArea::GivenToPerson);

    // Bias: scores 100 (all Met), 13/14 = 92.86, 12/14 = 85.71.
    // C1: 100, 92.86, 92.86, median 92.86: Ann +7.14. C2: 100, 100, 85.71, median 100:
    // Cat -14.29. Means: Ann +3.57, Ben 0, Cat -7.14.
    // Grades (88 and over Outstanding): C1 all Outstanding; C2 Cat Good, the median
    // Outstanding: Cat one below.
    REQUIRE(c.bias.size() == 3);
    CHECK(c.bias[0].auditor == "Ann");
    CHECK(c.bias[0].mean_points == Approx(100.0 / 28.0));
    CHECK(c.bias[0].direction == "above the group");
    CHECK(c.bias[1].mean_points == Approx(0.0));
    CHECK(c.bias[1].direction == "level with the group");
    CHECK(c.bias[2].mean_points == Approx(-100.0 / 14.0));
    CHECK(c.bias[2].direction == "below the group");
    CHECK(c.bias[2].grades_below == 1);
    CHECK(c.bias[2].grades_level == 1);
    CHECK(c.bias[0].grades_level == 2);
    // Grade agreement: (3 Outstanding), (2 Outstanding, 1 Good): as safeguarding, -0.2.
    CHECK(*c.grade_fleiss.value == Approx(-0.2));
}

TEST_CASE("Calibration: two auditors add Cohen's and weighted kappa, and nothing in common",
          "[training]") {
    // Ann all Met on C1 and C2; Ben Not met on C1's jargon only. 28 pairs: 27 agree.
    // Ann: Met 28; Ben: Met 27, Not met 1: pe = 28*27 / 784 = 27/28; kappa = 0 / (1/28) = 0.
    // Grades: all four Outstanding: weighted kappa undefined (all the same).
    const std::vector<audit::Workbook> wbs = {
        workbook({audit_of("C1", {}), audit_of("C2", {})}),
        workbook({audit_of("C1", {CaseArea::Jargon}), audit_of("C2", {})})};
    const Calibration c = calibrate(wbs, {"Ann", "Ben"}, GradeBands{});
    CHECK(c.cohen.n == 28);
    CHECK(*c.cohen.value == Approx(0.0));
    CHECK_FALSE(c.grade_weighted_kappa.defined());
    CHECK(c.grade_weighted_kappa.reason.find("same") != std::string::npos);

    // No case audited by both: nothing compared, every figure undefined with its reason.
    const Calibration none = calibrate(
        {workbook({audit_of("C1", {})}), workbook({audit_of("C2", {})})}, {"Ann"}, GradeBands{});
    CHECK(none.case_ids.empty());
    CHECK_FALSE(none.fleiss.defined());
    CHECK(none.fleiss.reason.find("No case") == 0);
    CHECK(none.bias[0].direction == "no case in common");
    CHECK(none.bias[1].auditor == "Auditor 2"); // no name given
}
