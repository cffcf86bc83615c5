// Case file evidence rules (core/audit/evidence.h): hand-worked examples of every rule and
// its boundaries. Unless a test says otherwise: the default policy (notes within 2 working
// days, assessments within 28 days, up to date within 30 days, first review 6-8 weeks after
// a plan, reviews every 12 months, training within one month; England and Wales bank
// holidays), one case opened and primary-allocated to worker W1 on 1 June 2025, audited on
// D = Monday 16 March 2026.
#include "test_audit_evidence_support.h"

using namespace ca;
using namespace ca::audit;
using ca_test::area;
using ca_test::at;
using ca_test::CaseRecords;
using ca_test::d;
using ca_test::ExtractBuilder;
using ca_test::lines_text;

namespace {

struct OneCase {
    ExtractBuilder b;
    Index t = b.team("T");
    Index w = b.worker("W1", t);
    Index other = b.worker("W2", t);
    Index c = b.add_case(d("2025-06-01"));
    CaseRecords r{b, c};
    OneCase() { b.allocate(c, w, d("2025-06-01")); }
    CaseEvidence run(Date audit = d("2026-03-16"), const Policy& p = default_policy()) const {
        return case_evidence(b.ex, p, c, audit);
    }
    AreaEvidence run_area(CaseArea a, Date audit = d("2026-03-16")) const {
        return area(run(audit), a);
    }
};

GivenToPerson given_on(const char* iso) {
    return GivenToPerson{d(iso), GivenMethod::InPerson};
}

} // namespace

// ---------------------------------------------------------------------------
// All areas
// ---------------------------------------------------------------------------

TEST_CASE("evidence has one area per case area, in the policy's order", "[audit][evidence]") {
    OneCase x;
    const CaseEvidence e = x.run();
    CHECK(e.case_index == x.c);
    CHECK(e.audit_date == d("2026-03-16"));
    REQUIRE(e.areas.size() == k_case_area_count);
    for (std::size_t i = 0; i < k_case_area_count; ++i) {
        CHECK(e.areas[i].key == case_areas()[i].key);
        CHECK(e.areas[i].title == case_areas()[i].title);
        CHECK_FALSE(e.areas[i].checked.empty());
        CHECK_FALSE(e.areas[i].summary.empty());
    }
}

TEST_CASE("the six writing areas need the auditor's judgement", "[audit][evidence]") {
    OneCase x;
    x.r.note(d("2026-03-10"), at("2026-03-10"), x.w);
    const CaseEvidence e = x.run();
    int writing = 0;
    for (const AreaEvidence& a : e.areas) {
        const bool about_writing = case_area(*parse_case_area_key(a.key)).about_writing;
        CHECK(a.automatic == !about_writing);
        if (!about_writing)
            continue;
        ++writing;
        CHECK(a.proposal == AreaResult::Unanswered);
        CHECK(a.summary == "Needs your judgement.");
        CHECK(a.lines.empty());
    }
    CHECK(writing == 6);
}

TEST_CASE("a case index out of range gives no areas", "[audit][evidence]") {
    OneCase x;
    const CaseEvidence e = case_evidence(x.b.ex, default_policy(), 7, d("2026-03-16"));
    CHECK(e.case_index == k_no_index);
    CHECK(e.areas.empty());
}

// ---------------------------------------------------------------------------
// Training
// ---------------------------------------------------------------------------

TEST_CASE("training: within one month of starting, the deadline day included",
          "[audit][evidence]") {
    OneCase x;
    x.b.worker_at(x.w).start = d("2026-01-15"); // deadline add_months(15 Jan, 1) = 15 Feb 2026
    SECTION("both courses on 15 February, exactly one month after: met") {
        ca_test::training(x.b, x.w, TrainingCourse::InformationSecurity, d("2026-02-15"));
        ca_test::training(x.b, x.w, TrainingCourse::DataProtection, d("2026-02-15"));
        const CaseEvidence e = x.run();
        CHECK(e.worker == x.w);
        const AreaEvidence& a = area(e, CaseArea::Training);
        CHECK(a.automatic);
        CHECK(a.proposal == AreaResult::Met);
        CHECK(a.summary == "2 of 2 courses completed within one month of starting.");
        CHECK(lines_text(a) == "Primary worker on the audit date: Worker W1, started 15 January "
                               "2026; training due by 15 February 2026.\n"
                               "Information security training completed on 15 February 2026, "
                               "in time.\n"
                               "Data protection training completed on 15 February 2026, in "
                               "time.\n");
        REQUIRE(a.lines[1].records.size() == 1);
        CHECK(a.lines[1].records[0].kind == RecordKind::Training);
        CHECK(a.lines[0].records[0] == RecordRef{RecordKind::Worker, x.w});
    }
    SECTION("data protection on 16 February, one day late: partly met") {
        ca_test::training(x.b, x.w, TrainingCourse::InformationSecurity, d("2026-02-15"));
        ca_test::training(x.b, x.w, TrainingCourse::DataProtection, d("2026-02-16"));
        const AreaEvidence a = x.run_area(CaseArea::Training);
        CHECK(a.proposal == AreaResult::PartlyMet);
        CHECK(a.summary == "1 of 2 courses completed within one month of starting.");
        REQUIRE(a.lines.size() == 3);
        CHECK(a.lines[2].text ==
              "Data protection training completed on 16 February 2026, 1 day after it was due.");
        CHECK_FALSE(a.lines[2].ok);
    }
    SECTION("the earliest completion counts: a late retake does not spoil an early course") {
        ca_test::training(x.b, x.w, TrainingCourse::InformationSecurity, d("2026-03-01"));
        ca_test::training(x.b, x.w, TrainingCourse::InformationSecurity, d("2026-01-20"));
        ca_test::training(x.b, x.w, TrainingCourse::DataProtection, d("2026-01-21"));
        CHECK(x.run_area(CaseArea::Training).proposal == AreaResult::Met);
    }
    SECTION("one course only: partly met, the other is missing") {
        ca_test::training(x.b, x.w, TrainingCourse::InformationSecurity, d("2026-01-20"));
        ca_test::training(x.b, x.w, TrainingCourse::Safeguarding, d("2026-01-20")); // not counted
        const AreaEvidence a = x.run_area(CaseArea::Training);
        CHECK(a.proposal == AreaResult::PartlyMet);
        REQUIRE(a.lines.size() == 3);
        CHECK(a.lines[2].text == "Data protection training: no completion on file.");
        CHECK_FALSE(a.lines[2].ok);
    }
    SECTION("no training: not met") {
        const AreaEvidence a = x.run_area(CaseArea::Training);
        CHECK(a.proposal == AreaResult::NotMet);
        CHECK(a.summary == "0 of 2 courses completed within one month of starting.");
    }
}

