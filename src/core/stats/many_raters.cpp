// Case Audit - agreement among several raters (see many_raters.h for the formulas).
#include "core/stats/many_raters.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace ca::stats {

namespace {

struct Parts {
    int n = 0;       // cases with two or more ratings
    double pa = 0.0; // observed agreement
    std::vector<double> pi;
    bool one_category = false; // every rating in one category
    std::string blocker;       // why nothing can be computed; "" when it can
};

Parts parts(const RatingTable& t) {
    Parts p;
    const int q = t.categories();
    p.pi.assign(static_cast<std::size_t>(std::max(q, 0)), 0.0);
    std::vector<long long> per_category(p.pi.size(), 0);
    int rated = 0; // cases with one rating or more
    double pa_sum = 0.0;
    for (const std::vector<int>& c : t.cases()) {
        const int r = std::accumulate(c.begin(), c.end(), 0);
        if (r < 1) {
            continue;
        }
        ++rated;
        for (std::size_t k = 0; k < c.size(); ++k) {
            p.pi[k] += static_cast<double>(c[k]) / r;
            per_category[k] += c[k];
        }
        if (r >= 2) {
            ++p.n;
            double s = 0.0;
            for (int rk : c) {
                s += static_cast<double>(rk) * (rk - 1);
            }
            pa_sum += s / (static_cast<double>(r) * (r - 1));
        }
    }
    if (p.n == 0) {
        p.blocker = "No case was rated by two or more auditors, so there is nothing to compare.";
        return p;
    }
    if (p.n == 1) {
        p.blocker = "One case is too few to measure agreement beyond chance.";
        return p;
    }
    if (q < 2) {
        p.blocker = "There is only one possible answer, so agreement cannot be measured.";
        return p;
    }
    p.pa = pa_sum / p.n;
    for (double& v : p.pi) {
        v /= rated;
    }
    const long long all = std::accumulate(per_category.begin(), per_category.end(), 0LL);
    p.one_category = std::any_of(per_category.begin(), per_category.end(),
                                 [all](long long v) { return v == all; });
    return p;
}

Coefficient result(const Parts& p, double pe) {
    Coefficient c;
    c.n = p.n;
    c.observed = p.pa;
    c.expected = pe;
    c.value = (p.pa - pe) / (1.0 - pe);
    return c;
}

} // namespace

RatingTable::RatingTable(int categories) : q_(std::max(categories, 0)) {}

void RatingTable::add_case(const std::vector<int>& answers) {
    std::vector<int> counts(static_cast<std::size_t>(q_), 0);
    for (int a : answers) {
        if (a >= 0 && a < q_) {
            ++counts[static_cast<std::size_t>(a)];
        }
    }
    cases_.push_back(std::move(counts));
}

void RatingTable::add_counts(const std::vector<int>& counts) {
    std::vector<int> row(static_cast<std::size_t>(q_), 0);
    for (std::size_t k = 0; k < row.size() && k < counts.size(); ++k) {
        row[k] = std::max(counts[k], 0);
    }
    cases_.push_back(std::move(row));
}

Coefficient fleiss_kappa(const RatingTable& t) {
    const Parts p = parts(t);
    if (!p.blocker.empty()) {
        return undefined_coefficient(p.n, p.blocker);
    }
    if (p.one_category) {
        return undefined_coefficient(
            p.n, "Every rating was the same, so kappa cannot separate agreement from chance (it "
                 "would divide by zero). Gwet's AC1 is given instead.");
    }
    double pe = 0.0;
    for (double v : p.pi) {
        pe += v * v;
    }
    return result(p, pe);
}

Coefficient gwet_ac1(const RatingTable& t) {
    const Parts p = parts(t);
    if (!p.blocker.empty()) {
        return undefined_coefficient(p.n, p.blocker);
    }
    double pe = 0.0;
    for (double v : p.pi) {
        pe += v * (1.0 - v);
    }
    return result(p, pe / static_cast<double>(t.categories() - 1));
}

} // namespace ca::stats
