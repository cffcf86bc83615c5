// The audit workbook: ids, new audits, results in checklist order, JSON save and strict load
// (each bad input with its path), and checking a workbook against an extract.
#include "core/audit/workbook.h"
#include "core/extract/fingerprint.h"
#include "test_caseload_support.h"
#include "test_extract_support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace ca;
using namespace ca::audit;

namespace {

using ca_test::d;

std::string read_workbook_fixture(const std::string& name) {
    std::ifstream in(std::string(CASEAUDIT_TEST_DATA_DIR) + "/workbook/" + name, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// A workbook in which every field has a value other than its default, so that a field the
// writer or the reader forgot shows up in the round trip.
Workbook full_workbook() {
    Workbook wb;
    wb.extract = {"00ff00ff00ff00ff", "Westmere Borough Council (synthetic)", "2026-03-02",
                  "2026-03-02T18:30"};
    wb.policy_fingerprint = "1234567890abcdef";
    wb.auditor = "Morgan Manager";
    wb.capacity = "first-line manager";
    wb.modified = "2026-03-04T09:12:30";

    Sample s;
    s.id = "S-1";
    s.spec.records = RecordSet::Supervisions;
    s.spec.workers = {"W-SW1", "W-OT1"};
    s.spec.teams = {"T-NORTH"};
    s.spec.size = 8;
    s.spec.seed = 18446744073709551615ull; // the largest seed: 20 digits, beyond 2^53
    s.spec.date = d("2026-03-02");
    s.spec.exclude_recently_audited = false;
    s.spec.recently_audited_months = 6;
    s.spec.exclude_closed = false;
    s.spec.exclude_inactive = false;
    s.spec.activity_months = 2;
    s.spec.strata = {Stratum::AsyeWorker, Stratum::OpenSafeguardingEnquiry};
    s.drawn = {{k_no_index, "SUP-1", "drawn to include a supervisee in their ASYE"},
               {k_no_index, "SUP-2", "drawn at random from 14 eligible records"}};
    s.changes = {{true, "SUP-3", "Asked for by the service manager"},
                 {false, "SUP-2", "Supervisee on long-term leave"}};
    s.created = "2026-03-03T10:00";
    wb.samples.push_back(s);

    Audit a;
    a.id = "A-1";
    a.records = RecordSet::Cases;
    a.record_id = "C-5001";
    a.sample_id = "S-1";
    a.status = AuditStatus::Completed;
    a.auditor = "Dana Director";
    a.capacity = "senior manager";
    a.audit_date = d("2026-03-02");
    a.completed = d("2026-03-03");
    for (const CaseAreaInfo& info : case_areas())
        a.answers.push_back({std::string(info.key), AreaResult::Met, ""});
    a.answers[1] = {"jargon", AreaResult::PartlyMet, "\"ADL\" and \"POC\" used unexplained."};
    a.answers[2] = {"literacy", AreaResult::NotMet, "Several misspellings; ü and — kept."};
    a.answers[11] = {"correspondence", AreaResult::NotApplicable, ""};
    a.grade_override = Grade::RequiresImprovement;
    a.override_reason = "No risk review after the fall in January.";
    a.summary = "A well kept file overall.\nSecond line.";
    a.recommendations = "Explain abbreviations.";
    a.actions = {{"Update the risk assessment", "W-SW1", d("2026-03-17"), true},
                 {"Upload the GP letter as a PDF", "Sam", std::nullopt, false}};
    a.discuss_in_supervision = true;
    a.chosen_for_supervision_review = true;
    wb.audits.push_back(a);

    Audit b;
    b.id = "A-2";
    b.records = RecordSet::Supervisions;
    b.record_id = "SUP-1";
    b.status = AuditStatus::InProgress;
    b.answers = {{"frequency", AreaResult::Met, "Fortnightly."},
                 {"reflection", AreaResult::Unanswered, ""}};
    wb.audits.push_back(b);

    wb.dictionary = {"reablement", "Westmere"};
    return wb;
}

// The one error; fails the test when there is not exactly one.
WorkbookError only_error(const WorkbookLoadResult& r) {
    INFO(format_workbook_errors(r));
    REQUIRE(r.errors.size() == 1);
    CHECK_FALSE(r.ok());
    return r.errors.front();
}

} // namespace

// ---------------------------------------------------------------------------
// Ids, new audits, results
// ---------------------------------------------------------------------------

TEST_CASE("Workbook ids: the next number after the largest in use") {
    Workbook wb;
    CHECK(wb.next_audit_id() == "A-1");
    CHECK(wb.next_sample_id() == "S-1");
    wb.audits.resize(3);
    wb.audits[0].id = "A-7";
    wb.audits[1].id = "A-2";
    wb.audits[2].id = "A-x"; // a hand-made id: not a number, ignored
    CHECK(wb.next_audit_id() == "A-8");
    wb.samples.resize(1);
    wb.samples[0].id = "S-12";
    CHECK(wb.next_sample_id() == "S-13");
    CHECK(wb.next_audit_id() == "A-8"); // sample ids do not count for audits

    REQUIRE(wb.find_audit("A-2") == &wb.audits[1]);
    CHECK(wb.find_audit("A-3") == nullptr);
    const Workbook& cwb = wb;
    CHECK(cwb.find_audit("A-7") == &wb.audits[0]);
}

TEST_CASE("Audit statuses have keys and labels") {
    CHECK(audit_status_key(AuditStatus::Planned) == "planned");
    CHECK(audit_status_key(AuditStatus::InProgress) == "in-progress");
    CHECK(audit_status_key(AuditStatus::Completed) == "completed");
    CHECK(audit_status_label(AuditStatus::InProgress) == "In progress");
    CHECK(audit_status_label(AuditStatus::Completed) == "Completed");
    CHECK(parse_audit_status_key("in-progress") == AuditStatus::InProgress);
    CHECK_FALSE(parse_audit_status_key("done").has_value());
    CHECK_FALSE(parse_audit_status_key("").has_value());
}

TEST_CASE("The extract's identity: its fingerprint, organisation and dates") {
    const ImportResult r = import_extract(ca_test::minimal());
    REQUIRE(r.ok());
    const ExtractIdentity id = extract_identity(*r.extract);
    CHECK(id.fingerprint == extract_fingerprint(*r.extract));
    CHECK(id.fingerprint.size() == 16);
    CHECK(id.organisation == "Westmere Borough Council (synthetic)");
    CHECK(id.as_at == "2026-03-02");
    CHECK(id.extracted_at == "2026-03-02T18:30");
}

TEST_CASE("A new case audit has the 14 areas unanswered, in the policy's order") {
    Workbook wb;
    wb.auditor = "Morgan Manager";
    wb.capacity = "first-line manager";
    wb.audits.resize(1);
    wb.audits[0].id = "A-4";
    const Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "S-2");
    CHECK(a.id == "A-5");
    CHECK(a.records == RecordSet::Cases);
    CHECK(a.record_id == "C-5001");
    CHECK(a.sample_id == "S-2");
    CHECK(a.status == AuditStatus::Planned);
    CHECK(a.auditor == "Morgan Manager");
    CHECK(a.capacity == "first-line manager");
    CHECK_FALSE(a.audit_date.has_value());
    REQUIRE(a.answers.size() == 14);
    for (std::size_t i = 0; i < 14; ++i) {
        CHECK(a.answers[i].key == case_areas()[i].key);
        CHECK(a.answers[i].result == AreaResult::Unanswered);
    }
}

TEST_CASE("A new supervision audit has the policy's supervision checklist") {
    Policy p = default_policy();
    const Audit a = new_audit(Workbook{}, p, RecordSet::Supervisions, "SUP-1", "");
    CHECK(a.id == "A-1");
    REQUIRE(a.answers.size() == 6);
    CHECK(a.answers[0].key == "frequency");
    CHECK(a.answers[5].key == "reflection");

    p.audit.supervision_checklist = {{"wellbeing", "Wellbeing discussed", ""},
                                     {"frequency", "Held often enough", "frequency"}};
    const Audit b = new_audit(Workbook{}, p, RecordSet::Supervisions, "SUP-1", "");
    REQUIRE(b.answers.size() == 2);
    CHECK(b.answers[0].key == "wellbeing");
    CHECK(b.answers[1].key == "frequency");
}

TEST_CASE("Audit results come in checklist order, whatever order answers are stored in") {
    Audit a;
    a.records = RecordSet::Cases;
    // Stored out of order, and "adequate" missing (a hand-edited file): it counts as
    // unanswered in the first place.
    a.answers = {{"given-to-person", AreaResult::NotMet, ""},
                 {"jargon", AreaResult::Met, ""},
                 {"training", AreaResult::NotApplicable, ""}};
    const std::vector<AreaResult> r = audit_results(a);
    REQUIRE(r.size() == 14);
    CHECK(r[0] == AreaResult::Unanswered);    // adequate
    CHECK(r[1] == AreaResult::Met);           // jargon
    CHECK(r[6] == AreaResult::NotApplicable); // training
    CHECK(r[13] == AreaResult::NotMet);       // given-to-person
    CHECK(r[7] == AreaResult::Unanswered);

    Audit s;
    s.records = RecordSet::Supervisions;
    s.answers = {{"reflection", AreaResult::PartlyMet, ""}, {"frequency", AreaResult::Met, ""}};
    const std::vector<AreaResult> sr = audit_results(s);
    REQUIRE(sr.size() == 2);
    CHECK(sr[0] == AreaResult::PartlyMet);
    CHECK(sr[1] == AreaResult::Met);
}

TEST_CASE("Completed case audits for the sampler, with the day each was completed") {
    Workbook wb;
    auto add = [&](RecordSet rs, const char* id, AuditStatus st, std::optional<Date> date,
                   std::optional<Date> completed) {
        Audit a;
        a.records = rs;
        a.record_id = id;
        a.status = st;
        a.audit_date = date;
        a.completed = completed;
        wb.audits.push_back(a);
    };
    add(RecordSet::Cases, "C-1", AuditStatus::Completed, d("2026-01-05"), d("2026-01-09"));
    add(RecordSet::Cases, "C-2", AuditStatus::InProgress, d("2026-01-05"), std::nullopt);
    add(RecordSet::Supervisions, "SUP-1", AuditStatus::Completed, d("2026-01-05"), d("2026-01-06"));
    add(RecordSet::Cases, "C-3", AuditStatus::Completed, d("2025-12-01"), std::nullopt);
    add(RecordSet::Cases, "C-4", AuditStatus::Completed, std::nullopt, std::nullopt);
    const std::vector<WorkbookAudit> done = completed_case_audits(wb);
    REQUIRE(done.size() == 2);
    CHECK(done[0].case_id == "C-1");
    CHECK(done[0].date == d("2026-01-09")); // the completion, not the audit date
    CHECK(done[1].case_id == "C-3");
    CHECK(done[1].date == d("2025-12-01")); // no completion date: the audit date
}

// ---------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------

TEST_CASE("Workbook JSON: a full workbook reads back field for field") {
    const Workbook wb = full_workbook();
    const std::string text = save_workbook_json(wb);
    const WorkbookLoadResult r = load_workbook_json(text);
    INFO(format_workbook_errors(r));
    REQUIRE(r.ok());
    CHECK(r.errors.empty());
    CHECK(r.warnings.empty());
    const Workbook& w = *r.workbook;
    // Saved again, the same bytes: every field written was read.
    CHECK(save_workbook_json(w) == text);

    // And the fields themselves, so a field neither written nor read is caught too.
    CHECK(w.version == 1);
    CHECK(w.extract.fingerprint == "00ff00ff00ff00ff");
    CHECK(w.extract.organisation == "Westmere Borough Council (synthetic)");
    CHECK(w.extract.as_at == "2026-03-02");
    CHECK(w.extract.extracted_at == "2026-03-02T18:30");
    CHECK(w.policy_fingerprint == "1234567890abcdef");
    CHECK(w.auditor == "Morgan Manager");
    CHECK(w.capacity == "first-line manager");
    CHECK(w.modified == "2026-03-04T09:12:30");
    CHECK(w.dictionary == std::vector<std::string>{"reablement", "Westmere"});

    REQUIRE(w.samples.size() == 1);
    const Sample& s = w.samples[0];
    CHECK(s.id == "S-1");
    CHECK(s.spec.records == RecordSet::Supervisions);
    CHECK(s.spec.workers == std::vector<std::string>{"W-SW1", "W-OT1"});
    CHECK(s.spec.teams == std::vector<std::string>{"T-NORTH"});
    CHECK(s.spec.size == 8);
    CHECK(s.spec.seed == 18446744073709551615ull);
    CHECK(s.spec.date == d("2026-03-02"));
    CHECK_FALSE(s.spec.exclude_recently_audited);
    CHECK(s.spec.recently_audited_months == 6);
    CHECK_FALSE(s.spec.exclude_closed);
    CHECK_FALSE(s.spec.exclude_inactive);
    CHECK(s.spec.activity_months == 2);
    REQUIRE(s.spec.strata.size() == 2);
    CHECK(s.spec.strata[0] == Stratum::AsyeWorker);
    CHECK(s.spec.strata[1] == Stratum::OpenSafeguardingEnquiry);
    REQUIRE(s.drawn.size() == 2);
    CHECK(s.drawn[1].id == "SUP-2");
    CHECK(s.drawn[1].reason == "drawn at random from 14 eligible records");
    CHECK(s.drawn[1].index == k_no_index);
    REQUIRE(s.changes.size() == 2);
    CHECK(s.changes[0].added);
    CHECK(s.changes[0].record_id == "SUP-3");
    CHECK_FALSE(s.changes[1].added);
    CHECK(s.changes[1].reason == "Supervisee on long-term leave");
    CHECK(s.created == "2026-03-03T10:00");

    REQUIRE(w.audits.size() == 2);
    const Audit& a = w.audits[0];
    CHECK(a.id == "A-1");
    CHECK(a.records == RecordSet::Cases);
    CHECK(a.record_id == "C-5001");
    CHECK(a.sample_id == "S-1");
    CHECK(a.status == AuditStatus::Completed);
    CHECK(a.auditor == "Dana Director");
    CHECK(a.capacity == "senior manager");
    CHECK(a.audit_date == d("2026-03-02"));
    CHECK(a.completed == d("2026-03-03"));
    REQUIRE(a.answers.size() == 14);
    CHECK(a.answers[1].result == AreaResult::PartlyMet);
    CHECK(a.answers[1].comment == "\"ADL\" and \"POC\" used unexplained.");
    CHECK(a.answers[2].comment == "Several misspellings; ü and — kept.");
    CHECK(a.answers[11].result == AreaResult::NotApplicable);
    CHECK(a.grade_override == Grade::RequiresImprovement);
    CHECK(a.override_reason == "No risk review after the fall in January.");
    CHECK(a.summary == "A well kept file overall.\nSecond line.");
    CHECK(a.recommendations == "Explain abbreviations.");
    REQUIRE(a.actions.size() == 2);
    CHECK(a.actions[0].text == "Update the risk assessment");
    CHECK(a.actions[0].owner == "W-SW1");
    CHECK(a.actions[0].due == d("2026-03-17"));
    CHECK(a.actions[0].done);
    CHECK_FALSE(a.actions[1].due.has_value());
    CHECK_FALSE(a.actions[1].done);
    CHECK(a.discuss_in_supervision);
    CHECK(a.chosen_for_supervision_review);

    const Audit& b = w.audits[1];
    CHECK(b.records == RecordSet::Supervisions);
    CHECK(b.status == AuditStatus::InProgress);
    CHECK(b.sample_id.empty());
    CHECK_FALSE(b.audit_date.has_value());
    CHECK(b.grade_override == Grade::None);
    REQUIRE(b.answers.size() == 2);
    CHECK(b.answers[1].result == AreaResult::Unanswered);
    CHECK_FALSE(b.discuss_in_supervision);
}

TEST_CASE("Workbook JSON: a small workbook is saved exactly as the golden file") {
    Workbook wb;
    wb.extract = {"0123456789abcdef", "Westmere Borough Council (synthetic)", "2026-03-02",
                  "2026-03-02T18:30"};
    wb.policy_fingerprint = "fedcba9876543210";
    wb.auditor = "Morgan Manager";
    wb.capacity = "first-line manager";
    wb.modified = "2026-03-03T11:05";
    Sample s;
    s.id = "S-1";
    s.spec.seed = 482913775;
    s.spec.date = d("2026-03-02");
    s.spec.teams = {"T-NORTH"};
    s.spec.size = 1;
    s.spec.strata = {Stratum::OpenSafeguardingEnquiry};
    s.drawn = {{0, "C-5001", "drawn at random from 1 eligible case"}};
    s.created = "2026-03-03T10:58";
    wb.samples.push_back(s);
    Audit a = new_audit(wb, default_policy(), RecordSet::Cases, "C-5001", "S-1");
    a.status = AuditStatus::InProgress;
    a.audit_date = d("2026-03-02");
    a.answers[0].result = AreaResult::Met;
    a.answers[6].result = AreaResult::PartlyMet;
    a.answers[6].comment = "Data protection 6 weeks after starting.";
    a.actions = {{"Book data protection refresher", "W-SW1", d("2026-03-31"), false}};
    wb.audits.push_back(a);
    wb.dictionary = {"reablement"};

    const std::string golden = read_workbook_fixture("small-workbook.json");
    CHECK(save_workbook_json(wb) == golden);
    // The golden file reads back to the same workbook.
    const WorkbookLoadResult r = load_workbook_json(golden);
    INFO(format_workbook_errors(r));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    CHECK(save_workbook_json(*r.workbook) == golden);
}

TEST_CASE("Workbook JSON: input that is not a workbook says what it is") {
    SECTION("not JSON") {
        const WorkbookError e = only_error(load_workbook_json("{\"format\": "));
        CHECK(e.path == "");
        CHECK(e.message.rfind("Not valid JSON: ", 0) == 0);
        CHECK(e.message.find("line 1") != std::string::npos);
    }
    SECTION("empty file") {
        const WorkbookError e = only_error(load_workbook_json(""));
        CHECK(e.message.rfind("Not valid JSON: ", 0) == 0);
    }
    SECTION("not an object") {
        const WorkbookError e = only_error(load_workbook_json("[1, 2]"));
        CHECK(e.path == "");
        CHECK(e.message == "An audit workbook is a JSON object ({...}).");
    }
    SECTION("no format") {
        const WorkbookError e = only_error(load_workbook_json(R"({"version": 1})"));
        CHECK(e.path == "format");
        CHECK(e.message ==
              "This is not a Case Audit workbook: it has no \"format\": \"case-audit-workbook\".");
    }
    SECTION("another format") {
        const WorkbookError& e =
            only_error(load_workbook_json(R"({"format": "case-audit-policy", "version": 1})"));
        CHECK(e.path == "format");
        CHECK(e.message == "This is not a Case Audit workbook: its \"format\" is "
                           "\"case-audit-policy\", not \"case-audit-workbook\".");
    }
    SECTION("an extract") {
        const WorkbookError e = only_error(load_workbook_json(ca_test::minimal()));
        CHECK(e.path == "");
        CHECK(e.message ==
              "This is a case extract, not an audit workbook: open it as the extract.");
    }
    SECTION("a newer version") {
        const std::string text = ca_test::replace_once(save_workbook_json(full_workbook()),
                                                       "\"version\": 1", "\"version\": 2");
        const WorkbookError e = only_error(load_workbook_json(text));
        CHECK(e.path == "version");
        CHECK(e.message == "This workbook is version 2; this Case Audit reads version 1. "
                           "Update Case Audit to open it.");
    }
    SECTION("version 0 or not a number") {
        CHECK(only_error(load_workbook_json(R"({"format": "case-audit-workbook", "version": 0})"))
                  .message == "There is no workbook version 0; this Case Audit reads version 1.");
        const WorkbookError& e =
            only_error(load_workbook_json(R"({"format": "case-audit-workbook", "version": "1"})"));
        CHECK(e.path == "version");
        CHECK(e.message == "Expected the workbook's version, a whole number (1).");
    }
}

TEST_CASE("Workbook JSON: each bad value is reported at its path") {
    const std::string good = save_workbook_json(full_workbook());
    struct Bad {
        const char* from;
        const char* to;
        const char* path;
        const char* message;
    };
    const Bad cases[] = {
        {"\"result\": \"partly-met\"", "\"result\": \"partly\"", "audits[0].answers[1].result",
         "Expected one of: met, partly-met, not-met, not-applicable, or null."},
        {"\"due\": \"2026-03-17\"", "\"due\": \"2026-02-30\"", "audits[0].actions[0].due",
         "Expected a date \"YYYY-MM-DD\" that exists, or null."},
        {"\"auditDate\": \"2026-03-02\"", "\"auditDate\": \"2 March 2026\"", "audits[0].auditDate",
         "Expected a date \"YYYY-MM-DD\" that exists, or null."},
        {"\"seed\": \"18446744073709551615\"", "\"seed\": 123", "samples[0].spec.seed",
         "Expected the seed as a string of decimal digits (\"123456789\") up to "
         "18446744073709551615: a JSON number loses digits in a browser."},
        {"\"seed\": \"18446744073709551615\"", "\"seed\": \"12a4\"", "samples[0].spec.seed",
         nullptr},
        // One more than the largest uint64.
        {"\"seed\": \"18446744073709551615\"", "\"seed\": \"18446744073709551616\"",
         "samples[0].spec.seed", nullptr},
        {"\"seed\": \"18446744073709551615\"", "\"seed\": \"-1\"", "samples[0].spec.seed", nullptr},
        {"\"id\": \"A-2\"", "\"id\": \"A-1\"", "audits[1].id",
         "The audit id \"A-1\" is already used by audits[0]."},
        {"\"status\": \"completed\"", "\"status\": \"done\"", "audits[0].status",
         "Expected one of: planned, in-progress, completed."},
        {"\"gradeOverride\": \"requires-improvement\"", "\"gradeOverride\": \"poor\"",
         "audits[0].gradeOverride",
         "Expected one of: outstanding, good, requires-improvement, inadequate, or null."},
        {"\"records\": \"cases\"", "\"records\": \"people\"", "audits[0].records",
         "Expected one of: cases, supervisions."},
        {"\"key\": \"jargon\"", "\"key\": \"adequate\"", "audits[0].answers[1].key",
         "The area \"adequate\" is already answered at audits[0].answers[0]."},
        {"\"key\": \"jargon\"", "\"key\": \"spelling\"", "audits[0].answers[1].key",
         "\"spelling\" is not one of the 14 case file areas."},
        {"\"asye-worker\"", "\"asye\"", "samples[0].spec.strata[0]",
         "Expected one of: open-safeguarding-enquiry, asye-worker."},
        {"\"change\": \"added\"", "\"change\": \"add\"", "samples[0].changes[0].change",
         "Expected \"added\" or \"removed\"."},
        {"\"recordId\": \"C-5001\"", "\"recordId\": \"\"", "audits[0].recordId",
         "\"recordId\" must not be empty."},
        {"\"done\": true", "\"done\": \"yes\"", "audits[0].actions[0].done",
         "Expected true or false."},
        {"\"size\": 8", "\"size\": 2.5", "samples[0].spec.size",
         "Expected a whole number from 1 to 100000."},
        // The months have the policy file's bounds, 1 to 120, as the sampler does.
        {"\"activityMonths\": 2", "\"activityMonths\": 0", "samples[0].spec.activityMonths",
         "Expected a whole number from 1 to 120."},
        {"\"recentlyAuditedMonths\": 6", "\"recentlyAuditedMonths\": 121",
         "samples[0].spec.recentlyAuditedMonths", "Expected a whole number from 1 to 120."},
        {"\"modified\": \"2026-03-04T09:12:30\"", "\"modified\": \"yesterday\"", "modified",
         "Expected a date and time \"YYYY-MM-DDTHH:MM\", or \"\"."},
        {"\"dictionary\": [\n    \"reablement\"", "\"dictionary\": [\n    7", "dictionary[0]",
         "Expected text (a string)."},
        {"\"asAt\": \"2026-03-02\"", "\"asAt\": \"2026-3-2\"", "extract.asAt",
         "Expected a date \"YYYY-MM-DD\" that exists, or \"\"."},
        {"\"fingerprint\": \"00ff00ff00ff00ff\",", "", "extract.fingerprint",
         "Missing \"fingerprint\"."},
        {"\"audits\": [", "\"audits\": [7,", "audits[0]", "Expected an object ({...})."},
        {"\"samples\": [", "\"samples\": {}, \"x\": [", "samples", "Expected a list ([...])."},
    };
    for (const Bad& bad : cases) {
        INFO(bad.from << " -> " << bad.to);
        const WorkbookLoadResult r =
            load_workbook_json(ca_test::replace_once(good, bad.from, bad.to));
        INFO(format_workbook_errors(r));
        REQUIRE(r.errors.size() == 1);
        CHECK_FALSE(r.workbook.has_value());
        CHECK(r.errors[0].path == bad.path);
        if (bad.message)
            CHECK(r.errors[0].message == bad.message);
    }
}

TEST_CASE("Workbook JSON: every error is reported, not only the first") {
    std::string text = save_workbook_json(full_workbook());
    text = ca_test::replace_once(text, "\"status\": \"completed\"", "\"status\": 3");
    text = ca_test::replace_once(text, "\"date\": \"2026-03-02\"", "\"date\": null");
    text = ca_test::replace_once(text, "\"id\": \"S-1\"", "\"id\": \"\"");
    const WorkbookLoadResult r = load_workbook_json(text);
    INFO(format_workbook_errors(r));
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].path == "samples[0].id");
    CHECK(r.errors[1].path == "samples[0].spec.date");
    CHECK(r.errors[1].message == "Expected the sample date \"YYYY-MM-DD\".");
    CHECK(r.errors[2].path == "audits[0].status");
    CHECK(format_workbook_errors(r).rfind("samples[0].id: \"id\" must not be empty.\n", 0) == 0);
}