TEST_CASE("training: a start on 31 January has until the last day of February",
          "[audit][evidence]") {
    OneCase x;
    SECTION("2026 (28 days): 28 February in time, 1 March late") {
        x.b.worker_at(x.w).start = d("2026-01-31");
        ca_test::training(x.b, x.w, TrainingCourse::InformationSecurity, d("2026-02-28"));
        ca_test::training(x.b, x.w, TrainingCourse::DataProtection, d("2026-03-01"));
        const AreaEvidence a = x.run_area(CaseArea::Training);
        CHECK(a.proposal == AreaResult::PartlyMet);
        CHECK(a.lines[0].text == "Primary worker on the audit date: Worker W1, started 31 "
                                 "January 2026; training due by 28 February 2026.");
        CHECK(a.lines[1].ok);
        CHECK_FALSE(a.lines[2].ok);
    }
    SECTION("2024 (leap year): 29 February in time, 1 March late") {
        x.b.worker_at(x.w).start = d("2024-01-31");
        ca_test::training(x.b, x.w, TrainingCourse::InformationSecurity, d("2024-02-29"));
        ca_test::training(x.b, x.w, TrainingCourse::DataProtection, d("2024-03-01"));
        const AreaEvidence a = x.run_area(CaseArea::Training);
        CHECK(a.proposal == AreaResult::PartlyMet);
        CHECK(a.lines[1].ok);
        CHECK(a.lines[2].text ==
              "Data protection training completed on 1 March 2024, 1 day after it was due.");
    }
}

TEST_CASE("training: a worker still within their first month is not judged yet",
          "[audit][evidence]") {
    OneCase x;
    // Started 1 March 2026: due by 1 April 2026, after D = 16 March.
    x.b.worker_at(x.w).start = d("2026-03-01");
    ca_test::training(x.b, x.w, TrainingCourse::InformationSecurity, d("2026-03-05"));
    // Completed after D: not on file on D.
    ca_test::training(x.b, x.w, TrainingCourse::DataProtection, d("2026-03-20"));
    const AreaEvidence a = x.run_area(CaseArea::Training);
    CHECK(a.proposal == AreaResult::Unanswered);
    CHECK(a.summary == "The worker is still within one month of starting (training due by 1 "
                       "April 2026); 1 of 2 courses completed so far.");
    CHECK(a.lines[2].text == "Data protection training not completed yet; due by 1 April 2026.");
}

TEST_CASE("training: whose training is checked", "[audit][evidence]") {
    ExtractBuilder b;
    const Index t = b.team("T");
    const Index w1 = b.worker("W1", t);
    const Index w2 = b.worker("W2", t);
    const Index w3 = b.worker("W3", t);
    SECTION("the primary worker on D, not an earlier one nor a secondary one") {
        const Index c = b.add_case(d("2025-01-01"));
        b.allocate(c, w1, d("2025-01-01"), d("2025-06-30"));
        b.allocate(c, w2, d("2025-07-01"));
        b.allocate(c, w3, d("2025-08-01"), std::nullopt, AllocationRole::Secondary);
        const CaseEvidence e = case_evidence(b.ex, default_policy(), c, d("2026-03-16"));
        CHECK(e.worker == w2);
    }
    SECTION("a closed case: the primary worker whose allocation ended last") {
        const Index c = b.add_case(d("2025-01-01"), d("2025-12-31"));
        b.allocate(c, w2, d("2025-07-01"), d("2025-12-31"));
        b.allocate(c, w1, d("2025-01-01"), d("2025-06-30"));
        const CaseEvidence e = case_evidence(b.ex, default_policy(), c, d("2026-03-16"));
        CHECK(e.worker == w2);
        CHECK(
            area(e, CaseArea::Training).lines[0].text.rfind("Last primary worker: Worker W2", 0) ==
            0);
    }
    SECTION("no primary worker: the rule cannot be checked") {
        const Index c = b.add_case(d("2025-01-01"));
        b.allocate(c, w3, d("2025-01-01"), std::nullopt, AllocationRole::Secondary);
        b.allocate(c, w1, d("2026-04-01")); // starts after D
        const CaseEvidence e = case_evidence(b.ex, default_policy(), c, d("2026-03-16"));
        CHECK(e.worker == k_no_index);
        const AreaEvidence& a = area(e, CaseArea::Training);
        CHECK(a.automatic);
        CHECK(a.proposal == AreaResult::Unanswered);
        CHECK(a.summary == "No primary worker on the file: the training rule cannot be checked.");
    }
}

// ---------------------------------------------------------------------------
// Up to date
// ---------------------------------------------------------------------------

TEST_CASE("up to date: the last note within 30 days", "[audit][evidence]") {
    OneCase x;
    SECTION("14 February 2026 to 16 March 2026 is 14 + 16 = 30 days: met") {
        x.r.note(d("2026-01-02"), at("2026-01-02"), x.w);
        x.r.note(d("2026-02-14"), at("2026-02-16"), x.w);
        const AreaEvidence a = x.run_area(CaseArea::UpToDate);
        CHECK(a.proposal == AreaResult::Met);
        CHECK(a.summary == "1 of 1 checks pass: last note 30 days before the audit date.");
        CHECK(lines_text(a) == "Last note: Visit on 14 February 2026, 30 days before the audit "
                               "date.\n");
        CHECK(a.lines[0].records[0] == RecordRef{RecordKind::Note, 1});
    }
    SECTION("13 February is 31 days: not met") {
        x.r.note(d("2026-02-13"), at("2026-02-13"), x.w);
        const AreaEvidence a = x.run_area(CaseArea::UpToDate);
        CHECK(a.proposal == AreaResult::NotMet);
        CHECK(a.summary == "0 of 1 checks pass: last note 31 days before the audit date.");
    }
    SECTION("the latest event counts, not the last note in the file") {
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.w);
        x.r.note(d("2026-01-10"), at("2026-03-11"), x.w); // recorded late, older event
        CHECK(x.run_area(CaseArea::UpToDate).lines[0].records[0] == RecordRef{RecordKind::Note, 0});
    }
    SECTION("a note recorded after D is not on the file yet") {
        x.r.note(d("2026-02-01"), at("2026-02-01"), x.w);
        x.r.note(d("2026-03-15"), at("2026-03-17"), x.w);
        CHECK(x.run_area(CaseArea::UpToDate).proposal == AreaResult::NotMet); // 43 days
    }
}

TEST_CASE("up to date: a case with no notes", "[audit][evidence]") {
    ExtractBuilder b;
    const Index w = b.worker("W1", b.team("T"));
    SECTION("opened 1 March 2026, 15 days before D: passes") {
        const Index c = b.add_case(d("2026-03-01"));
        b.allocate(c, w, d("2026-03-01"));
        const AreaEvidence a =
            area(case_evidence(b.ex, default_policy(), c, d("2026-03-16")), CaseArea::UpToDate);
        CHECK(a.proposal == AreaResult::Met);
        CHECK(lines_text(a) == "No notes on the file; the case opened on 1 March 2026, 15 days "
                               "before the audit date.\n");
    }
    SECTION("opened 13 February 2026, 31 days before D: fails") {
        const Index c = b.add_case(d("2026-02-13"));
        b.allocate(c, w, d("2026-02-13"));
        const AreaEvidence a =
            area(case_evidence(b.ex, default_policy(), c, d("2026-03-16")), CaseArea::UpToDate);
        CHECK(a.proposal == AreaResult::NotMet);
        CHECK(a.summary == "0 of 1 checks pass: no notes on the file.");
    }
}

