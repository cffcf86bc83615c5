// Feedback on practice audits (core/training/feedback.h): agreement per area, evidence cited
// by one and not the other, the grade, and the summary over cases with the pass rule.
#include "core/audit/workbook.h"
#include "core/extract/import.h"
#include "core/training/feedback.h"

#include "test_training_support.h"

#include <catch2/catch.hpp>

using namespace ca;
using namespace ca::training;
using audit::AreaResult;
using audit::CaseArea;

namespace {

// A completed audit of C-5001 answering every area `all`, then the changes in `answers`.
audit::Audit
trainee_audit(AreaResult all,
              const std::vector<std::tuple<CaseArea, AreaResult, std::string>>& changes) {
    audit::Audit a;
    a.id = "A-1";
    a.record_id = "C-5001";
    a.status = audit::AuditStatus::Completed;
    a.completed = make_date(2026, 10, 30);
    for (const audit::CaseAreaInfo& info : audit::case_areas()) {
        a.answers.push_back({std::string(info.key), all, ""});
    }
    for (const auto& [area, result, comment] : changes) {
        auto& ans = a.answers[static_cast<std::size_t>(area)];
        ans.result = result;
        ans.comment = comment;
    }
    return a;
}

const AreaFeedback& area(const CaseFeedback& f, CaseArea a) {
    return f.areas[static_cast<std::size_t>(a)];
}

} // namespace

TEST_CASE("Training feedback: record ids written in a comment are the trainee's evidence",
          "[training]") {
    const std::set<std::string, std::less<>> ids = {"N-1", "N-10", "D-2", "W-SW1"};
    CHECK(ids_in_text("See N-1, N-10 and (D-2). N-1 again; N-100 and n-1 are not ids.", ids) ==
          std::vector<std::string>{"N-1", "N-10", "D-2"});
    CHECK(ids_in_text("the worker W-SW1- had no training", ids) ==
          std::vector<std::string>{"W-SW1"});
    CHECK(ids_in_text("", ids).empty());
}

TEST_CASE("Training feedback: one case, area by area", "[training]") {
    const ImportResult x = import_extract(ca::test::minimal_extract());
    REQUIRE(x.ok());
    const TrainingPack pack = ca::test::one_case_pack();
    // The trainee: all Met, but correspondence Met (the reference says Not met), jargon left
    // unanswered, strengths Not applicable; cites N-1, N-2 and the worker on adequate.
    const audit::Audit a = trainee_audit(
        AreaResult::Met, {{CaseArea::Adequate, AreaResult::Met, "See N-1 and N-2; also W-SW1."},
                          {CaseArea::Correspondence, AreaResult::Met, "Letters fine."},
                          {CaseArea::Jargon, AreaResult::Unanswered, ""},
                          {CaseArea::Strengths, AreaResult::NotApplicable, "N-1"}});
    const CaseFeedback f = compare_with_reference(pack.cases[0], a, *x.extract, GradeBands{});
    CHECK(f.case_id == "C-5001");
    REQUIRE(f.areas.size() == 14);
    CHECK(f.agreed == 11); // 14 less correspondence, jargon and strengths
    CHECK(f.unanswered == 1);

    const AreaFeedback& adequate = area(f, CaseArea::Adequate);
    CHECK(adequate.agree);
    CHECK(adequate.cited_by_both == std::vector<std::string>{"N-1"});
    CHECK(adequate.only_trainee == std::vector<std::string>{"N-2", "W-SW1"});
    CHECK(adequate.only_reference.empty());

    const AreaFeedback& corr = area(f, CaseArea::Correspondence);
    CHECK_FALSE(corr.agree);
    CHECK(corr.trainee == AreaResult::Met);
    CHECK(corr.reference == AreaResult::NotMet);
    CHECK(corr.rationale == "Because the file says so.");
    CHECK(corr.only_reference == std::vector<std::string>{"D-1"});
    CHECK_FALSE(area(f, CaseArea::Jargon).agree); // unanswered never agrees
    CHECK_FALSE(area(f, CaseArea::Strengths).agree);
    CHECK(area(f, CaseArea::Strengths).cited_by_both == std::vector<std::string>{"N-1"});

    // Trainee's grade: 14 areas less strengths (N/A) = 13 applicable, 12 met (jargon,
    // unanswered, counts as not met): 12/13 = 92.3%, Outstanding. The trainer graded Good.
    CHECK(f.trainee_grade == audit::Grade::Outstanding);
    CHECK(f.reference_grade == audit::Grade::Good);

    // The summary over this one case. Areas: 13 compared (jargon left out): 11 Met/Met,
    // (Met, Not met), (N/A, Met). po = 11/13 = 84.6%.
    // Trainee's answers: Met 12, N/A 1; reference's: Met 12, Not met 1.
    // kappa: pe = 12*12 / 13^2 = 144/169; (143/169 - 144/169) / (25/169) = -1/25 = -0.04.
    // AC1: pi = Met 24/26, Partly 0, Not met 1/26, N/A 1/26;
    // pe = ((24/26)(2/26) + 2 (1/26)(25/26)) / 3 = (98/676) / 3 = 98/2028;
    // AC1 = (1716/2028 - 98/2028) / (1930/2028) = 1618/1930 = 0.83834.
    // Grade: one case, Outstanding against Good: 0 of 1 exact, 1 of 1 within one grade,
    // weighted kappa undefined (one case).
    const TrainingSummary s = summarise({f}, PassThresholds{});
    CHECK(s.cases == 1);
    CHECK(s.areas_left_out == 1);
    CHECK(s.area_agreement.n == 13);
    CHECK(*s.area_agreement.value == Approx(11.0 / 13.0));
    CHECK(*s.area_kappa.value == Approx(-0.04));
    CHECK(*s.area_ac1.value == Approx(1618.0 / 1930.0));
    CHECK(*s.grade_agreement.value == 0.0);
    CHECK(*s.grade_within_one.value == 1.0);
    CHECK_FALSE(s.grade_weighted_kappa.defined());
    CHECK(s.grade_weighted_kappa.reason.find("One case") == 0);
    CHECK_FALSE(s.passed);
    CHECK(s.verdict == "Not yet passed: agreement 84.6%, kappa -0.04 over 13 areas of 1 case "
                       "(pass: 85% and 0.61).");
}