TEST_CASE("Workbook JSON: unknown keys are warnings, and the workbook still loads") {
    std::string text = save_workbook_json(full_workbook());
    text = ca_test::replace_once(text, "\"auditor\": \"Morgan Manager\",",
                                 "\"auditor\": \"Morgan Manager\", \"theme\": \"dark\",");
    text = ca_test::replace_once(text, "\"done\": true", "\"done\": true, \"priority\": 1");
    const WorkbookLoadResult r = load_workbook_json(text);
    INFO(format_workbook_errors(r));
    REQUIRE(r.ok());
    REQUIRE(r.warnings.size() == 2);
    CHECK(r.warnings[0].path == "audits[0].actions[0].priority");
    CHECK(r.warnings[1].path == "theme");
    CHECK(r.warnings[1].message == "Unknown key \"theme\", ignored (written by a newer Case "
                                   "Audit?); it is not kept when the workbook is saved.");
    CHECK(save_workbook_json(*r.workbook) == save_workbook_json(full_workbook()));
    CHECK(format_workbook_errors(r).find("warning: theme: Unknown key") != std::string::npos);
}

TEST_CASE(
    "Workbook JSON: a minimal file takes the defaults, and odd but readable work is a warning") {
    const WorkbookLoadResult r = load_workbook_json(R"({
        "format": "case-audit-workbook", "version": 1,
        "extract": {"fingerprint": "0123456789abcdef"},
        "audits": [{"id": "A-1", "records": "cases", "recordId": "C-1", "status": "completed",
                    "sampleId": "S-9", "answers": [{"key": "jargon", "result": null}]}]
    })");
    INFO(format_workbook_errors(r));
    REQUIRE(r.ok());
    const Workbook& wb = *r.workbook;
    CHECK(wb.extract.organisation.empty());
    CHECK(wb.samples.empty());
    CHECK(wb.dictionary.empty());
    REQUIRE(wb.audits.size() == 1);
    CHECK(wb.audits[0].answers[0].result == AreaResult::Unanswered);
    CHECK(wb.audits[0].grade_override == Grade::None);
    REQUIRE(r.warnings.size() == 3);
    CHECK(r.warnings[0].path == "audits[0].completed");
    CHECK(r.warnings[0].message == "A completed audit without its completion date.");
    CHECK(r.warnings[1].path == "audits[0].answers");
    // One answer stored of a case audit's 14 areas, and that one unanswered: 14 to answer.
    CHECK(r.warnings[1].message ==
          "A completed audit that could not be completed as it stands: 14 areas are not "
          "answered yet.");
    CHECK(r.warnings[2].path == "audits[0].sampleId");
    CHECK(r.warnings[2].message == "No sample \"S-9\" in this workbook.");
}

