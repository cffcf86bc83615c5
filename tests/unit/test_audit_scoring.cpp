// Scoring an audit: (met + half of partly met) / applicable areas, graded against the
// policy's bands, compared unrounded.
#include "core/audit/scoring.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace ca;
using namespace ca::audit;

namespace {

// `met` Met, `partly` PartlyMet, ... in that order.
std::vector<AreaResult> results(int met, int partly, int not_met, int na, int unanswered = 0) {
    std::vector<AreaResult> out;
    out.insert(out.end(), static_cast<std::size_t>(met), AreaResult::Met);
    out.insert(out.end(), static_cast<std::size_t>(partly), AreaResult::PartlyMet);
    out.insert(out.end(), static_cast<std::size_t>(not_met), AreaResult::NotMet);
    out.insert(out.end(), static_cast<std::size_t>(na), AreaResult::NotApplicable);
    out.insert(out.end(), static_cast<std::size_t>(unanswered), AreaResult::Unanswered);
    return out;
}

} // namespace

TEST_CASE("Scoring: the worked example of scoring.h") {
    // 14 areas: 9 met, 2 partly met, 1 not met, 2 not applicable.
    // (9 + 2/2) / (14 - 2) = 10 / 12 = 83.33%; 63 <= 83.33 < 88: Good;
    // 88 - 83.33 = 4.67 points below Outstanding, 83.33 - 63 = 20.33 above Good's bound.
    std::vector<AreaResult> r = results(9, 2, 1, 2);
    // Order does not matter: mix them up.
    std::swap(r[0], r[12]);
    std::swap(r[3], r[10]);
    const Score s = score_results(r, GradeBands{});
    CHECK(s.met == 9);
    CHECK(s.partly_met == 2);
    CHECK(s.not_met == 1);
    CHECK(s.not_applicable == 2);
    CHECK(s.unanswered == 0);
    CHECK(s.applicable == 12);
    CHECK(s.percent == Approx(250.0 / 3.0));
    CHECK(s.grade == Grade::Good);
    CHECK(s.to_next_band == Approx(88.0 - 250.0 / 3.0)); // 4.67
    CHECK(s.above_band == Approx(250.0 / 3.0 - 63.0));   // 20.33
}

TEST_CASE("Scoring: nothing applicable gives no grade") {
    const Score s = score_results(results(0, 0, 0, 14), GradeBands{});
    CHECK(s.not_applicable == 14);
    CHECK(s.applicable == 0);
    CHECK(s.percent == 0.0);
    CHECK(s.grade == Grade::None);
    CHECK(s.to_next_band == 0.0);
    CHECK(s.above_band == 0.0);

    const Score empty = score_results({}, GradeBands{});
    CHECK(empty.applicable == 0);
    CHECK(empty.grade == Grade::None);
}

TEST_CASE("Scoring: unanswered areas count as not met until answered") {
    // 14 areas: 10 met, 4 unanswered: 10 / 14 = 71.43%, Good (as 10 met and 4 not met).
    const Score s = score_results(results(10, 0, 0, 0, 4), GradeBands{});
    CHECK(s.unanswered == 4);
    CHECK(s.not_met == 0);
    CHECK(s.applicable == 14);
    CHECK(s.percent == Approx(1000.0 / 14.0));
    CHECK(s.grade == Grade::Good);
    const Score same = score_results(results(10, 0, 4, 0), GradeBands{});
    CHECK(same.percent == Approx(s.percent));

    // All 14 unanswered: 0 / 14 = 0%, Inadequate, 39 points to Requires improvement.
    const Score none = score_results(results(0, 0, 0, 0, 14), GradeBands{});
    CHECK(none.percent == 0.0);
    CHECK(none.grade == Grade::Inadequate);
    CHECK(none.to_next_band == Approx(39.0));
    CHECK(none.above_band == 0.0);
}

TEST_CASE("Scoring: the default bands' boundaries, unrounded") {
    const GradeBands b;
    CHECK(grade_for_percent(0.0, b) == Grade::Inadequate);
    CHECK(grade_for_percent(38.99, b) == Grade::Inadequate);
    CHECK(grade_for_percent(39.0, b) == Grade::RequiresImprovement);
    CHECK(grade_for_percent(62.5, b) == Grade::RequiresImprovement);
    CHECK(grade_for_percent(62.999, b) == Grade::RequiresImprovement);
    CHECK(grade_for_percent(63.0, b) == Grade::Good);
    CHECK(grade_for_percent(87.99, b) == Grade::Good);
    CHECK(grade_for_percent(88.0, b) == Grade::Outstanding);
    CHECK(grade_for_percent(100.0, b) == Grade::Outstanding);
}

TEST_CASE("Scoring: 62.5% from real results is Requires improvement, 0.5 points from Good") {
    // 8 applicable: 5 met, 3 not met: 5 / 8 = 62.5%; shown rounded it would read 63%, the
    // grade stays Requires improvement; 63 - 62.5 = 0.5 to Good, 62.5 - 39 = 23.5 above.
    const Score s = score_results(results(5, 0, 3, 6), GradeBands{});
    CHECK(s.applicable == 8);
    CHECK(s.percent == 62.5);
    CHECK(s.grade == Grade::RequiresImprovement);
    CHECK(s.to_next_band == Approx(0.5));
    CHECK(s.above_band == Approx(23.5));
}

