// The audit case note: plain text for the case record, checked word for word.
//
// The records are the minimal extract's: case C-5001 is Alex Example's, W-SW1 is Sam
// Social-Worker, W-TM Morgan Manager, and SUP-1 is Sam's supervision by Morgan on
// 2026-01-14. Where a line is longer than 80 characters, the break was worked out by hand
// (and with Python's textwrap) at the last space that keeps the line within 80.
#include "core/audit/case_note.h"
#include "test_caseload_support.h"
#include "test_extract_support.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ca;
using namespace ca::audit;
using ca_test::d;

namespace {

using Fixture = ca_test::MinimalExtract;

// A completed case audit of C-5001 with the worked example of scoring.h: 9 met, 2 partly
// met, 1 not met, 2 not applicable: (9 + 1) / 12 = 83.3%, Good.
Audit completed_audit() {
    Audit a = new_audit(Workbook{}, default_policy(), RecordSet::Cases, "C-5001", "S-1");
    a.status = AuditStatus::Completed;
    a.auditor = "Morgan Manager";
    a.capacity = "first-line manager";
    a.audit_date = d("2026-03-03");
    a.completed = d("2026-03-03");
    for (AreaAnswer& ans : a.answers)
        ans.result = AreaResult::Met;
    a.answers[1].result = AreaResult::PartlyMet;      // jargon
    a.answers[2].result = AreaResult::PartlyMet;      // literacy
    a.answers[7].result = AreaResult::NotMet;         // up-to-date
    a.answers[11].result = AreaResult::NotApplicable; // correspondence
    a.answers[13].result = AreaResult::NotApplicable; // given-to-person
    a.summary = "A well kept file: visits are recorded promptly and Alex's wishes are clear "
                "throughout.";
    a.recommendations = "Record the risk review after the fall; explain abbreviations such as "
                        "ADL and POC when first used";
    a.actions = {{"Update the risk assessment", "W-SW1", d("2026-03-17"), false},
                 {"Upload the GP letter as a PDF and index it", "Jo Admin", std::nullopt, false},
                 {"Discuss with Sam how the strengths-based conversation with Alex and her "
                  "daughter can be recorded in the plan",
                  "W-TM", d("2026-03-31"), true}};
    a.discuss_in_supervision = true;
    return a;
}

// The completed audit with no summary, recommendations or actions.
Audit completed_audit_without_text() {
    Audit a = completed_audit();
    a.actions.clear();
    a.recommendations.clear();
    a.summary.clear();
    return a;
}

} // namespace

TEST_CASE("Audit case note: a completed case audit") {
    const Fixture f;
    const std::string expected =
        "Case audit - C-5001, Alex Example\n"
        "Audited by Morgan Manager (first-line manager) on 3 March 2026.\n"
        "Result: Good (83.3%: 9 met, 2 partly met, 1 not met, 2 not applicable).\n"
        "Summary: A well kept file: visits are recorded promptly and Alex's wishes are\n"
        "clear throughout.\n"
        "Key recommendations: Record the risk review after the fall; explain\n"
        "abbreviations such as ADL and POC when first used.\n"
        "Actions:\n"
        "- Update the risk assessment - Sam Social-Worker by 17 March 2026\n"
        "- Upload the GP letter as a PDF and index it - Jo Admin\n"
        "- Discuss with Sam how the strengths-based conversation with Alex and her\n"
        "  daughter can be recorded in the plan - Morgan Manager by 31 March 2026 (done)\n"
        "Discuss in supervision: yes\n";
    CHECK(audit_case_note(completed_audit(), f.ex(), f.policy) == expected);
}

TEST_CASE("Audit case note: the auditor's own grade, with the reason") {
    const Fixture f;
    Audit a = completed_audit();
    a.grade_override = Grade::RequiresImprovement;
    a.override_reason = "No risk review after the fall in January.";
    a.summary.clear();
    a.actions.resize(1);
    a.discuss_in_supervision = false;
    const std::string expected =
        "Case audit - C-5001, Alex Example\n"
        "Audited by Morgan Manager (first-line manager) on 3 March 2026.\n"
        "Result: Good (83.3%: 9 met, 2 partly met, 1 not met, 2 not applicable).\n"
        "Grade set by the auditor: Requires improvement. Reason: No risk review after the\n"
        "fall in January.\n"
        "Key recommendations: Record the risk review after the fall; explain\n"
        "abbreviations such as ADL and POC when first used.\n"
        "Actions:\n"
        "- Update the risk assessment - Sam Social-Worker by 17 March 2026\n"
        "Discuss in supervision: no\n";
    CHECK(audit_case_note(a, f.ex(), f.policy) == expected);

    // With no reason given, the grade alone.
    a.override_reason.clear();
    CHECK(audit_case_note(a, f.ex(), f.policy)
              .find("\nGrade set by the auditor: Requires improvement.\nKey recommendations:") !=
          std::string::npos);
}

