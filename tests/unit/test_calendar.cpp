// Unit tests: calendar dates, date-times and month arithmetic (src/core/calendar/date.h).
//
// Index of this file:
// [SECTION] Leap years and month lengths
// [SECTION] Day numbers and weekdays
// [SECTION] Round trip of every day 1900-2100
// [SECTION] Date parsing and formatting
// [SECTION] DateTime parsing and formatting
// [SECTION] add_months
// [SECTION] months_between
#include "core/calendar/date.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

using ca::Date;
using ca::make_date;

// ---------------------------------------------------------------------------
// [SECTION] Leap years and month lengths
// ---------------------------------------------------------------------------

TEST_CASE("leap years follow the Gregorian 4/100/400 rule", "[calendar]") {
    CHECK_FALSE(ca::is_leap_year(1900)); // divisible by 100, not by 400
    CHECK(ca::is_leap_year(2000));       // divisible by 400
    CHECK(ca::is_leap_year(2024));       // divisible by 4, not by 100
    CHECK_FALSE(ca::is_leap_year(2100)); // divisible by 100, not by 400
    CHECK_FALSE(ca::is_leap_year(2023)); // not divisible by 4
    CHECK(ca::is_leap_year(1600));       // divisible by 400
}

TEST_CASE("every month has its length, February 29 days in leap years", "[calendar]") {
    //                   Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
    const int common[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int month = 1; month <= 12; ++month) {
        INFO("month " << month);
        CHECK(ca::days_in_month(2025, month) == common[month - 1]);
        CHECK(ca::days_in_month(2024, month) == (month == 2 ? 29 : common[month - 1]));
    }
    CHECK(ca::days_in_month(1900, 2) == 28);
    CHECK(ca::days_in_month(2000, 2) == 29);
    // Months outside 1..12 have no days rather than reading past the table.
    CHECK(ca::days_in_month(2025, 0) == 0);
    CHECK(ca::days_in_month(2025, 13) == 0);
}

TEST_CASE("is_valid_ymd accepts real days only, years 1..9999", "[calendar]") {
    CHECK(ca::is_valid_ymd(2024, 2, 29));
    CHECK_FALSE(ca::is_valid_ymd(2023, 2, 29)); // 2023 is not a leap year
    CHECK_FALSE(ca::is_valid_ymd(2025, 2, 30));
    CHECK_FALSE(ca::is_valid_ymd(2025, 4, 31)); // April has 30 days
    CHECK(ca::is_valid_ymd(2025, 12, 31));
    CHECK_FALSE(ca::is_valid_ymd(2025, 12, 32));
    CHECK_FALSE(ca::is_valid_ymd(2025, 0, 1));
    CHECK_FALSE(ca::is_valid_ymd(2025, 13, 1));
    CHECK_FALSE(ca::is_valid_ymd(2025, 1, 0));
    CHECK_FALSE(ca::is_valid_ymd(2025, 1, -1));
    CHECK(ca::is_valid_ymd(1, 1, 1));
    CHECK(ca::is_valid_ymd(9999, 12, 31));
    CHECK_FALSE(ca::is_valid_ymd(0, 1, 1));
    CHECK_FALSE(ca::is_valid_ymd(10000, 1, 1));
}

// ---------------------------------------------------------------------------
// [SECTION] Day numbers and weekdays
// ---------------------------------------------------------------------------

TEST_CASE("make_date counts days from 1970-01-01", "[calendar]") {
    CHECK(make_date(1970, 1, 1).days == 0);
    CHECK(make_date(1970, 1, 2).days == 1);
    CHECK(make_date(1969, 12, 31).days == -1);
    // 30 years of 365 days plus the leap days of 1972..1996 (7): 10950 + 7.
    CHECK(make_date(2000, 1, 1).days == 10957);
    // 70 years back, 365 days each, plus the leap days of 1904..1968 (17): -(25550 + 17).
    CHECK(make_date(1900, 1, 1).days == -25567);
    // 2026-01-01 is 56 years on: 56 * 365 + 14 leap days (1972..2024) = 20454; 3 March is
    // 31 + 28 + 2 days later.
    CHECK(make_date(2026, 3, 3).days == 20454 + 61);
    // Ends of the supported range: 1969 years of 365 days plus 477 leap days (492 multiples
    // of 4 in 1..1968, less 19 centuries 100..1900, plus 4 of them 400..1600) = 719162.
    CHECK(make_date(1, 1, 1).days == -719162);
    CHECK(make_date(9999, 12, 31).days == 2932896); // from a published day-count table
    CHECK(ca::Date{}.days == 0);
}