TEST_CASE("Scoring: distances at each grade") {
    // 100%: Outstanding, nothing above it; 12 points above its bound of 88.
    const Score all = score_results(results(14, 0, 0, 0), GradeBands{});
    CHECK(all.percent == 100.0);
    CHECK(all.grade == Grade::Outstanding);
    CHECK(all.to_next_band == 0.0);
    CHECK(all.above_band == Approx(12.0));

    // 7 met, 1 partly met of 8: 7.5 / 8 = 93.75%: Outstanding, 5.75 above 88.
    const Score high = score_results(results(7, 1, 0, 0), GradeBands{});
    CHECK(high.percent == 93.75);
    CHECK(high.grade == Grade::Outstanding);
    CHECK(high.above_band == Approx(5.75));

    // 1 met, 2 partly met, 1 not met of 4: 2 / 4 = 50%: Requires improvement, 13 to Good,
    // 11 above 39.
    const Score mid = score_results(results(1, 2, 1, 0), GradeBands{});
    CHECK(mid.percent == 50.0);
    CHECK(mid.grade == Grade::RequiresImprovement);
    CHECK(mid.to_next_band == Approx(13.0));
    CHECK(mid.above_band == Approx(11.0));

    // 1 partly met, 3 not met of 4: 0.5 / 4 = 12.5%: Inadequate, 26.5 to Requires
    // improvement, above_band 0 (Inadequate has no bound below it).
    const Score low = score_results(results(0, 1, 3, 0), GradeBands{});
    CHECK(low.percent == 12.5);
    CHECK(low.grade == Grade::Inadequate);
    CHECK(low.to_next_band == Approx(26.5));
    CHECK(low.above_band == 0.0);
}

TEST_CASE("Scoring: a council's own bands") {
    GradeBands b;
    b.requires_improvement = 50.0;
    b.good = 75.0;
    b.outstanding = 95.0;
    CHECK(grade_for_percent(49.99, b) == Grade::Inadequate);
    CHECK(grade_for_percent(50.0, b) == Grade::RequiresImprovement);
    CHECK(grade_for_percent(74.99, b) == Grade::RequiresImprovement);
    CHECK(grade_for_percent(75.0, b) == Grade::Good);
    CHECK(grade_for_percent(94.99, b) == Grade::Good);
    CHECK(grade_for_percent(95.0, b) == Grade::Outstanding);

    // The worked example again: 83.33% is still Good here, 11.67 below 95, 8.33 above 75.
    const Score s = score_results(results(9, 2, 1, 2), b);
    CHECK(s.grade == Grade::Good);
    CHECK(s.to_next_band == Approx(95.0 - 250.0 / 3.0));
    CHECK(s.above_band == Approx(250.0 / 3.0 - 75.0));

    // 45% (9 of 20): Requires improvement with the default bands, Inadequate with these.
    const Score r = score_results(results(9, 0, 11, 0), b);
    CHECK(r.percent == 45.0);
    CHECK(r.grade == Grade::Inadequate);
    CHECK(r.to_next_band == Approx(5.0));
    CHECK(score_results(results(9, 0, 11, 0), GradeBands{}).grade == Grade::RequiresImprovement);
}

TEST_CASE("Scores are written one way everywhere: one decimal, cut down", "[scoring]") {
    // (9 + 1) / 12 = 83.333... -> 83.3%.
    CHECK(percent_text(100.0 * 10.0 / 12.0) == "83.3%");
    // 80.69 would round to 80.7; cut down it is 80.6 (never above the score).
    CHECK(percent_text(80.69) == "80.6%");
    // 62.96 rounded would read 63.0%, Good's bound, beside Requires improvement.
    CHECK(percent_text(62.96) == "62.9%");
    CHECK(percent_text(62.5) == "62.5%");
    // Whole numbers lose ".0"; 0.29 x 100 = 28.999999999999996 stays 29.
    CHECK(percent_text(75.0) == "75%");
    CHECK(percent_text(0.29 * 100.0) == "29%");
    CHECK(percent_text(0.0) == "0%");
    CHECK(percent_text(100.0) == "100%");
}

TEST_CASE("How far an audit has got: answered, and fully answered", "[scoring]") {
    // 1 met, 13 unanswered: 1 answered, not fully.
    const Score one = score_results(results(1, 0, 0, 0, 13), GradeBands{});
    CHECK(answered(one) == 1);
    CHECK_FALSE(fully_answered(one));
    // 9 met, 2 partly, 1 not met, 2 N/A: all 14 answered (N/A is an answer).
    const Score all = score_results(results(9, 2, 1, 2), GradeBands{});
    CHECK(answered(all) == 14);
    CHECK(fully_answered(all));
}
