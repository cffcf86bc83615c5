// Case Audit - agreement between two raters on the same cases: a trainee and the reference
// audit, or a first auditor and the moderator.
//
// The answers are cross-tabulated (rows: the first rater; columns: the second) over
// `categories` categories numbered 0..categories-1. With n the number of cases answered by
// both, r_i the first rater's row totals and c_j the second's column totals:
//
// - percentage agreement: po = sum of the diagonal / n;
// - agreement within one category (ordinal scales such as the grade): the share of cases
//   whose two answers are at most one category apart;
// - Cohen's kappa (Cohen 1960, "A coefficient of agreement for nominal scales", Educational
//   and Psychological Measurement 20:37-46): (po - pe) / (1 - pe), pe = sum r_i c_i / n^2;
// - weighted kappa (Cohen 1968, Psychological Bulletin 70:213-220) with agreement weights
//   w_ij = 1 - |i - j| / (q - 1) (linear) or 1 - (i - j)^2 / (q - 1)^2 (quadratic), where q is
//   the number of categories: (pow - pew) / (1 - pew), pow = sum w_ij o_ij / n,
//   pew = sum w_ij r_i c_j / n^2. The app uses LINEAR weights for the overall grade: one grade
//   apart earns two thirds of an agreement, two grades apart one third. Quadratic weights
//   would give 8/9 for one grade apart, which hides the Good / Requires improvement
//   disagreements a moderator most needs to see;
// - Gwet's AC1 (Gwet 2008, "Computing inter-rater reliability and its variance in the
//   presence of high agreement", British Journal of Mathematical and Statistical Psychology
//   61:29-48): (po - pe) / (1 - pe) with pe = sum pi_k (1 - pi_k) / (q - 1),
//   pi_k = (r_k + c_k) / 2n. Unlike kappa it stays meaningful when nearly every answer is Met.
//
// Undefined (with the reason): no case answered by both; for the chance-corrected ones a
// single case, fewer than two categories, or (kappa) every answer of both raters in one and
// the same category, where pe = 1. That last condition is tested on the counts, exactly,
// never by comparing a computed pe with 1.
#pragma once

#include "core/stats/coefficient.h"

#include <vector>

namespace ca::stats {

// A q x q table of counts, row-major: cell(i, j) = cases the first rater put in category i
// and the second in category j.
class Crosstab {
public:
    explicit Crosstab(int categories);
    int categories() const { return q_; }
    // Adds one case; a negative category (unanswered) on either side leaves it out and
    // counts it in left_out().
    void add(int first, int second);
    int cell(int first, int second) const;
    int total() const { return n_; }
    int left_out() const { return left_out_; }
    int row_total(int first) const;
    int column_total(int second) const;

private:
    int q_;
    int n_ = 0;
    int left_out_ = 0;
    std::vector<int> cells_;
};

enum class Weights { Linear, Quadratic };
std::string_view weights_label(Weights w); // "linear", "quadratic"

Coefficient percent_agreement(const Crosstab& t);
Coefficient within_one_category(const Crosstab& t);
Coefficient cohen_kappa(const Crosstab& t);
Coefficient weighted_kappa(const Crosstab& t, Weights w);
Coefficient gwet_ac1(const Crosstab& t);

} // namespace ca::stats