TEST_CASE("up to date: a closed case is judged at its closing date", "[audit][evidence]") {
    ExtractBuilder b;
    const Index w = b.worker("W1", b.team("T"));
    const Index c = b.add_case(d("2025-06-01"), d("2025-12-31"));
    b.allocate(c, w, d("2025-06-01"), d("2025-12-31"));
    CaseRecords r(b, c);
    r.note(d("2025-12-20"), at("2025-12-20"), w); // 11 days before it closed, 86 before D
    const AreaEvidence a =
        area(case_evidence(b.ex, default_policy(), c, d("2026-03-16")), CaseArea::UpToDate);
    CHECK(a.proposal == AreaResult::Met);
    CHECK(lines_text(a) == "Last note: Visit on 20 December 2025, 11 days before the case closed "
                           "on 31 December 2025.\n");
}

TEST_CASE("up to date: the first review of a plan 6 to 8 weeks after it started",
          "[audit][evidence]") {
    OneCase x;
    x.r.note(d("2026-03-10"), at("2026-03-10"), x.w); // 6 days before D: passes
    // Plan started Monday 5 January 2026: window 5 Jan + 42 = 16 February to 5 Jan + 56 = 2
    // March 2026.
    x.r.plan(d("2026-01-05"));
    SECTION("reviewed on 16 February, exactly 6 weeks: met (3 of 3 checks)") {
        x.r.review(d("2026-02-16"), d("2026-02-16"));
        const AreaEvidence a = x.run_area(CaseArea::UpToDate);
        CHECK(a.proposal == AreaResult::Met);
        CHECK(a.summary == "3 of 3 checks pass: last note 6 days before the audit date; 1 of 1 "
                           "plan first reviewed 6-8 weeks after starting; reviews at least every "
                           "12 months.");
        CHECK(lines_text(a) ==
              "Last note: Visit on 10 March 2026, 6 days before the audit date.\n"
              "Plan started 5 January 2026: first review on 16 February 2026, 6 weeks after.\n"
              // Next review: add_months(16 February 2026, 12).
              "Reviews at least every 12 months; the next is due by 16 February 2027.\n");
    }
    SECTION("reviewed on 2 March, exactly 8 weeks: met") {
        x.r.review(std::nullopt, d("2026-03-02"));
        CHECK(x.run_area(CaseArea::UpToDate).proposal == AreaResult::Met);
    }
    SECTION("reviewed on 3 March, 8 weeks and 1 day: that check fails (2 of 3, partly met)") {
        x.r.review(d("2026-03-03"), d("2026-03-03"));
        const AreaEvidence a = x.run_area(CaseArea::UpToDate);
        CHECK(a.proposal == AreaResult::PartlyMet);
        CHECK(a.summary == "2 of 3 checks pass: last note 6 days before the audit date; 0 of 1 "
                           "plan first reviewed 6-8 weeks after starting; reviews at least every "
                           "12 months.");
        REQUIRE(a.lines.size() == 3);
        CHECK(a.lines[1].text == "Plan started 5 January 2026: no review between 16 February "
                                 "2026 and 2 March 2026 (6 to 8 weeks after); the first review "
                                 "after it is dated 3 March 2026, 8 weeks and 1 day after.");
        CHECK_FALSE(a.lines[1].ok);
        CHECK(a.lines[1].records ==
              std::vector<RecordRef>{{RecordKind::Plan, 0}, {RecordKind::Review, 0}});
    }
    SECTION("a review due inside the window but not held by D is no evidence: a shortfall") {
        x.r.review(d("2026-02-23"), std::nullopt); // due at 7 weeks, never completed
        const AreaEvidence a = x.run_area(CaseArea::UpToDate);
        CHECK(a.proposal == AreaResult::PartlyMet); // 2 of 3 checks
        CHECK(a.lines[1].text == "Plan started 5 January 2026: no review between 16 February "
                                 "2026 and 2 March 2026 (6 to 8 weeks after); the review due on "
                                 "23 February 2026 is not recorded as held by the audit date.");
        CHECK_FALSE(a.lines[1].ok);
        CHECK(a.lines[1].records ==
              std::vector<RecordRef>{{RecordKind::Plan, 0}, {RecordKind::Review, 0}});
    }
    SECTION("completed only after D: not held on D, a shortfall") {
        x.r.review(d("2026-02-23"), d("2026-03-20"));
        CHECK(x.run_area(CaseArea::UpToDate).proposal == AreaResult::PartlyMet);
    }
    SECTION("due in the window, audited before the window closes: not due yet, not counted") {
        x.r.review(d("2026-02-23"), std::nullopt);
        // D = 24 February: the window (16 February to 2 March) is still open.
        const AreaEvidence a = x.run_area(CaseArea::UpToDate, d("2026-02-24"));
        CHECK(a.lines[1].text == "Plan started 5 January 2026: first review due between 16 "
                                 "February 2026 and 2 March 2026 (one is due on 23 February "
                                 "2026).");
        CHECK(a.lines[1].ok);
        CHECK(a.summary.find("plan first reviewed") == std::string::npos); // not counted
    }
}

TEST_CASE("up to date: a plan whose review window is still open is not counted yet",
          "[audit][evidence]") {
    OneCase x;
    x.r.note(d("2026-03-10"), at("2026-03-10"), x.w);
    // Started 16 February 2026: window 30 March to 13 April 2026, after D.
    x.r.plan(d("2026-02-16"));
    const AreaEvidence a = x.run_area(CaseArea::UpToDate);
    CHECK(a.proposal == AreaResult::Met);
    // Checks: the last note and the review interval (first plan + 12 months = 16 Feb 2027).
    CHECK(a.summary == "2 of 2 checks pass: last note 6 days before the audit date; reviews at "
                       "least every 12 months.");
    CHECK(a.lines[1].text ==
          "Plan started 16 February 2026: first review due between 30 March 2026 and 13 April "
          "2026.");
}

TEST_CASE("up to date: a review at least every 12 months", "[audit][evidence]") {
    OneCase x;
    x.r.plan(d("2024-01-10"));
    x.r.review(std::nullopt, d("2024-02-28")); // 49 days = 7 weeks after the plan
    SECTION("reviews 28 February 2024 and 2025; D 28 February 2026 = next due: met") {
        x.r.review(std::nullopt, d("2025-02-28")); // add_months(28 Feb 2024, 12) = 28 Feb 2025
        x.r.note(d("2026-02-27"), at("2026-02-27"), x.w);
        const AreaEvidence a = x.run_area(CaseArea::UpToDate, d("2026-02-28"));
        CHECK(a.proposal == AreaResult::Met);
        CHECK(a.lines.back().text ==
              "Reviews at least every 12 months; the next is due by 28 February 2026.");
    }
    SECTION("D 1 March 2026, a day after the next review was due: that check fails") {
        x.r.review(std::nullopt, d("2025-02-28"));
        x.r.note(d("2026-02-27"), at("2026-02-27"), x.w);
        const AreaEvidence a = x.run_area(CaseArea::UpToDate, d("2026-03-01"));
        CHECK(a.proposal == AreaResult::PartlyMet); // note and first review pass: 2 of 3
        CHECK(a.lines.back().text == "No review since the review of 28 February 2025: one was "
                                     "due by 28 February 2026.");
        CHECK_FALSE(a.lines.back().ok);
    }
    SECTION("a gap of 12 months and a day between two reviews fails") {
        x.r.review(std::nullopt, d("2025-03-01"));
        x.r.note(d("2025-03-05"), at("2025-03-05"), x.w);
        const AreaEvidence a = x.run_area(CaseArea::UpToDate, d("2025-03-10"));
        CHECK(a.proposal == AreaResult::PartlyMet);
        CHECK(lines_text(a) ==
              "Last note: Visit on 5 March 2025, 5 days before the audit date.\n"
              "Plan started 10 January 2024: first review on 28 February 2024, 7 weeks after.\n"
              "! No review for more than 12 months after the review of 28 February 2024: the "
              "next review was on 1 March 2025.\n"
              "The next review is due by 1 March 2026.\n");
    }
}

