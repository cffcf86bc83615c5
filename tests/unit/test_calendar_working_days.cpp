// Unit tests: working days (src/core/calendar/working_days.h) on a weekends-only calendar,
// on hand-made holiday lists and on the built-in England and Wales calendar.
//
// Index of this file:
// [SECTION] Weekends only
// [SECTION] Holiday lists
// [SECTION] England and Wales: the case note rule, Christmas 2026, Easter 2027
// [SECTION] Counting agrees with stepping
#include "core/calendar/bank_holidays.h"
#include "core/calendar/working_days.h"

#include <catch2/catch.hpp>

using ca::Date;
using ca::make_date;
using ca::WorkingCalendar;

// ---------------------------------------------------------------------------
// [SECTION] Weekends only
// ---------------------------------------------------------------------------

TEST_CASE("a calendar without holidays takes off Saturdays and Sundays", "[calendar]") {
    const WorkingCalendar cal;
    // Monday 18 May 2026 to Sunday 24 May 2026.
    CHECK(cal.is_working_day(make_date(2026, 5, 18)));
    CHECK(cal.is_working_day(make_date(2026, 5, 22)));
    CHECK_FALSE(cal.is_working_day(make_date(2026, 5, 23)));
    CHECK_FALSE(cal.is_working_day(make_date(2026, 5, 24)));
    CHECK(cal.is_working_day(make_date(2026, 5, 25))); // a bank holiday, but not listed here
    CHECK(cal.holidays().empty());

    // Friday + 1 working day skips the weekend to Monday.
    CHECK(cal.add_working_days(make_date(2026, 5, 22), 1) == make_date(2026, 5, 25));
    // Monday + 5 working days is the next Monday.
    CHECK(cal.add_working_days(make_date(2026, 5, 18), 5) == make_date(2026, 5, 25));
    // Monday 18 to Monday 25: Tue-Fri (4) and Monday 25 (1); Monday 18 itself not counted.
    CHECK(cal.working_days_between(make_date(2026, 5, 18), make_date(2026, 5, 25)) == 5);
    // Friday to Monday is one working day, Friday to Sunday none.
    CHECK(cal.working_days_between(make_date(2026, 5, 22), make_date(2026, 5, 25)) == 1);
    CHECK(cal.working_days_between(make_date(2026, 5, 22), make_date(2026, 5, 24)) == 0);
}

TEST_CASE("add_working_days: n = 0 is the date itself, even at a weekend", "[calendar]") {
    const WorkingCalendar cal;
    const Date saturday = make_date(2026, 5, 23);
    CHECK(cal.add_working_days(make_date(2026, 5, 22), 0) == make_date(2026, 5, 22));
    CHECK(cal.add_working_days(saturday, 0) == saturday);
    // From a Saturday the 1st working day after is Monday 25, the 2nd Tuesday 26.
    CHECK(cal.add_working_days(saturday, 1) == make_date(2026, 5, 25));
    CHECK(cal.add_working_days(saturday, 2) == make_date(2026, 5, 26));
}

TEST_CASE("add_working_days with negative n counts back", "[calendar]") {
    const WorkingCalendar cal;
    // Monday 25 May - 1 = Friday 22; - 5 = Monday 18.
    CHECK(cal.add_working_days(make_date(2026, 5, 25), -1) == make_date(2026, 5, 22));
    CHECK(cal.add_working_days(make_date(2026, 5, 25), -5) == make_date(2026, 5, 18));
    // From Sunday 24, one back is Friday 22.
    CHECK(cal.add_working_days(make_date(2026, 5, 24), -1) == make_date(2026, 5, 22));
}

TEST_CASE("working_days_between is 0 when to <= from", "[calendar]") {
    const WorkingCalendar cal;
    const Date tuesday = make_date(2026, 5, 26);
    CHECK(cal.working_days_between(tuesday, tuesday) == 0);
    CHECK(cal.working_days_between(tuesday, make_date(2026, 5, 19)) == 0);
    CHECK(cal.working_days_between(tuesday, make_date(1999, 1, 1)) == 0);
    // The next day is counted: from < d <= to.
    CHECK(cal.working_days_between(tuesday, make_date(2026, 5, 27)) == 1);
}

