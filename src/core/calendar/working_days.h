// Case Audit - working days.
//
// The audit rule "case notes recorded within 2 working days of the event" and any other
// deadline counted in working days is built on the definitions below, so they are spelt out
// exactly:
//
//   working day         Monday to Friday, and not one of the calendar's holidays.
//   add_working_days    the n-th working day after a date (the date itself does not count,
//                       whether or not it is a working day); n = 0 returns the date itself.
//   working_days_between
//                       the number of working days d with from < d <= to: the event day
//                       does not count and the recording day does. 0 when to <= from.
//
// Worked example: an event on Friday 2026-05-22 recorded on Tuesday 2026-05-26. Saturday
// 23, Sunday 24 and Monday 25 May (Spring bank holiday) are not working days; Tuesday 26 is.
// working_days_between = 1, so the note is within 2 working days. The deadline for that
// event is add_working_days(2026-05-22, 2) = Wednesday 2026-05-27.
//
// Index of this file:
// [SECTION] WorkingCalendar
#pragma once

#include "core/calendar/date.h"

#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] WorkingCalendar
// ---------------------------------------------------------------------------

// Weekends plus a list of holiday dates (for example England and Wales bank holidays; see
// bank_holidays.h). A default-constructed calendar has no holidays: only weekends are off.
class WorkingCalendar {
public:
    WorkingCalendar() = default;
    // Holidays may come in any order and may repeat; holidays falling at a weekend change
    // nothing (their substitute days must be listed themselves).
    explicit WorkingCalendar(std::vector<Date> holidays);

    bool is_holiday(Date d) const;
    bool is_working_day(Date d) const;

    // The n-th working day after `d` (see the definitions above); for negative n, the
    // |n|-th working day before `d`.
    Date add_working_days(Date d, int n) const;

    // Working days d with from < d <= to; 0 when to <= from.
    int working_days_between(Date from, Date to) const;

    // Sorted, without repeats.
    const std::vector<Date>& holidays() const { return holidays_; }

private:
    std::vector<Date> holidays_;         // sorted, unique
    std::vector<Date> weekday_holidays_; // the ones that take away a working day
};

} // namespace ca