TEST_CASE("up to date: supervision actions past their due date", "[audit][evidence]") {
    OneCase x;
    // Supervision of W1 held Monday 2 February 2026; the action is due 16 February.
    const auto supervise = [&](Index owner, Date due) {
        ca_test::supervision(x.b, x.w, x.other, d("2026-02-02"), at("2026-02-03"), {x.c}, {},
                             {{x.c, "Book a carer's assessment", owner, due}});
    };
    x.r.note(d("2026-01-30"), at("2026-01-30"), x.w);
    SECTION("no note by the owner since the supervision: overdue (1 of 2 checks)") {
        supervise(x.w, d("2026-02-16"));
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.other); // someone else's note
        const AreaEvidence a = x.run_area(CaseArea::UpToDate);
        CHECK(a.proposal == AreaResult::PartlyMet);
        CHECK(a.summary == "1 of 2 checks pass: last note 6 days before the audit date; 1 of 1 "
                           "supervision actions past their due date.");
        CHECK(a.lines.back().text ==
              "Supervision action of 2 February 2026 due 16 February 2026, with no note on the "
              "case by its owner (W1) since the supervision: \"Book a carer's assessment\".");
        CHECK(a.lines.back().records == std::vector<RecordRef>{{RecordKind::Supervision, 0}});
    }
    SECTION("a note by the owner on the day of the supervision does not count") {
        supervise(x.w, d("2026-02-16"));
        x.r.note(d("2026-02-02"), at("2026-02-02"), x.w);
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.other);
        CHECK(x.run_area(CaseArea::UpToDate).proposal == AreaResult::PartlyMet);
    }
    SECTION("a note by the owner after the supervision, even after the due date: done") {
        supervise(x.w, d("2026-02-16"));
        x.r.note(d("2026-02-20"), at("2026-02-20"), x.w);
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.other);
        const AreaEvidence a = x.run_area(CaseArea::UpToDate);
        CHECK(a.proposal == AreaResult::Met);
        CHECK(a.summary == "2 of 2 checks pass: last note 6 days before the audit date; 0 of 1 "
                           "supervision actions past their due date.");
    }
    SECTION("an action with no owner is done by anyone's note") {
        supervise(k_no_index, d("2026-02-16"));
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.other);
        CHECK(x.run_area(CaseArea::UpToDate).proposal == AreaResult::Met);
    }
    SECTION("an action due after D is not counted") {
        supervise(x.w, d("2026-03-20"));
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.other);
        const AreaEvidence a = x.run_area(CaseArea::UpToDate);
        CHECK(a.summary == "1 of 1 checks pass: last note 6 days before the audit date.");
    }
}

// ---------------------------------------------------------------------------
// Risk assessment
// ---------------------------------------------------------------------------

TEST_CASE("risk: the risk section of a core assessment", "[audit][evidence]") {
    OneCase x;
    SECTION("completed: met") {
        const Index a = x.r.assessment(AssessmentKind::Core, d("2025-06-10"), d("2025-07-01"));
        x.r.section(a, SectionKind::Needs, true, "Needs.");
        x.r.section(a, SectionKind::Risk, true, "Falls.", d("2025-07-01"));
        const AreaEvidence e = x.run_area(CaseArea::RiskAssessment);
        CHECK(e.proposal == AreaResult::Met);
        CHECK(e.summary == "The core assessment has a completed risk section.");
        CHECK(lines_text(e) == "Core assessment started 10 June 2025: risk section completed on 1 "
                               "July 2025.\n");
        CHECK(e.lines[0].records == std::vector<RecordRef>{{RecordKind::Assessment, 0},
                                                           {RecordKind::AssessmentSection, 1}});
    }
    SECTION("not completed: partly met") {
        const Index a = x.r.assessment(AssessmentKind::Core, d("2025-06-10"));
        x.r.section(a, SectionKind::Risk, false, "Draft.");
        const AreaEvidence e = x.run_area(CaseArea::RiskAssessment);
        CHECK(e.proposal == AreaResult::PartlyMet);
        CHECK(lines_text(e) == "! Core assessment started 10 June 2025: risk section not "
                               "completed.\n");
    }
    SECTION("completed after D: not completed on D, partly met") {
        const Index a = x.r.assessment(AssessmentKind::Core, d("2026-03-01"));
        x.r.section(a, SectionKind::Risk, true, "Falls.", d("2026-03-20"));
        CHECK(x.run_area(CaseArea::RiskAssessment).proposal == AreaResult::PartlyMet);
    }
    SECTION("a core assessment without a risk section: not met") {
        const Index a = x.r.assessment(AssessmentKind::Core, d("2025-06-10"));
        x.r.section(a, SectionKind::Strengths, true, "Cooks.");
        const AreaEvidence e = x.run_area(CaseArea::RiskAssessment);
        CHECK(e.proposal == AreaResult::NotMet);
        CHECK(e.summary == "The core assessment has no risk section.");
    }
    SECTION("the latest core assessment has the completed risk section: met") {
        const Index a1 = x.r.assessment(AssessmentKind::Core, d("2025-06-10"), d("2025-07-01"));
        x.r.section(a1, SectionKind::Risk, false);
        const Index a2 = x.r.assessment(AssessmentKind::Core, d("2025-09-10"), d("2025-10-01"));
        x.r.section(a2, SectionKind::Risk, true, "Falls.");
        const AreaEvidence e = x.run_area(CaseArea::RiskAssessment);
        CHECK(e.proposal == AreaResult::Met);
        CHECK(e.summary == "The latest core assessment (started 10 September 2025) has a "
                           "completed risk section.");
        // The latest first; the older one as context (not a shortfall).
        CHECK(lines_text(e) == "Core assessment started 10 September 2025: risk section "
                               "completed.\n"
                               "Earlier core assessment started 10 June 2025: risk section not "
                               "completed.\n");
    }
    SECTION("an older core assessment's completed risk section does not make up for the latest") {
        const Index a1 = x.r.assessment(AssessmentKind::Core, d("2025-06-10"), d("2025-07-01"));
        x.r.section(a1, SectionKind::Risk, true, "Falls.", d("2025-07-01"));
        const Index a2 = x.r.assessment(AssessmentKind::Core, d("2025-09-10"), d("2025-10-01"));
        x.r.section(a2, SectionKind::Needs, true, "Needs.");
        const AreaEvidence e = x.run_area(CaseArea::RiskAssessment);
        CHECK(e.proposal == AreaResult::NotMet);
        CHECK(e.summary == "The latest core assessment (started 10 September 2025) has no risk "
                           "section.");
        CHECK(lines_text(e) == "! Core assessment started 10 September 2025: no risk section.\n"
                               "Earlier core assessment started 10 June 2025: risk section "
                               "completed on 1 July 2025.\n");
    }
    SECTION("the latest completed one decides; one still in progress is context") {
        const Index a1 = x.r.assessment(AssessmentKind::Core, d("2025-06-10"), d("2025-07-01"));
        x.r.section(a1, SectionKind::Risk, true, "Falls.");
        const Index a2 = x.r.assessment(AssessmentKind::Core, d("2026-03-01")); // not completed
        x.r.section(a2, SectionKind::Risk, false);
        const AreaEvidence e = x.run_area(CaseArea::RiskAssessment);
        CHECK(e.proposal == AreaResult::Met);
        CHECK(e.summary == "The latest core assessment (started 10 June 2025) has a completed "
                           "risk section.");
        CHECK(lines_text(e) == "Core assessment started 10 June 2025: risk section completed.\n"
                               "Core assessment started 1 March 2026 (in progress): risk section "
                               "not completed.\n");
    }
    SECTION("no core assessment (a carer's assessment's risk section does not count)") {
        const Index a = x.r.assessment(AssessmentKind::Carer, d("2025-06-10"));
        x.r.section(a, SectionKind::Risk, true, "Carer strain.");
        x.r.assessment(AssessmentKind::Core, d("2026-04-01")); // starts after D
        const AreaEvidence e = x.run_area(CaseArea::RiskAssessment);
        CHECK(e.proposal == AreaResult::NotMet);
        CHECK(e.summary == "No core assessment on the file.");
        CHECK(e.lines[0].records == std::vector<RecordRef>{{RecordKind::Case, x.c}});
    }
}

