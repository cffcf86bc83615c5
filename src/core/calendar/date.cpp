// Case Audit - calendar dates and local date-times (see date.h for the definitions).
//
// Index of this file:
// [SECTION] Helpers (floor division, fixed-width digit fields)
// [SECTION] Civil calendar <-> day count
// [SECTION] Date parsing and formatting
// [SECTION] DateTime parsing and formatting
// [SECTION] Month arithmetic
#include "core/calendar/date.h"

#include <cstdint>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

namespace {

// C++ integer division truncates towards zero; calendar arithmetic needs the floor so that
// days before 1970 and negative month offsets land in the right year.
std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

std::int64_t floor_mod(std::int64_t a, std::int64_t b) {
    return a - floor_div(a, b) * b;
}

// Reads exactly `width` ASCII digits at `pos`. Done by hand rather than with std::stoi or
// strtol because those accept signs, leading spaces and locale digits, which the strict
// formats must reject.
bool read_digits(std::string_view text, std::size_t pos, std::size_t width, int& out) {
    if (pos + width > text.size())
        return false;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

// Appends `value` (>= 0) zero-padded to at least `width` digits.
void append_padded(std::string& out, int value, int width) {
    char buf[12];
    int n = 0;
    do {
        buf[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 11);
    for (int i = n; i < width; ++i)
        out.push_back('0');
    while (n > 0)
        out.push_back(buf[--n]);
}

const char* const k_month_names[12] = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Civil calendar <-> day count
// ---------------------------------------------------------------------------

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static const int k_days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && is_leap_year(year))
        return 29;
    return k_days[month - 1];
}

bool is_valid_ymd(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month);
}

// Days from civil, after Howard Hinnant's description: count years from 1 March so that the
// leap day is the last day of the "computational year", which makes the day of the year a
// linear function of the month (153 days per 5 months), then count whole 400-year eras of
// 146097 days. 719468 is the day number of 1970-01-01 counted from 0000-03-01.
Date make_date(int year, int month, int day) {
    const std::int64_t y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = floor_div(y, 400);
    const std::int64_t year_of_era = y - era * 400;                       // 0..399
    const std::int64_t shifted_month = month > 2 ? month - 3 : month + 9; // March = 0
    const std::int64_t day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    const std::int64_t day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return Date{static_cast<std::int32_t>(era * 146097 + day_of_era - 719468)};
}

