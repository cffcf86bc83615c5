#include "core/caseload/asye_trajectory.h"

#include "test_caseload_support.h"

using namespace ca;
using ca_test::d;
using ca_test::ExtractBuilder;

TEST_CASE("ASYE trajectory: protected level and caseload month by month", "[caseload]") {
    // ASYE started 2026-01-31 in a community team with the policy's upper 25 (basis 25).
    // The worker holds 5 cases from 2025-06-01 and 10 more from 2026-03-10.
    ExtractBuilder b;
    const Index w = b.worker("A", b.team("T"));
    b.worker_at(w).asye_start = d("2026-01-31");
    b.give_cases(w, 5, d("2025-06-01"));
    b.give_cases(w, 10, d("2026-03-10"));
    const CaseloadIndex index(b.ex);

    // D = 2026-05-15. Month points: add_months(2026-01-31, n) = 01-31, 02-28, 03-31, 04-30;
    // 05-31 is after D, so D itself ends the list.
    const std::vector<AsyePoint> p = asye_trajectory(index, default_policy(), w, d("2026-05-15"));
    REQUIRE(p.size() == 5);
    CHECK(format_date(p[0].date) == "2026-01-31");
    CHECK(format_date(p[1].date) == "2026-02-28");
    CHECK(format_date(p[2].date) == "2026-03-31");
    CHECK(format_date(p[3].date) == "2026-04-30");
    CHECK(format_date(p[4].date) == "2026-05-15");
    // Months 0, 1, 2 lie on the flat 1/3 stretch: 1/3 x 25 = 8.33 -> 8.
    CHECK(p[0].months == Approx(0.0));
    CHECK(p[0].protected_level == 8);
    CHECK(p[1].months == Approx(1.0));
    CHECK(p[1].protected_level == 8);
    CHECK(p[2].protected_level == 8);
    // Month 3 (2026-04-30): still 1/3 -> 8.
    CHECK(p[3].months == Approx(3.0));
    CHECK(p[3].protected_level == 8);
    // 2026-05-15: 3 whole months (to 04-30) + 15 of the 31 days to 05-31 = 3.4839 months;
    // fraction 1/3 + (0.4839 / 3) x 1/3 = 0.38710; x 25 = 9.68 -> 10.
    CHECK(p[4].months == Approx(3.0 + 15.0 / 31.0));
    CHECK(p[4].protected_level == 10);
    // Caseloads: 5 until the 10 new cases on 2026-03-10, then 15.
    CHECK(p[0].caseload == 5);
    CHECK(p[1].caseload == 5);
    CHECK(p[2].caseload == 15);
    CHECK(p[4].caseload == 15);
}

TEST_CASE("ASYE trajectory: ends with the ASYE, and is empty without an ASYE start", "[caseload]") {
    ExtractBuilder b;
    const Index t = b.team("T");
    const Index a = b.worker("A", t);
    b.worker_at(a).asye_start = d("2025-01-15");
    b.worker_at(a).asye_completed = d("2025-03-20");
    b.give_cases(a, 3, d("2024-12-01"));
    const Index n = b.worker("N", t); // not an ASYE worker
    b.give_cases(n, 3, d("2024-12-01"));
    const CaseloadIndex index(b.ex);

    // Completed 2025-03-20: points 01-15, 02-15, 03-15; 04-15 is after the completion.
    const std::vector<AsyePoint> p = asye_trajectory(index, default_policy(), a, d("2026-01-01"));
    REQUIRE(p.size() == 3);
    CHECK(format_date(p.back().date) == "2025-03-15");

    CHECK(asye_trajectory(index, default_policy(), n, d("2026-01-01")).empty());
    // Seen before the ASYE started: nothing yet.
    CHECK(asye_trajectory(index, default_policy(), a, d("2025-01-14")).empty());
    // The ASYE rule switched off in the policy: nothing.
    Policy off = default_policy();
    off.caseload.asye.enabled = false;
    CHECK(asye_trajectory(index, off, a, d("2025-02-01")).empty());
}
