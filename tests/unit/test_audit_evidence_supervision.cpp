// Supervision record evidence rules (core/audit/evidence.h): hand-worked examples of every
// rule and its boundaries. Unless a test says otherwise: the default policy (supervision
// every 28 days, 14 for an ASYE worker, 7 days' grace; record within 5 working days;
// oversight within 10 days; England and Wales bank holidays), worker W supervised by manager
// M, extract as at Monday 16 March 2026.
#include "test_audit_evidence_support.h"

using namespace ca;
using namespace ca::audit;
using ca_test::at;
using ca_test::CaseRecords;
using ca_test::d;
using ca_test::ExtractBuilder;
using ca_test::item;
using ca_test::lines_text;
using ca_test::supervision;

namespace {

struct Office {
    ExtractBuilder b;
    Index t = b.team("T");
    Index m = b.worker("M", t, WorkerRole::TeamManager);
    Index w = b.worker("W", t);
    AreaEvidence run(Index s, const std::string& key, const Policy& p = default_policy()) const {
        return item(supervision_evidence(b.ex, p, s), key);
    }
};

} // namespace

TEST_CASE("supervision evidence: one item per checklist item of the policy", "[audit][evidence]") {
    Office x;
    const Index s = supervision(x.b, x.w, x.m, d("2026-03-02"), at("2026-03-02"));
    SECTION("the default checklist: five rules and one item for judgement") {
        const SupervisionEvidence e = supervision_evidence(x.b.ex, default_policy(), s);
        CHECK(e.supervision == s);
        const auto& items = default_policy().audit.supervision_checklist;
        REQUIRE(e.items.size() == items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            CHECK(e.items[i].key == items[i].key);
            CHECK(e.items[i].title == items[i].title);
            CHECK(e.items[i].automatic == !items[i].rule.empty());
        }
        const AreaEvidence& r = item(e, "reflection");
        CHECK_FALSE(r.automatic);
        CHECK(r.proposal == AreaResult::Unanswered);
        CHECK(r.summary == "Needs your judgement.");
    }
    SECTION("a council's own checklist: its order, an unknown rule needs judgement") {
        Policy p = default_policy();
        p.audit.supervision_checklist = {{"wellbeing", "Worker wellbeing discussed", ""},
                                         {"cases", "Cases named", "cases-listed"},
                                         {"caseload", "Caseload reviewed", "caseload-check"}};
        const SupervisionEvidence e = supervision_evidence(x.b.ex, p, s);
        REQUIRE(e.items.size() == 3);
        CHECK(e.items[0].key == "wellbeing");
        CHECK_FALSE(e.items[0].automatic);
        CHECK(e.items[1].key == "cases");
        CHECK(e.items[1].automatic);
        CHECK(e.items[1].proposal == AreaResult::NotMet); // no cases discussed
        CHECK_FALSE(e.items[2].automatic);
        CHECK(e.items[2].proposal == AreaResult::Unanswered);
        CHECK(e.items[2].summary == "Needs your judgement.");
        CHECK(e.items[2].checked.find("\"caseload-check\"") != std::string::npos);
    }
    SECTION("an index out of range gives no items") {
        const SupervisionEvidence e = supervision_evidence(x.b.ex, default_policy(), 5);
        CHECK(e.supervision == k_no_index);
        CHECK(e.items.empty());
    }
}

// ---------------------------------------------------------------------------
// Frequency
// ---------------------------------------------------------------------------

