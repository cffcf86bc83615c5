// Caseload rules: hand-worked examples for every rule and boundary of the policy's
// "Caseload limits" section. Unless a test says otherwise: default policy (upper 25,
// absolute 28), a community team, a qualified social worker, date D = 16 March 2026 (the
// builder's as-at date), cases opened and allocated on 1 June 2025 and still open.
#include "test_caseload_support.h"

#include <nlohmann/json.hpp>

using namespace ca;
using ca_test::codes;
using ca_test::d;
using ca_test::ExtractBuilder;
using ca_test::only_finding;
using ca_test::row;

namespace {

CaseloadResult run(const ExtractBuilder& b, const Policy& p = default_policy()) {
    const CaseloadIndex index(b.ex);
    return compute_caseloads(index, p, default_caseload_date(b.ex));
}

// One community-team worker "W" with n cases; returns the result at D.
CaseloadResult worker_with(int n, const Policy& p = default_policy(),
                           std::optional<CaseloadLimits> team_limits = std::nullopt) {
    ExtractBuilder b;
    const Index t = b.team("T", TeamKind::Community, team_limits);
    b.give_cases(b.worker("W", t), n);
    return run(b, p);
}

} // namespace

// ---------------------------------------------------------------------------
// Upper caseload and absolute limit
// ---------------------------------------------------------------------------

TEST_CASE("caseload 25, 26, 28, 29 against upper 25 and absolute 28", "[caseload]") {
    SECTION("25 cases: at the upper caseload, not above it -> no finding, headroom 0") {
        const CaseloadResult r = worker_with(25);
        const WorkerCaseload& w = row(r, "W");
        CHECK(w.caseload == 25);
        CHECK(w.level.source == LevelSource::Policy);
        CHECK(w.level.upper == 25);
        CHECK(w.level.absolute == 28);
        CHECK(w.level.description == "25 (policy)");
        CHECK(w.headroom == 0); // 25 - 25
        CHECK(w.findings.empty());
        CHECK_FALSE(w.worst.has_value());
    }
    SECTION("26 cases: 26 > 25, no Director discussion -> high above-upper, headroom -1") {
        const CaseloadResult r = worker_with(26);
        const WorkerCaseload& w = row(r, "W");
        CHECK(w.headroom == -1); // 25 - 26
        const CaseloadFinding& f = only_finding(r, w);
        CHECK(f.code == "above-upper");
        CHECK(f.severity == CaseloadSeverity::High);
        // All 26 cases were allocated on 1 June 2025, so the caseload has been above 25
        // since then.
        CHECK(f.message == "26 open cases; upper caseload 25 (policy); above it since 1 June "
                           "2025; no Director discussion recorded since then.");
        CHECK(f.case_ids.size() == 26); // the records behind the finding
        CHECK(f.worker_id == "W");
        CHECK(f.team_id == "T");
        CHECK(f.director_discussion_id.empty());
    }
    SECTION("28 cases: above upper 25 but not above absolute 28 -> high, not critical") {
        const CaseloadResult r = worker_with(28);
        const WorkerCaseload& w = row(r, "W");
        CHECK(codes(r, w) == "above-upper");
        CHECK(*w.worst == CaseloadSeverity::High);
        CHECK(w.headroom == -3); // 25 - 28
    }
    SECTION("29 cases: 29 > 28 -> critical above-absolute (and no separate upper finding)") {
        const CaseloadResult r = worker_with(29);
        const WorkerCaseload& w = row(r, "W");
        const CaseloadFinding& f = only_finding(r, w);
        CHECK(f.code == "above-absolute");
        CHECK(f.severity == CaseloadSeverity::Critical);
        CHECK(f.message == "29 open cases; absolute limit 28 (policy); above the absolute "
                           "limit is never acceptable.");
        CHECK(r.count(CaseloadSeverity::Critical) == 1);
        CHECK(r.teams.front().over_absolute == 1);
        CHECK(r.teams.front().over_level == 1);
    }
}

TEST_CASE("the date since when the caseload is above the upper caseload", "[caseload]") {
    // 25 cases from 1 June 2025; a 26th allocated on 3 March 2026 -> above 25 since 3 March
    // 2026 (on 2 March the count was 25, not above).
    ExtractBuilder b;
    const Index w = b.worker("W", b.team("T"));
    b.give_cases(w, 25);
    b.allocate(b.add_case(d("2026-01-10")), w, d("2026-03-03"));
    const CaseloadResult r = run(b);
    CHECK(only_finding(r, row(r, "W")).message ==
          "26 open cases; upper caseload 25 (policy); above it since 3 March 2026; no "
          "Director discussion recorded since then.");
}

TEST_CASE("a team limit of 20 replaces the policy's upper caseload", "[caseload]") {
    const CaseloadLimits team_limits{20, 25};
    SECTION("20 cases: at the team's upper -> no finding; level 20 from the team") {
        const CaseloadResult r = worker_with(20, default_policy(), team_limits);
        const WorkerCaseload& w = row(r, "W");
        CHECK(w.level.source == LevelSource::Team);
        CHECK(w.level.upper == 20);
        CHECK(w.level.absolute == 25);
        CHECK(w.level.description == "20 (team)");
        CHECK(w.findings.empty());
        CHECK(r.teams.front().source == LevelSource::Team);
        CHECK(r.teams.front().upper == 20);
    }
    SECTION("21 cases: 21 > 20 -> high, although 21 is below the policy's 25") {
        const CaseloadResult r = worker_with(21, default_policy(), team_limits);
        CHECK(codes(r, row(r, "W")) == "above-upper");
        CHECK(row(r, "W").headroom == -1);
    }
    SECTION("26 cases: team absolute 25 -> critical") {
        const CaseloadResult r = worker_with(26, default_policy(), team_limits);
        CHECK(codes(r, row(r, "W")) == "above-absolute");
    }
    SECTION("26 cases, useTeamAbsolute off: absolute is the policy's 28 -> high only") {
        Policy p = default_policy();
        p.caseload.use_team_absolute = false;
        const CaseloadResult r = worker_with(26, p, team_limits);
        CHECK(row(r, "W").level.absolute == 28);
        CHECK(codes(r, row(r, "W")) == "above-upper");
    }
    SECTION("useTeamLimits off: the policy's 25 applies -> 21 cases is no finding") {
        Policy p = default_policy();
        p.caseload.use_team_limits = false;
        const CaseloadResult r = worker_with(21, p, team_limits);
        CHECK(row(r, "W").level.source == LevelSource::Policy);
        CHECK(row(r, "W").findings.empty());
    }
    SECTION("an impossible team override (upper 30 > absolute 28) falls back to the policy") {
        const CaseloadResult r = worker_with(26, default_policy(), CaseloadLimits{30, 28});
        CHECK(row(r, "W").level.source == LevelSource::Policy);
        CHECK(codes(r, row(r, "W")) == "above-upper");
    }
}

