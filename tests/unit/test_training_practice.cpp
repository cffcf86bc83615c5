// Practising on a pack (core/training/practice.h): which audit a practice case opens, where
// each case stands; the summary's HTML and CSV (core/training/summary_export.h); the figures
// as text (stats::coefficient_text); the Learn page's words (area_result_words).
#include "core/audit/workbook_edit.h"
#include "core/extract/import.h"
#include "core/report/report_export.h"
#include "core/training/feedback.h"
#include "core/training/practice.h"
#include "core/training/reference_draft.h"
#include "core/training/summary_export.h"

#include "test_training_support.h"

#include <catch2/catch.hpp>

using namespace ca;
using namespace ca::training;
using audit::AreaResult;
using audit::CaseArea;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

// Answers every area of `a` as the pack's reference does, except correspondence `corr`.
void answer_like_reference(audit::Audit& a, const PracticeCase& ref, AreaResult corr) {
    for (std::size_t i = 0; i < a.answers.size(); ++i) {
        a.answers[i].result = ref.areas[i].result;
        if (ref.areas[i].area == CaseArea::Correspondence)
            a.answers[i].result = corr;
    }
}

} // namespace

TEST_CASE("Practice: a case's practice audit is made once, judged as at the pack's date",
          "[training]") {
    const ImportResult x = import_extract(ca::test::minimal_extract());
    REQUIRE(x.ok());
    const TrainingPack pack = ca::test::one_case_pack();
    const Policy policy = default_policy();
    audit::Workbook wb;
    wb.auditor = "Tess Trainee";

    CHECK(practice_progress(wb, "C-5001").status == PracticeStatus::NotStarted);
    const audit::EditResult first = practice_audit(wb, policy, *x.extract, pack.cases[0]);
    REQUIRE(first.ok());
    CHECK(first.id == "A-1");
    REQUIRE(wb.audits.size() == 1);
    const audit::Audit& a = wb.audits[0];
    CHECK(a.record_id == "C-5001");
    CHECK(a.sample_id.empty()); // added by hand, in no sample
    CHECK(a.auditor == "Tess Trainee");
    CHECK(a.audit_date == make_date(2026, 10, 30)); // the practice case's, not the extract's
    CHECK(a.answers.size() == 14);

    // Asked again while it is not submitted: the same audit, nothing added.
    CHECK(practice_audit(wb, policy, *x.extract, pack.cases[0]).id == "A-1");
    CHECK(wb.audits.size() == 1);
    PracticeProgress p = practice_progress(wb, "C-5001");
    CHECK(p.status == PracticeStatus::InProgress);
    CHECK(p.open_audit == "A-1");
    CHECK(p.attempts == 0);

    // Submitted (completed): the next practice of the case is a new attempt, A-2; the case
    // stays Submitted while A-2 is in progress, and A-1 is what the feedback compares.
    answer_like_reference(wb.audits[0], pack.cases[0], AreaResult::Met);
    REQUIRE(audit::complete_audit(wb, wb.audits[0], make_date(2026, 10, 30), make_date(2026, 11, 2))
                .ok());
    p = practice_progress(wb, "C-5001");
    CHECK(p.status == PracticeStatus::Submitted);
    CHECK(p.submitted_audit == "A-1");
    CHECK(p.open_audit.empty());
    CHECK(practice_audit(wb, policy, *x.extract, pack.cases[0]).id == "A-2");
    p = practice_progress(wb, "C-5001");
    CHECK(p.status == PracticeStatus::Submitted);
    CHECK(p.open_audit == "A-2");
    CHECK(p.attempts == 1);
    CHECK(latest_completed_audit(wb, "C-5001")->id == "A-1");

    // A-2 submitted on a later day: it is now the latest, and the feedback follows it.
    answer_like_reference(wb.audits[1], pack.cases[0], AreaResult::NotMet);
    REQUIRE(audit::complete_audit(wb, wb.audits[1], make_date(2026, 10, 30), make_date(2026, 11, 3))
                .ok());
    CHECK(latest_completed_audit(wb, "C-5001")->id == "A-2");
    CHECK(practice_progress(wb, "C-5001").attempts == 2);
    const std::vector<CaseFeedback> f = compare_workbook(pack, *x.extract, wb, GradeBands{});
    REQUIRE(f.size() == 1);
    CHECK(f[0].agreed == 14);

    // An earlier completion date later in the workbook does not take the place of A-2.
    wb.audits[0].completed = make_date(2026, 11, 1);
    std::swap(wb.audits[0], wb.audits[1]);
    CHECK(latest_completed_audit(wb, "C-5001")->id == "A-2");
    CHECK(latest_completed_audit(wb, "C-9999") == nullptr);
}

TEST_CASE("Practice: a case not in the open extract is refused", "[training]") {
    const ImportResult x = import_extract(ca::test::minimal_extract());
    REQUIRE(x.ok());
    PracticeCase missing = ca::test::one_case_pack().cases[0];
    missing.case_id = "C-9999";
    audit::Workbook wb;
    const audit::EditResult r = practice_audit(wb, default_policy(), *x.extract, missing);
    CHECK(r.error == "Case C-9999 is not in the open extract.");
    CHECK(wb.audits.empty());
}