TEST_CASE("frequency: an ASYE worker every 14 days, 7 days' grace", "[audit][evidence]") {
    Office x;
    x.b.worker_at(x.w).asye_start = d("2026-01-05"); // in the ASYE all of February
    const Index prev = supervision(x.b, x.w, x.m, d("2026-02-02"), at("2026-02-02"));
    SECTION("16 February: 14 days, met") {
        const Index s = supervision(x.b, x.w, x.m, d("2026-02-16"), at("2026-02-16"));
        const AreaEvidence a = x.run(s, "frequency");
        CHECK(a.proposal == AreaResult::Met);
        CHECK(a.summary == "14 days since the previous supervision; expected every 14 days "
                           "(ASYE), 21 days with grace.");
    }
    SECTION("17 February: 15 days, partly met") {
        const Index s = supervision(x.b, x.w, x.m, d("2026-02-17"), at("2026-02-17"));
        const AreaEvidence a = x.run(s, "frequency");
        CHECK(a.proposal == AreaResult::PartlyMet);
        CHECK(lines_text(a) == "! Previous supervision held on 2 February 2026, 15 days before "
                               "this one on 17 February 2026.\n"
                               "The worker was in their ASYE on the day.\n");
        CHECK(a.lines[0].records == std::vector<RecordRef>{{RecordKind::Supervision, prev},
                                                           {RecordKind::Supervision, s}});
        CHECK(a.lines[1].records == std::vector<RecordRef>{{RecordKind::Worker, x.w}});
    }
    SECTION("23 February: 21 days = 14 + 7, still partly met") {
        const Index s = supervision(x.b, x.w, x.m, d("2026-02-23"), at("2026-02-23"));
        CHECK(x.run(s, "frequency").proposal == AreaResult::PartlyMet);
    }
    SECTION("24 February: 22 days, beyond the grace: not met") {
        const Index s = supervision(x.b, x.w, x.m, d("2026-02-24"), at("2026-02-24"));
        CHECK(x.run(s, "frequency").proposal == AreaResult::NotMet);
    }
    SECTION("ASYE passed on 10 February: 15 days is within the usual 28, met") {
        x.b.worker_at(x.w).asye_completed = d("2026-02-10");
        const Index s = supervision(x.b, x.w, x.m, d("2026-02-17"), at("2026-02-17"));
        const AreaEvidence a = x.run(s, "frequency");
        CHECK(a.proposal == AreaResult::Met);
        CHECK(a.summary == "15 days since the previous supervision; expected every 28 days, 35 "
                           "days with grace.");
        CHECK(a.lines[1].text == "The worker was not in their ASYE on the day.");
    }
    SECTION("the ASYE protected caseload switched off: still supervised as ASYE") {
        Policy p = default_policy();
        p.caseload.asye.enabled = false;
        const Index s = supervision(x.b, x.w, x.m, d("2026-02-17"), at("2026-02-17"));
        CHECK(x.run(s, "frequency", p).proposal == AreaResult::PartlyMet);
    }
}

TEST_CASE("frequency: other workers every 28 days", "[audit][evidence]") {
    Office x;
    const Index other = x.b.worker("W2", x.t);
    // File order is not date order: the target first, then earlier and later ones.
    const Index s = supervision(x.b, x.w, x.m, d("2026-03-02"), at("2026-03-02"));
    supervision(x.b, x.w, x.m, d("2026-01-05"), at("2026-01-05"));
    const Index prev = supervision(x.b, x.w, x.m, d("2026-02-02"), at("2026-02-02"));
    supervision(x.b, x.w, x.m, d("2026-03-09"), at("2026-03-09"));   // after: not the previous
    supervision(x.b, other, x.m, d("2026-02-25"), at("2026-02-25")); // another worker's
    // 2 February to 2 March 2026: 28 days.
    const AreaEvidence a = x.run(s, "frequency");
    CHECK(a.proposal == AreaResult::Met);
    CHECK(a.lines[0].records[0] == RecordRef{RecordKind::Supervision, prev});
    SECTION("35 days = 28 + 7: partly met; 36: not met") {
        const Index s35 = supervision(x.b, other, x.m, d("2026-04-01"), at("2026-04-01"));
        CHECK(x.run(s35, "frequency").proposal == AreaResult::PartlyMet); // 25 Feb + 35
        const Index s36 = supervision(x.b, x.w, x.m, d("2026-04-14"), at("2026-04-14"));
        CHECK(x.run(s36, "frequency").proposal == AreaResult::NotMet); // 9 Mar + 36
    }
    SECTION("the first supervision on file: not applicable") {
        const Index first = supervision(x.b, x.w, x.m, d("2025-12-01"), at("2025-12-01"));
        const AreaEvidence f = x.run(first, "frequency");
        CHECK(f.proposal == AreaResult::NotApplicable);
        CHECK(f.summary == "No earlier supervision of this worker on file.");
    }
}

// ---------------------------------------------------------------------------
// Record timescale
// ---------------------------------------------------------------------------

TEST_CASE("record timescale: 5 working days across the Spring bank holiday", "[audit][evidence]") {
    Office x;
    // Held Friday 22 May 2026; Monday 25 May is a bank holiday. Working days after it: Tue 26
    // (1), Wed 27 (2), Thu 28 (3), Fri 29 (4), Mon 1 June (5), Tue 2 June (6).
    SECTION("recorded Monday 1 June: 5 working days, met") {
        const Index s = supervision(x.b, x.w, x.m, d("2026-05-22"), at("2026-06-01", 17 * 60));
        const AreaEvidence a = x.run(s, "record-timescale");
        CHECK(a.proposal == AreaResult::Met);
        CHECK(a.summary == "Recorded 5 working days after the supervision (limit 5).");
        CHECK(lines_text(a) == "Held on Friday 22 May 2026, recorded on Monday 1 June 2026: 5 "
                               "working days later.\n");
        CHECK(a.lines[0].records == std::vector<RecordRef>{{RecordKind::Supervision, s}});
    }
    SECTION("recorded Tuesday 2 June: 6 working days, not met") {
        const Index s = supervision(x.b, x.w, x.m, d("2026-05-22"), at("2026-06-02"));
        const AreaEvidence a = x.run(s, "record-timescale");
        CHECK(a.proposal == AreaResult::NotMet);
        CHECK_FALSE(a.lines[0].ok);
    }
    SECTION("without the bank holiday, Monday 1 June is the 6th working day: not met") {
        Policy p = default_policy();
        p.timescales.bank_holidays.clear();
        const Index s = supervision(x.b, x.w, x.m, d("2026-05-22"), at("2026-06-01"));
        CHECK(x.run(s, "record-timescale", p).proposal == AreaResult::NotMet);
    }
    SECTION("recorded the same day: 0 working days, met") {
        const Index s = supervision(x.b, x.w, x.m, d("2026-05-22"), at("2026-05-22", 16 * 60));
        CHECK(x.run(s, "record-timescale").summary ==
              "Recorded 0 working days after the supervision (limit 5).");
    }
}

