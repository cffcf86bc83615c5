// Case Audit - calendar dates and local date-times.
//
// Every rule that counts days, months or working days goes through here, so that the app,
// the command-line tool and the tests agree to the day. Dates are proleptic Gregorian civil
// dates with no time zone (a case record's "date of event" is a local calendar date); a
// DateTime is a local wall-clock time to the minute, as recorded by the case management
// system.
//
// Index of this file:
// [SECTION] Date
// [SECTION] DateTime
// [SECTION] Month arithmetic (policy rules: "within one month", ASYE months)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Date
// ---------------------------------------------------------------------------

enum class Weekday : std::uint8_t {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday
};

// A calendar date stored as days since 1970-01-01 so that comparison and day arithmetic
// are integer operations. Default-constructed = 1970-01-01.
struct Date {
    std::int32_t days = 0;

    friend bool operator==(Date a, Date b) { return a.days == b.days; }
    friend bool operator!=(Date a, Date b) { return a.days != b.days; }
    friend bool operator<(Date a, Date b) { return a.days < b.days; }
    friend bool operator<=(Date a, Date b) { return a.days <= b.days; }
    friend bool operator>(Date a, Date b) { return a.days > b.days; }
    friend bool operator>=(Date a, Date b) { return a.days >= b.days; }
};

struct YearMonthDay {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
};

bool is_leap_year(int year);
int days_in_month(int year, int month); // month 1..12
bool is_valid_ymd(int year, int month, int day);

// Precondition: is_valid_ymd(ymd). Years 1..9999 are supported.
Date make_date(int year, int month, int day);
YearMonthDay to_ymd(Date d);
Weekday weekday(Date d);
inline Date add_days(Date d, int n) {
    return Date{d.days + n};
}
inline int days_between(Date from, Date to) {
    return to.days - from.days;
}

// Strict ISO 8601 calendar date "YYYY-MM-DD": exactly 10 characters, and the day must
// exist (2025-02-30 and 2023-02-29 are rejected). Returns nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
std::string format_date(Date d);      // "2026-03-03"
std::string format_date_long(Date d); // "3 March 2026", as a manager reads it

// ---------------------------------------------------------------------------
// [SECTION] DateTime
// ---------------------------------------------------------------------------

// Local wall-clock date and time, to the minute.
struct DateTime {
    Date date;
    std::int16_t minute_of_day = 0; // 0..1439

    friend bool operator==(DateTime a, DateTime b) {
        return a.date == b.date && a.minute_of_day == b.minute_of_day;
    }
    friend bool operator!=(DateTime a, DateTime b) { return !(a == b); }
    friend bool operator<(DateTime a, DateTime b) {
        return a.date < b.date || (a.date == b.date && a.minute_of_day < b.minute_of_day);
    }
    friend bool operator<=(DateTime a, DateTime b) { return !(b < a); }
    friend bool operator>(DateTime a, DateTime b) { return b < a; }
    friend bool operator>=(DateTime a, DateTime b) { return !(a < b); }
};

// "YYYY-MM-DDTHH:MM" with optional ":SS" and optional fraction ".sss"; seconds are dropped.
// A trailing "Z" or "+hh:mm"/"-hh:mm" offset is accepted and ignored: extracts record UK
// local time, and the rules compare local calendar dates. Rejects impossible dates/times
// (hour 24, minute or second 60), a fraction without seconds, a space instead of "T",
// surrounding spaces and any trailing text.
std::optional<DateTime> parse_date_time(std::string_view text);
std::string format_date_time(DateTime dt); // "2026-03-03T14:05"

// ---------------------------------------------------------------------------
// [SECTION] Month arithmetic
// ---------------------------------------------------------------------------

// The same day `months` calendar months later (or earlier, for negative values); when that
// month is shorter, its last day. 2026-01-31 + 1 month = 2026-02-28. This is the policy's
// "within one month of starting": on or before add_months(start, 1).
// Precondition: the result lies in years 1..9999.
Date add_months(Date d, int months);

// Calendar months from `start` to `d`, plus the elapsed fraction of the current month:
// whole = the largest n with add_months(start, n) <= d; fraction = days from
// add_months(start, n) to d divided by the days from add_months(start, n) to
// add_months(start, n + 1). When d < start the result is -months_between(d, start).
// Example: start 2026-01-15, d 2026-03-01: n = 1 (2026-02-15), fraction 14 / 28 -> 1.5.
// Used for the ASYE protected caseload (months since ASYE start).
double months_between(Date start, Date d);

} // namespace ca