// ---------------------------------------------------------------------------
// Safeguarding and mental capacity
// ---------------------------------------------------------------------------

TEST_CASE("safeguarding: a section, a concern or a note mentioning it", "[audit][evidence]") {
    OneCase x;
    SECTION("none: not met") {
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.w, NoteType::Visit, "Safe and well.");
        const Index a = x.r.assessment(AssessmentKind::Core, d("2025-06-10"));
        x.r.section(a, SectionKind::Safeguarding, true, ""); // no text
        const AreaEvidence e = x.run_area(CaseArea::Safeguarding);
        CHECK(e.proposal == AreaResult::NotMet);
        CHECK(e.summary ==
              "No safeguarding section, concern, enquiry or note mentioning safeguarding.");
        CHECK(e.lines.empty());
    }
    SECTION("a note in capitals alone: partly met (a mention is not a record)") {
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.w, NoteType::Phone,
                 "Discussed SAFEGUARDING with the GP.");
        const AreaEvidence e = x.run_area(CaseArea::Safeguarding);
        CHECK(e.proposal == AreaResult::PartlyMet);
        CHECK(e.summary == "1 note mentioning safeguarding, but no safeguarding concern, enquiry "
                           "or assessment section.");
        CHECK(lines_text(e) ==
              "Phone call of 10 March 2026 mentions safeguarding (\"safeguarding\").\n");
    }
    SECTION("\"safeguard\" as an ordinary verb is not a mention: not met") {
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.w, NoteType::Visit,
                 "We agreed how to safeguard her savings; safeguards are in place.");
        const AreaEvidence e = x.run_area(CaseArea::Safeguarding);
        CHECK(e.proposal == AreaResult::NotMet);
        CHECK(e.lines.empty());
    }
    SECTION("a concern, a section with text and notes: all listed") {
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.w, NoteType::Visit,
                 "Section 42 enquiry: she was safeguarded.");
        const Index a = x.r.assessment(AssessmentKind::Core, d("2025-06-10"));
        x.r.section(a, SectionKind::Safeguarding, true, "No concerns.");
        x.r.safeguarding(d("2025-08-01"));
        x.r.safeguarding(d("2026-04-01")); // raised after D
        const AreaEvidence e = x.run_area(CaseArea::Safeguarding);
        CHECK(e.proposal == AreaResult::Met);
        CHECK(e.summary == "1 safeguarding concern or enquiry, 1 assessment section and 1 note "
                           "mentioning safeguarding.");
        CHECK(lines_text(e) == "Core assessment started 10 June 2025 has a safeguarding section.\n"
                               "Safeguarding concern raised 1 August 2025.\n"
                               "Visit of 10 March 2026 mentions safeguarding (\"section 42\").\n");
    }
    SECTION("12 notes mention it: 10 listed, then one line for the other 2") {
        for (int i = 0; i < 12; ++i)
            x.r.note(d("2026-03-02"), at("2026-03-02"), x.w, NoteType::Visit,
                     "A safeguarding plan was agreed.");
        const AreaEvidence e = x.run_area(CaseArea::Safeguarding);
        CHECK(e.proposal == AreaResult::PartlyMet);
        CHECK(e.summary == "12 notes mentioning safeguarding, but no safeguarding concern, enquiry "
                           "or assessment section.");
        REQUIRE(e.lines.size() == 11);
        CHECK(e.lines[10].text == "And 2 more notes mention safeguarding.");
        CHECK(e.lines[10].records.empty());
    }
}

TEST_CASE("mental capacity: an assessment, a section or a note mentioning capacity",
          "[audit][evidence]") {
    OneCase x;
    SECTION("none: not met") {
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.w, NoteType::Visit, "Capable cook.");
        const AreaEvidence e = x.run_area(CaseArea::MentalCapacity);
        CHECK(e.proposal == AreaResult::NotMet);
        CHECK(e.summary ==
              "No mental capacity assessment, section or note mentioning mental capacity.");
    }
    SECTION("\"in my capacity as\" and \"full capacity\" are not mentions: not met") {
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.w, NoteType::Phone,
                 "I called in my capacity as duty worker; the day centre is at full capacity.");
        const AreaEvidence e = x.run_area(CaseArea::MentalCapacity);
        CHECK(e.proposal == AreaResult::NotMet);
        CHECK(e.lines.empty());
    }
    SECTION("a note alone: partly met, naming the phrase found") {
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.w, NoteType::Visit,
                 "Best interests meeting booked for next week.");
        const AreaEvidence e = x.run_area(CaseArea::MentalCapacity);
        CHECK(e.proposal == AreaResult::PartlyMet);
        CHECK(e.summary == "1 note mentioning mental capacity, but no mental capacity assessment "
                           "or assessment section.");
        CHECK(lines_text(e) ==
              "Visit of 10 March 2026 mentions mental capacity (\"best interests\").\n");
    }
    SECTION("the policy's own list decides") {
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.w, NoteType::Visit, "Capacity checked.");
        Policy p = default_policy();
        p.audit.capacity_phrases = {"capacity"};
        const AreaEvidence e = area(x.run(d("2026-03-16"), p), CaseArea::MentalCapacity);
        CHECK(e.proposal == AreaResult::PartlyMet);
    }
    SECTION("a capacity assessment: met") {
        x.r.capacity(d("2025-09-01"));
        x.r.capacity(d("2026-03-20")); // after D
        const AreaEvidence e = x.run_area(CaseArea::MentalCapacity);
        CHECK(e.proposal == AreaResult::Met);
        CHECK(e.summary == "1 mental capacity assessment.");
        CHECK(lines_text(e) ==
              "Mental capacity assessment of 1 September 2025 (\"Where to live\").\n");
    }
    SECTION("a section with text and a note: met") {
        const Index a = x.r.assessment(AssessmentKind::Core, d("2025-06-10"));
        x.r.section(a, SectionKind::MentalCapacity, true, "Capacity presumed.");
        x.r.note(d("2026-03-10"), at("2026-03-10"), x.w, NoteType::Visit,
                 "Her Capacity to manage money was discussed.");
        const AreaEvidence e = x.run_area(CaseArea::MentalCapacity);
        CHECK(e.proposal == AreaResult::Met);
        CHECK(e.summary == "1 assessment section and 1 note mentioning mental capacity.");
    }
}

