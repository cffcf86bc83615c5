// Case Audit - agreement among several raters on the same cases: a group calibration
// exercise, where each auditor audits the same case files.
//
// Each case (subject) i holds r_ik: how many raters put it in category k, and r_i = sum_k
// r_ik. A rater who did not answer a case is simply not counted in it. Following Gwet's
// handbook (Gwet 2014, Handbook of Inter-Rater Reliability, 4th edition, chapter 2), which
// generalises Fleiss (1971) to cases rated by different numbers of raters:
//
//   pa   = mean over the n cases with r_i >= 2 of sum_k r_ik (r_ik - 1) / (r_i (r_i - 1))
//   pi_k = mean over the cases with r_i >= 1 of r_ik / r_i
//   Fleiss' kappa: pe = sum_k pi_k^2                      (Fleiss 1971, Psychological
//                                                          Bulletin 76:378-382)
//   Gwet's AC1:    pe = sum_k pi_k (1 - pi_k) / (q - 1)    (Gwet 2008)
//   coefficient = (pa - pe) / (1 - pe)
//
// With the same number of raters on every case these are exactly Fleiss' 1971 formulas.
// Undefined (with the reason): fewer than two cases rated by two or more raters, fewer than
// two categories, and (kappa) every rating in one category, where pe = 1; the last is tested
// on the counts, exactly.
#pragma once

#include "core/stats/coefficient.h"

#include <vector>

namespace ca::stats {

class RatingTable {
public:
    explicit RatingTable(int categories);
    int categories() const { return q_; }
    // One case: each rater's category, a negative one for a rater who gave no answer.
    void add_case(const std::vector<int>& answers);
    // One case given as counts per category (size categories()).
    void add_counts(const std::vector<int>& counts);
    const std::vector<std::vector<int>>& cases() const { return cases_; }

private:
    int q_;
    std::vector<std::vector<int>> cases_;
};

Coefficient fleiss_kappa(const RatingTable& t);
Coefficient gwet_ac1(const RatingTable& t);

} // namespace ca::stats