TEST_CASE("weekdays of known dates", "[calendar]") {
    using ca::Weekday;
    CHECK(ca::weekday(make_date(1970, 1, 1)) == Weekday::Thursday);
    CHECK(ca::weekday(make_date(1969, 12, 31)) == Weekday::Wednesday); // before day 0
    CHECK(ca::weekday(make_date(1900, 1, 1)) == Weekday::Monday);
    CHECK(ca::weekday(make_date(2000, 1, 1)) == Weekday::Saturday);
    CHECK(ca::weekday(make_date(2024, 2, 29)) == Weekday::Thursday);
    CHECK(ca::weekday(make_date(2026, 3, 3)) == Weekday::Tuesday);
    CHECK(ca::weekday(make_date(2026, 5, 22)) == Weekday::Friday);
    CHECK(ca::weekday(make_date(2026, 5, 23)) == Weekday::Saturday);
    CHECK(ca::weekday(make_date(2026, 5, 24)) == Weekday::Sunday);
    CHECK(ca::weekday(make_date(2026, 12, 25)) == Weekday::Friday);
    // 2000-01-01 (Saturday) + 36525 days (25 leap years 2000..2096) = 2100-01-01, and
    // 36525 = 7 * 5217 + 6, so a Friday; 2100 has 365 days, so 31 December is a Friday too.
    CHECK(ca::weekday(make_date(2100, 12, 31)) == Weekday::Friday);
    CHECK(ca::weekday(make_date(1, 1, 1)) == Weekday::Monday);
}

TEST_CASE("add_days and days_between are plain day arithmetic", "[calendar]") {
    CHECK(ca::add_days(make_date(2024, 2, 28), 1) == make_date(2024, 2, 29));
    CHECK(ca::add_days(make_date(2023, 2, 28), 1) == make_date(2023, 3, 1));
    CHECK(ca::add_days(make_date(2026, 1, 1), -1) == make_date(2025, 12, 31));
    CHECK(ca::days_between(make_date(2026, 1, 15), make_date(2026, 3, 1)) == 16 + 28 + 1);
    CHECK(ca::days_between(make_date(2026, 3, 1), make_date(2026, 1, 15)) == -45);
}

// ---------------------------------------------------------------------------
// [SECTION] Round trip of every day 1900-2100
// ---------------------------------------------------------------------------