TEST_CASE("Audit case note: no actions, no recommendations, judged as at another day") {
    const Fixture f;
    Audit a = completed_audit_without_text();
    a.capacity.clear();
    a.audit_date = d("2026-03-02");
    a.discuss_in_supervision = false;
    // 5 met and 3 not met of 8 applicable (6 not applicable): 62.5%, Requires improvement,
    // shown as 62.5% (one decimal, cut down: never 63%, Good's bound).
    for (std::size_t i = 0; i < a.answers.size(); ++i)
        a.answers[i].result = i < 5   ? AreaResult::Met
                              : i < 8 ? AreaResult::NotMet
                                      : AreaResult::NotApplicable;
    const std::string expected =
        "Case audit - C-5001, Alex Example\n"
        "Audited by Morgan Manager on 3 March 2026, records as at 2 March 2026.\n"
        "Result: Requires improvement (62.5%: 5 met, 3 not met, 6 not applicable).\n"
        "Key recommendations: none.\n"
        "Actions: none.\n"
        "Discuss in supervision: no\n";
    CHECK(audit_case_note(a, f.ex(), f.policy) == expected);

    // Nothing applicable: no grade, and no percentage.
    for (AreaAnswer& ans : a.answers)
        ans.result = AreaResult::NotApplicable;
    CHECK(audit_case_note(a, f.ex(), f.policy)
              .find("\nResult: no grade, as no area applies (14 not applicable).\n") !=
          std::string::npos);
}

TEST_CASE("Audit case note: an audit not completed is a draft") {
    const Fixture f;
    Audit a = new_audit(Workbook{}, f.policy, RecordSet::Cases, "C-5001", "");
    a.status = AuditStatus::InProgress;
    a.auditor = "Morgan Manager";
    a.capacity = "first-line manager";
    a.audit_date = d("2026-03-02");
    a.answers[0].result = AreaResult::Met;
    a.answers[6].result = AreaResult::Met;
    a.answers[8].result = AreaResult::Met;
    // 3 met, 11 not answered: no grade and no percentage until every area is answered (the
    // 21.4% it would be, Inadequate, is only a floor), but how far the audit has got.
    const std::string expected =
        "DRAFT - audit not completed\n"
        "Case audit - C-5001, Alex Example\n"
        "Audit by Morgan Manager (first-line manager), not completed, records as at\n"
        "2 March 2026.\n"
        "Result so far: in progress, 3 of 14 areas answered (3 met, 11 not answered).\n"
        "Key recommendations: none.\n"
        "Actions: none.\n"
        "Discuss in supervision: no\n";
    CHECK(audit_case_note(a, f.ex(), f.policy) == expected);

    // Planned, with nothing filled in.
    const Audit planned = new_audit(Workbook{}, f.policy, RecordSet::Cases, "C-5002", "");
    const std::string note = audit_case_note(planned, f.ex(), f.policy);
    CHECK(note.rfind("DRAFT - audit not completed\nCase audit - C-5002, Bo Sample\n"
                     "Audit, not completed.\n"
                     "Result so far: not started, 0 of 14 areas answered.\n",
                     0) == 0);
}

TEST_CASE("Audit case note: an audit of a supervision record says so") {
    const Fixture f;
    Audit a = new_audit(Workbook{}, f.policy, RecordSet::Supervisions, "SUP-1", "");
    a.status = AuditStatus::Completed;
    a.auditor = "Dana Director";
    a.capacity = "senior manager";
    a.completed = d("2026-03-04");
    // The default checklist's 6 items: 4 met, 1 partly met, 1 not met: 4.5 / 6 = 75%, Good.
    a.answers[0].result = AreaResult::Met;
    a.answers[1].result = AreaResult::Met;
    a.answers[2].result = AreaResult::Met;
    a.answers[3].result = AreaResult::PartlyMet;
    a.answers[4].result = AreaResult::NotMet;
    a.answers[5].result = AreaResult::Met;
    a.recommendations = "Record an owner and a date for every action";
    const std::string expected =
        "Supervision record audit - SUP-1, Sam Social-Worker supervised by Morgan Manager\n"
        "on 14 January 2026\n"
        "Audited by Dana Director (senior manager) on 4 March 2026.\n"
        "Result: Good (75%: 4 met, 1 partly met, 1 not met).\n"
        "Key recommendations: Record an owner and a date for every action.\n"
        "Actions: none.\n"
        "Discuss in supervision: no\n";
    CHECK(audit_case_note(a, f.ex(), f.policy) == expected);
}