// ---------------------------------------------------------------------------
// Checking against an extract
// ---------------------------------------------------------------------------

namespace {

// The minimal extract's cases are C-5001 and C-5002, its supervision SUP-1.
Workbook workbook_of(const Extract& ex) {
    Workbook wb;
    wb.extract = extract_identity(ex);
    Sample cases;
    cases.id = "S-1";
    cases.drawn = {{k_no_index, "C-5001", "random"}, {k_no_index, "C-5002", "random"}};
    cases.changes = {{false, "C-5002", "closed"}, {true, "C-5001", "asked for"}};
    wb.samples.push_back(cases);
    Sample sups;
    sups.id = "S-2";
    sups.spec.records = RecordSet::Supervisions;
    sups.drawn = {{k_no_index, "SUP-1", "random"}};
    wb.samples.push_back(sups);
    const Policy p = default_policy();
    wb.audits.push_back(new_audit(wb, p, RecordSet::Cases, "C-5001", "S-1"));
    wb.audits.push_back(new_audit(wb, p, RecordSet::Cases, "C-5002", "S-1"));
    wb.audits.push_back(new_audit(wb, p, RecordSet::Supervisions, "SUP-1", "S-2"));
    return wb;
}

} // namespace

TEST_CASE("Matching a workbook with its own extract") {
    const ImportResult r = import_extract(ca_test::minimal());
    REQUIRE(r.ok());
    const Workbook wb = workbook_of(*r.extract);
    const WorkbookMatch m = match_workbook(wb, *r.extract);
    CHECK(m.same_extract);
    CHECK(m.audits_found == std::vector<std::string>{"A-1", "A-2", "A-3"});
    CHECK(m.audits_missing.empty());
    CHECK(m.message == "This workbook was saved with this extract (3 audits, 2 samples).");

    Workbook copy = wb;
    refresh_workbook_indexes(copy, *r.extract);
    CHECK(copy.samples[0].drawn[0].index == r.extract->find_case("C-5001"));
    CHECK(copy.samples[0].drawn[1].index == r.extract->find_case("C-5002"));
    CHECK(copy.samples[1].drawn[0].index == 0); // SUP-1, the only supervision
}