TEST_CASE("Training feedback: the pass rule, and kappa undefined when all is Met", "[training]") {
    const ImportResult x = import_extract(ca::test::minimal_extract());
    REQUIRE(x.ok());
    TrainingPack pack = ca::test::one_case_pack();
    // Exactly the reference: 14 of 14 agree; answers Met 13, Not met 1 on both sides:
    // pe = (13*13 + 1*1) / 196 = 170/196; kappa = (1 - 170/196) / (1 - 170/196) = 1.
    const audit::Audit same =
        trainee_audit(AreaResult::Met, {{CaseArea::Correspondence, AreaResult::NotMet, "D-1"}});
    const CaseFeedback f = compare_with_reference(pack.cases[0], same, *x.extract, GradeBands{});
    CHECK(f.agreed == 14);
    CHECK(area(f, CaseArea::Correspondence).cited_by_both == std::vector<std::string>{"D-1"});
    TrainingSummary s = summarise({f}, PassThresholds{});
    CHECK(*s.area_kappa.value == Approx(1.0));
    CHECK(s.passed);
    CHECK(s.verdict.find("Passed: agreement 100.0%, kappa 1.00") == 0);
    // A stricter council: 100% is still enough, kappa 1 is too.
    CHECK(summarise({f}, PassThresholds{100.0, 1.0}).passed);

    // Every area Met on both sides: kappa undefined (pe = 1), AC1 = 1 is used instead.
    pack.cases[0].areas[static_cast<std::size_t>(CaseArea::Correspondence)].result =
        AreaResult::Met;
    const CaseFeedback all_met = compare_with_reference(
        pack.cases[0], trainee_audit(AreaResult::Met, {}), *x.extract, GradeBands{});
    s = summarise({all_met, all_met}, PassThresholds{});
    CHECK_FALSE(s.area_kappa.defined());
    CHECK(*s.area_ac1.value == 1.0);
    CHECK(s.passed);
    CHECK(s.verdict.find("AC1 (kappa is undefined) 1.00 over 28 areas of 2 cases") !=
          std::string::npos);

    // Nothing compared yet.
    const TrainingSummary none = summarise({}, PassThresholds{});
    CHECK_FALSE(none.passed);
    CHECK(none.verdict == "No practice audit has been compared yet.");
}

TEST_CASE("Training feedback: a workbook's latest completed audit of each practice case",
          "[training]") {
    const ImportResult x = import_extract(ca::test::minimal_extract());
    REQUIRE(x.ok());
    const TrainingPack pack = ca::test::one_case_pack();
    audit::Workbook wb;
    audit::Audit early = trainee_audit(AreaResult::NotMet, {});
    early.completed = make_date(2026, 10, 1);
    audit::Audit later = trainee_audit(AreaResult::Met, {});
    later.id = "A-2";
    audit::Audit open = trainee_audit(AreaResult::NotApplicable, {});
    open.id = "A-3";
    open.status = audit::AuditStatus::InProgress;
    audit::Audit other = trainee_audit(AreaResult::Met, {});
    other.id = "A-4";
    other.record_id = "C-5002"; // not a practice case
    wb.audits = {early, later, open, other};
    const std::vector<CaseFeedback> fs = compare_workbook(pack, *x.extract, wb, GradeBands{});
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].agreed == 13); // the later audit: all Met, against 13 Met and 1 Not met
}