TEST_CASE("a team's own limits never raise the policy's", "[caseload]") {
    // "Some teams may operate to a lower number": never a higher one.
    SECTION("30 / 35 in the extract: capped at 25 / 28, and a data-quality finding") {
        const CaseloadResult r = worker_with(27, default_policy(), CaseloadLimits{30, 35});
        const WorkerCaseload& w = row(r, "W");
        CHECK(w.level.source == LevelSource::Policy);
        CHECK(w.level.upper == 25);
        CHECK(w.level.absolute == 28);
        CHECK(w.level.description == "25 (policy)");
        CHECK(codes(r, w) == "above-upper"); // 27 > 25, where 30 would have hidden it
        CHECK(r.teams.front().upper == 25);
        CHECK(r.teams.front().absolute == 28);
        // The team's finding is the team's, not the worker's.
        REQUIRE(r.count(CaseloadSeverity::DataQuality) == 1);
        const CaseloadFinding& f = r.findings.back();
        CHECK(f.severity == CaseloadSeverity::DataQuality);
        CHECK(f.code == "team-limit-above-policy");
        CHECK(f.team_id == "T");
        CHECK(f.worker == k_no_index);
        CHECK(f.message == "Team T (T) has its own caseload limits of 30 (upper) and 35 "
                           "(absolute) in the extract, above the policy's 25 and 28; a team may "
                           "only operate to a lower number, so 25 and 28 apply.");
    }
    SECTION("29 cases against 30 / 35: above the capped absolute 28 -> critical") {
        const CaseloadResult r = worker_with(29, default_policy(), CaseloadLimits{30, 35});
        CHECK(codes(r, row(r, "W")) == "above-absolute");
    }
    SECTION("20 / 30: the lower upper is the team's, the absolute is capped at 28") {
        const CaseloadResult r = worker_with(21, default_policy(), CaseloadLimits{20, 30});
        const WorkerCaseload& w = row(r, "W");
        CHECK(w.level.source == LevelSource::Team);
        CHECK(w.level.upper == 20);
        CHECK(w.level.absolute == 28);
        REQUIRE(r.count(CaseloadSeverity::DataQuality) == 1);
        CHECK(r.findings.back().message ==
              "Team T (T) has its own caseload limits of 20 (upper) and 30 (absolute) in the "
              "extract, above the policy's 25 and 28; a team may only operate to a lower "
              "number, so 20 and 28 apply.");
    }
    SECTION("25 / 28, the policy's own numbers: no finding") {
        const CaseloadResult r = worker_with(20, default_policy(), CaseloadLimits{25, 28});
        CHECK(r.findings.empty());
    }
    SECTION("useTeamAbsolute off: a team absolute of 35 is not used, so not reported") {
        Policy p = default_policy();
        p.caseload.use_team_absolute = false;
        const CaseloadResult r = worker_with(20, p, CaseloadLimits{20, 35});
        CHECK(row(r, "W").level.absolute == 28);
        CHECK(r.findings.empty());
    }
    SECTION("useTeamLimits off: nothing of the team's is used, nothing reported") {
        Policy p = default_policy();
        p.caseload.use_team_limits = false;
        const CaseloadResult r = worker_with(20, p, CaseloadLimits{30, 35});
        CHECK(r.findings.empty());
    }
}

// ---------------------------------------------------------------------------
// Who the limits apply to
// ---------------------------------------------------------------------------

TEST_CASE("other roles and team kinds are shown without a limit", "[caseload]") {
    ExtractBuilder b;
    const Index hosp = b.team("H", TeamKind::Hospital);
    const Index com = b.team("T");
    b.give_cases(b.worker("SW-HOSP", hosp), 35);                              // hospital team
    b.give_cases(b.worker("OT", com, WorkerRole::OccupationalTherapist), 31); // other role
    b.worker("TM", com, WorkerRole::TeamManager);                             // no cases
    b.worker("SW-IDLE", com);                                                 // 0 cases
    SECTION("default policy: rows with caseloads, no level, no findings") {
        const CaseloadResult r = run(b);
        CHECK(row(r, "SW-HOSP").caseload == 35);
        CHECK_FALSE(row(r, "SW-HOSP").level.applies());
        CHECK(row(r, "SW-HOSP").headroom == 0);
        CHECK(row(r, "OT").caseload == 31);
        CHECK_FALSE(row(r, "OT").level.applies());
        CHECK(r.findings.empty());
        // A team manager with no cases and no limit gets no row; a social worker with 0
        // cases does (a limit applies: headroom 25).
        CHECK_FALSE(ca_test::has_row(r, "TM"));
        CHECK(row(r, "SW-IDLE").headroom == 25);
    }
    SECTION("an otherLimits entry for occupational therapists: 31 > 30 absolute -> critical") {
        Policy p = default_policy();
        p.caseload.other_limits.push_back({{WorkerRole::OccupationalTherapist}, {}, 28, 30});
        const CaseloadResult r = run(b, p);
        CHECK(row(r, "OT").level.source == LevelSource::OtherLimit);
        CHECK(row(r, "OT").level.description == "28 (other-limit)");
        CHECK(codes(r, row(r, "OT")) == "above-absolute");
        CHECK_FALSE(row(r, "SW-HOSP").level.applies());
    }
    SECTION("teamKinds including hospital: 35 > 28 -> critical for the hospital worker") {
        Policy p = default_policy();
        p.caseload.team_kinds = {TeamKind::Community, TeamKind::Hospital};
        const CaseloadResult r = run(b, p);
        CHECK(codes(r, row(r, "SW-HOSP")) == "above-absolute");
    }
}