TEST_CASE("working_days_between over long spans", "[calendar]") {
    const WorkingCalendar cal;
    // 2024 is a leap year starting on a Monday: 52 weeks (260 weekdays) + Monday 30 and
    // Tuesday 31 December = 262 weekdays.
    CHECK(cal.working_days_between(make_date(2023, 12, 31), make_date(2024, 12, 31)) == 262);
    // 2026 starts on a Thursday: 52 weeks (260) + Thursday 31 December = 261.
    CHECK(cal.working_days_between(make_date(2025, 12, 31), make_date(2026, 12, 31)) == 261);
    // 400 Gregorian years are exactly 20871 weeks, so 20871 * 5 = 104355 weekdays.
    CHECK(cal.working_days_between(make_date(2000, 1, 1), make_date(2400, 1, 1)) == 104355);
}

// ---------------------------------------------------------------------------
// [SECTION] Holiday lists
// ---------------------------------------------------------------------------

TEST_CASE("holidays are sorted, repeats dropped, weekend holidays change nothing", "[calendar]") {
    const Date mon25 = make_date(2026, 5, 25);
    const Date sat23 = make_date(2026, 5, 23);
    const Date fri22 = make_date(2026, 5, 22);
    const WorkingCalendar cal({mon25, sat23, mon25});
    REQUIRE(cal.holidays().size() == 2);
    CHECK(cal.holidays()[0] == sat23);
    CHECK(cal.holidays()[1] == mon25);
    CHECK(cal.is_holiday(sat23));
    CHECK(cal.is_holiday(mon25));
    CHECK_FALSE(cal.is_holiday(fri22));
    CHECK_FALSE(cal.is_working_day(mon25));
    // Friday 22 to Tuesday 26: Sat (weekend, also listed), Sun, Mon (holiday), Tue -> 1.
    // Counting Saturday's holiday as well would give 0.
    CHECK(cal.working_days_between(fri22, make_date(2026, 5, 26)) == 1);
    CHECK(cal.add_working_days(fri22, 1) == make_date(2026, 5, 26));
    // A holiday on `from` is excluded by from < d anyway; one on `to` is not a working day.
    CHECK(cal.working_days_between(mon25, make_date(2026, 5, 26)) == 1);
    CHECK(cal.working_days_between(fri22, mon25) == 0);
}

// ---------------------------------------------------------------------------
// [SECTION] England and Wales
// ---------------------------------------------------------------------------

TEST_CASE("case note rule example: Friday 22 May 2026 to Tuesday 26 May 2026", "[calendar]") {
    const WorkingCalendar& cal = ca::england_and_wales_calendar();
    const Date event = make_date(2026, 5, 22); // Friday
    CHECK(cal.is_working_day(event));
    CHECK_FALSE(cal.is_working_day(make_date(2026, 5, 23))); // Saturday
    CHECK_FALSE(cal.is_working_day(make_date(2026, 5, 24))); // Sunday
    CHECK_FALSE(cal.is_working_day(make_date(2026, 5, 25))); // Spring bank holiday
    CHECK(cal.is_working_day(make_date(2026, 5, 26)));       // Tuesday
    // Recorded Tuesday 26: only Tuesday counts, so within 1 working day.
    CHECK(cal.working_days_between(event, make_date(2026, 5, 26)) == 1);
    // Wednesday 27 is the 2nd working day: the last day that meets "within 2 working days".
    CHECK(cal.add_working_days(event, 2) == make_date(2026, 5, 27));
    CHECK(cal.working_days_between(event, make_date(2026, 5, 27)) == 2);
    CHECK(cal.working_days_between(event, make_date(2026, 5, 28)) == 3); // late
    // Recorded the same day: 0 working days.
    CHECK(cal.working_days_between(event, event) == 0);
}

TEST_CASE("Christmas 2026: Friday 25 and substitute Monday 28 December", "[calendar]") {
    const WorkingCalendar& cal = ca::england_and_wales_calendar();
    CHECK_FALSE(cal.is_working_day(make_date(2026, 12, 25))); // Christmas Day, Friday
    CHECK_FALSE(cal.is_working_day(make_date(2026, 12, 28))); // Boxing Day substitute
    CHECK(cal.is_working_day(make_date(2026, 12, 24)));
    CHECK(cal.is_working_day(make_date(2026, 12, 29)));
    CHECK_FALSE(cal.is_working_day(make_date(2027, 1, 1))); // New Year's Day, Friday
    const Date event = make_date(2026, 12, 24);             // Thursday
    // 25 (holiday), 26-27 (weekend), 28 (holiday): Tuesday 29 is the 1st, Wednesday 30 the 2nd.
    CHECK(cal.add_working_days(event, 1) == make_date(2026, 12, 29));
    CHECK(cal.add_working_days(event, 2) == make_date(2026, 12, 30));
    CHECK(cal.working_days_between(event, make_date(2026, 12, 29)) == 1);
    // To Monday 4 January 2027: 29, 30, 31 December (3), 1 January holiday, 2-3 weekend,
    // Monday 4 (1) = 4.
    CHECK(cal.working_days_between(event, make_date(2027, 1, 4)) == 4);
    // Back from Tuesday 29: the working day before is Thursday 24.
    CHECK(cal.add_working_days(make_date(2026, 12, 29), -1) == event);
}