// ---------------------------------------------------------------------------
// Correspondence
// ---------------------------------------------------------------------------

TEST_CASE("correspondence: emails and letters as indexed PDFs", "[audit][evidence]") {
    OneCase x;
    SECTION("no documents: not applicable") {
        const AreaEvidence e = x.run_area(CaseArea::Correspondence);
        CHECK(e.proposal == AreaResult::NotApplicable);
        CHECK(e.summary == "No emails, letters or correspondence notes on the file.");
    }
    SECTION("only reports and forms: not applicable") {
        x.r.document(DocumentKind::Report, FileFormat::Docx, false, d("2026-01-05"));
        x.r.document(DocumentKind::Form, FileFormat::Jpg, false, d("2026-01-05"));
        CHECK(x.run_area(CaseArea::Correspondence).proposal == AreaResult::NotApplicable);
    }
    SECTION("all PDF and indexed: met") {
        x.r.document(DocumentKind::Email, FileFormat::Pdf, true, d("2026-01-05"));
        x.r.document(DocumentKind::Letter, FileFormat::Pdf, true, d("2026-01-06"));
        x.r.document(DocumentKind::Report, FileFormat::Docx, false, d("2026-01-05"));
        const AreaEvidence e = x.run_area(CaseArea::Correspondence);
        CHECK(e.proposal == AreaResult::Met);
        CHECK(e.summary == "2 of 2 emails and letters uploaded as an indexed PDF (100%).");
        CHECK(e.lines.empty());
    }
    SECTION("some: partly met, each shortfall listed with its reason") {
        x.r.document(DocumentKind::Email, FileFormat::Pdf, true, d("2026-01-05"));
        x.r.document(DocumentKind::Email, FileFormat::Docx, false, d("2026-03-03"),
                     "Reply from GP");
        x.r.document(DocumentKind::Letter, FileFormat::Pdf, false, d("2026-03-04"));
        x.r.document(DocumentKind::Letter, FileFormat::Pdf, false, d("2026-03-20")); // after D
        const AreaEvidence e = x.run_area(CaseArea::Correspondence);
        CHECK(e.proposal == AreaResult::PartlyMet);
        CHECK(e.summary == "1 of 3 emails and letters uploaded as an indexed PDF (33%).");
        CHECK(lines_text(e) == "! Email \"Reply from GP\" uploaded 3 March 2026 as docx, not PDF, "
                               "and not indexed.\n"
                               "! Letter uploaded 4 March 2026, not indexed.\n");
        CHECK(e.lines[0].records == std::vector<RecordRef>{{RecordKind::Document, 1}});
    }
    SECTION("none: not met") {
        x.r.document(DocumentKind::Email, FileFormat::Msg, true, d("2026-01-05"));
        const AreaEvidence e = x.run_area(CaseArea::Correspondence);
        CHECK(e.proposal == AreaResult::NotMet);
        CHECK(e.summary == "0 of 1 email or letter uploaded as an indexed PDF (0%).");
    }
}

TEST_CASE("correspondence: a correspondence note needs an email or letter uploaded within 5 "
          "working days",
          "[audit][evidence]") {
    // A correspondence note of Monday 2 March 2026: the window ends 5 working days later, on
    // Monday 9 March (Tue 3, Wed 4, Thu 5, Fri 6, Mon 9). D = Monday 16 March.
    OneCase x;
    x.r.note(d("2026-03-02"), at("2026-03-02"), x.w, NoteType::Correspondence, "Wrote to GP.");
    SECTION("nothing uploaded: a shortfall, not \"not applicable\"") {
        const AreaEvidence e = x.run_area(CaseArea::Correspondence);
        CHECK(e.proposal == AreaResult::NotMet);
        CHECK(e.summary == "1 correspondence note with no email or letter uploaded within 5 "
                           "working days.");
        CHECK(lines_text(e) == "! Correspondence note N-1 of 2 March 2026: no email or letter "
                               "uploaded by 9 March 2026 (5 working days after).\n");
        REQUIRE(e.lines.size() == 1);
        CHECK(e.lines[0].records == std::vector<RecordRef>{{RecordKind::Note, 0}});
    }
    SECTION("a letter uploaded on the window's last day: met") {
        x.r.document(DocumentKind::Letter, FileFormat::Pdf, true, d("2026-03-09"));
        const AreaEvidence e = x.run_area(CaseArea::Correspondence);
        CHECK(e.proposal == AreaResult::Met);
        CHECK(e.summary == "1 of 1 email or letter uploaded as an indexed PDF (100%).");
    }
    SECTION("a letter uploaded a day after the window: the note is a shortfall, partly met") {
        x.r.document(DocumentKind::Letter, FileFormat::Pdf, true, d("2026-03-10"));
        const AreaEvidence e = x.run_area(CaseArea::Correspondence);
        CHECK(e.proposal == AreaResult::PartlyMet);
        CHECK(e.summary == "1 of 1 email or letter uploaded as an indexed PDF (100%) and 1 "
                           "correspondence note with no email or letter uploaded within 5 "
                           "working days.");
    }
    SECTION("a report is not correspondence: still a shortfall") {
        x.r.document(DocumentKind::Report, FileFormat::Pdf, true, d("2026-03-03"));
        CHECK(x.run_area(CaseArea::Correspondence).proposal == AreaResult::NotMet);
    }
    SECTION("audited while the window is open: not counted yet") {
        const AreaEvidence e = x.run_area(CaseArea::Correspondence, d("2026-03-09"));
        CHECK(e.proposal == AreaResult::NotApplicable);
        CHECK(e.summary == "No emails or letters on the file; 1 correspondence note still within "
                           "5 working days (not counted yet).");
    }
    SECTION("the policy's window: 10 working days make the letter of 10 March in time") {
        x.r.document(DocumentKind::Letter, FileFormat::Pdf, true, d("2026-03-10"));
        Policy p = default_policy();
        p.timescales.correspondence_upload_working_days = 10;
        CHECK(area(x.run(d("2026-03-16"), p), CaseArea::Correspondence).proposal ==
              AreaResult::Met);
    }
}