// ---------------------------------------------------------------------------
// What is counted on D
// ---------------------------------------------------------------------------

TEST_CASE("allocations starting or ending on D, closed cases", "[caseload]") {
    ExtractBuilder b;
    const Index w = b.worker("W", b.team("T"));
    const Date D = d("2026-03-16");
    b.allocate(b.add_case(d("2026-01-01")), w, D);                  // starts on D: counted
    b.allocate(b.add_case(d("2026-01-01")), w, d("2026-01-01"), D); // ends on D: counted
    b.allocate(b.add_case(d("2026-01-01")), w, d("2026-03-17"));    // starts D+1: not
    b.allocate(b.add_case(d("2026-01-01")), w, d("2026-01-01"), d("2026-03-15")); // ended D-1
    b.allocate(b.add_case(d("2026-01-01"), d("2026-03-15")), w, d("2026-01-01")); // closed D-1
    b.allocate(b.add_case(d("2026-01-01"), D), w, d("2026-01-01")); // closed on D: counted
    b.allocate(b.add_case(d("2026-01-01"), std::nullopt, CaseStatus::Closed), w,
               d("2026-01-01"));                   // closed, date unknown: not counted
    b.allocate(b.add_case(d("2026-03-17")), w, D); // allocated before the case opens: not
    const CaseloadResult r = run(b);
    // Counted: starts on D, ends on D, closed on D -> 3.
    CHECK(row(r, "W").caseload == 3);
    const CaseloadIndex index(b.ex);
    const std::vector<CaseListRow> list = worker_case_list(index, default_policy(), w, D);
    REQUIRE(list.size() == 3);
    CHECK(list[0].case_id == "C-1000");
    CHECK(list[1].case_id == "C-1001");
    CHECK(list[2].case_id == "C-1005");
    CHECK(list[1].allocated_to == D);
    CHECK(list[0].person_name == "Person 1");
    // One day later: only the case allocated from 17 March (now open, allocated from 16
    // March) and the one starting on 17 March remain, plus the first -> C-1000, C-1002,
    // C-1007 = 3.
    CHECK(index.count(w, d("2026-03-17"), false).primary == 3);
}

TEST_CASE("secondary allocations", "[caseload]") {
    ExtractBuilder b;
    const Index w = b.worker("W", b.team("T"));
    const Index other = b.worker("OTHER", 0);
    b.give_cases(w, 24);
    // Two cases where W is only the co-worker.
    b.give_cases(w, 2, d("2025-06-01"), AllocationRole::Secondary);
    // A case where W is both primary and secondary: one case, counted once.
    const Index both = b.add_case(d("2025-06-01"));
    b.allocate(both, w, d("2025-06-01"));
    b.allocate(both, w, d("2025-07-01"), std::nullopt, AllocationRole::Secondary);
    b.allocate(both, other, d("2025-07-01"), std::nullopt, AllocationRole::Secondary);
    SECTION("default: primary only -> 24 + 1 = 25, no finding") {
        const CaseloadResult r = run(b);
        CHECK(row(r, "W").caseload == 25);
        CHECK(row(r, "W").primary_cases == 25);
        CHECK(row(r, "W").secondary_cases == 2);
        CHECK(row(r, "W").findings.empty());
        CHECK(row(r, "OTHER").caseload == 0);
        CHECK(row(r, "OTHER").secondary_cases == 1);
        const CaseloadIndex index(b.ex);
        const auto list = worker_case_list(index, default_policy(), w, r.date);
        REQUIRE(list.size() == 27); // 24 + 2 + 1, each case once
        int not_counted = 0;
        for (const CaseListRow& c : list)
            not_counted += c.counted ? 0 : 1;
        CHECK(not_counted == 2);
    }
    SECTION("countSecondary: 25 + 2 = 27 distinct cases -> high") {
        Policy p = default_policy();
        p.caseload.count_secondary = true;
        const CaseloadResult r = run(b, p);
        CHECK(row(r, "W").caseload == 27);
        CHECK(codes(r, row(r, "W")) == "above-upper");
        CHECK(only_finding(r, row(r, "W")).case_ids.size() == 27);
    }
}

// ---------------------------------------------------------------------------
// ASYE protected caseload
// ---------------------------------------------------------------------------

namespace {

// An ASYE worker "A" whose ASYE started `start`, with `n` cases, alone in a community team
// with upper 25, seen on D.
CaseloadResult asye_worker(Date start, Date D, int n, const Policy& p) {
    ExtractBuilder b;
    b.ex.metadata.as_at = D;
    const Index w = b.worker("A", b.team("T"));
    b.worker_at(w).asye_start = start;
    b.give_cases(w, n, d("2025-01-01"));
    return run(b, p);
}

} // namespace