TEST_CASE("Matching a workbook with another extract: which audits still apply") {
    const ImportResult mine = import_extract(ca_test::minimal());
    REQUIRE(mine.ok());
    const Workbook wb = workbook_of(*mine.extract);

    // The other extract: C-5002 and SUP-1 are not in it (renamed C-5009 and SUP-9).
    std::string text =
        ca_test::replace_once(ca_test::minimal(), "\"id\": \"C-5002\"", "\"id\": \"C-5009\"");
    text = ca_test::replace_once(text, "\"id\": \"SUP-1\"", "\"id\": \"SUP-9\"");
    const ImportResult other = import_extract(text);
    REQUIRE(other.ok());
    REQUIRE(extract_fingerprint(*other.extract) != wb.extract.fingerprint);

    const WorkbookMatch m = match_workbook(wb, *other.extract);
    CHECK_FALSE(m.same_extract);
    CHECK(m.audits_found == std::vector<std::string>{"A-1"});
    CHECK(m.audits_missing == std::vector<std::string>{"A-2", "A-3"});
    CHECK(m.message == "This workbook was saved with a different extract (Westmere Borough "
                       "Council (synthetic), as at 2 March 2026, extracted 2026-03-02T18:30). "
                       "1 of its 3 audits is of a record in this extract; not found here: "
                       "A-2, A-3.");

    const Workbook adopted = adopt_workbook(wb, *other.extract);
    CHECK(adopted.extract.fingerprint == extract_fingerprint(*other.extract));
    REQUIRE(adopted.audits.size() == 1);
    CHECK(adopted.audits[0].id == "A-1");
    CHECK(adopted.audits[0].sample_id == "S-1");
    // S-1 keeps C-5001 only (with its index here); S-2 drew only SUP-1, so it goes.
    REQUIRE(adopted.samples.size() == 1);
    CHECK(adopted.samples[0].id == "S-1");
    REQUIRE(adopted.samples[0].drawn.size() == 1);
    CHECK(adopted.samples[0].drawn[0].id == "C-5001");
    CHECK(adopted.samples[0].drawn[0].index == other.extract->find_case("C-5001"));
    REQUIRE(adopted.samples[0].changes.size() == 1);
    CHECK(adopted.samples[0].changes[0].record_id == "C-5001");
    // Then the adopted workbook is this extract's.
    const WorkbookMatch again = match_workbook(adopted, *other.extract);
    CHECK(again.same_extract);
    CHECK(again.message == "This workbook was saved with this extract (1 audit, 1 sample).");
}

