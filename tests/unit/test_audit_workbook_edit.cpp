// Changing the audit workbook: keeping a sample, adding and removing records (with the log
// of changes and the duplicate check), starting, editing, completing (with the completion
// date apart from the date judged as at), correcting the completion date, and reopening.
//
// The records are the minimal extract's: cases C-5001 and C-5002 (as at 2026-03-02) and one
// supervision record, SUP-1. Each refusal is checked to leave the workbook unchanged.
#include "core/audit/case_note.h"
#include "core/audit/scoring.h"
#include "core/audit/workbook.h"
#include "core/audit/workbook_edit.h"
#include "test_caseload_support.h"
#include "test_extract_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ca;
using namespace ca::audit;
using ca_test::d;

namespace {

struct Fixture : ca_test::MinimalExtract {
    Workbook wb;
};

SampleSpec case_spec() {
    SampleSpec spec;
    spec.records = RecordSet::Cases;
    spec.date = d("2026-03-02");
    spec.seed = 42;
    return spec;
}

std::vector<DrawnRecord> two_cases() {
    return {{0, "C-5001", "drawn at random"}, {1, "C-5002", "drawn at random"}};
}

// Answers every area of `a` with `r`.
void answer_all(Audit& a, AreaResult r) {
    for (AreaAnswer& ans : a.answers)
        ans.result = r;
}

} // namespace

// ---------------------------------------------------------------------------
// Samples
// ---------------------------------------------------------------------------

TEST_CASE("Keeping a sample adds a planned audit for each record drawn, in draw order") {
    Fixture f;
    const EditResult r = keep_sample(f.wb, f.policy, case_spec(), two_cases(), "2026-03-03T10:00");
    REQUIRE(r.ok());
    CHECK(r.id == "S-1");
    REQUIRE(f.wb.samples.size() == 1);
    CHECK(f.wb.samples[0].created == "2026-03-03T10:00");
    CHECK(f.wb.samples[0].spec.seed == 42);
    CHECK(f.wb.samples[0].changes.empty());
    REQUIRE(f.wb.audits.size() == 2);
    CHECK(f.wb.audits[0].id == "A-1");
    CHECK(f.wb.audits[0].record_id == "C-5001");
    CHECK(f.wb.audits[1].id == "A-2");
    CHECK(f.wb.audits[1].record_id == "C-5002");
    for (const Audit& a : f.wb.audits) {
        CHECK(a.sample_id == "S-1");
        CHECK(a.status == AuditStatus::Planned);
        CHECK(a.answers.size() == k_case_area_count);
    }
    // A second sample numbers on: S-2, with A-3 and A-4 (the same records again).
    const EditResult second = keep_sample(f.wb, f.policy, case_spec(), two_cases(), "");
    CHECK(second.id == "S-2");
    CHECK(f.wb.audits.back().id == "A-4");
}

TEST_CASE("Keeping an empty draw is refused") {
    Fixture f;
    const EditResult r = keep_sample(f.wb, f.policy, case_spec(), {}, "2026-03-03T10:00");
    CHECK_FALSE(r.ok());
    CHECK(r.error == "Nothing was drawn, so there is no sample to keep.");
    CHECK(f.wb.samples.empty());
    CHECK(f.wb.audits.empty());
}

TEST_CASE("Audits of a record, listed and in words") {
    Fixture f;
    keep_sample(f.wb, f.policy, case_spec(), two_cases(), "");
    keep_sample(f.wb, f.policy, case_spec(), {{0, "C-5001", "again"}}, "");
    f.wb.audits[0].status = AuditStatus::InProgress;
    const std::vector<const Audit*> of = audits_of_record(f.wb, RecordSet::Cases, "C-5001");
    REQUIRE(of.size() == 2);
    CHECK(of[0]->id == "A-1");
    CHECK(of[1]->id == "A-3");
    CHECK(audits_of_record_text(f.wb, RecordSet::Cases, "C-5001") ==
          "A-1 (In progress), A-3 (Planned)");
    // The same id as a supervision record is another record.
    CHECK(audits_of_record(f.wb, RecordSet::Supervisions, "C-5001").empty());
    CHECK(audits_of_record_text(f.wb, RecordSet::Cases, "C-9999").empty());
}