TEST_CASE("asye_fraction and protected_caseload: the milestone table", "[caseload]") {
    const AsyePolicy linear = default_policy().caseload.asye;
    AsyePolicy step = linear;
    step.interpolation = AsyeInterpolation::Step;
    // Linear: 0 -> 1/3, 3 -> 1/3, 6 -> 2/3, 9 -> 9/10; between milestones a straight line.
    CHECK(asye_fraction(linear, 0.0) == Approx(1.0 / 3.0));
    CHECK(asye_fraction(linear, 1.0) == Approx(1.0 / 3.0)); // flat between 0 and 3
    CHECK(asye_fraction(linear, 4.5) == Approx(0.5));       // halfway from 1/3 to 2/3
    CHECK(asye_fraction(linear, 7.5) == Approx(47.0 / 60)); // 2/3 + (9/10 - 2/3) / 2
    CHECK(asye_fraction(linear, 11.0) == Approx(0.9));      // after the last milestone
    CHECK(asye_fraction(step, 4.5) == Approx(1.0 / 3.0));   // last reached: month 3
    CHECK(asye_fraction(step, 6.0) == Approx(2.0 / 3.0));
    CHECK(asye_fraction(step, 8.99) == Approx(2.0 / 3.0));
    // Rounding halves up: 0.5 x 25 = 12.5 -> 13 even with the binary error of 1/3 + 1/6;
    // 0.9 x 25 = 22.5 -> 23; 1/3 x 25 = 8.33 -> 8; 2/3 x 25 = 16.67 -> 17.
    CHECK(protected_caseload(asye_fraction(linear, 4.5), 25) == 13);
    CHECK(protected_caseload(0.9, 25) == 23);
    CHECK(protected_caseload(1.0 / 3.0, 25) == 8);
    CHECK(protected_caseload(2.0 / 3.0, 25) == 17);
    CHECK(protected_caseload(0.5, 24.9) == 12); // 12.45 -> 12
}

TEST_CASE("ASYE protected caseload at 0, 1, 3, 4.5, 6, 9, 12 and 13 months", "[caseload]") {
    // D = 15 February 2026. The ASYE start is D minus k months, so months_between is exactly
    // k; for 4.5 the start is 1 October 2025: 4 months to 1 February, then 14 of February's
    // 28 days -> 4.5. Basis: the team's upper caseload 25.
    const Date D = d("2026-02-15");
    struct Row {
        const char* start;
        double months;
        int linear; // expected level, linear interpolation
        int step;   // expected level, step
    };
    const Row rows[] = {
        {"2026-02-15", 0.0, 8, 8},   // 1/3 x 25 = 8.33 -> 8
        {"2026-01-15", 1.0, 8, 8},   // flat 1/3 between months 0 and 3 -> 8
        {"2025-11-15", 3.0, 8, 8},   // milestone 3: 1/3 -> 8
        {"2025-10-01", 4.5, 13, 8},  // linear 1/2 x 25 = 12.5 -> 13; step: month 3's 1/3 -> 8
        {"2025-08-15", 6.0, 17, 17}, // milestone 6: 2/3 x 25 = 16.67 -> 17
        {"2025-05-15", 9.0, 23, 23}, // milestone 9: 9/10 x 25 = 22.5 -> 23
    };
    for (const Row& x : rows) {
        for (AsyeInterpolation mode : {AsyeInterpolation::Linear, AsyeInterpolation::Step}) {
            Policy p = default_policy();
            p.caseload.asye.interpolation = mode;
            const int expected = mode == AsyeInterpolation::Linear ? x.linear : x.step;
            INFO("ASYE start " << x.start << ", mode " << static_cast<int>(mode));
            // Exactly at the level: no finding; one above: the ASYE finding.
            const CaseloadResult at = asye_worker(d(x.start), D, expected, p);
            const WorkerCaseload& w = row(at, "A");
            CHECK(w.in_asye);
            CHECK(w.level.source == LevelSource::Asye);
            CHECK(w.level.asye_months == Approx(x.months));
            CHECK(w.level.asye_basis == 25.0);
            CHECK(w.level.upper == expected);
            CHECK(w.level.normal_upper == 25);
            CHECK(w.headroom == 0);
            CHECK(w.findings.empty());
            const CaseloadResult over = asye_worker(d(x.start), D, expected + 1, p);
            CHECK(codes(over, row(over, "A")) == "asye-above-protected");
        }
    }
    SECTION("the level's description names the month, fraction and basis") {
        const CaseloadResult r = asye_worker(d("2025-10-01"), D, 14, default_policy());
        CHECK(row(r, "A").level.description == "13 (ASYE month 4.5: 1/2 of policy upper 25)");
        CHECK(only_finding(r, row(r, "A")).message ==
              "14 open cases; protected ASYE caseload 13 (ASYE month 4.5: 1/2 of policy upper "
              "25); above it since 1 January 2025; no Director discussion recorded since "
              "then.");
    }
    SECTION("12 and 13 months with no completion recorded: the ASYE is over -> upper 25") {
        for (const char* start : {"2025-02-15", "2025-01-15"}) { // 12 and 13 months
            for (AsyeInterpolation mode : {AsyeInterpolation::Linear, AsyeInterpolation::Step}) {
                Policy p = default_policy();
                p.caseload.asye.interpolation = mode;
                const CaseloadResult r = asye_worker(d(start), D, 25, p);
                CHECK_FALSE(row(r, "A").in_asye);
                CHECK(row(r, "A").level.source == LevelSource::Policy);
                CHECK(row(r, "A").level.upper == 25);
                CHECK(row(r, "A").findings.empty());
            }
        }
    }
    SECTION("a recorded completion ends the ASYE early, or later when extended") {
        ExtractBuilder b;
        b.ex.metadata.as_at = D;
        const Index w = b.worker("A", b.team("T"));
        b.worker_at(w).asye_start = d("2025-08-15");     // 6 months on D
        b.worker_at(w).asye_completed = d("2026-02-15"); // completed on D -> normal limits
        b.give_cases(w, 20);
        CHECK(row(run(b), "A").level.source == LevelSource::Policy);
        b.worker_at(w).asye_start = d("2025-01-15");     // 13 months on D
        b.worker_at(w).asye_completed = d("2026-03-01"); // extended: still ASYE on D
        const CaseloadResult r = run(b);
        CHECK(row(r, "A").in_asye);
        CHECK(row(r, "A").level.upper == 23); // 13 months: last milestone 9/10 -> 23
        CHECK(row(r, "A").findings.empty());  // 20 <= 23
    }
    SECTION("a team's lower upper is the ASYE basis: team 20, 6 months -> 2/3 x 20 = 13.3 -> 13") {
        ExtractBuilder b;
        b.ex.metadata.as_at = D;
        const Index w = b.worker("A", b.team("T", TeamKind::Community, CaseloadLimits{20, 24}));
        b.worker_at(w).asye_start = d("2025-08-15");
        b.give_cases(w, 14);
        const CaseloadResult r = run(b);
        CHECK(row(r, "A").level.upper == 13);
        CHECK(row(r, "A").level.absolute == 24);
        CHECK(codes(r, row(r, "A")) == "asye-above-protected");
    }
}