// The inverse of make_date: find the era, then the year within it (correcting 365-day
// years for the leap days of every 4th, 100th and 400th year), then the month from the
// same 153-days-per-5-months line.
YearMonthDay to_ymd(Date d) {
    const std::int64_t z = static_cast<std::int64_t>(d.days) + 719468;
    const std::int64_t era = floor_div(z, 146097);
    const std::int64_t day_of_era = z - era * 146097; // 0..146096
    const std::int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const std::int64_t day_of_year =
        day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int64_t shifted_month = (5 * day_of_year + 2) / 153; // March = 0
    const std::int64_t day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    const std::int64_t month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
    const std::int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
    return YearMonthDay{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

// 1970-01-01 was a Thursday (index 3 when Monday is 0).
Weekday weekday(Date d) {
    return static_cast<Weekday>(floor_mod(static_cast<std::int64_t>(d.days) + 3, 7));
}

// ---------------------------------------------------------------------------
// [SECTION] Date parsing and formatting
// ---------------------------------------------------------------------------

namespace {

// Parses "YYYY-MM-DD" at the start of `text` (which may go on).
bool parse_date_prefix(std::string_view text, Date& out) {
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return false;
    if (!read_digits(text, 0, 4, year) || !read_digits(text, 5, 2, month) ||
        !read_digits(text, 8, 2, day))
        return false;
    if (!is_valid_ymd(year, month, day))
        return false;
    out = make_date(year, month, day);
    return true;
}

} // namespace

std::optional<Date> parse_date(std::string_view text) {
    Date d;
    if (text.size() != 10 || !parse_date_prefix(text, d))
        return std::nullopt;
    return d;
}

std::string format_date(Date d) {
    const YearMonthDay ymd = to_ymd(d);
    std::string out;
    out.reserve(10);
    if (ymd.year < 0)
        out.push_back('-'); // outside the supported range; kept readable rather than wrong
    append_padded(out, ymd.year < 0 ? -ymd.year : ymd.year, 4);
    out.push_back('-');
    append_padded(out, ymd.month, 2);
    out.push_back('-');
    append_padded(out, ymd.day, 2);
    return out;
}

std::string format_date_long(Date d) {
    const YearMonthDay ymd = to_ymd(d);
    std::string out;
    append_padded(out, ymd.day, 1);
    out.push_back(' ');
    out += k_month_names[ymd.month - 1];
    out.push_back(' ');
    if (ymd.year < 0)
        out.push_back('-');
    append_padded(out, ymd.year < 0 ? -ymd.year : ymd.year, 1);
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] DateTime parsing and formatting
// ---------------------------------------------------------------------------

std::optional<DateTime> parse_date_time(std::string_view text) {
    Date date;
    if (!parse_date_prefix(text, date))
        return std::nullopt;
    // "THH:MM"
    int hour = 0;
    int minute = 0;
    if (text.size() < 16 || text[10] != 'T' || text[13] != ':')
        return std::nullopt;
    if (!read_digits(text, 11, 2, hour) || !read_digits(text, 14, 2, minute))
        return std::nullopt;
    if (hour > 23 || minute > 59)
        return std::nullopt;
    std::size_t pos = 16;

    // Optional ":SS", then an optional fraction, which is only meaningful after seconds.
    if (pos < text.size() && text[pos] == ':') {
        int second = 0;
        if (!read_digits(text, pos + 1, 2, second) || second > 59)
            return std::nullopt;
        pos += 3;
        if (pos < text.size() && text[pos] == '.') {
            ++pos;
            const std::size_t first_digit = pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
                ++pos;
            if (pos == first_digit)
                return std::nullopt;
        }
    }

    // Optional zone designator, checked for form and range but not applied (see date.h).
    if (pos < text.size()) {
        if (text[pos] == 'Z') {
            ++pos;
        } else if (text[pos] == '+' || text[pos] == '-') {
            int offset_hours = 0;
            int offset_minutes = 0;
            if (!read_digits(text, pos + 1, 2, offset_hours) || pos + 3 >= text.size() ||
                text[pos + 3] != ':' || !read_digits(text, pos + 4, 2, offset_minutes))
                return std::nullopt;
            if (offset_hours > 23 || offset_minutes > 59)
                return std::nullopt;
            pos += 6;
        } else {
            return std::nullopt;
        }
    }
    if (pos != text.size())
        return std::nullopt;
    return DateTime{date, static_cast<std::int16_t>(hour * 60 + minute)};
}

std::string format_date_time(DateTime dt) {
    std::string out = format_date(dt.date);
    out.push_back('T');
    append_padded(out, dt.minute_of_day / 60, 2);
    out.push_back(':');
    append_padded(out, dt.minute_of_day % 60, 2);
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Month arithmetic
// ---------------------------------------------------------------------------

Date add_months(Date d, int months) {
    const YearMonthDay ymd = to_ymd(d);
    // Months counted from year 0 in 64 bits, so that a large offset cannot overflow here.
    const std::int64_t total = static_cast<std::int64_t>(ymd.year) * 12 + (ymd.month - 1) + months;
    const int year = static_cast<int>(floor_div(total, 12));
    const int month = static_cast<int>(floor_mod(total, 12)) + 1;
    const int last_day = days_in_month(year, month);
    return make_date(year, month, ymd.day < last_day ? ymd.day : last_day);
}

double months_between(Date start, Date d) {
    if (d < start)
        return -months_between(d, start);
    const YearMonthDay a = to_ymd(start);
    const YearMonthDay b = to_ymd(d);
    // add_months(start, n) falls in d's month for this n, on start's day or that month's
    // last day; when that is after d, the answer is the month before (which ends before d).
    int whole = (b.year - a.year) * 12 + (b.month - a.month);
    Date anniversary = add_months(start, whole);
    if (anniversary > d) {
        --whole;
        anniversary = add_months(start, whole);
    }
    const Date next = add_months(start, whole + 1);
    return whole + static_cast<double>(days_between(anniversary, d)) /
                       static_cast<double>(days_between(anniversary, next));
}

} // namespace ca