TEST_CASE("Adding a record by hand: a planned audit and the reason in the sample's log") {
    Fixture f;
    keep_sample(f.wb, f.policy, case_spec(), {{0, "C-5001", "drawn at random"}}, "");
    const EditResult r =
        add_to_sample(f.wb, f.policy, f.ex(), "S-1", "C-5002", "Asked for by the team manager");
    REQUIRE(r.ok());
    CHECK(r.id == "A-2");
    REQUIRE(f.wb.audits.size() == 2);
    CHECK(f.wb.audits[1].record_id == "C-5002");
    CHECK(f.wb.audits[1].sample_id == "S-1");
    CHECK(f.wb.audits[1].status == AuditStatus::Planned);
    REQUIRE(f.wb.samples[0].changes.size() == 1);
    CHECK(f.wb.samples[0].changes[0].added);
    CHECK(f.wb.samples[0].changes[0].record_id == "C-5002");
    CHECK(f.wb.samples[0].changes[0].reason == "Asked for by the team manager");
}

TEST_CASE("Adding a record by hand is refused with the reason, and nothing changes") {
    Fixture f;
    keep_sample(f.wb, f.policy, case_spec(), {{0, "C-5001", "drawn at random"}}, "");
    const std::string before = save_workbook_json(f.wb);
    struct Bad {
        const char* sample;
        const char* record;
        const char* reason;
        const char* error;
    };
    const Bad cases[] = {
        {"S-2", "C-5002", "why", "There is no sample S-2 in this workbook."},
        {"S-1", "C-9999", "why", "There is no case C-9999 in this extract."},
        // A supervision record's id is not a case of a case sample.
        {"S-1", "SUP-1", "why", "There is no case SUP-1 in this extract."},
        {"S-1", "C-5002", "", "Say why the record is added: the sample's log keeps the reason."},
        {"S-1", "C-5002", " \t\n",
         "Say why the record is added: the sample's log keeps the reason."},
        {"S-1", "C-5001", "again", "C-5001 is already in S-1."},
    };
    for (const Bad& b : cases) {
        INFO(b.sample << " " << b.record << " '" << b.reason << "'");
        const EditResult r = add_to_sample(f.wb, f.policy, f.ex(), b.sample, b.record, b.reason);
        CHECK(r.error == b.error);
        CHECK(save_workbook_json(f.wb) == before);
    }
}

TEST_CASE("A record already audited in another sample may be added, and is named") {
    Fixture f;
    keep_sample(f.wb, f.policy, case_spec(), {{0, "C-5001", "drawn at random"}}, "");
    keep_sample(f.wb, f.policy, case_spec(), {{1, "C-5002", "drawn at random"}}, "");
    CHECK(audits_of_record_text(f.wb, RecordSet::Cases, "C-5001") == "A-1 (Planned)");
    const EditResult r = add_to_sample(f.wb, f.policy, f.ex(), "S-2", "C-5001", "Follow-up");
    REQUIRE(r.ok());
    CHECK(r.id == "A-3");
}

TEST_CASE("Adding a supervision record to a supervision sample") {
    Fixture f;
    SampleSpec spec = case_spec();
    spec.records = RecordSet::Supervisions;
    keep_sample(f.wb, f.policy, spec, {{0, "SUP-1", "drawn at random"}}, "");
    f.wb.audits.clear(); // SUP-1 taken out by hand, say
    const EditResult r = add_to_sample(f.wb, f.policy, f.ex(), "S-1", "SUP-1", "Back in");
    REQUIRE(r.ok());
    CHECK(f.wb.audits[0].records == RecordSet::Supervisions);
    // The policy's supervision checklist, not the 14 case areas.
    CHECK(f.wb.audits[0].answers.size() == f.policy.audit.supervision_checklist.size());
    CHECK(add_to_sample(f.wb, f.policy, f.ex(), "S-1", "C-5001", "x").error ==
          "There is no supervision record C-5001 in this extract.");
}