TEST_CASE("ASYE basis: mean caseload of the team's qualified non-ASYE social workers",
          "[caseload]") {
    // Team members on D = 16 March 2026: three qualified non-ASYE social workers with 20, 22
    // and 24 cases -> mean 22. Not in the mean: the ASYE worker herself, an unqualified
    // social worker (40 cases), a team manager (2 cases), a worker who left (they hold no
    // cases on D).
    ExtractBuilder b;
    const Index t = b.team("T");
    b.give_cases(b.worker("S1", t), 20);
    b.give_cases(b.worker("S2", t), 22);
    b.give_cases(b.worker("S3", t), 24);
    const Index unq = b.worker("U", t);
    b.worker_at(unq).qualified = false;
    b.give_cases(unq, 40);
    b.give_cases(b.worker("TM", t, WorkerRole::TeamManager), 2);
    const Index left = b.worker("LEFT", t);
    b.worker_at(left).end = d("2026-01-31");
    const Index a = b.worker("A", t);
    b.worker_at(a).asye_start = d("2025-09-16"); // 6 months on D
    b.give_cases(a, 15);
    Policy p = default_policy();
    p.caseload.asye.basis = AsyeBasis::TeamMean;
    SECTION("6 months: 2/3 x 22 = 14.67 -> 15; 15 cases -> no finding") {
        const CaseloadResult r = run(b, p);
        const WorkerCaseload& w = row(r, "A");
        CHECK(w.level.asye_basis == Approx(22.0));
        CHECK(w.level.asye_basis_kind == AsyeBasis::TeamMean);
        CHECK(w.level.upper == 15);
        CHECK(w.level.description == "15 (ASYE month 6: 2/3 of team mean 22)");
        CHECK(w.findings.empty());
        CHECK(r.teams.front().mean_caseload == Approx(22.0));
        CHECK(r.teams.front().mean_of == 3);
    }
    SECTION("9 months: 9/10 x 22 = 19.8 -> 20") {
        b.worker_at(a).asye_start = d("2025-06-16");
        CHECK(row(run(b, p), "A").level.upper == 20);
    }
    SECTION("a team mean above the upper: capped at the upper caseload") {
        // S1..S3 given 10 more cases each: mean 32; 9/10 x 32 = 28.8 -> 29 -> capped at 25.
        b.give_cases(0, 10);
        b.give_cases(1, 10);
        b.give_cases(2, 10);
        b.worker_at(a).asye_start = d("2025-06-16");
        const CaseloadResult r = run(b, p);
        CHECK(row(r, "A").level.protected_level == 29);
        CHECK(row(r, "A").level.upper == 25);
    }
    SECTION("no qualified non-ASYE social worker in the team: data-quality, normal limits") {
        ExtractBuilder lone;
        const Index w = lone.worker("A", lone.team("T"));
        lone.worker_at(w).asye_start = d("2025-09-16");
        lone.give_cases(w, 20);
        const CaseloadResult r = run(lone, p);
        CHECK(codes(r, row(r, "A")) == "asye-basis-missing");
        CHECK(r.findings.front().severity == CaseloadSeverity::DataQuality);
        CHECK(row(r, "A").level.source == LevelSource::Policy);
    }
}

// ---------------------------------------------------------------------------
// Director discussions
// ---------------------------------------------------------------------------