// ---------------------------------------------------------------------------
// Cases listed, decisions and actions
// ---------------------------------------------------------------------------

TEST_CASE("cases listed", "[audit][evidence]") {
    Office x;
    const Index c1 = x.b.add_case(d("2025-06-01"));
    const Index c2 = x.b.add_case(d("2025-06-01"));
    SECTION("none: not met") {
        const Index s = supervision(x.b, x.w, x.m, d("2026-03-02"), at("2026-03-02"));
        const AreaEvidence a = x.run(s, "cases-listed");
        CHECK(a.proposal == AreaResult::NotMet);
        CHECK(a.summary == "No cases listed as discussed.");
    }
    SECTION("two: met, one line naming both") {
        const Index s = supervision(x.b, x.w, x.m, d("2026-03-02"), at("2026-03-02"), {c1, c2});
        const AreaEvidence a = x.run(s, "cases-listed");
        CHECK(a.proposal == AreaResult::Met);
        CHECK(a.summary == "2 cases listed as discussed.");
        REQUIRE(a.lines.size() == 1);
        CHECK(a.lines[0].records ==
              std::vector<RecordRef>{{RecordKind::Case, c1}, {RecordKind::Case, c2}});
    }
}

TEST_CASE("decisions and actions with owners and dates", "[audit][evidence]") {
    Office x;
    const Index c = x.b.add_case(d("2025-06-01"));
    const Date held = d("2026-03-02");
    const DateTime rec = at("2026-03-02");
    SECTION("no decisions and no actions: not met") {
        const Index s = supervision(x.b, x.w, x.m, held, rec, {c});
        const AreaEvidence a = x.run(s, "decisions-actions");
        CHECK(a.proposal == AreaResult::NotMet);
        CHECK(a.summary == "No decisions and no actions recorded.");
    }
    SECTION("a decision and no actions: met") {
        const Index s = supervision(x.b, x.w, x.m, held, rec, {c}, {c});
        const AreaEvidence a = x.run(s, "decisions-actions");
        CHECK(a.proposal == AreaResult::Met);
        CHECK(a.summary == "1 decision and 0 actions recorded.");
    }
    SECTION("every action with an owner and a due date: met") {
        const Index s = supervision(x.b, x.w, x.m, held, rec, {c}, {c},
                                    {{c, "Phone the GP", x.w, d("2026-03-09")},
                                     {k_no_index, "Book leave", x.w, d("2026-03-30")}});
        const AreaEvidence a = x.run(s, "decisions-actions");
        CHECK(a.proposal == AreaResult::Met);
        CHECK(a.summary == "1 decision and 2 actions recorded; 2 of 2 actions with an owner and "
                           "a due date.");
        CHECK(a.lines.empty());
    }
    SECTION("an action without an owner and one without a date: partly met, each listed") {
        const Index s = supervision(x.b, x.w, x.m, held, rec, {c}, {},
                                    {{c, "Phone the GP", k_no_index, d("2026-03-09")},
                                     {k_no_index, "Update the plan", x.w, std::nullopt},
                                     {c, "Write to the daughter", x.w, d("2026-03-09")}});
        const AreaEvidence a = x.run(s, "decisions-actions");
        CHECK(a.proposal == AreaResult::PartlyMet);
        CHECK(a.summary == "0 decisions and 3 actions recorded; 1 of 3 actions with an owner and "
                           "a due date.");
        CHECK(lines_text(a) == "! Action without an owner: \"Phone the GP\".\n"
                               "! Action without a due date: \"Update the plan\".\n");
        CHECK(a.lines[0].records ==
              std::vector<RecordRef>{{RecordKind::Supervision, s}, {RecordKind::Case, c}});
        CHECK(a.lines[1].records == std::vector<RecordRef>{{RecordKind::Supervision, s}});
    }
    SECTION("only actions lacking both: partly met (something was recorded)") {
        const Index s = supervision(x.b, x.w, x.m, held, rec, {c}, {},
                                    {{c, "Chase the OT", k_no_index, std::nullopt}});
        const AreaEvidence a = x.run(s, "decisions-actions");
        CHECK(a.proposal == AreaResult::PartlyMet);
        CHECK(lines_text(a) == "! Action without an owner or a due date: \"Chase the OT\".\n");
    }
}