TEST_CASE("Taking a record out: the audit goes, the sample's log keeps the reason") {
    Fixture f;
    keep_sample(f.wb, f.policy, case_spec(), two_cases(), "");
    f.wb.audits[0].status = AuditStatus::InProgress; // its answers so far go with it
    const EditResult r = remove_from_sample(f.wb, "A-1", "Person moved out of the area");
    REQUIRE(r.ok());
    CHECK(r.id == "A-1");
    REQUIRE(f.wb.audits.size() == 1);
    CHECK(f.wb.audits[0].id == "A-2");
    REQUIRE(f.wb.samples[0].changes.size() == 1);
    CHECK_FALSE(f.wb.samples[0].changes[0].added);
    CHECK(f.wb.samples[0].changes[0].record_id == "C-5001");
    CHECK(f.wb.samples[0].changes[0].reason == "Person moved out of the area");
    // The drawn records stay as drawn: the log says what changed.
    CHECK(f.wb.samples[0].drawn.size() == 2);
    // The next audit's id is one past the largest in use.
    CHECK(f.wb.next_audit_id() == "A-3");
}

TEST_CASE("Taking a record out is refused for an unknown or completed audit, or no reason") {
    Fixture f;
    keep_sample(f.wb, f.policy, case_spec(), two_cases(), "");
    f.wb.audits[1].status = AuditStatus::Completed;
    const std::string before = save_workbook_json(f.wb);
    CHECK(remove_from_sample(f.wb, "A-9", "why").error ==
          "There is no audit A-9 in this workbook.");
    CHECK(remove_from_sample(f.wb, "A-1", "  ").error ==
          "Say why the record is taken out: the sample's log keeps the reason.");
    CHECK(remove_from_sample(f.wb, "A-2", "why").error ==
          "A-2 is completed: reopen it before taking it out.");
    CHECK(save_workbook_json(f.wb) == before);
}

TEST_CASE("An audit added by hand with no sample is taken out with nothing to log it in") {
    Fixture f;
    f.wb.audits.push_back(new_audit(f.wb, f.policy, RecordSet::Cases, "C-5001", ""));
    REQUIRE(remove_from_sample(f.wb, "A-1", "Not needed").ok());
    CHECK(f.wb.audits.empty());
    CHECK(f.wb.samples.empty());
}

TEST_CASE("The auditor's name and role: a name is required") {
    Workbook wb;
    CHECK(set_auditor(wb, " ", "senior manager").error ==
          "Give your name: it goes on every audit you start.");
    CHECK(wb.auditor.empty());
    CHECK(wb.capacity.empty());
    REQUIRE(set_auditor(wb, "Dana Director", "senior manager").ok());
    CHECK(wb.auditor == "Dana Director");
    CHECK(wb.capacity == "senior manager");
}

// ---------------------------------------------------------------------------
// Starting and editing
// ---------------------------------------------------------------------------

TEST_CASE("Starting an audit: in progress, judged as at the date given, the auditor filled") {
    Workbook wb;
    wb.auditor = "Morgan Manager";
    wb.capacity = "first-line manager";
    Audit a = new_audit(Workbook{}, default_policy(), RecordSet::Cases, "C-5001", "S-1");
    CHECK(start_audit(wb, a, d("2026-03-02")));
    CHECK(a.status == AuditStatus::InProgress);
    CHECK(a.audit_date == d("2026-03-02"));
    CHECK(a.auditor == "Morgan Manager");
    CHECK(a.capacity == "first-line manager");
    // Again: nothing left to change, and the date it already has is kept.
    CHECK_FALSE(start_audit(wb, a, d("2026-04-01")));
    CHECK(a.audit_date == d("2026-03-02"));
    // An auditor already named keeps their name.
    Audit b = new_audit(Workbook{}, default_policy(), RecordSet::Cases, "C-5002", "S-1");
    b.auditor = "Dana Director";
    start_audit(wb, b, d("2026-03-02"));
    CHECK(b.auditor == "Dana Director");
    CHECK(b.capacity == "first-line manager");
}

TEST_CASE("Starting leaves a completed audit alone") {
    Workbook wb;
    wb.auditor = "Morgan Manager";
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "");
    a.auditor.clear();
    a.status = AuditStatus::Completed;
    CHECK_FALSE(start_audit(wb, a, d("2026-03-02")));
    CHECK(a.status == AuditStatus::Completed);
    CHECK_FALSE(a.audit_date);
    CHECK(a.auditor.empty());
}