TEST_CASE("Director discussion: valid, expired, not yet started, exceeded", "[caseload]") {
    // W has 27 cases on D = 16 March 2026 (upper 25).
    ExtractBuilder b;
    const Index w = b.worker("W", b.team("T"));
    b.give_cases(w, 27);
    auto result = [&]() { return run(b); };

    SECTION("valid: held 3 March, period 3 March to 30 April, agreed 28 >= 27 -> notice") {
        b.discussion("DD-1", w, d("2026-03-03"), 28, d("2026-03-03"), d("2026-04-30"));
        const CaseloadResult r = result();
        const CaseloadFinding& f = only_finding(r, row(r, "W"));
        CHECK(f.code == "above-upper-agreed");
        CHECK(f.severity == CaseloadSeverity::Notice);
        CHECK(f.director_discussion_id == "DD-1");
        CHECK(f.message == "27 open cases; upper caseload 25 (policy); the Director agreed 28 "
                           "cases on 3 March 2026 (DD-1), valid until 30 April 2026.");
    }
    SECTION("agreed exactly the current caseload (27) is enough -> notice") {
        b.discussion("DD-1", w, d("2026-03-03"), 27, d("2026-03-03"), d("2026-04-30"));
        CHECK(codes(result(), row(result(), "W")) == "above-upper-agreed");
    }
    SECTION("period ending on D still covers D -> notice") {
        b.discussion("DD-1", w, d("2026-01-03"), 28, d("2026-01-03"), d("2026-03-16"));
        CHECK(codes(result(), row(result(), "W")) == "above-upper-agreed");
    }
    SECTION("expired: period ended 15 March (D - 1) -> high director-agreement-expired") {
        b.discussion("DD-1", w, d("2026-01-03"), 28, d("2026-01-03"), d("2026-03-15"));
        const CaseloadResult r = result();
        const CaseloadFinding& f = only_finding(r, row(r, "W"));
        CHECK(f.code == "director-agreement-expired");
        CHECK(f.severity == CaseloadSeverity::High);
        CHECK(f.director_discussion_id == "DD-1");
        CHECK(f.message == "27 open cases; upper caseload 25 (policy); the Director agreed 28 "
                           "cases on 3 January 2026 (DD-1) for a period that ended on 15 March "
                           "2026.");
    }
    SECTION("no end: valid 92 days counting the first; 15 Dec 2025 + 91 days = 16 March") {
        // 15-31 Dec = 17 days, January 31 (48), February 28 (76), 1-16 March 16 (92).
        b.discussion("DD-1", w, d("2025-12-15"), 30, d("2025-12-15"), std::nullopt);
        CHECK(codes(result(), row(result(), "W")) == "above-upper-agreed");
        CHECK(only_finding(result(), row(result(), "W"))
                  .message.find("valid until 16 March "
                                "2026") != std::string::npos);
    }
    SECTION("no end, from 14 Dec 2025: the 92 days end on 15 March -> expired on D") {
        b.discussion("DD-1", w, d("2025-12-14"), 30, d("2025-12-14"), std::nullopt);
        CHECK(codes(result(), row(result(), "W")) == "director-agreement-expired");
    }
    SECTION("no end, validity set to 93 days in the policy: valid again on D") {
        b.discussion("DD-1", w, d("2025-12-14"), 30, d("2025-12-14"), std::nullopt);
        Policy p = default_policy();
        p.caseload.director_validity_days = 93;
        CHECK(codes(run(b, p), row(run(b, p), "W")) == "above-upper-agreed");
    }
    SECTION("not yet started: period from 17 March (D + 1) -> high above-upper, id given") {
        b.discussion("DD-9", w, d("2026-03-10"), 28, d("2026-03-17"), d("2026-06-30"));
        const CaseloadResult r = result();
        const CaseloadFinding& f = only_finding(r, row(r, "W"));
        CHECK(f.code == "above-upper");
        CHECK(f.director_discussion_id == "DD-9");
        CHECK(f.message == "27 open cases; upper caseload 25 (policy); above it since 1 June "
                           "2025; no Director discussion recorded since then that covers 16 "
                           "March 2026 (DD-9 starts on 17 March 2026).");
    }
    SECTION("not yet held: discussion dated 17 March, period from 1 March -> not valid on D") {
        b.discussion("DD-9", w, d("2026-03-17"), 28, d("2026-03-01"), d("2026-06-30"));
        CHECK(codes(result(), row(result(), "W")) == "above-upper");
    }
    SECTION("exceeded: valid period, agreed 26 < 27 -> high director-agreement-exceeded") {
        b.discussion("DD-1", w, d("2026-03-03"), 26, d("2026-03-03"), d("2026-04-30"));
        const CaseloadResult r = result();
        const CaseloadFinding& f = only_finding(r, row(r, "W"));
        CHECK(f.code == "director-agreement-exceeded");
        CHECK(f.message == "27 open cases; upper caseload 25 (policy); the Director agreed 26 "
                           "cases on 3 March 2026 (DD-1), 1 fewer than now.");
    }
    SECTION("another worker's discussion does not count") {
        const Index other = b.worker("OTHER", 0);
        b.discussion("DD-1", other, d("2026-03-03"), 28, d("2026-03-03"), d("2026-04-30"));
        CHECK(codes(result(), row(result(), "W")) == "above-upper");
    }
    SECTION("the latest valid discussion decides: 28 agreed in January, 26 on 2 March") {
        // Both are valid on D; the newer agreement for 26 is exceeded by 27, so the older one
        // for 28 must not make it a notice. Listed in either order in the extract.
        SECTION("older listed first") {
            b.discussion("DD-1", w, d("2026-01-05"), 28, d("2026-01-05"), d("2026-06-30"));
            b.discussion("DD-2", w, d("2026-03-02"), 26, d("2026-03-02"), d("2026-06-30"));
        }
        SECTION("newer listed first") {
            b.discussion("DD-2", w, d("2026-03-02"), 26, d("2026-03-02"), d("2026-06-30"));
            b.discussion("DD-1", w, d("2026-01-05"), 28, d("2026-01-05"), d("2026-06-30"));
        }
        const CaseloadResult r = result();
        const CaseloadFinding& f = only_finding(r, row(r, "W"));
        CHECK(f.code == "director-agreement-exceeded");
        CHECK(f.director_discussion_id == "DD-2");
        CHECK(f.message == "27 open cases; upper caseload 25 (policy); the Director agreed 26 "
                           "cases on 2 March 2026 (DD-2), 1 fewer than now.");
    }
    SECTION("the other way round: 26 in January, 28 on 2 March -> agreed (DD-2)") {
        b.discussion("DD-2", w, d("2026-03-02"), 28, d("2026-03-02"), d("2026-06-30"));
        b.discussion("DD-1", w, d("2026-01-05"), 26, d("2026-01-05"), d("2026-06-30"));
        const CaseloadResult r = result();
        const CaseloadFinding& f = only_finding(r, row(r, "W"));
        CHECK(f.code == "above-upper-agreed");
        CHECK(f.director_discussion_id == "DD-2");
    }
    SECTION("a later valid agreement wins over an exceeded older one") {
        b.discussion("DD-1", w, d("2026-02-01"), 26, d("2026-02-01"), d("2026-04-30"));
        b.discussion("DD-2", w, d("2026-03-10"), 27, d("2026-03-10"), d("2026-04-30"));
        CHECK(only_finding(result(), row(result(), "W")).director_discussion_id == "DD-2");
    }
}

