// The audit case note check (core/audit/audit_note_check.h): each audit's case-audit note by
// its auditor within the policy's working days.
//
// Calendar used below (2026; England and Wales bank holidays from the default policy):
//   Monday 2 March + 5 working days = Monday 9 March (Tue 3, Wed 4, Thu 5, Fri 6, Mon 9).
//   Monday 9 March + 5 working days = Monday 16 March, the builder's as-at date.
//   Tuesday 10 March + 5 working days = Tuesday 17 March.
//   Thursday 2 April + 5 = Monday 13 April: Good Friday 3 April and Easter Monday 6 April
//   are bank holidays (Tue 7, Wed 8, Thu 9, Fri 10, Mon 13).
#include "core/audit/audit_note_check.h"
#include "test_audit_evidence_support.h"

#include <catch2/catch.hpp>

using namespace ca;
using namespace ca::audit;
using namespace ca_test;

namespace {

struct Fixture {
    ExtractBuilder b;
    Index team = b.team("T1");
    Index auditor = b.worker("W1", team);
    Index other = b.worker("W2", team);
    Index c = b.add_case(d("2025-01-06"));

    Index audit(Date date, Index by) {
        AuditRecord a;
        a.id = b.ex.ids.intern("AUD-" + std::to_string(b.ex.audits.size() + 1));
        a.case_index = c;
        a.auditor = by;
        a.date = date;
        b.ex.audits.push_back(a);
        return static_cast<Index>(b.ex.audits.size() - 1);
    }
    Index note(const char* recorded, Index by, NoteType type = NoteType::CaseAudit) {
        CaseRecords r(b, c);
        return r.note(d(recorded), at(recorded), by, type, "Case audited.");
    }
    AuditNoteCheck check(const Workbook* wb = nullptr) {
        // Workbook audits name their case by id: the importer's id index, built here.
        std::vector<std::pair<StrId, Index>> ids;
        for (Index i = 0; i < b.ex.cases.size(); ++i)
            ids.emplace_back(b.ex.cases[i].id, i);
        b.ex.case_by_id.build(std::move(ids));
        return audit_note_check(b.ex, default_policy(), wb);
    }
};

Audit completed_audit(const std::string& id, const std::string& case_id, const std::string& auditor,
                      const char* completed) {
    Audit a;
    a.id = id;
    a.record_id = case_id;
    a.status = AuditStatus::Completed;
    a.auditor = auditor;
    a.audit_date = d("2026-03-16");
    a.completed = d(completed);
    return a;
}

} // namespace

TEST_CASE("audit note: found on the audit day and on the window's last day",
          "[audit][audit-note]") {
    Fixture f;
    f.audit(d("2026-03-02"), f.auditor);
    SECTION("same day") {
        f.note("2026-03-02", f.auditor);
    }
    SECTION("last day of the window, Monday 9 March") {
        f.note("2026-03-09", f.auditor);
    }
    const AuditNoteCheck r = f.check();
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].status == AuditNoteStatus::Found);
    CHECK(r.rows[0].window_end == d("2026-03-09"));
    CHECK(r.rows[0].note == 0);
    CHECK(r.found == 1);
    CHECK(r.missing == 0);
    CHECK(r.without_note().empty());
}

TEST_CASE("audit note: one working day after the window is late", "[audit][audit-note]") {
    Fixture f;
    f.audit(d("2026-03-02"), f.auditor);
    f.note("2026-03-10", f.auditor); // Tuesday 10 March: the window ended on Monday 9
    const AuditNoteCheck r = f.check();
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].status == AuditNoteStatus::Late);
    CHECK(r.rows[0].note == 0);
    CHECK(r.late == 1);
    CHECK(r.without_note().size() == 1);
    CHECK(r.rows[0].message ==
          "Audit AUD-1 of case C-1000 on 2 March 2026 (Worker W1): the audit case note N-1 was "
          "recorded on 10 March 2026, after the window that ended on 9 March 2026.");
}

