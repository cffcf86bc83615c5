// Reports: the period and scope, combining workbooks (another extract, the same audit twice,
// an audit also on the extract), and each section's figures on a hand-built fixture whose
// answers are worked by hand below; then the HTML, CSV and JSON written from them.
//
// The fixture (tests/data/report/): extract.json, as at Tuesday 31 March 2026, so the default
// period is 1 April 2025 to 31 March 2026 (financial year 2025/26, 12 months). Three teams:
// North (community, its own limits 3 / 4), South (community, limits 1 / 1) and Hospital (no
// audits at all). Workbooks north.json (Mo North, first-line), qa.json (Pat Principal,
// professional standards, not a worker in the extract) and south.json (Sue South,
// first-line); north-copy.json repeats north's A-1 with one answer changed and an earlier
// save time; other-extract.json belongs to another extract.
//
// The completed case audits and their 14 answers (M met, P partly met, N not met,
// X not applicable), scored by the core's rule (met + partly/2) / applicable:
//   north A-1  C-1 (Ann, North) 2025-06-10  MMMPNMMMMXMMMM  11 M 1 P 1 N 1 X: 11.5/13 = 88.46%
//              Outstanding (>= 88)
//   north A-2  C-2 (Ann, North) 2026-01-20  MPNNMMMMMMMMXX   9 M 1 P 2 N 2 X:  9.5/12 = 79.17%
//              Good; the extract's AUD-3 is the same audit (C-2, 2026-01-20, Mo North)
//   qa A-1     C-3 (Ann, North) 2025-11-05  NNNNMMMMMMMMMM  10 M 4 N: 10/14 = 71.43% Good,
//              overridden to Requires improvement
//   qa A-2     C-6 (Cat, South) 2025-08-12  PPPPPPPPPPPPPP  7/14 = 50% Requires improvement
//   south A-1  C-7 (Cat, South) 2026-02-03  MMMMMMMMMMMMMX  13/13 = 100% Outstanding
// north A-3 (C-4, Ben) is in progress: not done, but its action is in the register.
// The extract's past audits: AUD-1 C-1 2024-11-15 and AUD-4 C-10 2025-03-31 (both before
// the period), AUD-2 C-6 2025-05-20 Sue South, Requires improvement, AUD-3 (north A-2).
#include "core/extract/fingerprint.h"
#include "core/extract/import.h"
#include "core/report/report_export.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace ca;
using namespace ca::report;