// ---------------------------------------------------------------------------
// Timescales
// ---------------------------------------------------------------------------

TEST_CASE("timescales: 2 working days across the Spring bank holiday", "[audit][evidence]") {
    OneCase x;
    // Event Friday 22 May 2026. Saturday 23, Sunday 24 and Monday 25 May (Spring bank
    // holiday) are not working days.
    x.r.note(d("2026-05-22"), at("2026-05-26"), x.w); // Tue 26: 1 working day, on time
    x.r.note(d("2026-05-22"), at("2026-05-27"), x.w); // Wed 27: 2, on time (the limit)
    x.r.note(d("2026-05-22"), at("2026-05-28"), x.w); // Thu 28: 3, late
    const AreaEvidence e = x.run_area(CaseArea::Timescales, d("2026-06-30"));
    CHECK(e.automatic);
    // 2 of 3 = 66.7%: at least 50, below 90.
    CHECK(e.proposal == AreaResult::PartlyMet);
    CHECK(e.summary == "2 of 3 notes on time (66%); no assessments to time.");
    CHECK(lines_text(e) == "! Visit on Friday 22 May 2026 recorded on Thursday 28 May 2026, 3 "
                           "working days later.\n");
    CHECK(e.lines[0].records == std::vector<RecordRef>{{RecordKind::Note, 2}});
    CHECK(e.checked.rfind("Case notes recorded within 2 working days of the event (weekends and "
                          "bank holidays not counted), and assessments completed within 28 days "
                          "of their start",
                          0) == 0);
}

TEST_CASE("timescales: without the bank holiday the same note is on time", "[audit][evidence]") {
    OneCase x;
    Policy p = default_policy();
    p.timescales.bank_holidays.clear();
    // With Monday 25 May a working day: to Tuesday 26 is Mon 25, Tue 26 = 2 working days, on
    // time (with the holiday it was 1); to Wednesday 27 is 3, late (with the holiday, 2).
    x.r.note(d("2026-05-22"), at("2026-05-26"), x.w);
    x.r.note(d("2026-05-22"), at("2026-05-27"), x.w);
    const AreaEvidence e = area(x.run(d("2026-06-30"), p), CaseArea::Timescales);
    CHECK(e.summary == "1 of 2 notes on time (50%); no assessments to time.");
    CHECK(e.proposal == AreaResult::PartlyMet); // exactly 50%
}

TEST_CASE("timescales: the 90% and 50% thresholds exactly", "[audit][evidence]") {
    OneCase x;
    // Events on Monday 2 March 2026: recorded Tuesday 3 March is 1 working day (on time),
    // Thursday 5 March is 3 (late).
    const auto notes = [&](int on_time, int late) {
        for (int i = 0; i < on_time; ++i)
            x.r.note(d("2026-03-02"), at("2026-03-03"), x.w);
        for (int i = 0; i < late; ++i)
            x.r.note(d("2026-03-02"), at("2026-03-05"), x.w);
        return x.run_area(CaseArea::Timescales);
    };
    SECTION("9 of 10 = 90%: met") {
        const AreaEvidence e = notes(9, 1);
        CHECK(e.proposal == AreaResult::Met);
        CHECK(e.summary == "9 of 10 notes on time (90%); no assessments to time.");
    }
    SECTION("8 of 9 = 88.9%: partly met, shown rounded down as 88%") {
        const AreaEvidence e = notes(8, 1);
        CHECK(e.proposal == AreaResult::PartlyMet);
        CHECK(e.summary == "8 of 9 notes on time (88%); no assessments to time.");
    }
    SECTION("5 of 10 = 50%: partly met") {
        CHECK(notes(5, 5).proposal == AreaResult::PartlyMet);
    }
    SECTION("4 of 10 = 40%: not met") {
        CHECK(notes(4, 6).proposal == AreaResult::NotMet);
    }
    SECTION("4 of 9 = 44%: not met") {
        CHECK(notes(4, 5).proposal == AreaResult::NotMet);
    }
}

TEST_CASE("timescales: the bands come from the policy file", "[audit][evidence]") {
    OneCase x;
    for (int i = 0; i < 8; ++i) // 8 on time
        x.r.note(d("2026-03-02"), at("2026-03-03"), x.w);
    for (int i = 0; i < 2; ++i) // 2 late
        x.r.note(d("2026-03-02"), at("2026-03-05"), x.w);
    Policy p = default_policy();
    // 8 of 10 = 80%: partly met with the default 90 / 50...
    CHECK(area(x.run(d("2026-03-16"), p), CaseArea::Timescales).proposal == AreaResult::PartlyMet);
    // ...met with 80 / 40 (exactly the band), not met with 95 / 85.
    p.timescales.on_time_met_percent = 80;
    p.timescales.on_time_partly_met_percent = 40;
    AreaEvidence e = area(x.run(d("2026-03-16"), p), CaseArea::Timescales);
    CHECK(e.proposal == AreaResult::Met);
    CHECK(e.checked.find("At least 80% on time: met; at least 40%: partly met") !=
          std::string::npos);
    p.timescales.on_time_met_percent = 95;
    p.timescales.on_time_partly_met_percent = 85;
    CHECK(area(x.run(d("2026-03-16"), p), CaseArea::Timescales).proposal == AreaResult::NotMet);
}

