// Case Audit - working days (definitions in working_days.h).
#include "core/calendar/working_days.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace ca {

namespace {

bool is_weekend(Date d) {
    const Weekday w = weekday(d);
    return w == Weekday::Saturday || w == Weekday::Sunday;
}

} // namespace

WorkingCalendar::WorkingCalendar(std::vector<Date> holidays) : holidays_(std::move(holidays)) {
    std::sort(holidays_.begin(), holidays_.end());
    holidays_.erase(std::unique(holidays_.begin(), holidays_.end()), holidays_.end());
    for (Date d : holidays_)
        if (!is_weekend(d))
            weekday_holidays_.push_back(d);
}

bool WorkingCalendar::is_holiday(Date d) const {
    return std::binary_search(holidays_.begin(), holidays_.end(), d);
}

bool WorkingCalendar::is_working_day(Date d) const {
    return !is_weekend(d) && !is_holiday(d);
}

Date WorkingCalendar::add_working_days(Date d, int n) const {
    // Day by day: deadlines are a few days away, and stepping keeps the definition obvious.
    const int step = n < 0 ? -1 : 1;
    // 64 bits so that negating the most negative int is defined.
    std::int64_t remaining = n < 0 ? -static_cast<std::int64_t>(n) : n;
    while (remaining > 0) {
        d = add_days(d, step);
        if (is_working_day(d))
            --remaining;
    }
    return d;
}

int WorkingCalendar::working_days_between(Date from, Date to) const {
    if (to <= from)
        return 0;
    // Counted, not stepped, because caseload reports span years: 5 working days in every
    // whole week, the remaining (< 7) days one by one, less the weekday holidays in range.
    const int span = days_between(from, to);
    int count = span / 7 * 5;
    for (Date d = add_days(from, span / 7 * 7 + 1); d <= to; d = add_days(d, 1))
        if (!is_weekend(d))
            ++count;
    const auto first = std::upper_bound(weekday_holidays_.begin(), weekday_holidays_.end(), from);
    const auto last = std::upper_bound(weekday_holidays_.begin(), weekday_holidays_.end(), to);
    return count - static_cast<int>(last - first);
}

} // namespace ca