namespace {

std::string two_digits(int v) {
    return {static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
}

} // namespace

TEST_CASE("every day from 1900-01-01 to 2100-12-31 round-trips", "[calendar]") {
    // An independent counter walks the calendar (year, month, day) with days_in_month and
    // the expected day number goes up by one each step; every conversion must agree.
    int year = 1900;
    int month = 1;
    int day = 1;
    std::int32_t expected_days = -25567; // 1900-01-01, worked out above
    int expected_weekday = 0;            // Monday
    long count = 0;
    bool all_ok = true;
    while (year <= 2100) {
        const Date d = make_date(year, month, day);
        const ca::YearMonthDay ymd = ca::to_ymd(d);
        const std::string text =
            std::to_string(year) + "-" + two_digits(month) + "-" + two_digits(day);
        const std::optional<Date> parsed = ca::parse_date(text);
        const bool ok = d.days == expected_days && ymd.year == year && ymd.month == month &&
                        ymd.day == day && ca::format_date(d) == text && parsed && *parsed == d &&
                        static_cast<int>(ca::weekday(d)) == expected_weekday;
        if (!ok) {
            // One failure report is enough; 73 000 CHECKs would swamp the output.
            INFO("first mismatch at " << text);
            CHECK(ok);
            all_ok = false;
            break;
        }
        ++count;
        ++expected_days;
        expected_weekday = (expected_weekday + 1) % 7;
        if (++day > ca::days_in_month(year, month)) {
            day = 1;
            if (++month > 12) {
                month = 1;
                ++year;
            }
        }
    }
    CHECK(all_ok);
    // 201 years of 365 days plus 49 leap days: the 51 multiples of 4 in 1900..2100, less
    // 1900 and 2100, which are not leap years. 201 * 365 = 73365.
    CHECK(count == 73365 + 49);
    CHECK(expected_days == make_date(2101, 1, 1).days);
}

// ---------------------------------------------------------------------------
// [SECTION] Date parsing and formatting
// ---------------------------------------------------------------------------

TEST_CASE("parse_date accepts strict YYYY-MM-DD only", "[calendar]") {
    REQUIRE(ca::parse_date("2024-02-29"));
    CHECK(*ca::parse_date("2024-02-29") == make_date(2024, 2, 29));
    CHECK(*ca::parse_date("0001-01-01") == make_date(1, 1, 1));
    CHECK(*ca::parse_date("9999-12-31") == make_date(9999, 12, 31));

    const char* const rejected[] = {
        "",                 // empty
        "2025-2-3",         // month and day need two digits
        "2025-02-30",       // no 30 February
        "2023-02-29",       // 2023 is not a leap year
        "1900-02-29",       // 1900 is not a leap year
        " 2025-01-01",      // leading space
        "2025-01-01 ",      // trailing space
        "2025-01-01x",      // trailing text
        "2025-01-01T10:00", // a date-time is not a date
        "2025-13-01",       // month 13
        "2025-00-10",       // month 0
        "2025-01-00",       // day 0
        "2025-01-32",       // day 32
        "0000-01-01",       // year 0 is outside 1..9999
        "2025/01/01",       // wrong separator
        "20250101",         // basic format is not accepted
        "+025-01-01",       // sign in the year
        "2025-01-0a",       // letter
        "2025--01-01",      // doubled separator
        "25-01-01",         // two-digit year
        "01-01-2025",       // day-first order
        "2025-1-01",        // one-digit month
    };
    for (const char* text : rejected) {
        INFO("input \"" << text << "\"");
        CHECK_FALSE(ca::parse_date(text));
    }
    // A string_view that stops before a longer buffer's end reads only its own characters.
    const std::string_view prefix = std::string_view("2025-01-01x").substr(0, 10);
    CHECK(ca::parse_date(prefix) == make_date(2025, 1, 1));
    // Embedded NUL is not a digit.
    CHECK_FALSE(ca::parse_date(std::string_view("2025-01-0\0", 10)));
}

TEST_CASE("format_date writes ISO, format_date_long British style", "[calendar]") {
    CHECK(ca::format_date(make_date(2026, 3, 3)) == "2026-03-03");
    CHECK(ca::format_date(make_date(1, 1, 1)) == "0001-01-01"); // year padded to 4 digits
    CHECK(ca::format_date(make_date(9999, 12, 31)) == "9999-12-31");

    CHECK(ca::format_date_long(make_date(2026, 3, 3)) == "3 March 2026"); // no leading zero
    CHECK(ca::format_date_long(make_date(2025, 12, 25)) == "25 December 2025");
    const char* const months[12] = {"January",   "February", "March",    "April",
                                    "May",       "June",     "July",     "August",
                                    "September", "October",  "November", "December"};
    for (int m = 1; m <= 12; ++m) {
        const std::string expected = "1" + std::string(" ") + months[m - 1] + " 2026";
        CHECK(ca::format_date_long(make_date(2026, m, 1)) == expected);
    }
    CHECK(ca::format_date_long(make_date(2024, 2, 29)) == "29 February 2024");
}

// ---------------------------------------------------------------------------
// [SECTION] DateTime parsing and formatting
// ---------------------------------------------------------------------------

TEST_CASE("parse_date_time reads local time to the minute", "[calendar]") {
    const Date day = make_date(2026, 3, 3);
    // 14:05 = 14 * 60 + 5 = 845 minutes.
    const ca::DateTime expected{day, 845};
    CHECK(ca::parse_date_time("2026-03-03T14:05") == expected);
    CHECK(ca::parse_date_time("2026-03-03T14:05:59") == expected);     // seconds dropped
    CHECK(ca::parse_date_time("2026-03-03T14:05:00.123") == expected); // fraction dropped
    CHECK(ca::parse_date_time("2026-03-03T14:05:00.5Z") == expected);
    CHECK(ca::parse_date_time("2026-03-03T14:05Z") == expected);      // zone ignored
    CHECK(ca::parse_date_time("2026-03-03T14:05+01:00") == expected); // offset ignored
    CHECK(ca::parse_date_time("2026-03-03T14:05:07-05:30") == expected);
    CHECK(ca::parse_date_time("2026-03-03T00:00") == ca::DateTime{day, 0});
    // 23:59 = 23 * 60 + 59 = 1439, the last minute of the day.
    CHECK(ca::parse_date_time("2026-03-03T23:59") == ca::DateTime{day, 1439});
    CHECK(ca::parse_date_time("2024-02-29T12:00") == ca::DateTime{make_date(2024, 2, 29), 720});

    const char* const rejected[] = {
        "",
        "2026-03-03",             // no time
        "2026-03-03T",            // no time after T
        "2026-03-03T24:00",       // hour 24
        "2026-03-03T12:60",       // minute 60
        "2026-03-03T12:00:60",    // second 60
        "2026-03-03 14:05",       // space instead of T
        "2026-03-03t14:05",       // lower-case t
        "2026-03-03T1:05",        // one-digit hour
        "2026-03-03T14:5",        // one-digit minute
        "2026-03-03T14:05:",      // colon without seconds
        "2026-03-03T14:05:5",     // one-digit seconds
        "2026-03-03T14:05.5",     // fraction without seconds
        "2026-03-03T14:05:00.",   // dot without digits
        "2026-03-03T14:05+0100",  // offset without colon
        "2026-03-03T14:05+01",    // offset without minutes
        "2026-03-03T14:05+24:00", // offset hour 24
        "2026-03-03T14:05+01:60", // offset minute 60
        "2026-03-03T14:05Zx",     // text after the zone
        "2026-03-03T14:05 ",      // trailing space
        " 2026-03-03T14:05",      // leading space
        "2026-02-30T10:00",       // no 30 February
        "2023-02-29T10:00",       // not a leap year
    };
    for (const char* text : rejected) {
        INFO("input \"" << text << "\"");
        CHECK_FALSE(ca::parse_date_time(text));
    }
}

TEST_CASE("format_date_time writes YYYY-MM-DDTHH:MM", "[calendar]") {
    CHECK(ca::format_date_time(ca::DateTime{make_date(2026, 3, 3), 845}) == "2026-03-03T14:05");
    CHECK(ca::format_date_time(ca::DateTime{make_date(2026, 3, 3), 5}) == "2026-03-03T00:05");
    CHECK(ca::format_date_time(ca::DateTime{make_date(2026, 3, 3), 1439}) == "2026-03-03T23:59");
    // Every minute of a day round-trips.
    for (int m = 0; m < 1440; ++m) {
        const ca::DateTime dt{make_date(2026, 3, 3), static_cast<std::int16_t>(m)};
        const std::optional<ca::DateTime> back = ca::parse_date_time(ca::format_date_time(dt));
        if (!back || *back != dt) {
            INFO("minute " << m);
            CHECK(false);
            break;
        }
    }
}

TEST_CASE("DateTime orders by date, then minute", "[calendar]") {
    const ca::DateTime a{make_date(2026, 3, 3), 1439};
    const ca::DateTime b{make_date(2026, 3, 4), 0};
    const ca::DateTime c{make_date(2026, 3, 4), 1};
    CHECK(a < b);
    CHECK(b < c);
    CHECK(a <= a);
    CHECK(c > a);
    CHECK(b >= b);
    CHECK_FALSE(b < a);
    CHECK(a != b);
}

// ---------------------------------------------------------------------------
// [SECTION] add_months
// ---------------------------------------------------------------------------

TEST_CASE("add_months keeps the day or clamps to the month's last day", "[calendar]") {
    using ca::add_months;
    CHECK(add_months(make_date(2026, 1, 15), 0) == make_date(2026, 1, 15));
    CHECK(add_months(make_date(2026, 1, 15), 1) == make_date(2026, 2, 15));
    // 31 January + 1: February 2026 has 28 days, February 2024 has 29.
    CHECK(add_months(make_date(2026, 1, 31), 1) == make_date(2026, 2, 28));
    CHECK(add_months(make_date(2024, 1, 31), 1) == make_date(2024, 2, 29));
    CHECK(add_months(make_date(2026, 5, 31), 1) == make_date(2026, 6, 30)); // June has 30
    // Clamping does not carry over: Jan 31 + 2 months is 31 March, but (Jan 31 + 1) + 1 is
    // 28 March. Rules must add months to the original start date.
    CHECK(add_months(make_date(2026, 1, 31), 2) == make_date(2026, 3, 31));
    CHECK(add_months(add_months(make_date(2026, 1, 31), 1), 1) == make_date(2026, 3, 28));
    // 29 February + 12 lands in a common year: 28 February; + 48 is a leap year again.
    CHECK(add_months(make_date(2024, 2, 29), 12) == make_date(2025, 2, 28));
    CHECK(add_months(make_date(2024, 2, 29), 48) == make_date(2028, 2, 29));
    // Month 12 rolls into the next year, and December + 12 stays in December.
    CHECK(add_months(make_date(2026, 12, 15), 1) == make_date(2027, 1, 15));
    CHECK(add_months(make_date(2026, 11, 30), 3) == make_date(2027, 2, 28));
    CHECK(add_months(make_date(2026, 12, 31), 12) == make_date(2027, 12, 31));
    CHECK(add_months(make_date(2026, 1, 15), 25) == make_date(2028, 2, 15));
    // Negative offsets go back across year ends and clamp the same way.
    CHECK(add_months(make_date(2026, 1, 15), -1) == make_date(2025, 12, 15));
    CHECK(add_months(make_date(2026, 1, 15), -13) == make_date(2024, 12, 15));
    CHECK(add_months(make_date(2026, 3, 31), -1) == make_date(2026, 2, 28));
    CHECK(add_months(make_date(2024, 3, 31), -1) == make_date(2024, 2, 29));
    CHECK(add_months(make_date(2026, 1, 1), -12) == make_date(2025, 1, 1));
    CHECK(add_months(make_date(1970, 1, 1), -1) == make_date(1969, 12, 1)); // negative days
}

// ---------------------------------------------------------------------------
// [SECTION] months_between
// ---------------------------------------------------------------------------

TEST_CASE("months_between counts whole months plus the elapsed fraction", "[calendar]") {
    using ca::months_between;
    const double eps = 1e-12;
    const Date start = make_date(2026, 1, 15);
    CHECK(months_between(start, start) == Approx(0.0).margin(eps));
    CHECK(months_between(start, make_date(2026, 2, 15)) == Approx(1.0).margin(eps));
    // Whole month to 15 February, then 14 of the 28 days to 15 March: 1 + 14/28.
    CHECK(months_between(start, make_date(2026, 3, 1)) == Approx(1.5).margin(eps));
    // 15 January to 15 February is 31 days: 1 day is 1/31, 30 days 30/31.
    CHECK(months_between(start, make_date(2026, 1, 16)) == Approx(1.0 / 31).margin(eps));
    CHECK(months_between(start, make_date(2026, 2, 14)) == Approx(30.0 / 31).margin(eps));
    CHECK(months_between(start, make_date(2026, 7, 15)) == Approx(6.0).margin(eps));
    CHECK(months_between(start, make_date(2027, 1, 15)) == Approx(12.0).margin(eps));
    // Before the start: the negative of counting forwards from d. 14 January to 14 February
    // is 31 days, one of them elapsed to 15 January.
    CHECK(months_between(start, make_date(2026, 1, 14)) == Approx(-1.0 / 31).margin(eps));
    CHECK(months_between(start, make_date(2025, 12, 15)) == Approx(-1.0).margin(eps));
}

TEST_CASE("months_between with a start at the end of a month", "[calendar]") {
    using ca::months_between;
    const double eps = 1e-12;
    const Date start = make_date(2026, 1, 31);
    // The one-month anniversary is clamped to 28 February, which counts as a whole month.
    CHECK(months_between(start, make_date(2026, 2, 28)) == Approx(1.0).margin(eps));
    // 31 January to 28 February is 28 days; 27 of them elapsed by 27 February.
    CHECK(months_between(start, make_date(2026, 2, 27)) == Approx(27.0 / 28).margin(eps));
    // From 28 February (month 1) to 31 March (month 2) is 31 days; 30 March is 30 of them.
    CHECK(months_between(start, make_date(2026, 3, 30)) == Approx(1 + 30.0 / 31).margin(eps));
    CHECK(months_between(start, make_date(2026, 3, 31)) == Approx(2.0).margin(eps));
    // A 29 February start: +12 months is 28 February 2025 (12.0); +13 is 29 March 2025,
    // 29 days later, so 1 March is 12 + 1/29.
    const Date leap = make_date(2024, 2, 29);
    CHECK(months_between(leap, make_date(2025, 2, 28)) == Approx(12.0).margin(eps));
    CHECK(months_between(leap, make_date(2025, 3, 1)) == Approx(12 + 1.0 / 29).margin(eps));
    // Backwards from 31 March to 28 February: forwards from 28 February, 28 March is one
    // month and 28 April the next (31 days), 3 elapsed by 31 March: -(1 + 3/31).
    CHECK(months_between(make_date(2026, 3, 31), make_date(2026, 2, 28)) ==
          Approx(-(1 + 3.0 / 31)).margin(eps));
}

TEST_CASE("months_between is a non-decreasing function of the date", "[calendar]") {
    // Any fraction error at a month boundary would show as a step backwards here.
    const Date start = make_date(2023, 8, 31);
    double previous = ca::months_between(start, ca::add_days(start, -400));
    for (int i = -399; i <= 800; ++i) {
        const double m = ca::months_between(start, ca::add_days(start, i));
        if (m <= previous) {
            INFO("day offset " << i << ": " << m << " after " << previous);
            CHECK(m > previous);
            break;
        }
        previous = m;
    }
    // 800 days after 2023-08-31 is 2025-11-08: 26 whole months (2025-10-31), then 8 of the
    // 30 days to 2025-11-30.
    CHECK(previous == Approx(26 + 8.0 / 30).margin(1e-12));
}