TEST_CASE("audit note: what does not count", "[audit][audit-note]") {
    Fixture f;
    f.audit(d("2026-03-02"), f.auditor);
    SECTION("a case-audit note by someone else") {
        f.note("2026-03-03", f.other);
    }
    SECTION("a visit note by the auditor") {
        f.note("2026-03-03", f.auditor, NoteType::Visit);
    }
    SECTION("a note recorded before the audit") {
        f.note("2026-03-01", f.auditor);
    }
    SECTION("no note at all") {}
    const AuditNoteCheck r = f.check();
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].status == AuditNoteStatus::Missing);
    CHECK(r.rows[0].note == k_no_index);
    CHECK(r.missing == 1);
    REQUIRE(r.without_note().size() == 1);
    CHECK(r.without_note()[0]->audit_id == "AUD-1");
    CHECK(r.rows[0].message == "Audit AUD-1 of case C-1000 on 2 March 2026 (Worker W1): no audit "
                               "case note by Worker W1 recorded between 2 March 2026 and 9 March "
                               "2026.");
}

TEST_CASE("audit note: not due yet while the window is open on the as-at date",
          "[audit][audit-note]") {
    // As-at Monday 16 March. An audit on Monday 9 March has its window end on the 16th: still
    // open (a note may be added that day). Tuesday 10 March ends on the 17th: open. Friday 6
    // March ends on Friday 13th: closed, so missing.
    Fixture f;
    f.audit(d("2026-03-09"), f.auditor);
    f.audit(d("2026-03-10"), f.auditor);
    f.audit(d("2026-03-06"), f.auditor);
    const AuditNoteCheck r = f.check();
    REQUIRE(r.rows.size() == 3);
    // Sorted by audit date.
    CHECK(r.rows[0].audit_date == d("2026-03-06"));
    CHECK(r.rows[0].window_end == d("2026-03-13"));
    CHECK(r.rows[0].status == AuditNoteStatus::Missing);
    CHECK(r.rows[1].window_end == d("2026-03-16"));
    CHECK(r.rows[1].status == AuditNoteStatus::NotDueYet);
    CHECK(r.rows[2].window_end == d("2026-03-17"));
    CHECK(r.rows[2].status == AuditNoteStatus::NotDueYet);
    CHECK(r.not_due_yet == 2);
    CHECK(r.missing == 1);
    CHECK(r.rows[1].message == "Audit AUD-1 of case C-1000 on 9 March 2026 (Worker W1): no audit "
                               "case note by Worker W1 yet; one is due by 16 March 2026.");
}

TEST_CASE("audit note: bank holidays are not working days, and the window is the policy's",
          "[audit][audit-note]") {
    Fixture f;
    f.b.ex.metadata.as_at = d("2026-05-01");
    f.audit(d("2026-04-02"), f.auditor); // Thursday before Easter: window ends Monday 13 April
    f.note("2026-04-13", f.auditor);
    AuditNoteCheck r = f.check();
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].window_end == d("2026-04-13"));
    CHECK(r.rows[0].status == AuditNoteStatus::Found);

    // With 3 working days (Tue 7, Wed 8, Thu 9) the same note is late.
    Policy p = default_policy();
    p.timescales.audit_note_working_days = 3;
    r = audit_note_check(f.b.ex, p);
    CHECK(r.working_days == 3);
    CHECK(r.rows[0].window_end == d("2026-04-09"));
    CHECK(r.rows[0].status == AuditNoteStatus::Late);
}

TEST_CASE("audit note: with no auditor recorded, a case-audit note by anyone counts",
          "[audit][audit-note]") {
    Fixture f;
    f.audit(d("2026-03-02"), k_no_index);
    f.note("2026-03-04", f.other);
    const AuditNoteCheck r = f.check();
    REQUIRE(r.rows.size() == 1);
    CHECK_FALSE(r.rows[0].auditor_known);
    CHECK(r.rows[0].status == AuditNoteStatus::Found);
    CHECK(r.rows[0].message == "Audit AUD-1 of case C-1000 on 2 March 2026: audit case note N-1 "
                               "recorded on 4 March 2026. No auditor is recorded, so a case-audit "
                               "note by anyone counts.");
}