TEST_CASE("nothing makes the absolute limit acceptable", "[caseload]") {
    // 29 cases with a valid agreement for 30 -> still critical, naming the agreement.
    ExtractBuilder b;
    const Index w = b.worker("W", b.team("T"));
    b.give_cases(w, 29);
    b.discussion("DD-1", w, d("2026-03-03"), 30, d("2026-03-03"), d("2026-04-30"));
    const CaseloadResult r = run(b);
    const CaseloadFinding& f = only_finding(r, row(r, "W"));
    CHECK(f.code == "above-absolute");
    CHECK(f.severity == CaseloadSeverity::Critical);
    CHECK(f.director_discussion_id == "DD-1");
    CHECK(f.message == "29 open cases; absolute limit 28 (policy); above the absolute limit is "
                       "never acceptable, even though the Director agreed 30 cases on 3 March "
                       "2026 (DD-1).");
}

TEST_CASE("ASYE above the protected level with a Director discussion -> notice", "[caseload]") {
    // 6 months on D: level 17; 18 cases with agreement 18 -> notice.
    ExtractBuilder b;
    const Index w = b.worker("A", b.team("T"));
    b.worker_at(w).asye_start = d("2025-09-16");
    b.give_cases(w, 18);
    b.discussion("DD-1", w, d("2026-03-01"), 18, d("2026-03-01"), std::nullopt);
    const CaseloadResult r = run(b);
    const CaseloadFinding& f = only_finding(r, row(r, "A"));
    CHECK(f.code == "asye-above-protected-agreed");
    CHECK(f.severity == CaseloadSeverity::Notice);
}

// ---------------------------------------------------------------------------
// Missing data
// ---------------------------------------------------------------------------

TEST_CASE("missing data gives data-quality findings, not guesses", "[caseload]") {
    ExtractBuilder b;
    const Index t = b.team("T");
    SECTION("no team: no limit applied, data-quality finding") {
        b.give_cases(b.worker("W", k_no_index), 30);
        const CaseloadResult r = run(b);
        const WorkerCaseload& w = row(r, "W");
        CHECK_FALSE(w.level.applies());
        const CaseloadFinding& f = only_finding(r, w);
        CHECK(f.code == "worker-without-team");
        CHECK(f.severity == CaseloadSeverity::DataQuality);
        CHECK(f.message == "Worker W (W) has no team, so no caseload limit can be applied to 30 "
                           "cases.");
    }
    SECTION("ASYE completion after D but no ASYE start: data-quality, normal limits") {
        const Index w = b.worker("W", t);
        b.worker_at(w).asye_completed = d("2026-06-01");
        b.give_cases(w, 20);
        const CaseloadResult r = run(b);
        CHECK(codes(r, row(r, "W")) == "asye-start-missing");
        CHECK(row(r, "W").level.source == LevelSource::Policy);
    }
    SECTION("ASYE completed before D with no start: nothing to work out, no finding") {
        const Index w = b.worker("W", t);
        b.worker_at(w).asye_completed = d("2025-06-01");
        b.give_cases(w, 20);
        CHECK(row(run(b), "W").findings.empty());
    }
    SECTION("cases held by a worker who left: data-quality finding") {
        const Index w = b.worker("W", t);
        b.worker_at(w).end = d("2026-02-27");
        b.give_cases(w, 3);
        const CaseloadResult r = run(b);
        CHECK(codes(r, row(r, "W")) == "worker-not-in-post");
        CHECK(r.findings.front().message == "Worker W holds 3 cases on 16 March 2026 but is not "
                                            "in post on that date (left on 27 February 2026).");
    }
}

// ---------------------------------------------------------------------------
// Results for the dashboard: identity, order, history, export
// ---------------------------------------------------------------------------

TEST_CASE("results carry the policy identity and the date", "[caseload]") {
    const CaseloadResult r = worker_with(3);
    CHECK(r.date == d("2026-03-16"));
    CHECK(r.policy.name == default_policy().name);
    CHECK(r.policy.fingerprint == policy_fingerprint(default_policy()));
    CHECK(r.policy.fingerprint.size() == 16);
}

TEST_CASE("findings are ordered by severity and rows point at them", "[caseload]") {
    ExtractBuilder b;
    const Index t = b.team("T");
    b.give_cases(b.worker("A-HIGH", t), 26);
    b.give_cases(b.worker("B-CRIT", t), 30);
    b.give_cases(b.worker("C-NONE", k_no_index), 1);
    const CaseloadResult r = run(b);
    REQUIRE(r.findings.size() == 3);
    CHECK(r.findings[0].severity == CaseloadSeverity::Critical);
    CHECK(r.findings[1].severity == CaseloadSeverity::High);
    CHECK(r.findings[2].severity == CaseloadSeverity::DataQuality);
    CHECK(r.findings[row(r, "A-HIGH").findings.front()].worker_id == "A-HIGH");
    CHECK(r.findings[row(r, "B-CRIT").findings.front()].worker_id == "B-CRIT");
    CHECK(r.findings[row(r, "C-NONE").findings.front()].worker_id == "C-NONE");
    // Team totals: A and B are in T: 26 + 30 = 56 cases, 2 over their level, 1 over absolute.
    const TeamCaseload& team = r.teams.front();
    CHECK(team.cases == 56);
    CHECK(team.workers == 2);
    CHECK(team.over_level == 2);
    CHECK(team.over_absolute == 1);
}