TEST_CASE("Easter 2027: Good Friday 26 March, Easter Monday 29 March", "[calendar]") {
    const WorkingCalendar& cal = ca::england_and_wales_calendar();
    CHECK_FALSE(cal.is_working_day(make_date(2027, 3, 26)));
    CHECK_FALSE(cal.is_working_day(make_date(2027, 3, 29)));
    const Date event = make_date(2027, 3, 25); // Thursday
    CHECK(cal.add_working_days(event, 1) == make_date(2027, 3, 30));
    CHECK(cal.add_working_days(event, 2) == make_date(2027, 3, 31));
    CHECK(cal.working_days_between(event, make_date(2027, 3, 30)) == 1);
    // Wednesday 24 March to Friday 2 April: Thu 25 (1), Fri 26 holiday, weekend, Mon 29
    // holiday, Tue 30 (2), Wed 31 (3), Thu 1 April (4), Fri 2 April (5).
    CHECK(cal.working_days_between(make_date(2027, 3, 24), make_date(2027, 4, 2)) == 5);
}

TEST_CASE("2026 has 253 working days in England and Wales", "[calendar]") {
    // 261 weekdays (see above) less the 8 bank holidays of 2026, all on weekdays: Thu 1 Jan,
    // Fri 3 Apr, Mon 6 Apr, Mon 4 May, Mon 25 May, Mon 31 Aug, Fri 25 Dec, Mon 28 Dec.
    const WorkingCalendar& cal = ca::england_and_wales_calendar();
    CHECK(cal.working_days_between(make_date(2025, 12, 31), make_date(2026, 12, 31)) == 253);
}

// ---------------------------------------------------------------------------
// [SECTION] Counting agrees with stepping
// ---------------------------------------------------------------------------

TEST_CASE("working_days_between equals a day-by-day count", "[calendar]") {
    // working_days_between counts whole weeks; this checks it against the definition
    // (step through from < d <= to) for every start in December 2026 - January 2027 and
    // every span up to 40 days, which covers all weekday offsets and the holiday cluster.
    const WorkingCalendar& cal = ca::england_and_wales_calendar();
    bool all_ok = true;
    for (Date from = make_date(2026, 12, 1); from <= make_date(2027, 1, 31) && all_ok;
         from = ca::add_days(from, 1)) {
        int stepped = 0;
        for (int span = 0; span <= 40; ++span) {
            const Date to = ca::add_days(from, span);
            if (span > 0 && cal.is_working_day(to))
                ++stepped;
            if (cal.working_days_between(from, to) != stepped) {
                INFO("from " << ca::format_date(from) << " to " << ca::format_date(to));
                CHECK(cal.working_days_between(from, to) == stepped);
                all_ok = false;
                break;
            }
            // add_working_days is the inverse on working days: the n-th working day after
            // `from` is n working days after it.
            if (span > 0 && cal.is_working_day(to) && cal.add_working_days(from, stepped) != to) {
                INFO("add_working_days(" << ca::format_date(from) << ", " << stepped << ")");
                CHECK(cal.add_working_days(from, stepped) == to);
                all_ok = false;
                break;
            }
        }
    }
    CHECK(all_ok);
}

TEST_CASE("add_working_days over many weeks, both directions", "[calendar]") {
    const WorkingCalendar cal;
    const Date start = make_date(2026, 5, 22); // Friday
    // From a Friday, 5 working days is the next Friday: 1000 = 200 weeks = 1400 days.
    CHECK(cal.add_working_days(start, 1000) == ca::add_days(start, 1400));
    CHECK(cal.add_working_days(start, -1000) == ca::add_days(start, -1400));
}