TEST_CASE("audit note: the workbook's completed case audits", "[audit][audit-note]") {
    Fixture f;
    Workbook wb;
    // Completed on Monday 2 March; the auditor's name matched to W1 ignoring case and spaces.
    wb.audits.push_back(completed_audit("A-1", "C-1000", "  worker w1 ", "2026-03-02"));
    // Not in this extract, planned, or of a supervision record: not checked.
    wb.audits.push_back(completed_audit("A-2", "C-9999", "Worker W1", "2026-03-02"));
    Audit planned = completed_audit("A-3", "C-1000", "Worker W1", "2026-03-02");
    planned.status = AuditStatus::Planned;
    wb.audits.push_back(planned);
    Audit supervision = completed_audit("A-4", "SUP-1", "Worker W1", "2026-03-02");
    supervision.records = RecordSet::Supervisions;
    wb.audits.push_back(supervision);

    SECTION("a note by the auditor in the window") {
        f.note("2026-03-05", f.auditor);
        const AuditNoteCheck r = f.check(&wb);
        REQUIRE(r.rows.size() == 1);
        CHECK(r.rows[0].source == AuditSource::Workbook);
        CHECK(r.rows[0].audit_id == "A-1");
        CHECK(r.rows[0].auditor == f.auditor);
        CHECK(r.rows[0].auditor_name == "Worker W1");
        CHECK(r.rows[0].status == AuditNoteStatus::Found);
    }
    SECTION("a note by someone else does not count") {
        f.note("2026-03-05", f.other);
        const AuditNoteCheck r = f.check(&wb);
        REQUIRE(r.rows.size() == 1);
        CHECK(r.rows[0].status == AuditNoteStatus::Missing);
    }
    SECTION("an auditor no worker is called: a note by anyone counts") {
        wb.audits[0].auditor = "Agency Manager";
        f.note("2026-03-05", f.other);
        const AuditNoteCheck r = f.check(&wb);
        REQUIRE(r.rows.size() == 1);
        CHECK_FALSE(r.rows[0].auditor_known);
        CHECK(r.rows[0].auditor_name == "Agency Manager");
        CHECK(r.rows[0].status == AuditNoteStatus::Found);
    }
    SECTION("two workers of that name: cannot tell, a note by anyone counts") {
        f.b.ex.workers[f.other].name = f.b.ex.text.add("Worker W1");
        f.note("2026-03-05", f.other);
        const AuditNoteCheck r = f.check(&wb);
        REQUIRE(r.rows.size() == 1);
        CHECK_FALSE(r.rows[0].auditor_known);
        CHECK(r.rows[0].status == AuditNoteStatus::Found);
    }
    SECTION("the same audit on file in the extract is checked once") {
        f.audit(d("2026-03-02"), f.auditor);
        const AuditNoteCheck r = f.check(&wb);
        REQUIRE(r.rows.size() == 1);
        CHECK(r.rows[0].source == AuditSource::Extract);
    }
    SECTION("completed on the extract's own as-at date: not due yet") {
        wb.audits[0].completed = d("2026-03-16");
        const AuditNoteCheck r = f.check(&wb);
        REQUIRE(r.rows.size() == 1);
        CHECK(r.rows[0].status == AuditNoteStatus::NotDueYet);
    }
}

TEST_CASE("audit note: an extract audit of a case not in the extract is skipped",
          "[audit][audit-note]") {
    Fixture f;
    const Index a = f.audit(d("2026-03-02"), f.auditor);
    f.b.ex.audits[a].case_index = k_no_index;
    CHECK(f.check().rows.empty());
}

TEST_CASE("policy: timescales.auditNoteWorkingDays is read and checked", "[policy][audit-note]") {
    CHECK(default_policy().timescales.audit_note_working_days == 5);
    PolicyLoadResult r = load_policy_json(
        R"({"name": "Test", "version": "1", "timescales": {"auditNoteWorkingDays": 10}})");
    REQUIRE(r.ok());
    CHECK(r.policy->timescales.audit_note_working_days == 10);
    r = load_policy_json(
        R"({"name": "Test", "version": "1", "timescales": {"auditNoteWorkingDays": 61}})");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "timescales.auditNoteWorkingDays");
    r = load_policy_json(
        R"({"name": "Test", "version": "1", "timescales": {"auditNoteWorkingDays": -1}})");
    CHECK_FALSE(r.ok());
}
