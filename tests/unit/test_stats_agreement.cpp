// Agreement statistics (core/stats): checked against published worked examples, each cited
// beside its test, and against hand-worked edge cases. Published figures are given to three
// decimals, so they are compared within 0.0005; hand-worked ones exactly (Approx).
#include "core/stats/coefficient.h"
#include "core/stats/many_raters.h"
#include "core/stats/two_raters.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace ca::stats;

namespace {

// A crosstab from its rows of counts.
Crosstab table(const std::vector<std::vector<int>>& rows) {
    Crosstab t(static_cast<int>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t j = 0; j < rows[i].size(); ++j) {
            for (int c = 0; c < rows[i][j]; ++c) {
                t.add(static_cast<int>(i), static_cast<int>(j));
            }
        }
    }
    return t;
}

RatingTable counts_table(int categories, const std::vector<std::vector<int>>& rows) {
    RatingTable t(categories);
    for (const auto& r : rows) {
        t.add_counts(r);
    }
    return t;
}

Approx published(double v) {
    return Approx(v).margin(0.0005);
}

} // namespace

TEST_CASE("Agreement: Cohen's own example (Cohen 1960, Table 1)") {
    // Cohen, J. (1960) A coefficient of agreement for nominal scales. Educational and
    // Psychological Measurement 20:37-46. 200 cases, 3 categories, as proportions
    // .44 .07 .09 / .05 .20 .05 / .01 .03 .06; Cohen gives po = .70, pc = .41, kappa = .492.
    // Working: po = (88 + 40 + 12) / 200 = .70; rows 120, 60, 20; columns 100, 60, 40;
    // pe = (120*100 + 60*60 + 20*40) / 200^2 = 16400 / 40000 = .41;
    // kappa = (.70 - .41) / (1 - .41) = .29 / .59 = 0.49153.
    const Crosstab t = table({{88, 14, 18}, {10, 40, 10}, {2, 6, 12}});
    const Coefficient po = percent_agreement(t);
    CHECK(po.value == Approx(0.70));
    CHECK(po.n == 200);
    const Coefficient k = cohen_kappa(t);
    REQUIRE(k.defined());
    CHECK(k.n == 200);
    CHECK(k.observed == Approx(0.70));
    CHECK(k.expected == Approx(0.41));
    CHECK(*k.value == Approx(0.29 / 0.59));
    CHECK(*k.value == published(0.492));
    CHECK(k.band() == Band::Moderate);
}