TEST_CASE("Audit case note: a record not in the extract is named by its id") {
    const Fixture f;
    Audit a = completed_audit();
    a.record_id = "C-9999";
    a.actions = {{"Call the GP", "W-GONE", std::nullopt, false}};
    const std::string note = audit_case_note(a, f.ex(), f.policy);
    CHECK(note.rfind("Case audit - C-9999\nAudited by", 0) == 0);
    // An owner id the extract does not know is shown as typed.
    CHECK(note.find("\n- Call the GP - W-GONE\n") != std::string::npos);
}

TEST_CASE("Audit case notes of one sample, or of the whole workbook, one after another") {
    const Fixture f;
    Workbook wb;
    Audit first = completed_audit();
    first.id = "A-1";
    wb.audits.push_back(first);
    Audit other = new_audit(wb, f.policy, RecordSet::Cases, "C-5002", "S-2");
    wb.audits.push_back(other);
    Audit third = completed_audit();
    third.id = "A-3";
    third.grade_override = Grade::Outstanding;
    wb.audits.push_back(third);

    const std::string n1 = audit_case_note(first, f.ex(), f.policy);
    const std::string n2 = audit_case_note(other, f.ex(), f.policy);
    const std::string n3 = audit_case_note(third, f.ex(), f.policy);
    const std::string rule = "\n----------------------------------------\n\n";
    CHECK(audit_case_notes(wb, "S-1", f.ex(), f.policy) == n1 + rule + n3);
    // `other` is planned and never started: a file of notes leaves it out rather than
    // writing "DRAFT... not started" for it; once it has one answer it is in.
    CHECK(audit_case_notes(wb, "S-2", f.ex(), f.policy).empty());
    CHECK(audit_case_notes(wb, "", f.ex(), f.policy) == n1 + rule + n3);
    wb.audits[1].answers[4].result = AreaResult::NotMet;
    const std::string n2_started = audit_case_note(wb.audits[1], f.ex(), f.policy);
    CHECK(n2 != n2_started);
    CHECK(audit_case_notes(wb, "S-2", f.ex(), f.policy) == n2_started);
    CHECK(audit_case_notes(wb, "", f.ex(), f.policy) == n1 + rule + n2_started + rule + n3);
    // A comment alone is a start too.
    wb.audits[1].answers[4].result = AreaResult::Unanswered;
    wb.audits[1].answers[4].comment = "Check the plan";
    CHECK_FALSE(audit_case_notes(wb, "S-2", f.ex(), f.policy).empty());
    CHECK(audit_case_notes(wb, "S-9", f.ex(), f.policy).empty());
    CHECK(audit_case_notes(Workbook{}, "", f.ex(), f.policy).empty());
}

TEST_CASE("Audit case note: lines typed by the auditor are kept and wrapped") {
    const Fixture f;
    Audit a = completed_audit();
    a.actions.clear();
    a.summary = "First point.\n\nSecond point, after an empty line.";
    const std::string note = audit_case_note(a, f.ex(), f.policy);
    CHECK(note.find("\nSummary: First point.\n\nSecond point, after an empty line.\n") !=
          std::string::npos);
    // A word longer than a line is kept whole rather than cut, after its label.
    a.summary = std::string(90, 'x');
    const std::string long_word = audit_case_note(a, f.ex(), f.policy);
    CHECK(long_word.find("\nSummary: " + std::string(90, 'x') + ".\n") != std::string::npos);
}

TEST_CASE("Audit case note: the auditor's comments on each area, in checklist order") {
    const Fixture f;
    Audit a = completed_audit_without_text();
    a.answers[7].comment = "The plan was last reviewed fourteen months ago";
    a.answers[1].comment = "ADL and POC used without explanation.";
    a.answers[3].comment = "  \n"; // blank: no line
    const std::string note = audit_case_note(a, f.ex(), f.policy);
    // Areas 2 (index 1) and 8 (index 7), with their titles and results, after the grade;
    // a full stop added where the auditor left none.
    const std::string two = "- 2. " + std::string(case_area(CaseArea::Jargon).title) +
                            " (Partly met): ADL and POC used without explanation.\n";
    // Area 8's line is 103 characters: wrapped at the last space within 80 ("...was last" is
    // 75 characters), the rest under the text, two spaces in.
    const std::string eight = "- 8. Evidence that the case file is up to date (Not met): The plan "
                              "was last\n  reviewed fourteen months ago.\n";
    const std::size_t head = note.find("Comments by area:\n");
    REQUIRE(head != std::string::npos);
    CHECK(note.find("Result: Good") < head);
    CHECK(note.find(two, head) != std::string::npos);
    CHECK(note.find(eight, head) != std::string::npos);
    CHECK(note.find(two, head) < note.find(eight, head));
    CHECK(note.find("- 4.") == std::string::npos);
    // No comments, no heading.
    CHECK(audit_case_note(completed_audit(), f.ex(), f.policy).find("Comments by area") ==
          std::string::npos);
}