TEST_CASE("Coefficients as text: value, band and n, or why undefined", "[training][stats]") {
    stats::Coefficient k;
    k.value = 0.605; // Substantial: compared unrounded with 0.60 (coefficient.h)
    k.n = 30;
    CHECK(stats::coefficient_text(k, false) == "0.60 (Substantial, n = 30)");
    CHECK(stats::coefficient_value_text(k, false) == "0.60");
    stats::Coefficient p;
    p.value = 11.0 / 13.0; // 84.615...%
    p.n = 13;
    CHECK(stats::coefficient_text(p, true) == "84.6% (n = 13)");
    CHECK(stats::coefficient_value_text(p, true) == "84.6%");
    const stats::Coefficient u = stats::undefined_coefficient(1, "One case is not enough.");
    CHECK(stats::coefficient_text(u, false) == "undefined (n = 1): One case is not enough.");
    CHECK(stats::coefficient_value_text(u, true) == "undefined");
    k.value = -0.04;
    CHECK(stats::coefficient_text(k, false) == "-0.04 (Poor (less than chance), n = 30)");
}

TEST_CASE("Training summary: HTML escaped with its own CSP, CSV with every figure", "[training]") {
    const ImportResult x = import_extract(ca::test::minimal_extract());
    REQUIRE(x.ok());
    TrainingPack pack = ca::test::one_case_pack();
    pack.title = "Pack <b>&</b> \"quotes\"";
    audit::Workbook wb;
    wb.auditor = "=Tess <Trainee>";
    const Policy policy = default_policy();
    REQUIRE(practice_audit(wb, policy, *x.extract, pack.cases[0]).ok());
    // Correspondence Met against the reference's Not met: 13 of 14 agree.
    answer_like_reference(wb.audits[0], pack.cases[0], AreaResult::Met);
    wb.audits[0].answers[0].comment = "See N-1 and N-2.";
    wb.audits[0].status = audit::AuditStatus::Completed;
    wb.audits[0].completed = make_date(2026, 11, 2);
    const std::vector<CaseFeedback> f = compare_workbook(pack, *x.extract, wb, GradeBands{});
    REQUIRE(f.size() == 1);
    REQUIRE(f[0].agreed == 13);
    const PassThresholds pass;
    const TrainingSummary s = summarise(f, pass);
    // 13 of 14 = 92.9%; kappa: trainee Met 14; reference Met 13, Not met 1: pe = 13/14 =
    // po, so kappa = 0 / (1/14) = 0.00 (Slight); fails the 0.61 kappa threshold.
    REQUIRE(*s.area_agreement.value == Approx(13.0 / 14.0));
    REQUIRE(*s.area_kappa.value == Approx(0.0));
    REQUIRE_FALSE(s.passed);
    const SummaryHeading h{pack.title, 1, wb.auditor, "2026-11-02T10:00"};

    const std::string html = summary_html(h, f, s, pass);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'; style-src "
                    "'unsafe-inline'") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b>&</b>") == std::string::npos); // escaped, never markup
    CHECK(html.find("Pack &lt;b&gt;&amp;&lt;/b&gt; &quot;quotes&quot;") != std::string::npos);
    CHECK(html.find("=Tess &lt;Trainee&gt;") != std::string::npos);
    CHECK(html.find("<td class=\"n\">92.9%</td><td class=\"n\">14</td>") != std::string::npos);
    CHECK(html.find("<td class=\"n\">0.00</td><td class=\"n\">14</td><td>Slight</td>") !=
          std::string::npos);
    CHECK(html.find("class=\"verdict failed\"") != std::string::npos);
    CHECK(html.find(report::html_escape(s.verdict)) != std::string::npos);
    CHECK(html.find("13 of 14") != std::string::npos);
    CHECK(html.find("(you Met, reference Not met)") != std::string::npos);
    CHECK(count(html, "<tr><th scope=\"row\">") == 6 + 1); // six figures, one case

    const std::string csv = summary_csv(h, f, s, pass);
    CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);                             // the BOM, for Excel
    CHECK(csv.find("Trainee,'=Tess <Trainee>\r\n") != std::string::npos); // neutralised
    CHECK(csv.find("Area results: agreement,92.9,14,,\r\n") != std::string::npos);
    CHECK(csv.find("Area results: Cohen's kappa,0.0000,14,Slight,\r\n") != std::string::npos);
    // One case: weighted kappa on the grade is undefined, with the reason.
    CHECK(csv.find("Overall grade: weighted kappa (linear),,1,,One case") != std::string::npos);
    CHECK(csv.find("Passed,no\r\n") != std::string::npos);
    // One row per area, with the evidence only one side cited.
    CHECK(count(csv, "\r\nC-5001,") == 14);
    CHECK(csv.find("C-5001,Evidence that any relevant email") != std::string::npos);
    CHECK(csv.find(",Met,Not met,no,,D-1\r\n") != std::string::npos);
    CHECK(csv.find(",Met,Met,yes,N-2,\r\n") != std::string::npos);
}

TEST_CASE("Learn: every area has words for Met and Not met", "[training]") {
    for (const audit::CaseAreaInfo& info : audit::case_areas()) {
        INFO(info.key);
        CHECK(area_result_words(info.area, AreaResult::Met).size() > 20);
        CHECK(area_result_words(info.area, AreaResult::NotMet).size() > 20);
        CHECK(area_guidance(info.area).size() > 20);
        CHECK(area_result_words(info.area, AreaResult::Unanswered).empty());
    }
    // Safeguarding is met or not: it has no Partly met.
    CHECK(area_result_words(CaseArea::Safeguarding, AreaResult::PartlyMet).empty());
}