TEST_CASE("Setting a result starts the audit, and unknown keys and completed audits refuse") {
    Workbook wb;
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "");
    CHECK(set_result(wb, a, d("2026-03-02"), "jargon", AreaResult::PartlyMet));
    CHECK(a.answers[1].result == AreaResult::PartlyMet);
    CHECK(a.status == AuditStatus::InProgress);
    CHECK(a.audit_date == d("2026-03-02"));
    // The same result again changes nothing.
    CHECK_FALSE(set_result(wb, a, d("2026-03-02"), "jargon", AreaResult::PartlyMet));
    CHECK_FALSE(set_result(wb, a, d("2026-03-02"), "no-such-area", AreaResult::Met));
    a.status = AuditStatus::Completed;
    CHECK_FALSE(audit_editable(a));
    CHECK_FALSE(set_result(wb, a, d("2026-03-02"), "jargon", AreaResult::Met));
    CHECK(a.answers[1].result == AreaResult::PartlyMet);
}

TEST_CASE("The grade override and actions: editable until completed") {
    Workbook wb;
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "");
    CHECK(set_grade_override(wb, a, d("2026-03-02"), Grade::Good));
    CHECK(a.grade_override == Grade::Good);
    CHECK(a.status == AuditStatus::InProgress);
    CHECK_FALSE(set_grade_override(wb, a, d("2026-03-02"), Grade::Good));
    CHECK(add_action(wb, a, d("2026-03-02")));
    CHECK(add_action(wb, a, d("2026-03-02")));
    a.actions[0].text = "first";
    a.actions[1].text = "second";
    CHECK_FALSE(remove_action(wb, a, d("2026-03-02"), 2)); // past the end
    CHECK(remove_action(wb, a, d("2026-03-02"), 0));
    REQUIRE(a.actions.size() == 1);
    CHECK(a.actions[0].text == "second");
    a.status = AuditStatus::Completed;
    CHECK_FALSE(add_action(wb, a, d("2026-03-02")));
    CHECK_FALSE(remove_action(wb, a, d("2026-03-02"), 0));
    CHECK_FALSE(set_grade_override(wb, a, d("2026-03-02"), Grade::None));
    CHECK(a.actions.size() == 1);
    CHECK(a.grade_override == Grade::Good);
}

// ---------------------------------------------------------------------------
// Completing and reopening
// ---------------------------------------------------------------------------

TEST_CASE("What stops an audit being completed") {
    Audit a = new_audit(Workbook{}, default_policy(), RecordSet::Cases, "C-5001", "");
    // All 14 areas unanswered.
    CHECK(completion_blockers(a) == std::vector<std::string>{"14 areas are not answered yet."});
    answer_all(a, AreaResult::Met);
    a.answers[4].result = AreaResult::Unanswered;
    CHECK(completion_blockers(a) == std::vector<std::string>{"1 area is not answered yet."});
    a.answers[4].result = AreaResult::NotApplicable; // answered: not applicable counts
    CHECK(completion_blockers(a).empty());
    // An override needs a reason; spaces are no reason.
    a.grade_override = Grade::Outstanding;
    a.override_reason = " \n";
    CHECK(completion_blockers(a) == std::vector<std::string>{"The grade override needs a reason."});
    a.override_reason = "Exemplary risk work.";
    CHECK(completion_blockers(a).empty());
    // Both at once, unanswered first.
    a.answers[0].result = AreaResult::Unanswered;
    a.override_reason.clear();
    CHECK(completion_blockers(a) == std::vector<std::string>{"1 area is not answered yet.",
                                                             "The grade override needs a reason."});
}

TEST_CASE("A case audit missing stored answers counts them unanswered, as the score does") {
    Audit a = new_audit(Workbook{}, default_policy(), RecordSet::Cases, "C-5001", "");
    answer_all(a, AreaResult::Met);
    a.answers.pop_back(); // 13 answers stored: the 14th area has none
    CHECK(completion_blockers(a) == std::vector<std::string>{"1 area is not answered yet."});
}

TEST_CASE("A supervision audit's blockers speak of items") {
    Policy p = default_policy();
    REQUIRE(p.audit.supervision_checklist.size() >= 2);
    Audit a = new_audit(Workbook{}, p, RecordSet::Supervisions, "SUP-1", "");
    const std::size_t n = a.answers.size();
    CHECK(completion_blockers(a) ==
          std::vector<std::string>{std::to_string(n) + " items are not answered yet."});
    answer_all(a, AreaResult::Met);
    a.answers[0].result = AreaResult::Unanswered;
    CHECK(completion_blockers(a) == std::vector<std::string>{"1 item is not answered yet."});
}