TEST_CASE("Adopting keeps an audit whose sample does not apply, as added by hand") {
    const ImportResult mine = import_extract(ca_test::minimal());
    REQUIRE(mine.ok());
    Workbook wb = workbook_of(*mine.extract);
    // S-2 now drew a record missing from both extracts; its audit of SUP-1 still applies.
    wb.samples[1].drawn = {{k_no_index, "SUP-404", "random"}};
    const Workbook adopted = adopt_workbook(wb, *mine.extract);
    REQUIRE(adopted.samples.size() == 1);
    REQUIRE(adopted.audits.size() == 3);
    CHECK(adopted.audits[2].record_id == "SUP-1");
    CHECK(adopted.audits[2].sample_id.empty());
    CHECK(adopted.audits[0].sample_id == "S-1");

    // Against an extract without C-5002 and SUP-1, the audits of those two only.
    std::string text =
        ca_test::replace_once(ca_test::minimal(), "\"id\": \"C-5002\"", "\"id\": \"C-5009\"");
    text = ca_test::replace_once(text, "\"id\": \"SUP-1\"", "\"id\": \"SUP-9\"");
    const ImportResult other = import_extract(text);
    REQUIRE(other.ok());
    Workbook two = workbook_of(*mine.extract);
    two.audits.erase(two.audits.begin()); // A-2 (C-5002) and A-3 (SUP-1) are left
    const WorkbookMatch nothing = match_workbook(two, *other.extract);
    CHECK(nothing.audits_found.empty());
    CHECK(nothing.message.find("extracted 2026-03-02T18:30). None of its 2 audits are of "
                               "records in this extract (A-2, A-3).") != std::string::npos);
    Workbook one = two;
    one.audits.resize(1);
    CHECK(match_workbook(one, *other.extract)
              .message.find("). Its audit is not of a record in this extract (A-2).") !=
          std::string::npos);
    CHECK(match_workbook(one, *mine.extract).message ==
          "This workbook was saved with this extract (1 audit, 2 samples).");
    CHECK(adopt_workbook(two, *other.extract).audits.empty());

    const WorkbookMatch m = match_workbook(Workbook{}, *mine.extract);
    CHECK_FALSE(m.same_extract); // no fingerprint at all
    CHECK(m.message == "This workbook was saved with a different extract (an unnamed "
                       "organisation). It holds no audits.");
}

