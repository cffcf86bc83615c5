// Case Audit - the period and the scope of a report (see report_period.h).
#include "core/report/report_period.h"

#include <cmath>

namespace ca::report {

// ---------------------------------------------------------------------------
// [SECTION] Period
// ---------------------------------------------------------------------------

Period twelve_months_to(Date as_at) {
    return {add_days(add_months(as_at, -12), 1), as_at};
}

Period month_of(Date d) {
    const YearMonthDay ymd = to_ymd(d);
    return {make_date(ymd.year, ymd.month, 1),
            make_date(ymd.year, ymd.month, days_in_month(ymd.year, ymd.month))};
}

namespace {
// The first month (1..12) and year of the financial quarter holding year/month.
YearMonthDay quarter_start(int year, int month) {
    // April is month 0 of the financial year.
    const int fy_month = (month + 8) % 12;
    const int first = (fy_month / 3) * 3; // 0, 3, 6, 9 from April
    const int start_month = (first + 3) % 12 + 1;
    return {start_month > month ? year - 1 : year, start_month, 1};
}
} // namespace

Period quarter_of(Date d) {
    const YearMonthDay ymd = to_ymd(d);
    const YearMonthDay s = quarter_start(ymd.year, ymd.month);
    const Date from = make_date(s.year, s.month, 1);
    return {from, add_days(add_months(from, 3), -1)};
}

std::string period_text(const Period& p) {
    return format_date_long(p.from) + " to " + format_date_long(p.to);
}

int months_in(const Period& p) {
    const double days = static_cast<double>(days_between(p.from, p.to) + 1);
    const int months = static_cast<int>(std::lround(days / 30.4375));
    return months < 1 ? 1 : months;
}

// ---------------------------------------------------------------------------
// [SECTION] Buckets
// ---------------------------------------------------------------------------

namespace {
const char* const k_month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string bucket_label(Date from, Granularity g) {
    const YearMonthDay ymd = to_ymd(from);
    if (g == Granularity::Month)
        return std::string(k_month_names[ymd.month - 1]) + " " + std::to_string(ymd.year);
    // Financial year 2025/26 runs April 2025 to March 2026.
    const int fy = ymd.month >= 4 ? ymd.year : ymd.year - 1;
    const int q = ((ymd.month + 8) % 12) / 3 + 1;
    const int next = (fy + 1) % 100;
    return "Q" + std::to_string(q) + " " + std::to_string(fy) + "/" + (next < 10 ? "0" : "") +
           std::to_string(next);
}
} // namespace

std::vector<Bucket> buckets_of(const Period& p, Granularity g) {
    std::vector<Bucket> out;
    if (p.to < p.from)
        return out;
    Period whole = g == Granularity::Month ? month_of(p.from) : quarter_of(p.from);
    while (whole.from <= p.to) {
        Bucket b;
        b.period = {p.from < whole.from ? whole.from : p.from, whole.to < p.to ? whole.to : p.to};
        b.label = bucket_label(whole.from, g);
        out.push_back(std::move(b));
        const Date next = add_days(whole.to, 1);
        whole = g == Granularity::Month ? month_of(next) : quarter_of(next);
    }
    return out;
}

int bucket_index(const std::vector<Bucket>& buckets, Date d) {
    std::size_t lo = 0;
    std::size_t hi = buckets.size();
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (buckets[mid].period.to < d)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < buckets.size() && buckets[lo].period.contains(d))
        return static_cast<int>(lo);
    return -1;
}

// ---------------------------------------------------------------------------
// [SECTION] Scope
// ---------------------------------------------------------------------------

std::string scope_text(const Extract& extract, const Scope& scope) {
    std::string team;
    if (scope.team < extract.teams.size())
        team = std::string(extract.text_of(extract.teams[scope.team].name));
    if (scope.worker < extract.workers.size()) {
        std::string w(extract.text_of(extract.workers[scope.worker].name));
        return team.empty() ? w : w + " (" + team + ")";
    }
    return team.empty() ? "the whole service" : team;
}

} // namespace ca::report