TEST_CASE("Agreement: Gwet's pregnancy-type table, all four coefficients (Gwet 2014)") {
    // Gwet, K.L. (2014) Handbook of Inter-Rater Reliability, 4th ed., Advanced Analytics:
    // 100 pregnant women classified by two abstractors as ectopic, abnormal intrauterine or
    // normal intrauterine (the cont3x3abstractors table of Gwet's irrCAC package).
    // Published: kappa 0.796, linear weighted kappa 0.843, quadratic 0.892, AC1 0.849.
    // Working (kappa): po = (13 + 20 + 56) / 100 = .89; rows 13, 27, 60; columns 13, 24, 63;
    // pe = (169 + 648 + 3780) / 10000 = .4597; (.89 - .4597) / .5403 = 0.79641.
    // Working (linear): weights 1, 1/2, 0; pow = (89 + (7 + 4) / 2) / 100 = .945;
    // pew = (4597 + (13*24 + 27*13 + 27*63 + 60*24) / 2) / 10000 = .6499;
    // (.945 - .6499) / .3501 = 0.84290.
    // Working (AC1): pi = (26, 51, 123) / 200 = .13, .255, .615;
    // pe = (.1131 + .189975 + .236775) / 2 = .269925; (.89 - .269925) / .730075 = 0.84933.
    const Crosstab t = table({{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
    CHECK(*cohen_kappa(t).value == Approx(0.43030 / 0.5403));
    CHECK(*cohen_kappa(t).value == published(0.796));
    const Coefficient lin = weighted_kappa(t, Weights::Linear);
    CHECK(lin.observed == Approx(0.945));
    CHECK(lin.expected == Approx(0.6499));
    CHECK(*lin.value == published(0.843));
    CHECK(*weighted_kappa(t, Weights::Quadratic).value == published(0.892));
    const Coefficient ac1 = gwet_ac1(t);
    CHECK(ac1.expected == Approx(0.269925));
    CHECK(*ac1.value == published(0.849));
    CHECK(ac1.band() == Band::AlmostPerfect);
}

TEST_CASE("Agreement: Gwet's clinical and research diagnosis table (Gwet 2014)") {
    // The 4 x 4 table of 223 psychiatric patients by clinical and research diagnosis
    // (schizophrenia, bipolar disorder, depression, other) in Gwet's handbook and his irrCAC
    // package (cont4x4diagnosis). Published: kappa 0.432, linear 0.407, quadratic 0.383,
    // AC1 0.456. Here weighting lowers kappa: the categories are not really ordered, which is
    // why the app weights only the grade.
    const Crosstab t = table({{40, 4, 4, 17}, {6, 25, 2, 13}, {4, 1, 21, 12}, {15, 5, 9, 45}});
    CHECK(t.total() == 223);
    CHECK(*cohen_kappa(t).value == published(0.432));
    CHECK(*weighted_kappa(t, Weights::Linear).value == published(0.407));
    CHECK(*weighted_kappa(t, Weights::Quadratic).value == published(0.383));
    CHECK(*gwet_ac1(t).value == published(0.456));
}

TEST_CASE("Agreement: Fleiss' psychiatric diagnoses, 30 patients and 6 raters (Fleiss 1971)") {
    // Fleiss, J.L. (1971) Measuring nominal scale agreement among many raters. Psychological
    // Bulletin 76:378-382, Table 1: 30 patients, each diagnosed by 6 psychiatrists as
    // depression, personality disorder, schizophrenia, neurosis or other. Fleiss gives
    // p_j = .144, .144, .167, .306, .239; P-bar = .556; P-bar-e = .220; kappa = .430.
    const RatingTable t = counts_table(
        5, {{0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
            {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
            {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
            {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
            {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
            {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6}});
    const Coefficient k = fleiss_kappa(t);
    REQUIRE(k.defined());
    CHECK(k.n == 30);
    CHECK(k.observed == published(0.556));
    CHECK(k.expected == published(0.220));
    CHECK(*k.value == published(0.430));
    CHECK(k.band() == Band::Moderate);
}

TEST_CASE("Agreement: four raters with missing ratings, Fleiss and AC1 (Gwet 2014, p. 120)") {
    // Gwet's handbook, 4th ed., p. 120: 12 units rated 1..5 by 4 raters, none of whom rated
    // all 12. Published (generalised Fleiss' kappa): pa 0.818, pe 0.239, kappa 0.761; AC1
    // 0.7754 (to four decimals). Ratings per unit (rater 1, 2, 3, 4; 0 = no rating), given
    // here as categories 0..4 with -1 for a missing rating:
    //   1 1 - 1 / 2 2 3 2 / 3 3 3 3 / 3 3 3 3 / 2 2 2 2 / 1 2 3 4 / 4 4 4 4 / 1 1 2 1 /
    //   2 2 2 2 / - 5 5 5 / - - 1 1 / - - 3 -
    // Unit 12 has a single rating: it counts in pi_k but not in pa (n = 11).
    RatingTable t(5);
    const std::vector<std::vector<int>> units = {
        {1, 1, 0, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
        {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {0, 5, 5, 5}, {0, 0, 1, 1}, {0, 0, 3, 0}};
    for (const auto& u : units) {
        std::vector<int> answers;
        for (int v : u) {
            answers.push_back(v - 1); // 0 (no rating) becomes -1
        }
        t.add_case(answers);
    }
    const Coefficient k = fleiss_kappa(t);
    REQUIRE(k.defined());
    CHECK(k.n == 11);
    CHECK(k.observed == published(0.818));
    CHECK(k.expected == published(0.239));
    CHECK(*k.value == published(0.761));
    CHECK(*gwet_ac1(t).value == Approx(0.7754).margin(0.00005));
}

TEST_CASE("Agreement: the kappa paradox, nearly everything Met (hand-worked)") {
    // 20 areas: both Met on 18, one Met / Not met each way. po = 18/20 = .90.
    // rows 19, 1; columns 19, 1: pe = (361 + 1) / 400 = .905, kappa = (.90 - .905) / .095
    // = -0.05263: "Poor", although the two agree on 90%.
    // AC1: pi = (38/40, 2/40) = .95, .05; pe = (.0475 + .0475) / 1 = .095;
    // AC1 = (.90 - .095) / .905 = 0.88950: "Almost perfect". The app shows both.
    const Crosstab t = table({{18, 1}, {1, 0}});
    const Coefficient k = cohen_kappa(t);
    CHECK(*k.value == Approx(-0.005 / 0.095));
    CHECK(k.band() == Band::Poor);
    const Coefficient ac1 = gwet_ac1(t);
    CHECK(*ac1.value == Approx(0.805 / 0.905));
    CHECK(ac1.band() == Band::AlmostPerfect);
}

TEST_CASE("Agreement: all answers identical: kappa undefined, AC1 and percentage defined") {
    // 14 areas all Met by both: pe = 14*14 / 14^2 = 1, kappa = 0 / 0. It must say so.
    Crosstab t(4);
    for (int i = 0; i < 14; ++i) {
        t.add(0, 0);
    }
    const Coefficient k = cohen_kappa(t);
    CHECK_FALSE(k.defined());
    CHECK(k.n == 14);
    CHECK(k.reason.find("same") != std::string::npos);
    CHECK(k.reason.find("divide by zero") != std::string::npos);
    CHECK_FALSE(weighted_kappa(t, Weights::Linear).defined());
    CHECK_FALSE(weighted_kappa(t, Weights::Quadratic).defined());
    // AC1: pi = (1, 0, 0, 0), pe = 0 / 3 = 0, AC1 = (1 - 0) / 1 = 1.
    const Coefficient ac1 = gwet_ac1(t);
    REQUIRE(ac1.defined());
    CHECK(*ac1.value == 1.0);
    CHECK(*percent_agreement(t).value == 1.0);

    // Same for many raters: 3 cases all rated Met by 4 auditors.
    const RatingTable m = counts_table(4, {{4, 0, 0, 0}, {4, 0, 0, 0}, {4, 0, 0, 0}});
    CHECK_FALSE(fleiss_kappa(m).defined());
    CHECK(fleiss_kappa(m).n == 3);
    CHECK(*gwet_ac1(m).value == 1.0);
}

TEST_CASE("Agreement: one case, no case, and answers left out") {
    Crosstab one(4);
    one.add(0, 1);
    // Percentage agreement on one case is a fact (0 of 1); beyond chance it means nothing.
    CHECK(*percent_agreement(one).value == 0.0);
    CHECK(percent_agreement(one).n == 1);
    for (const Coefficient& c :
         {cohen_kappa(one), weighted_kappa(one, Weights::Linear), gwet_ac1(one)}) {
        CHECK_FALSE(c.defined());
        CHECK(c.n == 1);
        CHECK(c.reason == "One case is too few to measure agreement beyond chance.");
    }

    // Unanswered (negative) and out-of-range answers are left out and counted as such.
    Crosstab none(4);
    none.add(-1, 2);
    none.add(3, -1);
    none.add(4, 0);
    CHECK(none.total() == 0);
    CHECK(none.left_out() == 3);
    for (const Coefficient& c :
         {percent_agreement(none), within_one_category(none), cohen_kappa(none), gwet_ac1(none)}) {
        CHECK_FALSE(c.defined());
        CHECK(c.n == 0);
        CHECK(c.reason.find("No case") == 0);
    }

    // A scale of one category cannot measure anything.
    Crosstab single(1);
    single.add(0, 0);
    single.add(0, 0);
    CHECK_FALSE(gwet_ac1(single).defined());
    CHECK(gwet_ac1(single).reason.find("only one possible answer") != std::string::npos);

    // Many raters: one case rated by several, or cases rated once only.
    CHECK(fleiss_kappa(counts_table(3, {{2, 1, 0}})).reason ==
          "One case is too few to measure agreement beyond chance.");
    const Coefficient once = fleiss_kappa(counts_table(3, {{1, 0, 0}, {0, 1, 0}}));
    CHECK_FALSE(once.defined());
    CHECK(once.n == 0);
    CHECK_FALSE(gwet_ac1(counts_table(3, {})).defined());
}

TEST_CASE("Agreement: within one grade, and complete disagreement") {
    // Grades on the four-point scale, 0 Outstanding .. 3 Inadequate. Five cases:
    // (0,0) (1,2) (1,3) (2,1) (3,3): exact on 2 of 5 = .40; within one grade on 4 of 5
    // (only 1 against 3 is two grades apart) = .80.
    Crosstab t(4);
    t.add(0, 0);
    t.add(1, 2);
    t.add(1, 3);
    t.add(2, 1);
    t.add(3, 3);
    CHECK(*percent_agreement(t).value == Approx(0.4));
    CHECK(*within_one_category(t).value == Approx(0.8));
    // Linear weights, q = 4: w = 1, 2/3, 1/3, 0. pow = (1 + 2/3 + 1/3 + 2/3 + 1) / 5 = 11/15.
    // rows 1, 2, 1, 1; columns 1, 1, 1, 2; pew = sum w_ij r_i c_j / 25:
    //  r0: 1*(1 + 2/3 + 1/3 + 0*2) = 2; r1: 2*(2/3 + 1 + 2/3 + 1/3*2) = 6;
    //  r2: 1*(1/3 + 2/3 + 1 + 2/3*2) = 10/3; r3: 1*(0 + 1/3 + 2/3 + 1*2) = 3;
    //  pew = (2 + 6 + 10/3 + 3) / 25 = (43/3) / 25 = 43/75.
    // kappa_w = (55/75 - 43/75) / (1 - 43/75) = (12/75) / (32/75) = 12/32 = 0.375.
    const Coefficient w = weighted_kappa(t, Weights::Linear);
    CHECK(w.observed == Approx(11.0 / 15.0));
    CHECK(w.expected == Approx(43.0 / 75.0));
    CHECK(*w.value == Approx(0.375));
    CHECK(w.band() == Band::Fair);

    // Two raters who never agree on a two-category scale: po = 0, pe = .5, kappa = -1.
    const Crosstab apart = table({{0, 5}, {5, 0}});
    CHECK(*cohen_kappa(apart).value == Approx(-1.0));
    CHECK(cohen_kappa(apart).band() == Band::Poor);
    CHECK(band_label(Band::Poor) == "Poor (less than chance)");
}

TEST_CASE("Agreement: Landis and Koch bands at their boundaries") {
    CHECK(landis_koch_band(-0.0001) == Band::Poor);
    CHECK(landis_koch_band(0.0) == Band::Slight);
    CHECK(landis_koch_band(0.20) == Band::Slight);
    CHECK(landis_koch_band(0.2001) == Band::Fair);
    CHECK(landis_koch_band(0.40) == Band::Fair);
    CHECK(landis_koch_band(0.41) == Band::Moderate);
    CHECK(landis_koch_band(0.60) == Band::Moderate);
    CHECK(landis_koch_band(0.605) == Band::Substantial);
    CHECK(landis_koch_band(0.61) == Band::Substantial);
    CHECK(landis_koch_band(0.80) == Band::Substantial);
    CHECK(landis_koch_band(0.81) == Band::AlmostPerfect);
    CHECK(landis_koch_band(1.0) == Band::AlmostPerfect);
    CHECK(band_key(Band::AlmostPerfect) == "almost-perfect");
    CHECK(band_label(Band::Substantial) == "Substantial");
}