TEST_CASE("policy: the timescale bands and the upload window are read and checked",
          "[policy][evidence]") {
    const Policy def = default_policy();
    CHECK(def.timescales.on_time_met_percent == 90);
    CHECK(def.timescales.on_time_partly_met_percent == 50);
    CHECK(def.timescales.correspondence_upload_working_days == 5);
    PolicyLoadResult r =
        load_policy_json(R"({"name": "Test", "version": "1", "timescales": {"onTimeMetPercent": 80,
        "onTimePartlyMetPercent": 40, "correspondenceUploadWorkingDays": 10}})");
    REQUIRE(r.ok());
    CHECK(r.policy->timescales.on_time_met_percent == 80);
    CHECK(r.policy->timescales.on_time_partly_met_percent == 40);
    CHECK(r.policy->timescales.correspondence_upload_working_days == 10);
    r = load_policy_json(
        R"({"name": "Test", "version": "1", "timescales": {"onTimeMetPercent": 50, "onTimePartlyMetPercent": 60}})");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "timescales.onTimePartlyMetPercent");
    r = load_policy_json(
        R"({"name": "Test", "version": "1", "timescales": {"onTimeMetPercent": 101}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].path == "timescales.onTimeMetPercent");
    r = load_policy_json(
        R"({"name": "Test", "version": "1", "timescales": {"correspondenceUploadWorkingDays": -1}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].path == "timescales.correspondenceUploadWorkingDays");
}

TEST_CASE("timescales: a note recorded before its event counts as on time", "[audit][evidence]") {
    OneCase x;
    // The importer refuses such a note; built in code, it counts 0 working days.
    x.r.note(d("2026-03-10"), at("2026-03-09"), x.w);
    const AreaEvidence e = x.run_area(CaseArea::Timescales);
    CHECK(e.proposal == AreaResult::Met);
    CHECK(e.summary == "1 of 1 note on time (100%); no assessments to time.");
}

TEST_CASE("timescales: assessments within 28 days of their start", "[audit][evidence]") {
    OneCase x;
    x.r.assessment(AssessmentKind::Core, d("2026-01-01"), d("2026-01-29")); // 28 days: in time
    x.r.assessment(AssessmentKind::Core, d("2026-01-01"), d("2026-01-30")); // 29 days: late
    x.r.assessment(AssessmentKind::Carer, d("2026-02-01"));                 // open 43 days: late
    x.r.assessment(AssessmentKind::Core, d("2026-02-15"));                  // open 29 days: late
    x.r.assessment(AssessmentKind::Core, d("2026-02-16"));                  // open 28: not yet
    x.r.assessment(AssessmentKind::Core, d("2026-03-01"));                  // open 15: not yet
    x.r.assessment(AssessmentKind::Financial, d("2026-02-01"), d("2026-03-20")); // done after D
    x.r.assessment(AssessmentKind::Core, d("2026-03-20"));                       // after D
    const AreaEvidence e = x.run_area(CaseArea::Timescales);
    // Counted: the first four and the financial one (open on D, 43 days): 1 of 5 in time.
    CHECK(e.proposal == AreaResult::NotMet);
    CHECK(e.summary == "No notes; 1 of 5 assessments within 28 days.");
    CHECK(lines_text(e) ==
          "! Core assessment started 1 January 2026 completed on 30 January 2026, 29 days "
          "later.\n"
          "! Carer's assessment started 1 February 2026 still not completed 43 days later.\n"
          "! Core assessment started 15 February 2026 still not completed 29 days later.\n"
          "! Financial assessment started 1 February 2026 still not completed 43 days later.\n");
}

TEST_CASE("timescales: notes and assessments together", "[audit][evidence]") {
    OneCase x;
    for (int i = 0; i < 9; ++i)
        x.r.note(d("2026-03-02"), at("2026-03-03"), x.w);
    x.r.note(d("2026-03-02"), at("2026-03-05"), x.w);
    x.r.assessment(AssessmentKind::Core, d("2026-01-01"), d("2026-01-29"));
    x.r.assessment(AssessmentKind::Core, d("2026-01-01"), d("2026-01-30"));
    const AreaEvidence e = x.run_area(CaseArea::Timescales);
    // 9 + 1 of 10 + 2 = 10 of 12 = 83.3%: partly met.
    CHECK(e.proposal == AreaResult::PartlyMet);
    CHECK(e.summary == "9 of 10 notes on time (90%); 1 of 2 assessments within 28 days. "
                       "Together 10 of 12 (83%).");
}

TEST_CASE("timescales: no notes or assessments is not applicable", "[audit][evidence]") {
    OneCase x;
    x.r.note(d("2026-03-15"), at("2026-03-17"), x.w); // recorded after D: not on file
    const AreaEvidence e = x.run_area(CaseArea::Timescales);
    CHECK(e.proposal == AreaResult::NotApplicable);
    CHECK(e.summary == "No notes or assessments to time on the file.");
}

TEST_CASE("timescales: 60 late notes give 50 lines and one for the other 10", "[audit][evidence]") {
    OneCase x;
    for (int i = 0; i < 60; ++i)
        x.r.note(d("2026-03-02"), at("2026-03-05"), x.w);
    x.r.note(d("2026-03-02"), at("2026-03-02"), x.w);
    const AreaEvidence e = x.run_area(CaseArea::Timescales);
    CHECK(e.proposal == AreaResult::NotMet);
    CHECK(e.summary == "1 of 61 notes on time (1%); no assessments to time.");
    REQUIRE(e.lines.size() == 51);
    CHECK(e.lines[49].records == std::vector<RecordRef>{{RecordKind::Note, 49}});
    CHECK(e.lines[50].text == "And 10 more late notes.");
    CHECK(e.lines[50].records.empty());
    CHECK_FALSE(e.lines[50].ok);
}

// ---------------------------------------------------------------------------
// Given to the person
// ---------------------------------------------------------------------------

TEST_CASE("given to the person: the latest completed assessment, plan and review",
          "[audit][evidence]") {
    OneCase x;
    SECTION("nothing completed: not applicable") {
        x.r.assessment(AssessmentKind::Core, d("2026-03-01"));
        x.r.plan(d("2026-03-01"));
        x.r.review(d("2026-03-10"), std::nullopt);
        const AreaEvidence e = x.run_area(CaseArea::GivenToPerson);
        CHECK(e.proposal == AreaResult::NotApplicable);
        CHECK(e.summary == "No completed assessment, plan or review on the file.");
    }
    SECTION("assessment given, plan not, no review completed: partly met") {
        x.r.assessment(AssessmentKind::Core, d("2026-01-05"), d("2026-01-20"),
                       given_on("2026-01-25"));
        x.r.plan(d("2026-01-26"), d("2026-02-01"));
        x.r.review(d("2026-04-01"), std::nullopt);
        const AreaEvidence e = x.run_area(CaseArea::GivenToPerson);
        CHECK(e.proposal == AreaResult::PartlyMet);
        CHECK(e.summary ==
              "1 of 2 given to the person (latest completed assessment, plan and review).");
        CHECK(lines_text(e) == "Latest assessment, completed 20 January 2026, given to the person "
                               "on 25 January 2026 (in-person).\n"
                               "! Latest care and support plan, completed 1 February 2026, not "
                               "recorded as given to the person.\n");
    }
    SECTION("all three given: met") {
        x.r.assessment(AssessmentKind::Core, d("2026-01-05"), d("2026-01-20"),
                       given_on("2026-01-25"));
        x.r.plan(d("2026-01-26"), d("2026-02-01"), given_on("2026-02-01"));
        x.r.review(std::nullopt, d("2026-03-10"), given_on("2026-03-16"));
        CHECK(x.run_area(CaseArea::GivenToPerson).proposal == AreaResult::Met);
    }
    SECTION("only the latest counts: an older given assessment does not help") {
        x.r.assessment(AssessmentKind::Core, d("2025-09-01"), d("2025-10-01"),
                       given_on("2025-10-02"));
        x.r.assessment(AssessmentKind::Core, d("2026-01-05"), d("2026-01-20"));
        const AreaEvidence e = x.run_area(CaseArea::GivenToPerson);
        CHECK(e.proposal == AreaResult::NotMet);
        CHECK(e.lines[0].records == std::vector<RecordRef>{{RecordKind::Assessment, 1}});
    }
    SECTION("given after D: not given on D") {
        x.r.plan(d("2026-01-26"), d("2026-02-01"), given_on("2026-03-20"));
        CHECK(x.run_area(CaseArea::GivenToPerson).proposal == AreaResult::NotMet);
    }
}
