// Case Audit - agreement between two raters (see two_raters.h for the formulas).
#include "core/stats/two_raters.h"

#include <algorithm>
#include <cstdlib>

namespace ca::stats {

namespace {

std::size_t at(int q, int i, int j) {
    return static_cast<std::size_t>(i) * static_cast<std::size_t>(q) + static_cast<std::size_t>(j);
}

const char* const k_no_case = "No case was answered by both, so there is nothing to compare.";

// The reasons a chance-corrected coefficient cannot be computed, shared by every one of
// them; "" when it can.
std::string chance_corrected_blocker(const Crosstab& t) {
    if (t.total() == 0) {
        return k_no_case;
    }
    if (t.total() == 1) {
        return "One case is too few to measure agreement beyond chance.";
    }
    if (t.categories() < 2) {
        return "There is only one possible answer, so agreement cannot be measured.";
    }
    return "";
}

// True when both raters put every case in one and the same category: pe = 1 exactly.
bool all_one_category(const Crosstab& t) {
    for (int k = 0; k < t.categories(); ++k) {
        if (t.row_total(k) == t.total() && t.column_total(k) == t.total()) {
            return true;
        }
    }
    return false;
}

const char* const k_all_same =
    "Every answer, from both, was the same, so kappa cannot separate agreement from chance "
    "(it would divide by zero). Gwet's AC1 is given instead.";

Coefficient chance_corrected(int n, double po, double pe) {
    Coefficient c;
    c.n = n;
    c.observed = po;
    c.expected = pe;
    c.value = (po - pe) / (1.0 - pe);
    return c;
}

double weight(Weights w, int q, int i, int j) {
    const double d = static_cast<double>(std::abs(i - j)) / static_cast<double>(q - 1);
    return w == Weights::Linear ? 1.0 - d : 1.0 - d * d;
}

// The share of cases whose two answers (i, j) satisfy `counts`.
template <typename Counts>
Coefficient proportion(const Crosstab& t, Counts counts) {
    if (t.total() == 0) {
        return undefined_coefficient(0, k_no_case);
    }
    int yes = 0;
    for (int i = 0; i < t.categories(); ++i) {
        for (int j = 0; j < t.categories(); ++j) {
            if (counts(i, j)) {
                yes += t.cell(i, j);
            }
        }
    }
    Coefficient c;
    c.n = t.total();
    c.observed = static_cast<double>(yes) / static_cast<double>(t.total());
    c.value = c.observed;
    return c;
}

} // namespace

Crosstab::Crosstab(int categories)
    : q_(std::max(categories, 0)), cells_(static_cast<std::size_t>(q_ * q_), 0) {}

void Crosstab::add(int first, int second) {
    if (first < 0 || second < 0 || first >= q_ || second >= q_) {
        ++left_out_;
        return;
    }
    ++cells_[at(q_, first, second)];
    ++n_;
}

int Crosstab::cell(int first, int second) const {
    return cells_[at(q_, first, second)];
}

int Crosstab::row_total(int first) const {
    int sum = 0;
    for (int j = 0; j < q_; ++j) {
        sum += cell(first, j);
    }
    return sum;
}

int Crosstab::column_total(int second) const {
    int sum = 0;
    for (int i = 0; i < q_; ++i) {
        sum += cell(i, second);
    }
    return sum;
}

std::string_view weights_label(Weights w) {
    return w == Weights::Linear ? "linear" : "quadratic";
}

Coefficient percent_agreement(const Crosstab& t) {
    return proportion(t, [](int i, int j) { return i == j; });
}

Coefficient within_one_category(const Crosstab& t) {
    return proportion(t, [](int i, int j) { return std::abs(i - j) <= 1; });
}

Coefficient cohen_kappa(const Crosstab& t) {
    if (std::string why = chance_corrected_blocker(t); !why.empty()) {
        return undefined_coefficient(t.total(), std::move(why));
    }
    if (all_one_category(t)) {
        return undefined_coefficient(t.total(), k_all_same);
    }
    const double n = static_cast<double>(t.total());
    double agree = 0.0;
    double chance = 0.0;
    for (int k = 0; k < t.categories(); ++k) {
        agree += t.cell(k, k);
        chance += static_cast<double>(t.row_total(k)) * static_cast<double>(t.column_total(k));
    }
    return chance_corrected(t.total(), agree / n, chance / (n * n));
}

Coefficient weighted_kappa(const Crosstab& t, Weights w) {
    if (std::string why = chance_corrected_blocker(t); !why.empty()) {
        return undefined_coefficient(t.total(), std::move(why));
    }
    // Off the diagonal every weight is below 1, so pew = 1 exactly when all the chance mass
    // r_i c_j sits on the diagonal: both raters used one category only.
    if (all_one_category(t)) {
        return undefined_coefficient(t.total(), k_all_same);
    }
    const int q = t.categories();
    const double n = static_cast<double>(t.total());
    double agree = 0.0;
    double chance = 0.0;
    for (int i = 0; i < q; ++i) {
        for (int j = 0; j < q; ++j) {
            const double wij = weight(w, q, i, j);
            agree += wij * t.cell(i, j);
            chance +=
                wij * static_cast<double>(t.row_total(i)) * static_cast<double>(t.column_total(j));
        }
    }
    return chance_corrected(t.total(), agree / n, chance / (n * n));
}

Coefficient gwet_ac1(const Crosstab& t) {
    if (std::string why = chance_corrected_blocker(t); !why.empty()) {
        return undefined_coefficient(t.total(), std::move(why));
    }
    // pe <= (1 - 1/q) / (q - 1) = 1/q < 1: AC1 never divides by zero once q >= 2.
    const int q = t.categories();
    const double n = static_cast<double>(t.total());
    double agree = 0.0;
    double chance = 0.0;
    for (int k = 0; k < q; ++k) {
        agree += t.cell(k, k);
        const double pi = static_cast<double>(t.row_total(k) + t.column_total(k)) / (2.0 * n);
        chance += pi * (1.0 - pi);
    }
    return chance_corrected(t.total(), agree / n, chance / static_cast<double>(q - 1));
}

} // namespace ca::stats