// ---------------------------------------------------------------------------
// Oversight
// ---------------------------------------------------------------------------

TEST_CASE("oversight: a manager's decision or case audit note within 10 days",
          "[audit][evidence]") {
    Office x;
    // Held Monday 2 February 2026: the window is 2 to 12 February.
    const Index a_case = x.b.add_case(d("2025-06-01"));
    CaseRecords a(x.b, a_case);
    a.note(d("2026-02-12"), at("2026-02-12"), x.m, NoteType::ManagersDecision); // last day: in
    const Index b_case = x.b.add_case(d("2025-06-01"));
    CaseRecords b(x.b, b_case);
    b.note(d("2026-02-01"), at("2026-02-01"), x.m, NoteType::ManagersDecision); // before
    b.note(d("2026-02-05"), at("2026-02-05"), x.m, NoteType::Visit);            // wrong type
    b.note(d("2026-02-13"), at("2026-02-13"), x.m, NoteType::CaseAudit);        // a day late
    const Index c_case = x.b.add_case(d("2025-06-01"));
    CaseRecords c(x.b, c_case);
    c.note(d("2026-02-02"), at("2026-02-02"), x.m, NoteType::CaseAudit); // the day itself: in
    SECTION("two of three cases: partly met") {
        const Index s =
            supervision(x.b, x.w, x.m, d("2026-02-02"), at("2026-02-02"), {a_case, b_case, c_case});
        const AreaEvidence e = x.run(s, "oversight");
        CHECK(e.proposal == AreaResult::PartlyMet);
        CHECK(e.summary == "2 of 3 cases discussed show management oversight within 10 days.");
        CHECK(lines_text(e) == "Manager's decision on the case file on 12 February 2026.\n"
                               "! No record of the discussion, manager's decision or case audit "
                               "note between 2 February 2026 and 12 February 2026.\n"
                               "Case audit note on the case file on 2 February 2026.\n");
        CHECK(e.lines[0].records ==
              std::vector<RecordRef>{{RecordKind::Case, a_case}, {RecordKind::Note, 0}});
        CHECK(e.lines[1].records == std::vector<RecordRef>{{RecordKind::Case, b_case}});
    }
    SECTION("a record of the supervision discussion on the case counts") {
        const Index d_case = x.b.add_case(d("2025-06-01"));
        CaseRecords dc(x.b, d_case);
        dc.note(d("2026-02-03"), at("2026-02-03"), x.m, NoteType::RecordOfSupervisionDiscussion);
        const Index s = supervision(x.b, x.w, x.m, d("2026-02-02"), at("2026-02-02"), {d_case});
        const AreaEvidence e = x.run(s, "oversight");
        CHECK(e.proposal == AreaResult::Met);
        CHECK(lines_text(e) ==
              "Record of the supervision discussion on the case file on 3 February 2026.\n");
    }
    SECTION("all: met; none: not met") {
        const Index s1 =
            supervision(x.b, x.w, x.m, d("2026-02-02"), at("2026-02-02"), {a_case, c_case});
        CHECK(x.run(s1, "oversight").proposal == AreaResult::Met);
        const Index s2 = supervision(x.b, x.w, x.m, d("2026-02-02"), at("2026-02-02"), {b_case});
        CHECK(x.run(s2, "oversight").proposal == AreaResult::NotMet);
    }
    SECTION("no cases discussed: not applicable") {
        const Index s = supervision(x.b, x.w, x.m, d("2026-02-02"), at("2026-02-02"));
        CHECK(x.run(s, "oversight").proposal == AreaResult::NotApplicable);
    }
    SECTION("a window still open on the as-at date is not counted") {
        // Held 10 March 2026: the window runs to 20 March, after 16 March.
        const Index s = supervision(x.b, x.w, x.m, d("2026-03-10"), at("2026-03-10"), {b_case});
        const AreaEvidence e = x.run(s, "oversight");
        CHECK(e.proposal == AreaResult::Unanswered);
        CHECK(e.summary == "The window for oversight is still open for every case discussed.");
        CHECK(lines_text(e) == "No oversight note yet; the window runs to 20 March 2026, after the "
                               "extract's as-at date.\n");
    }
    SECTION("the oversight days come from the policy") {
        Policy p = default_policy();
        p.audit.oversight_days = 11; // 2 to 13 February: case b's audit note is in now
        const Index s = supervision(x.b, x.w, x.m, d("2026-02-02"), at("2026-02-02"), {b_case});
        CHECK(x.run(s, "oversight", p).proposal == AreaResult::Met);
    }
}