TEST_CASE("Completing dates the audit with the day it was completed, not the as-at date") {
    // The extract is as at 2 March 2026; the auditor presses Complete on 4 December 2026.
    Workbook wb;
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "");
    start_audit(wb, a, d("2026-03-02"));
    answer_all(a, AreaResult::Met);
    const EditResult r = complete_audit(wb, a, d("2026-03-02"), d("2026-12-04"));
    REQUIRE(r.ok());
    CHECK(a.status == AuditStatus::Completed);
    CHECK(a.completed == d("2026-12-04"));
    CHECK(a.audit_date == d("2026-03-02")); // kept apart
    CHECK(a.completed_reason.empty());
    // The sampler's "recently audited" rule counts from the day it was completed.
    wb.audits.push_back(a);
    const std::vector<WorkbookAudit> done = completed_case_audits(wb);
    REQUIRE(done.size() == 1);
    CHECK(done[0].date == d("2026-12-04"));
}

TEST_CASE("The audit case note gives both dates of a completed audit") {
    const ImportResult imported = import_extract(ca_test::minimal());
    REQUIRE(imported.ok());
    Workbook wb;
    wb.auditor = "Morgan Manager";
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "");
    answer_all(a, AreaResult::Met);
    REQUIRE(complete_audit(wb, a, d("2026-03-02"), d("2026-12-04")).ok());
    const std::string note = audit_case_note(a, *imported.extract, default_policy());
    CHECK(note.find("Audited by Morgan Manager on 4 December 2026, records as at 2 March 2026.") !=
          std::string::npos);
    // Completed on the day it is judged as at: one date.
    reopen_audit(a);
    REQUIRE(complete_audit(wb, a, d("2026-03-02"), d("2026-03-02")).ok());
    CHECK(audit_case_note(a, *imported.extract, default_policy())
              .find("Audited by Morgan Manager on 2 March 2026.") != std::string::npos);
}

TEST_CASE("An audit with no date of its own is judged as at the date given on completion") {
    Workbook wb;
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "");
    answer_all(a, AreaResult::Met);
    REQUIRE(complete_audit(wb, a, d("2026-03-02"), d("2026-03-05")).ok());
    CHECK(a.audit_date == d("2026-03-02"));
    CHECK(a.completed == d("2026-03-05"));
}

TEST_CASE("Completing is refused while anything blocks it, and for a completed audit") {
    Workbook wb;
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "");
    answer_all(a, AreaResult::Met);
    a.answers[13].result = AreaResult::Unanswered;
    a.status = AuditStatus::InProgress;
    EditResult r = complete_audit(wb, a, d("2026-03-02"), d("2026-03-04"));
    CHECK(r.error == "1 area is not answered yet.");
    CHECK(a.status == AuditStatus::InProgress);
    CHECK_FALSE(a.completed);
    a.answers[13].result = AreaResult::Met;
    a.grade_override = Grade::Inadequate;
    r = complete_audit(wb, a, d("2026-03-02"), d("2026-03-04"));
    CHECK(r.error == "The grade override needs a reason.");
    CHECK_FALSE(a.completed);
    a.override_reason = "Safeguarding concern not acted on.";
    REQUIRE(complete_audit(wb, a, d("2026-03-02"), d("2026-03-04")).ok());
    r = complete_audit(wb, a, d("2026-03-02"), d("2026-03-09"));
    CHECK(r.error == a.id + " is already completed.");
    CHECK(a.completed == d("2026-03-04"));
}

TEST_CASE("Correcting the completion date needs a reason and a day not before the records") {
    Workbook wb;
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "");
    answer_all(a, AreaResult::Met);
    CHECK(set_completed_date(a, d("2026-03-04"), "clock").error ==
          "A-1 is not completed: it has no completion date to correct.");
    REQUIRE(complete_audit(wb, a, d("2026-03-02"), d("2036-03-04")).ok()); // a clock 10 years on
    CHECK(set_completed_date(a, d("2026-03-04"), " ").error ==
          "Say why the completion date is corrected (for example, the computer's date was "
          "wrong).");
    // The day before the date judged as at is refused; that day itself is allowed.
    CHECK(set_completed_date(a, d("2026-03-01"), "clock").error ==
          "An audit cannot be completed before 2 March 2026, the date its records are judged "
          "as at.");
    CHECK(a.completed == d("2036-03-04"));
    REQUIRE(set_completed_date(a, d("2026-03-02"), "The laptop's date was 2036.").ok());
    CHECK(a.completed == d("2026-03-02"));
    CHECK(a.completed_reason == "The laptop's date was 2036.");
}