namespace {

std::string read_fixture(const std::string& name) {
    std::ifstream in(std::string(CASEAUDIT_TEST_DATA_DIR) + "/report/" + name, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

Date d(const char* iso) {
    const std::optional<Date> date = parse_date(iso);
    REQUIRE(date.has_value());
    return *date;
}

struct Fixture {
    ImportResult imported;
    std::string fingerprint;
    Policy policy = default_policy();
    const Extract& ex() const { return *imported.extract; }

    explicit Fixture(const std::string& extract_text = read_fixture("extract.json")) {
        imported = import_extract(extract_text);
        REQUIRE(imported.ok());
        fingerprint = extract_fingerprint(ex());
    }
    WorkbookInput workbook(const std::string& name) const {
        const audit::WorkbookLoadResult r = audit::load_workbook_json(read_fixture(name));
        INFO(audit::format_workbook_errors(r));
        REQUIRE(r.ok());
        return {name, *r.workbook};
    }
    std::vector<WorkbookInput> three() const {
        return {workbook("north.json"), workbook("qa.json"), workbook("south.json")};
    }
    Report report(const std::vector<WorkbookInput>& inputs, const ReportOptions& o) const {
        return compute_report(ex(), policy, combine_audits(ex(), fingerprint, policy, inputs),
                              inputs, o);
    }
    Report report(const std::vector<WorkbookInput>& inputs) const {
        return report(inputs, default_options(ex()));
    }
};

// The row whose `field` is `name` (a failure when there is none).
template <typename T>
const T& row_where(const std::vector<T>& rows, std::string T::*field, const std::string& name) {
    for (const T& r : rows)
        if (r.*field == name)
            return r;
    FAIL("no row " << name);
    return rows.front();
}
template <typename T>
const T& named(const std::vector<T>& rows, const std::string& name) {
    return row_where(rows, &T::name, name);
}
template <typename T>
const T& labelled(const std::vector<T>& rows, const std::string& label) {
    return row_where(rows, &T::label, label);
}

std::size_t area(audit::CaseArea a) {
    return static_cast<std::size_t>(a);
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("report period: 12 months to the as-at date, financial quarters, months", "[report]") {
    const Period p = twelve_months_to(d("2026-03-31"));
    CHECK(format_date(p.from) == "2025-04-01");
    CHECK(format_date(p.to) == "2026-03-31");
    CHECK(months_in(p) == 12); // 365 days / 30.4375 = 11.99
    // 29 February: a year earlier is 28 February 2023, so the period starts on 1 March.
    CHECK(format_date(twelve_months_to(d("2024-02-29")).from) == "2023-03-01");
    const Period q4 = quarter_of(d("2026-02-10"));
    CHECK(format_date(q4.from) == "2026-01-01");
    CHECK(format_date(q4.to) == "2026-03-31");
    CHECK(months_in(q4) == 3); // 90 days / 30.4375 = 2.96
    const Period q1 = quarter_of(d("2025-04-01"));
    CHECK(format_date(q1.from) == "2025-04-01");
    CHECK(format_date(q1.to) == "2025-06-30");
    CHECK(format_date(quarter_of(d("2025-12-31")).from) == "2025-10-01");
    const Period feb = month_of(d("2028-02-15"));
    CHECK(format_date(feb.to) == "2028-02-29");
    CHECK(months_in(feb) == 1);

    const std::vector<Bucket> months = buckets_of(p, Granularity::Month);
    REQUIRE(months.size() == 12);
    CHECK(months.front().label == "Apr 2025");
    CHECK(months.back().label == "Mar 2026");
    const std::vector<Bucket> quarters = buckets_of(p, Granularity::Quarter);
    REQUIRE(quarters.size() == 4);
    CHECK(quarters[0].label == "Q1 2025/26");
    CHECK(quarters[3].label == "Q4 2025/26");
    // A period that starts mid-month: the first and last buckets are cut to it.
    const std::vector<Bucket> cut =
        buckets_of({d("2025-12-15"), d("2026-01-10")}, Granularity::Quarter);
    REQUIRE(cut.size() == 2);
    CHECK(format_date(cut[0].period.from) == "2025-12-15");
    CHECK(format_date(cut[0].period.to) == "2025-12-31");
    CHECK(format_date(cut[1].period.to) == "2026-01-10");
    CHECK(bucket_index(cut, d("2025-12-14")) == -1);
    CHECK(bucket_index(cut, d("2025-12-15")) == 0);
    CHECK(bucket_index(cut, d("2026-01-01")) == 1);
    CHECK(bucket_index(cut, d("2026-01-11")) == -1);
    CHECK(buckets_of({d("2026-01-10"), d("2026-01-01")}, Granularity::Month).empty());
}

TEST_CASE("report inputs: the kind of audit from the auditor's capacity", "[report]") {
    CHECK(kind_from_capacity("First-line manager") == AuditKind::FirstLine);
    CHECK(kind_from_capacity("  first line manager") == AuditKind::FirstLine);
    CHECK(kind_from_capacity("Senior manager") == AuditKind::SeniorManager);
    CHECK(kind_from_capacity("Professional standards") == AuditKind::ProfessionalStandards);
    CHECK(kind_from_capacity("Peer auditor") == AuditKind::Peer);
    CHECK(kind_from_capacity("Consultant") == AuditKind::Other);
    CHECK(kind_from_capacity("") == AuditKind::Unrecorded);
}

TEST_CASE("report inputs: three workbooks and the extract combined", "[report]") {
    const Fixture f;
    const std::vector<WorkbookInput> inputs = f.three();
    const CombinedAudits c = combine_audits(f.ex(), f.fingerprint, f.policy, inputs);
    REQUIRE(c.files.size() == 3);
    CHECK(c.files[0].accepted);
    CHECK(c.files[0].audits == 3);
    CHECK(c.files[0].completed == 2); // A-3 is in progress
    CHECK(c.files[1].completed == 2);
    CHECK(c.files[2].completed == 1);
    CHECK(c.clashes.empty());
    // 6 workbook audits, and the extract's 4 past audits less AUD-3 (north A-2).
    CHECK(c.extract_audits == 4);
    CHECK(c.extract_duplicates == 1);
    REQUIRE(c.audits.size() == 9);
    CHECK(c.audits[1].id == "A-2");
    CHECK(c.audits[1].also_in_extract);
    CHECK(c.audits[1].auditor_worker == f.ex().find_worker("W-MN"));
    CHECK(c.audits[1].grade == audit::Grade::Good);
    // qa's A-1: the override wins over the score's grade; the score is kept.
    CHECK(c.audits[3].grade == audit::Grade::RequiresImprovement);
    CHECK(c.audits[3].score.percent == Approx(100.0 * 10 / 14));
    CHECK(c.audits[3].auditor_worker == k_no_index); // Pat Principal is not in the extract
    CHECK(c.audits[3].kind == AuditKind::ProfessionalStandards);
    CHECK(c.audits[3].worker == f.ex().find_worker("W-A"));
    CHECK(c.audits[3].team == f.ex().find_team("T-N"));
    // The extract's audits follow, without AUD-3.
    CHECK(c.audits[6].id == "AUD-1");
    CHECK(c.audits[7].id == "AUD-2");
    CHECK(c.audits[8].id == "AUD-4");
    CHECK(c.audits[7].auditor == "Sue South");
    CHECK(c.audits[7].grade == audit::Grade::RequiresImprovement);
}

TEST_CASE("report inputs: a workbook for another extract is refused, naming both", "[report]") {
    const Fixture f;
    const std::vector<WorkbookInput> inputs = {f.workbook("north.json"),
                                               f.workbook("other-extract.json")};
    const CombinedAudits c = combine_audits(f.ex(), f.fingerprint, f.policy, inputs);
    REQUIRE(c.files.size() == 2);
    CHECK(c.files[0].accepted);
    CHECK_FALSE(c.files[1].accepted);
    const std::string& m = c.files[1].message;
    CHECK(m.find("other-extract.json") != std::string::npos);
    CHECK(m.find("Another Borough (synthetic), as at 31 December 2025") != std::string::npos);
    CHECK(m.find("0123456789abcdef") != std::string::npos);
    CHECK(m.find("Report Fixture Council (synthetic), as at 31 March 2026") != std::string::npos);
    CHECK(m.find(f.fingerprint) != std::string::npos);
    // Nothing of it is counted: north's 3 and the extract's 3 (AUD-3 is north's A-2).
    CHECK(c.audits.size() == 6);
}

TEST_CASE("report inputs: the same audit in two workbooks is counted once", "[report]") {
    const Fixture f;
    // north-copy.json's A-7 is north's A-1 (C-1, Mo North, judged 2025-06-10) saved on
    // 1 March with area 1 "not met"; north.json was saved on 20 March, so its copy is kept,
    // in either order.
    for (const bool copy_first : {false, true}) {
        INFO("copy first: " << copy_first);
        std::vector<WorkbookInput> inputs = {f.workbook("north.json"),
                                             f.workbook("north-copy.json")};
        if (copy_first)
            std::swap(inputs[0], inputs[1]);
        const CombinedAudits c = combine_audits(f.ex(), f.fingerprint, f.policy, inputs);
        REQUIRE(c.clashes.size() == 1);
        const Clash& clash = c.clashes[0];
        CHECK(clash.kept_file == "north.json");
        CHECK(clash.kept_id == "A-1");
        CHECK(clash.dropped_file == "north-copy.json");
        CHECK(clash.dropped_id == "A-7");
        CHECK(clash.results_differ);
        CHECK(clash.message.find("counted once, from north.json") != std::string::npos);
        CHECK(clash.message.find("Their results differ.") != std::string::npos);
        CHECK(c.files[copy_first ? 0 : 1].duplicates == 1);
        CHECK(c.files[copy_first ? 1 : 0].duplicates == 0);
        // north's 3 audits, and the extract's 3.
        REQUIRE(c.audits.size() == 6);
        int from_c1 = 0;
        for (const ReportAudit& a : c.audits)
            if (a.record_id == "C-1" && a.source == AuditSource::Workbook) {
                ++from_c1;
                CHECK(a.score.met == 11); // north's answers, not the copy's 10
            }
        CHECK(from_c1 == 1);
    }
    // The same file twice: the same results, so the clash says so.
    const std::vector<WorkbookInput> twice = {f.workbook("south.json"), f.workbook("south.json")};
    const CombinedAudits c = combine_audits(f.ex(), f.fingerprint, f.policy, twice);
    REQUIRE(c.clashes.size() == 1);
    CHECK_FALSE(c.clashes[0].results_differ);
    CHECK(c.clashes[0].message.find("Their results are the same.") != std::string::npos);
}

TEST_CASE("report section 1: the audit programme", "[report]") {
    const Fixture f;
    const Report r = f.report(f.three());
    const ProgrammeSection& p = r.programme;
    REQUIRE(p.buckets.size() == 12);
    // Done in the period: AUD-2 (May), north A-1 (Jun), qa A-2 (Aug), qa A-1 (Nov),
    // north A-2 (Jan), south A-1 (Feb). AUD-1, AUD-4 are before it; north A-3 is not done.
    CHECK(p.total.counts == std::vector<int>{0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0});
    CHECK(p.total.total == 6);
    REQUIRE(p.by_team.size() == 3); // by name; no "No team recorded" row
    CHECK(p.by_team[0].label == "Hospital Team");
    CHECK(p.by_team[0].total == 0); // the team with no audits
    CHECK(p.by_team[1].label == "North Team");
    CHECK(p.by_team[1].counts == std::vector<int>{0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0});
    CHECK(p.by_team[2].counts == std::vector<int>{0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0});
    CHECK(labelled(p.by_kind, "First-line").total == 4); // AUD-2, north, south A-1
    CHECK(labelled(p.by_kind, "Professional standards").total == 2);
    CHECK(labelled(p.by_kind, "Senior manager").total == 0);
    REQUIRE(p.by_auditor.size() == 3);
    CHECK(p.by_auditor[0].label == "Mo North");
    CHECK(p.by_auditor[0].id == "W-MN");
    CHECK(p.by_auditor[0].total == 2);
    CHECK(p.by_auditor[1].label == "Pat Principal");
    CHECK(p.by_auditor[1].id.empty());
    CHECK(p.by_auditor[2].label == "Sue South"); // AUD-2 on the extract and south A-1
    CHECK(p.by_auditor[2].total == 2);

    // Expected: 2 a month x 12 months = 24 per manager; nobody meets it.
    CHECK(p.months == 12);
    CHECK(p.expected_per_manager == 24);
    REQUIRE(p.managers.size() == 3);
    CHECK(p.managers[0].name == "Hal Hospital");
    CHECK(p.managers[0].audits == 0);
    CHECK(p.managers[1].name == "Mo North");
    CHECK(p.managers[1].audits == 2);
    CHECK_FALSE(p.managers[1].meets);
    CHECK(p.managers[2].audits == 2);

    // Open on 31 March 2026. North: C-1, C-2, C-3, C-4, C-10, C-11, C-12 (C-5 closed
    // 1 December). Never audited: C-4 (only an audit in progress), C-11, C-12 = 3 of 7,
    // 42.857%. C-10's last audit is AUD-4 on 31 March 2025, exactly 12 months before: not
    // within them (the window starts the day after) = 1 of 7, 14.286%. C-1 was audited on
    // 10 June 2025 (north A-1), inside the window, although AUD-1 is older.
    const TeamProgramme& north = named(p.teams, "North Team");
    CHECK(north.managers == 1);
    CHECK(north.audits == 3);
    CHECK(north.expected == 24);
    CHECK(north.open_cases == 7);
    CHECK(north.never_audited == 3);
    CHECK(north.never_share == Approx(300.0 / 7));
    CHECK(north.not_within_12_months == 1);
    CHECK(north.not_within_share == Approx(100.0 / 7));
    const TeamProgramme& south = named(p.teams, "South Team");
    CHECK(south.open_cases == 2);
    CHECK(south.never_audited == 0);
    CHECK(south.not_within_12_months == 0);
    const TeamProgramme& hospital = named(p.teams, "Hospital Team");
    CHECK(hospital.audits == 0);
    CHECK(hospital.open_cases == 2);
    CHECK(hospital.never_audited == 2);
    CHECK(hospital.never_share == Approx(100.0));
}

TEST_CASE("report section 1: a month, and a manager who meets the frequency", "[report]") {
    Fixture f;
    f.policy.reports.audits_per_manager_per_month = 1;
    ReportOptions o = default_options(f.ex());
    o.period = month_of(d("2026-01-20"));
    const Report r = f.report(f.three(), o);
    // January 2026 (31 days: 1 month): north A-2 by Mo North only. 1 >= 1 x 1.
    CHECK(r.programme.months == 1);
    CHECK(r.programme.expected_per_manager == 1);
    REQUIRE(r.programme.buckets.size() == 1);
    CHECK(r.programme.total.total == 1);
    CHECK(named(r.programme.managers, "Mo North").meets);
    CHECK_FALSE(named(r.programme.managers, "Sue South").meets);
    CHECK(named(r.programme.teams, "North Team").meets);
    CHECK_FALSE(named(r.programme.teams, "South Team").meets);
}

// The fixture with Audit Case Notes added to three audited cases.
std::string extract_with_audit_notes() {
    nlohmann::json x = nlohmann::json::parse(read_fixture("extract.json"));
    const auto add = [&](const std::string& case_id, const std::string& id,
                         const std::string& author, const std::string& when) {
        for (nlohmann::json& c : x["cases"])
            if (c["id"] == case_id)
                c["notes"].push_back({{"id", id},
                                      {"authorId", author},
                                      {"type", "case-audit"},
                                      {"eventDate", when},
                                      {"recordedAt", when + "T12:00"},
                                      {"text", "Case audited."}});
    };
    add("C-1", "N-A1", "W-MN", "2025-06-12"); // north A-1 by Mo North, in time
    add("C-3", "N-A2", "W-A", "2025-11-20");  // qa A-1: Pat Principal is no worker: anyone's
    add("C-2", "N-A3", "W-MN", "2026-01-21"); // north A-2, the extract's AUD-3, in time
    return x.dump();
}

TEST_CASE("report section 1: audits without their audit case note", "[report]") {
    const Fixture f(extract_with_audit_notes());
    // The notes change the extract's fingerprint: the workbooks are saved for it here.
    std::vector<WorkbookInput> three = f.three();
    for (WorkbookInput& w : three)
        w.workbook.extract.fingerprint = f.fingerprint;
    const Report r = f.report(three);
    const AuditNotesSummary& n = r.programme.notes;
    // Case audits done in the period (the programme's six): AUD-2 (C-6, 20 May 2025, Sue
    // South), north A-1 (C-1, 10 June), qa A-2 (C-6, 12 August), qa A-1 (C-3, 5 November),
    // north A-2 (C-2, 20 January 2026; the extract's AUD-3 is the same audit and is checked
    // for it), south A-1 (C-7, 3 February). The window is 5 working days.
    //   north A-1: Tue 10 June + 5 working days = Tue 17 June; N-A1 on 12 June by Mo North: found.
    //   qa A-1: Wed 5 November + 5 = Wed 12 November; Pat Principal is not a worker, so a
    //     note by anyone counts: N-A2 on 20 November: added late.
    //   north A-2 (AUD-3): Tue 20 January + 5 = Tue 27 January; N-A3 on 21 January: found.
    //   AUD-2, qa A-2, south A-1: no case-audit note on C-6 or C-7; every window closed
    //     before 31 March 2026 (the last, south A-1's, on Tue 10 February): missing.
    CHECK(n.working_days == 5);
    CHECK(n.checked == 6);
    CHECK(n.found == 2);
    CHECK(n.late == 1);
    CHECK(n.missing == 3);
    CHECK(n.not_due_yet == 0);
    // Without a note in time (missing + late) = 4, by month from April 2025: AUD-2 May,
    // qa A-2 August, qa A-1 November, south A-1 February.
    CHECK(n.without_note.counts == std::vector<int>{0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0});
    CHECK(n.without_note.total == 4);
    REQUIRE(n.rows.size() == 4);
    CHECK(n.rows[0].audit_id == "AUD-2");
    CHECK(n.rows[0].file.empty());
    CHECK(n.rows[1].audit_id == "A-2");
    CHECK(n.rows[1].file == "qa.json");
    CHECK(n.rows[1].case_id == "C-6");
    CHECK(n.rows[2].audit_id == "A-1");
    CHECK(n.rows[2].file == "qa.json");
    CHECK(n.rows[2].late);
    CHECK(n.rows[2].window_end == d("2025-11-12"));
    CHECK(n.rows[2].message.rfind("Audit A-1 of case C-3", 0) == 0); // named as the report names it
    CHECK(n.rows[3].file == "south.json");
    CHECK(n.rows[3].window_end == d("2026-02-10"));
    CHECK_FALSE(n.rows[3].late);
    // By team: North A-1, qa A-1, A-2 (1 without: the late one); South AUD-2, qa A-2,
    // south A-1 (3 without); Hospital none.
    CHECK(named(r.programme.teams, "North Team").notes_checked == 3);
    CHECK(named(r.programme.teams, "North Team").notes_missing == 1);
    CHECK(named(r.programme.teams, "South Team").notes_checked == 3);
    CHECK(named(r.programme.teams, "South Team").notes_missing == 3);
    CHECK(named(r.programme.teams, "Hospital Team").notes_checked == 0);

    // Read as at Thursday 5 February 2026 (the 12 months from 6 February 2025): AUD-4 (C-10,
    // 31 March 2025, no note) is now in the period too: 7 checked. South A-1's window (to 10
    // February) is still open, so it is not due yet; N-A3 (21 January) is seen. Missing:
    // AUD-2, qa A-2, AUD-4 = 3; late: qa A-1.
    ReportOptions o = default_options(f.ex());
    o.as_at = d("2026-02-05");
    o.period = twelve_months_to(o.as_at);
    const Report early = f.report(three, o);
    CHECK(early.programme.notes.checked == 7);
    CHECK(early.programme.notes.not_due_yet == 1);
    CHECK(early.programme.notes.missing == 3);
    CHECK(early.programme.notes.late == 1);

    // An empty period: nothing checked, no rows.
    o = default_options(f.ex());
    o.period = {d("2024-01-01"), d("2024-01-31")};
    const Report none = f.report(three, o);
    CHECK(none.programme.notes.checked == 0);
    CHECK(none.programme.notes.rows.empty());

    // Every copy says the same: HTML, CSV and JSON.
    const std::string html = report_html(r);
    CHECK(html.find("<h3>Audit case notes</h3>") != std::string::npos);
    CHECK(html.find("Audits whose audit case note is missing or late") != std::string::npos);
    CHECK(count_of(html, ">Added late</td>") == 1);
    CHECK(count_of(html, ">Missing</td>") == 3);
    const nlohmann::json j = nlohmann::json::parse(report_json(r));
    CHECK(j["programme"]["auditNotes"]["missing"] == 3);
    CHECK(j["programme"]["auditNotes"]["rows"].size() == 4);
    CHECK(programme_csv(r).find("Case audits without an audit case note in time") !=
          std::string::npos);
}

TEST_CASE("report section 7: moderation against the blind results, and calibration", "[report]") {
    const Fixture f;
    std::vector<WorkbookInput> three = f.three();
    // north A-1 (Mo North, C-1): MMMPNMMMMXMMMM. Its moderator's blind results differ in
    // areas 4 (P, moderator M) and 5 (N, moderator P): MMMMPMMMMXMMMM. Area 5 was adjusted
    // at resolution. A second moderation, of A-2, was never submitted: not counted.
    audit::Workbook& north = three[0].workbook;
    const audit::Audit* a1 = north.find_audit("A-1");
    REQUIRE(a1 != nullptr);
    audit::Moderation m;
    m.id = "M-1";
    m.audit_id = "A-1";
    m.moderator = "Sue South";
    m.blind_submitted = true;
    m.resolved = d("2025-06-20");
    for (const audit::AreaAnswer& ans : a1->answers) {
        audit::ModerationArea area;
        area.key = ans.key;
        area.blind = ans.result;
        area.outcome = audit::ModerationOutcome::Stands;
        m.areas.push_back(area);
    }
    REQUIRE(m.areas.size() == 14);
    REQUIRE(m.areas[3].blind == audit::AreaResult::PartlyMet);
    REQUIRE(m.areas[4].blind == audit::AreaResult::NotMet);
    m.areas[3].blind = audit::AreaResult::Met;
    m.areas[4].blind = audit::AreaResult::PartlyMet;
    m.areas[4].outcome = audit::ModerationOutcome::Adjusted;
    m.areas[4].final_result = audit::AreaResult::PartlyMet;
    north.moderations.push_back(m);
    audit::Moderation unsent = m;
    unsent.id = "M-2";
    unsent.audit_id = "A-2";
    unsent.blind_submitted = false;
    north.moderations.push_back(unsent);

    const Report r = f.report(three);
    const ModerationSection& s = r.moderation;
    CHECK(s.moderated == 1);
    CHECK(s.resolved == 1);
    // 14 areas both answered, 12 the same.
    CHECK(s.areas == 14);
    CHECK(s.agreed == 12);
    // Cohen's kappa: po = 12/14; first M 11, P 1, N 1, X 1; moderator M 12, P 1, N 0, X 1;
    // pe = (11x12 + 1x1 + 1x0 + 1x1) / 14^2 = 134/196; kappa = (168 - 134) / (196 - 134)
    // = 34/62 = 0.5484: moderate.
    REQUIRE(s.kappa.defined());
    CHECK(*s.kappa.value == Approx(34.0 / 62.0));
    CHECK(s.kappa.band() == stats::Band::Moderate);
    REQUIRE(s.auditors.size() == 1);
    const ModerationAuditor& mo = s.auditors[0];
    CHECK(mo.auditor == "Mo North");
    CHECK(mo.moderated == 1);
    CHECK(mo.agreed == 12);
    CHECK(*mo.kappa.value == Approx(34.0 / 62.0));
    // Scores: the auditor's 11.5/13 = 88.46%, the moderator's blind 12.5/13 = 96.15%:
    // -7.69 points, below the moderators (stricter).
    CHECK(mo.mean_points == Approx(100.0 * (11.5 - 12.5) / 13.0));
    CHECK(mo.direction == "below the moderators");
    CHECK(mo.adjusted == 1);
    // By area: every area has one pair; areas 4 and 5 (0 of 1) first, in the areas' order.
    REQUIRE(s.areas_by_agreement.size() == 14);
    CHECK(static_cast<int>(s.areas_by_agreement[0].area) == 3);
    CHECK(static_cast<int>(s.areas_by_agreement[1].area) == 4);
    CHECK(s.areas_by_agreement[0].agreed == 0);
    CHECK(s.areas_by_agreement[2].agreed == 1);
    CHECK_FALSE(s.areas_by_agreement[0].kappa.defined()); // one audit: no kappa
    // Calibration over the three workbooks: no case is audited in two of them.
    CHECK(s.calibrated);
    CHECK(s.calibration.case_ids.empty());

    // Outside the period (a month with no audit), nothing is moderated.
    ReportOptions o = default_options(f.ex());
    o.period = month_of(d("2025-09-15"));
    CHECK(f.report(three, o).moderation.moderated == 0);

    // Printed and in the JSON.
    const std::string html = report_html(r);
    CHECK(html.find("<h2 id=\"moderation\">7. Moderation and calibration</h2>") !=
          std::string::npos);
    CHECK(html.find("0.55 (Moderate, n 14)") != std::string::npos);
    const nlohmann::json j = nlohmann::json::parse(report_json(r));
    CHECK(j["moderation"]["moderated"] == 1);
    CHECK(j["moderation"]["auditors"][0]["direction"] == "below the moderators");
}

TEST_CASE("report section 2: compliance by criterion, by team and by worker", "[report]") {
    const Fixture f;
    const Report r = f.report(f.three());
    const ComplianceSection& c = r.compliance;
    CHECK(c.audits == 5);
    REQUIRE(c.teams.size() == 4);
    CHECK(c.teams.back().name == "All teams");
    const ComplianceColumn& north = named(c.teams, "North Team");
    const ComplianceColumn& south = named(c.teams, "South Team");
    const ComplianceColumn& all = c.teams.back();
    CHECK(north.audits == 3);
    CHECK(south.audits == 2);
    CHECK(all.audits == 5);

    // Area 1, adequate: North M (north A-1), M, N (qa A-1): 2/3 = 66.7%.
    const ComplianceCell& n1 = north.cells[area(audit::CaseArea::Adequate)];
    CHECK(n1.n == 3);
    CHECK(n1.met == 2);
    CHECK(n1.not_met == 1);
    CHECK(n1.share == Approx(200.0 / 3));
    // South P (qa A-2), M (south A-1): (1 + 0.5) / 2 = 75%. All five: 3.5 / 5 = 70%.
    CHECK(south.cells[area(audit::CaseArea::Adequate)].share == Approx(75.0));
    CHECK(all.cells[area(audit::CaseArea::Adequate)].share == Approx(70.0));
    // Area 4, strengths: North P, N, N: 0.5 / 3 = 16.7%.
    CHECK(north.cells[area(audit::CaseArea::Strengths)].share == Approx(50.0 / 3));
    // Area 10, safeguarding: North X, M, M: not applicable left out, 2/2 = 100%, n 2.
    const ComplianceCell& n10 = north.cells[area(audit::CaseArea::Safeguarding)];
    CHECK(n10.n == 2);
    CHECK(n10.not_applicable == 1);
    CHECK(n10.share == Approx(100.0));
    // Its audits, to open from the cell: north A-2 and qa A-1 (not A-1: not applicable).
    REQUIRE(n10.audits.size() == 2);
    CHECK(r.audits.audits[n10.audits[0]].id == "A-2");
    CHECK(r.audits.audits[n10.audits[1]].id == "A-1");
    CHECK(r.audits.audits[n10.audits[1]].file == 1);
    // Area 14, given to the person: M, X, M, P, X over all five: 2.5 / 3 = 83.3%; South
    // P, X: 0.5 / 1 = 50%, n 1.
    CHECK(all.cells[area(audit::CaseArea::GivenToPerson)].share == Approx(250.0 / 3));
    CHECK(all.cells[area(audit::CaseArea::GivenToPerson)].n == 3);
    CHECK(south.cells[area(audit::CaseArea::GivenToPerson)].n == 1);
    CHECK(south.cells[area(audit::CaseArea::GivenToPerson)].share == Approx(50.0));
    // The team with no audits: every cell n 0.
    const ComplianceColumn& hospital = named(c.teams, "Hospital Team");
    CHECK(hospital.audits == 0);
    for (const ComplianceCell& cell : hospital.cells)
        CHECK(cell.n == 0);

    // Workers: Ann has 3 audits (C-1, C-2, C-3) and is shown; Cat has 2 and is hidden.
    CHECK(c.min_audits_per_worker == 3);
    REQUIRE(c.workers.size() == 2);
    CHECK(c.workers[0].name == "Ann Able");
    CHECK_FALSE(c.workers[0].hidden);
    CHECK(c.workers[0].cells[area(audit::CaseArea::Adequate)].share == Approx(200.0 / 3));
    CHECK(c.workers[1].name == "Cat Cole");
    CHECK(c.workers[1].audits == 2);
    CHECK(c.workers[1].hidden);
    CHECK(c.workers[1].cells.empty());
}

TEST_CASE("report section 2: an unanswered area counts as not met, as in the score", "[report]") {
    Fixture f;
    std::vector<WorkbookInput> inputs = {f.workbook("south.json")};
    // south A-1 completed with area 1 left unanswered (a workbook may hold that, with a
    // warning): the cell is 0 / 1, as the audit's own score counts it.
    inputs[0].workbook.audits[0].answers[0].result = audit::AreaResult::Unanswered;
    const Report r = f.report(inputs);
    const ComplianceCell& cell =
        named(r.compliance.teams, "South Team").cells[area(audit::CaseArea::Adequate)];
    CHECK(cell.n == 1);
    CHECK(cell.unanswered == 1);
    CHECK(cell.share == Approx(0.0));
    // The audit's score: 12 / 13.
    CHECK(r.audits.audits[0].score.percent == Approx(1200.0 / 13));
}

TEST_CASE("report section 3: grades by team and by quarter", "[report]") {
    const Fixture f;
    const Report r = f.report(f.three());
    const GradesSection& g = r.grades;
    // Whole service: Outstanding north A-1, south A-1; Good north A-2; Requires improvement
    // AUD-2, qa A-1 (override), qa A-2. Mean of the five scores:
    // (88.4615 + 79.1667 + 71.4286 + 50 + 100) / 5 = 77.8114%.
    CHECK(g.service.counts == std::array<int, 5>{2, 1, 3, 0, 0});
    CHECK(g.service.total == 6);
    CHECK(g.service.scored == 5);
    CHECK(g.service.mean_score ==
          Approx((100.0 * 11.5 / 13 + 100.0 * 9.5 / 12 + 100.0 * 10 / 14 + 50 + 100) / 5));
    CHECK(g.service.mean_score == Approx(77.8114).epsilon(1e-5));
    const GradeRow& north = labelled(g.by_team, "North Team");
    CHECK(north.counts == std::array<int, 5>{1, 1, 1, 0, 0});
    CHECK(north.mean_score == Approx((100.0 * 11.5 / 13 + 100.0 * 9.5 / 12 + 100.0 * 10 / 14) / 3));
    const GradeRow& south = labelled(g.by_team, "South Team");
    CHECK(south.counts == std::array<int, 5>{1, 0, 2, 0, 0});
    CHECK(south.scored == 2); // AUD-2 has a grade, no score
    CHECK(south.mean_score == Approx(75.0));
    CHECK(labelled(g.by_team, "Hospital Team").total == 0);
    // Quarters: Q1 AUD-2 (RI) and north A-1 (O, 88.46); Q2 qa A-2 (RI, 50); Q3 qa A-1 (RI,
    // 71.43); Q4 north A-2 (G, 79.17) and south A-1 (O, 100): mean 89.58.
    REQUIRE(g.by_quarter.size() == 4);
    CHECK(g.by_quarter[0].counts == std::array<int, 5>{1, 0, 1, 0, 0});
    CHECK(g.by_quarter[0].mean_score == Approx(100.0 * 11.5 / 13));
    CHECK(g.by_quarter[1].mean_score == Approx(50.0));
    CHECK(g.by_quarter[2].counts == std::array<int, 5>{0, 0, 1, 0, 0});
    CHECK(g.by_quarter[3].counts == std::array<int, 5>{1, 1, 0, 0, 0});
    CHECK(g.by_quarter[3].mean_score == Approx((100.0 * 9.5 / 12 + 100.0) / 2));
}

TEST_CASE("report section 4: the actions register, overdue on the as-at date", "[report]") {
    const Fixture f;
    const Report r = f.report(f.three());
    const ActionsSection& a = r.actions;
    // north A-1: due 10 July 2025, open: overdue by 21 (July) + 31 + 30 + 31 + 30 + 31 + 31
    // + 28 + 31 (March) = 264 days. north A-3 (in progress): due 15 April 2026, open. qa A-1:
    // no due date, open. south A-1: done.
    CHECK(a.open == 3);
    CHECK(a.overdue == 1);
    CHECK(a.done == 1);
    REQUIRE(a.rows.size() == 4);
    CHECK(a.rows[0].text == "Update the risk assessment");
    CHECK(a.rows[0].overdue);
    CHECK(a.rows[0].days_overdue == 264);
    CHECK(a.rows[0].owner_name == "Ann Able"); // the owner's worker id, named
    CHECK(a.rows[0].file == "north.json");
    CHECK(a.rows[0].record_id == "C-1");
    CHECK(a.rows[0].team == "North Team");
    CHECK(a.rows[1].text == "Book a review");
    CHECK_FALSE(a.rows[1].overdue);
    CHECK(a.rows[2].text == "Supervisor to check the chronology");
    CHECK_FALSE(a.rows[2].due.has_value());
    CHECK(a.rows[2].owner_name == "Pat Principal");
    CHECK(a.rows[3].done);
    CHECK_FALSE(a.rows[3].overdue); // due 1 March, but done

    // The day before the due date, on it, and the day after: overdue only after.
    ReportOptions o = default_options(f.ex());
    o.as_at = d("2025-07-10");
    CHECK(f.report(f.three(), o).actions.overdue == 0);
    o.as_at = d("2025-07-11");
    CHECK(f.report(f.three(), o).actions.rows[0].days_overdue == 1);
}

TEST_CASE("report section 5: supervision intervals, overdue, late records, oversight", "[report]") {
    const Fixture f;
    const Report r = f.report(f.three());
    const SupervisionSection& s = r.supervision;
    // Counted: Ann, Ben, Cat, Dan (a line manager each). The managers have none and were
    // never supervised; the Director never counts.
    REQUIRE(s.workers.size() == 4);
    CHECK(s.workers[0].name == "Dan <img src=x onerror=alert(1)> Dee"); // Hospital Team
    CHECK(s.workers[1].name == "Ann Able");                             // North Team
    CHECK(s.workers[2].name == "Ben Bold");
    CHECK(s.workers[3].name == "Cat Cole"); // South Team

    // Ann (every 28 days, grace 7). Anchor SUP-1 on 20 March 2025, before the period.
    // SUP-2 15 April: 26 days, on time. SUP-3 20 May: 35, within grace. SUP-4 1 July: 42,
    // late, (42 - 1) / 28 = 1 missed. SUP-5 24 March 2026: 266 days, late, 265 / 28 = 9
    // missed. After it 7 days to 31 March. SUP-3 was recorded on Friday 30 May: 21, 22, 23,
    // 27, 28, 29, 30 May = 7 working days (26 May a bank holiday) > 5: late.
    // Cases discussed: C-1 at SUP-2 (a record of the discussion on 20 April: shown), C-2 at
    // SUP-4 (nothing: no oversight), C-3 at SUP-4 (a manager's decision on 11 July, the 10th
    // day: shown), C-1 at SUP-5 (window to 3 April 2026, after the as-at date: pending).
    const SupervisionWorker& ann = s.workers[1];
    CHECK(ann.expected_days == 28);
    CHECK_FALSE(ann.asye);
    CHECK(ann.held == 4);
    CHECK(ann.on_time == 1);
    CHECK(ann.within_grace == 1);
    CHECK(ann.late == 2);
    CHECK(ann.missed == 10);
    CHECK(ann.longest_gap == 266);
    CHECK(format_date(*ann.last) == "2026-03-24");
    CHECK(ann.days_since_last == 7);
    CHECK_FALSE(ann.overdue);
    CHECK(ann.records_late == 1);
    CHECK(ann.cases_discussed == 4);
    CHECK(ann.no_oversight == 1);
    CHECK(ann.oversight_pending == 1);

    // Ben, ASYE from 1 October 2025 (every 14 days, grace 7). From his start: SUP-6 14
    // October, 13 days, on time; SUP-7 30 October, 16, within grace. Then 152 days to 31
    // March > 21: 152 / 14 = 10 missed, and overdue.
    const SupervisionWorker& ben = s.workers[2];
    CHECK(ben.asye);
    CHECK(ben.expected_days == 14);
    CHECK(ben.held == 2);
    CHECK(ben.on_time == 1);
    CHECK(ben.within_grace == 1);
    CHECK(ben.late == 0);
    CHECK(ben.missed == 10);
    CHECK(ben.longest_gap == 152);
    CHECK(ben.days_since_last == 152);
    CHECK(ben.overdue);

    // Cat: none before the period, so from 1 April 2025 to SUP-8 on 2 March 2026: 335 days,
    // late, 334 / 28 = 11 missed. 29 days since: not overdue (<= 35).
    const SupervisionWorker& cat = s.workers[3];
    CHECK(cat.held == 1);
    CHECK(cat.late == 1);
    CHECK(cat.missed == 11);
    CHECK(cat.longest_gap == 335);
    CHECK_FALSE(cat.overdue);

    // Dan: never supervised. 1 April 2025 to 31 March 2026, 364 days: 364 / 28 = 13 missed.
    const SupervisionWorker& dan = s.workers[0];
    CHECK(dan.held == 0);
    CHECK(dan.missed == 13);
    CHECK_FALSE(dan.last.has_value());
    CHECK(dan.overdue);

    const SupervisionTeam& north = named(s.teams, "North Team");
    CHECK(north.workers == 2);
    CHECK(north.held == 6);
    CHECK(north.late == 2);
    CHECK(north.missed == 20);
    CHECK(north.overdue == 1);
    CHECK(north.records_late == 1);
    CHECK(north.cases_discussed == 4);
    CHECK(north.no_oversight == 1);
    CHECK(s.service.workers == 4);
    CHECK(s.service.held == 7);
    CHECK(s.service.late == 3);
    CHECK(s.service.missed == 44);
    CHECK(s.service.overdue == 2);
}

TEST_CASE("report section 6: caseload concerns and Director agreements ending", "[report]") {
    const Fixture f;
    const Report r = f.report(f.three());
    const CaseloadSection& c = r.caseloads;
    // On 31 March 2026. Ann: C-1, C-2, C-3, C-10 = 4 > North's upper 3, not above its
    // absolute 4. Ben (ASYE month 5.97: 1/3 + 2.97/3 x 1/3 = 0.663 of 3 = 1.99 -> 2): 3
    // cases, above his protected level. Cat: 2 > South's absolute 1. Dan: no limit (an OT in
    // a hospital team).
    REQUIRE(c.concerns.size() == 3);
    CHECK(c.concerns[0].worker_name == "Cat Cole");
    CHECK(c.concerns[0].code == "above-absolute");
    CHECK(c.concerns[0].caseload == 2);
    CHECK(c.concerns[0].level == 1);
    CHECK(c.concerns[1].worker_name == "Ann Able");
    CHECK(c.concerns[1].code == "above-upper");
    CHECK(c.concerns[1].level == 3);
    CHECK(c.concerns[1].message.find("DD-1") != std::string::npos); // agreed by the Director
    CHECK(c.concerns[2].worker_name == "Ben Bold");
    CHECK(c.concerns[2].code == "asye-above-protected");
    CHECK(c.concerns[2].level == 2);
    const CaseloadTeam& north = named(c.teams, "North Team");
    CHECK(north.workers == 2);
    CHECK(north.above_upper == 1);
    CHECK(north.asye_above_protected == 1);
    CHECK(north.above_absolute == 0);
    CHECK(north.agreements_expiring == 1);
    CHECK(named(c.teams, "South Team").above_absolute == 1);
    CHECK(named(c.teams, "Hospital Team").workers == 1);
    // DD-1 ends 20 April 2026: 20 days on. DD-2 ends 15 May: 45 days, not within 30.
    REQUIRE(c.expiring.size() == 1);
    CHECK(c.expiring[0].id == "DD-1");
    CHECK(c.expiring[0].days_left == 20);
    ReportOptions o = default_options(f.ex());
    o.as_at = d("2026-04-15"); // now DD-2 ends in 30 days exactly: both
    CHECK(f.report(f.three(), o).caseloads.expiring.size() == 2);
}

TEST_CASE("report: an empty period and a team scope", "[report]") {
    const Fixture f;
    ReportOptions o = default_options(f.ex());
    o.period = {d("2024-01-01"), d("2024-03-31")}; // before every audit and supervision
    const Report empty = f.report(f.three(), o);
    CHECK(empty.programme.buckets.size() == 3);
    CHECK(empty.programme.total.total == 0);
    CHECK(empty.programme.by_auditor.empty());
    CHECK(empty.compliance.audits == 0);
    CHECK(empty.grades.service.total == 0);
    CHECK(empty.grades.service.scored == 0);
    CHECK(empty.supervision.service.held == 0);
    // The register is of what is owed, whatever the period.
    CHECK(empty.actions.rows.size() == 4);
    const std::string html = report_html(empty);
    CHECK(html.find("No audits were done in this period.") != std::string::npos);

    o = default_options(f.ex());
    o.scope.team = f.ex().find_team("T-S");
    const Report south = f.report(f.three(), o);
    CHECK(south.scope_text == "South Team");
    CHECK(south.programme.total.total == 3);
    REQUIRE(south.compliance.teams.size() == 2);
    CHECK(south.compliance.teams.back().name == "All in scope");
    CHECK(south.actions.rows.size() == 1);
    CHECK(south.supervision.workers.size() == 1);
    CHECK(south.caseloads.concerns.size() == 1);

    o.scope.worker = f.ex().find_worker("W-A");
    o.scope.team = f.ex().find_team("T-N");
    const Report ann = f.report(f.three(), o);
    CHECK(ann.scope_text == "Ann Able (North Team)");
    CHECK(ann.programme.total.total == 3);
    CHECK(named(ann.programme.teams, "North Team").open_cases == 4);
}

TEST_CASE("report HTML: semantic, escaped, no script, its own CSP", "[report]") {
    const Fixture f;
    const Report r = f.report(f.three());
    const std::string html = report_html(r);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<html lang=\"en-GB\">") != std::string::npos);
    CHECK(html.find("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';") !=
          std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(count_of(html, "OFFICIAL-SENSITIVE") >= 2);
    CHECK(html.find("<h1>") != std::string::npos);
    for (const char* h : {">1. Audit programme</h2>", ">2. Compliance by criterion</h2>",
                          ">3. Grades</h2>", ">4. Actions register</h2>",
                          ">5. Supervision across the service</h2>", ">6. Caseloads</h2>"})
        CHECK(html.find(h) != std::string::npos);
    CHECK(count_of(html, "<table>") == count_of(html, "<caption>"));
    CHECK(count_of(html, "<th scope=\"col\">") > 50);
    CHECK(html.find("<th scope=\"row\">") != std::string::npos);
    // Every chart has its title and description, and is labelled by them.
    CHECK(count_of(html, "<svg ") == 4);
    CHECK(count_of(html, "<svg ") == count_of(html, "<desc id="));
    CHECK(count_of(html, "role=\"img\"") == 4);
    // The score trend joins its four quarters: one move, three lines.
    const std::size_t path = html.find("<path d=\"M", html.find("id=\"chart-score-trend-t\""));
    REQUIRE(path != std::string::npos);
    const std::string d = html.substr(path, html.find('"', path + 9) - path);
    CHECK(count_of(d, "M") == 1);
    CHECK(count_of(d, "L") == 3);
    // A name with markup in the extract is text.
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("Dan &lt;img src=x onerror=alert(1)&gt; Dee") != std::string::npos);
    // The figures: North's area 1, the overdue action, the scoring rule.
    CHECK(html.find("66.7% (n 3)") != std::string::npos);
    CHECK(html.find("Overdue by 264 days") != std::string::npos);
    CHECK(html.find(std::string(k_scoring_rule.substr(0, 40))) != std::string::npos);
    CHECK(html.find("fewer than 3 audits") != std::string::npos); // Cat
    CHECK(html_escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;");
}

TEST_CASE("report CSV: compliance in long form, actions, programme, Excel-safe", "[report]") {
    Fixture f;
    std::vector<WorkbookInput> inputs = f.three();
    inputs[0].workbook.audits[0].actions[0].text = "=HYPERLINK(\"x\")";
    const Report r = f.report(inputs);
    const std::string compliance = compliance_csv(r, inputs);
    // 5 audits x 14 areas, after 6 lines of heading (title, period, scope, policy, rule,
    // column names).
    CHECK(count_of(compliance, "\r\n") == 6 + 5 * 14);
    CHECK(compliance.find("A-1,north.json,C-1,North Team,Mo North,First-line,2025-06-10,1,") !=
          std::string::npos);
    CHECK(compliance.find("Partly met,yes,0.5\r\n") != std::string::npos);
    CHECK(compliance.find("Not applicable,no,\r\n") != std::string::npos);
    const std::string actions = actions_csv(r);
    CHECK(count_of(actions, "\r\n") == 5 + 4);
    CHECK(actions.find("'=HYPERLINK") != std::string::npos); // neutralised
    CHECK(actions.find("2025-07-10,open,yes,264\r\n") != std::string::npos);
    const std::string programme = programme_csv(r);
    CHECK(programme.find("All,All audits,,0,1,1,0,1,0,0,1,0,1,1,0,6\r\n") != std::string::npos);
    CHECK(programme.find("Kind,Professional standards,professional-standards,") !=
          std::string::npos);
}

TEST_CASE("report JSON: the figures and the inputs", "[report]") {
    const Fixture f;
    const std::string json = report_json(f.report(f.three()));
    CHECK(json.find("\"format\": \"case-audit-report\"") != std::string::npos);
    CHECK(json.find("\"extractFingerprint\": \"" + f.fingerprint + "\"") != std::string::npos);
    CHECK(json.find("\"from\": \"2025-04-01\"") != std::string::npos);
    CHECK(json.find("\"daysOverdue\": 264") != std::string::npos);
    CHECK(json.find("\"name\": \"Dan <img src=x onerror=alert(1)> Dee\"") != std::string::npos);
}