TEST_CASE("monthly caseload history for the last 12 months", "[caseload]") {
    // W: 10 cases from 1 June 2025 (continuing), 5 more from 20 December 2025 to 20 February
    // 2026. X (same team): 2 cases from 1 January 2026. History on D = 16 March 2026:
    // dates 16 April 2025 ... 16 March 2026.
    ExtractBuilder b;
    const Index t = b.team("T");
    const Index w = b.worker("W", t);
    b.give_cases(w, 10);
    for (int i = 0; i < 5; ++i)
        b.allocate(b.add_case(d("2025-12-20")), w, d("2025-12-20"), d("2026-02-20"));
    b.give_cases(b.worker("X", t), 2, d("2026-01-01"));
    const CaseloadIndex index(b.ex);
    const CaseloadHistory h = caseload_history(index, default_policy(), d("2026-03-16"));
    REQUIRE(h.dates.size() == 12);
    CHECK(h.dates.front() == d("2025-04-16"));
    CHECK(h.dates.back() == d("2026-03-16"));
    REQUIRE(h.workers.size() == 2);
    const CaseloadHistory::Row& hw = h.workers[0].id == "W" ? h.workers[0] : h.workers[1];
    // Apr, May: 0; 16 Jun .. 16 Dec: 10; 16 Jan, 16 Feb: 15; 16 Mar: 10.
    CHECK(hw.counts == std::vector<int>{0, 0, 10, 10, 10, 10, 10, 10, 10, 15, 15, 10});
    REQUIRE(h.teams.size() == 1);
    // Team: W + X (X: 2 from 16 January).
    CHECK(h.teams[0].counts == std::vector<int>{0, 0, 10, 10, 10, 10, 10, 10, 10, 17, 17, 12});
}

TEST_CASE("caseload table CSV is Excel-safe and names the policy", "[caseload][csv]") {
    ExtractBuilder b;
    const Index t = b.team("T");
    const Index w = b.worker("W", t);
    b.ex.workers[w].name = b.ex.text.add("=HYPERLINK(\"http://x\",\"y\")");
    b.give_cases(w, 26);
    const std::string csv = caseload_table_csv(run(b));
    CHECK(csv.rfind("\xEF\xBB\xBF"
                    "Caseloads on,2026-03-16\r\n",
                    0) == 0);
    CHECK(csv.find("Policy,Supervision and Quality Assurance Policy,version default,"
                   "fingerprint " +
                   policy_fingerprint(default_policy())) != std::string::npos);
    // The name is neutralised (leading ') and quoted (it holds commas and quotes).
    CHECK(csv.find(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",W,qualified-social-worker,"
                   "yes,no,26,26,0,25,28,policy,25 (policy),-1,high,") != std::string::npos);
}

TEST_CASE("caseload CSV of the rows shown says which they are", "[caseload][csv]") {
    ExtractBuilder b;
    const Index t = b.team("T");
    b.give_cases(b.worker("A", t), 26); // above the upper caseload of 25: a finding
    b.give_cases(b.worker("B", t), 3);
    b.give_cases(b.worker("C", t), 27);
    const CaseloadResult r = run(b);
    REQUIRE(r.workers.size() == 3);
    std::vector<int> with_findings;
    for (std::size_t i = 0; i < r.workers.size(); ++i)
        if (!r.workers[i].findings.empty())
            with_findings.push_back(static_cast<int>(i));
    REQUIRE(with_findings.size() == 2); // A and C
    // Shown in reverse, plus an index out of range (skipped).
    const std::vector<int> rows = {with_findings[1], with_findings[0], 7, -1};
    const std::string csv = caseload_table_csv(r, rows, "Only workers with findings");
    // The two real rows are counted, not the four indices.
    CHECK(csv.find("\r\nShown,Only workers with findings,2 of 3 workers\r\n") != std::string::npos);
    const std::string two = caseload_table_csv(r, with_findings, "Only workers with findings");
    CHECK(two.find("\r\nShown,Only workers with findings,2 of 3 workers\r\nTeam,") !=
          std::string::npos);
    // B (3 cases, no finding) is not in it; A and C are, in the order given.
    CHECK(two.find(",B,") == std::string::npos);
    CHECK(two.find(",A,") != std::string::npos);
    CHECK(csv.find(",C,") < csv.find(",A,"));
    // With no selection described, no "Shown" line, and every worker.
    const std::string whole = caseload_table_csv(r);
    CHECK(whole.find("Shown") == std::string::npos);
    CHECK(whole.find(",B,") != std::string::npos);
}

TEST_CASE("caseload JSON holds rows, levels, findings and the policy", "[caseload]") {
    ExtractBuilder b;
    const Index w = b.worker("W", b.team("T"));
    b.give_cases(w, 27);
    b.discussion("DD-1", w, d("2026-03-03"), 28, d("2026-03-03"), d("2026-04-30"));
    const nlohmann::json j = nlohmann::json::parse(caseload_result_json(run(b)));
    CHECK(j["date"] == "2026-03-16");
    CHECK(j["policy"]["fingerprint"] == policy_fingerprint(default_policy()));
    CHECK(j["workers"][0]["caseload"] == 27);
    CHECK(j["workers"][0]["level"]["upper"] == 25);
    CHECK(j["workers"][0]["headroom"] == -2);
    CHECK(j["findings"][0]["code"] == "above-upper-agreed");
    CHECK(j["findings"][0]["directorDiscussionId"] == "DD-1");
    CHECK(j["findings"][0]["caseIds"].size() == 27);
    CHECK(j["teams"][0]["cases"] == 27);
}