TEST_CASE("Reopening: in progress again, the completion date and its reason cleared") {
    Workbook wb;
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "");
    CHECK_FALSE(reopen_audit(a)); // planned: nothing to reopen
    answer_all(a, AreaResult::Met);
    REQUIRE(complete_audit(wb, a, d("2026-03-02"), d("2026-03-04")).ok());
    REQUIRE(set_completed_date(a, d("2026-03-03"), "clock").ok());
    CHECK(reopen_audit(a));
    CHECK(a.status == AuditStatus::InProgress);
    CHECK_FALSE(a.completed);
    CHECK(a.completed_reason.empty());
    CHECK(a.audit_date == d("2026-03-02")); // still judged as at the same day
    CHECK(audit_editable(a));
}

TEST_CASE("The completion date and its reason survive a save and a load, and older files load") {
    Workbook wb;
    wb.extract.fingerprint = "0123456789abcdef";
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "");
    answer_all(a, AreaResult::Met);
    REQUIRE(complete_audit(wb, a, d("2026-03-02"), d("2026-03-09")).ok());
    REQUIRE(set_completed_date(a, d("2026-03-05"), "Clock a few days fast").ok());
    wb.audits.push_back(a);
    const WorkbookLoadResult back = load_workbook_json(save_workbook_json(wb));
    REQUIRE(back.ok());
    CHECK(back.warnings.empty());
    CHECK(back.workbook->audits[0].completed == d("2026-03-05"));
    CHECK(back.workbook->audits[0].audit_date == d("2026-03-02"));
    CHECK(back.workbook->audits[0].completed_reason == "Clock a few days fast");

    // A workbook written before completedReason existed loads with no reason and no warning.
    const WorkbookLoadResult old = load_workbook_json(R"({
        "format": "case-audit-workbook", "version": 1,
        "extract": {"fingerprint": "0123456789abcdef"},
        "audits": [{"id": "A-1", "records": "cases", "recordId": "C-1", "status": "in-progress",
                    "auditDate": "2026-03-02", "completed": null}]
    })");
    REQUIRE(old.ok());
    CHECK(old.warnings.empty());
    CHECK(old.workbook->audits[0].completed_reason.empty());
}

TEST_CASE("The loader warns of a completed audit the rules would not have completed") {
    Workbook wb;
    wb.extract.fingerprint = "0123456789abcdef";
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "");
    answer_all(a, AreaResult::Met);
    a.status = AuditStatus::Completed;
    a.completed = d("2026-03-04");
    a.grade_override = Grade::Good; // and no reason
    wb.audits.push_back(a);
    const WorkbookLoadResult r = load_workbook_json(save_workbook_json(wb));
    REQUIRE(r.ok());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].path == "audits[0].overrideReason");
    CHECK(r.warnings[0].message == "A completed audit that could not be completed as it stands: "
                                   "The grade override needs a reason.");
}

// ---------------------------------------------------------------------------
// The order of the grade bands
// ---------------------------------------------------------------------------

TEST_CASE("Grade bands in order, with their floors") {
    GradeBands bands; // the defaults: 88, 63, 39
    CHECK(grade_above(Grade::Inadequate) == Grade::RequiresImprovement);
    CHECK(grade_above(Grade::RequiresImprovement) == Grade::Good);
    CHECK(grade_above(Grade::Good) == Grade::Outstanding);
    CHECK(grade_above(Grade::Outstanding) == Grade::None);
    CHECK(grade_above(Grade::None) == Grade::None);
    CHECK(grade_below(Grade::Outstanding) == Grade::Good);
    CHECK(grade_below(Grade::Good) == Grade::RequiresImprovement);
    CHECK(grade_below(Grade::RequiresImprovement) == Grade::Inadequate);
    CHECK(grade_below(Grade::Inadequate) == Grade::None);
    CHECK(grade_below(Grade::None) == Grade::None);
    CHECK(band_floor(Grade::Outstanding, bands) == bands.outstanding);
    CHECK(band_floor(Grade::Good, bands) == bands.good);
    CHECK(band_floor(Grade::RequiresImprovement, bands) == bands.requires_improvement);
    CHECK(band_floor(Grade::Inadequate, bands) == 0.0);
    CHECK(band_floor(Grade::None, bands) == 0.0);
}