TEST_CASE("Workbook JSON: an empty workbook reads back as empty") {
    // Nothing set at all: empty texts, no dates, no samples or audits.
    const std::string text = save_workbook_json(Workbook{});
    const WorkbookLoadResult r = load_workbook_json(text);
    INFO(format_workbook_errors(r));
    // The fingerprint is required and must not be empty, so a workbook of no extract is
    // refused rather than tied to any extract.
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "extract.fingerprint");

    Workbook wb;
    wb.extract.fingerprint = "0000000000000000";
    const WorkbookLoadResult ok = load_workbook_json(save_workbook_json(wb));
    INFO(format_workbook_errors(ok));
    REQUIRE(ok.ok());
    CHECK(ok.warnings.empty());
    CHECK(ok.workbook->extract.as_at.empty());
    CHECK(save_workbook_json(*ok.workbook) == save_workbook_json(wb));
}

TEST_CASE("docs/workbook-format.md shows the golden small workbook unchanged") {
    std::ifstream in(std::string(CASEAUDIT_TEST_DATA_DIR) + "/../../docs/workbook-format.md",
                     std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream doc;
    doc << in.rdbuf();
    const std::string example =
        "```json\n" + read_workbook_fixture("small-workbook.json") + "```\n";
    CHECK(doc.str().find(example) != std::string::npos);
}
