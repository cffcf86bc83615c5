// Unit tests: the bank holiday file reader and the built-in England and Wales list
// (src/core/calendar/bank_holidays.h, assets/core/bank-holidays-england-and-wales.json).
//
// The built-in list was typed from GOV.UK's published dates; this file recomputes the
// regular holidays from the rules, independently of it, so that a typing slip in either
// shows up as a difference.
//
// Index of this file:
// [SECTION] Independent holiday rules (Easter computus, Mondays in May/August, substitutes)
// [SECTION] The built-in England and Wales list
// [SECTION] Reading a bank holiday file: good and bad input
#include "core/calendar/bank_holidays.h"

#include "embedded/ca_core_assets.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using ca::Date;
using ca::make_date;
using ca::Weekday;

// ---------------------------------------------------------------------------
// [SECTION] Independent holiday rules
// ---------------------------------------------------------------------------

namespace {

// Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher): the Paschal full
// moon from the 19-year Metonic cycle and the century corrections, then the next Sunday.
Date easter_sunday(int y) {
    const int a = y % 19;
    const int b = y / 100;
    const int c = y % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return make_date(y, month, day);
}

bool is_weekend(Date d) {
    return ca::weekday(d) == Weekday::Saturday || ca::weekday(d) == Weekday::Sunday;
}

Date first_weekday_on_or_after(Date d) {
    while (is_weekend(d))
        d = ca::add_days(d, 1);
    return d;
}

Date first_monday_on_or_after(Date d) {
    while (ca::weekday(d) != Weekday::Monday)
        d = ca::add_days(d, 1);
    return d;
}

// The regular England and Wales bank holidays of one year. Substitute days come out of one
// rule: New Year's Day is the first weekday on or after 1 January, and Christmas and Boxing
// Day are the first two weekdays on or after 25 December (Sat 25 -> Mon 27 and Tue 28;
// Sun 25 -> Mon 26 and Tue 27; Fri 25 -> Fri 25 and Mon 28).
std::vector<Date> regular_holidays(int year) {
    const Date easter = easter_sunday(year);
    const Date christmas = first_weekday_on_or_after(make_date(year, 12, 25));
    const Date boxing_day = first_weekday_on_or_after(ca::add_days(christmas, 1));
    return {
        first_weekday_on_or_after(make_date(year, 1, 1)),
        ca::add_days(easter, -2),                         // Good Friday
        ca::add_days(easter, 1),                          // Easter Monday
        first_monday_on_or_after(make_date(year, 5, 1)),  // Early May
        first_monday_on_or_after(make_date(year, 5, 25)), // Spring: last Monday in May
        first_monday_on_or_after(make_date(year, 8, 25)), // Summer: last Monday in August
        christmas,
        boxing_day,
    };
}

} // namespace

TEST_CASE("Easter computus gives known Easter Sundays", "[calendar]") {
    CHECK(easter_sunday(2000) == make_date(2000, 4, 23));
    CHECK(easter_sunday(2024) == make_date(2024, 3, 31));
    CHECK(easter_sunday(2025) == make_date(2025, 4, 20));
    CHECK(easter_sunday(2026) == make_date(2026, 4, 5));
    CHECK(easter_sunday(2027) == make_date(2027, 3, 28));
    CHECK(easter_sunday(2038) == make_date(2038, 4, 25)); // the latest possible date
    CHECK(easter_sunday(2285) == make_date(2285, 3, 22)); // the earliest possible date
}

TEST_CASE("regular holiday rule reproduces hand-checked years", "[calendar]") {
    // 2021: Christmas on a Saturday -> Mon 27 and Tue 28 December; 2022: 1 January on a
    // Saturday -> Mon 3 January, Christmas on a Sunday -> Mon 26 and Tue 27 December.
    const std::vector<Date> y2021 = regular_holidays(2021);
    CHECK(y2021[6] == make_date(2021, 12, 27));
    CHECK(y2021[7] == make_date(2021, 12, 28));
    const std::vector<Date> y2022 = regular_holidays(2022);
    CHECK(y2022[0] == make_date(2022, 1, 3));
    CHECK(y2022[6] == make_date(2022, 12, 26));
    CHECK(y2022[7] == make_date(2022, 12, 27));
    // 2026: Good Friday 3 April, last Monday in May 25 (25 May is itself a Monday), last
    // Monday in August 31, Boxing Day on a Saturday -> Monday 28.
    const std::vector<Date> y2026 = regular_holidays(2026);
    CHECK(y2026[1] == make_date(2026, 4, 3));
    CHECK(y2026[4] == make_date(2026, 5, 25));
    CHECK(y2026[5] == make_date(2026, 8, 31));
    CHECK(y2026[7] == make_date(2026, 12, 28));
}

// ---------------------------------------------------------------------------
// [SECTION] The built-in England and Wales list
// ---------------------------------------------------------------------------

TEST_CASE("built-in England and Wales list is the rules plus the special days", "[calendar]") {
    const ca::BankHolidayList& list = ca::england_and_wales_bank_holidays();
    INFO(list.error);
    REQUIRE(list.ok());

    std::vector<Date> expected;
    for (int year = ca::k_england_and_wales_first_year; year <= ca::k_england_and_wales_last_year;
         ++year)
        for (Date d : regular_holidays(year))
            expected.push_back(d);
    // Moved: 2020 early May (Mon 4 -> Fri 8 May, VE Day); 2022 Spring bank holiday
    // (Mon 30 May -> Thu 2 June, for the Platinum Jubilee weekend).
    const Date removed[] = {make_date(2020, 5, 4), make_date(2022, 5, 30)};
    for (Date d : removed) {
        const auto it = std::find(expected.begin(), expected.end(), d);
        REQUIRE(it != expected.end());
        expected.erase(it);
    }
    // Added: the moved days, the Platinum Jubilee, the State Funeral, the Coronation.
    const Date added[] = {make_date(2020, 5, 8), make_date(2022, 6, 2), make_date(2022, 6, 3),
                          make_date(2022, 9, 19), make_date(2023, 5, 8)};
    for (Date d : added)
        expected.push_back(d);
    std::sort(expected.begin(), expected.end());

    // 11 years of 8 = 88, less the 2 moved days, plus the 5 added = 91.
    CHECK(expected.size() == 91);
    REQUIRE(list.dates.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("entry " << i);
        CHECK(ca::format_date(list.dates[i]) == ca::format_date(expected[i]));
    }
}

TEST_CASE("built-in list: weekdays only, within its years, with provenance", "[calendar]") {
    const ca::BankHolidayList& list = ca::england_and_wales_bank_holidays();
    REQUIRE(list.ok());
    REQUIRE_FALSE(list.dates.empty());
    for (Date d : list.dates) {
        INFO(ca::format_date(d));
        // Substitute days mean no bank holiday is ever on a weekend.
        CHECK_FALSE(is_weekend(d));
    }
    CHECK(list.dates.front() == make_date(2020, 1, 1));
    CHECK(list.dates.back() == make_date(2030, 12, 26));
    CHECK(ca::to_ymd(list.dates.front()).year == ca::k_england_and_wales_first_year);
    CHECK(ca::to_ymd(list.dates.back()).year == ca::k_england_and_wales_last_year);

    // The calendar is built from the same list.
    CHECK(ca::england_and_wales_calendar().holidays() == list.dates);

    // The file must say where its dates come from and under which licence.
    const std::string text(ca_core_assets::find("bank-holidays-england-and-wales.json"));
    CHECK(text.find("https://www.gov.uk/bank-holidays") != std::string::npos);
    CHECK(text.find("Open Government Licence v3.0") != std::string::npos);
    CHECK(text.find("\"region\": \"england-and-wales\"") != std::string::npos);
}

// ---------------------------------------------------------------------------
// [SECTION] Reading a bank holiday file
// ---------------------------------------------------------------------------

TEST_CASE("parse_bank_holidays reads dates in any order into a sorted list", "[calendar]") {
    const ca::BankHolidayList list = ca::parse_bank_holidays(R"j({
        "source": "test", "licence": "test", "region": "england-and-wales",
        "dates": [{"date": "2026-12-28", "title": "Boxing Day (substitute day)"},
                  {"date": "2026-01-01", "title": "New Year's Day", "notes": "ignored"}]
})j");
    INFO(list.error);
    REQUIRE(list.ok());
    REQUIRE(list.dates.size() == 2);
    CHECK(list.dates[0] == make_date(2026, 1, 1));
    CHECK(list.dates[1] == make_date(2026, 12, 28));

    // An empty list is valid: a region with no holidays known.
    const ca::BankHolidayList empty = ca::parse_bank_holidays(R"j({"dates": []})j");
    CHECK(empty.ok());
    CHECK(empty.dates.empty());
}

TEST_CASE("parse_bank_holidays reports bad input", "[calendar]") {
    struct Case {
        const char* json;
        const char* error_part; // a piece of the expected message
    };
    const Case cases[] = {
        {"", "not valid JSON"},
        {"{\"dates\": [", "not valid JSON"},
        {"[]", "must be a JSON object"},
        {"{}", "needs a \"dates\" array"},
        {R"j({"dates": {}})j", "needs a \"dates\" array"},
        {R"j({"dates": [1]})j", "dates[0] must be an object"},
        {R"j({"dates": [{"title": "x"}]})j", "dates[0].date must be"},
        {R"j({"dates": [{"date": 20260101, "title": "x"}]})j", "dates[0].date must be"},
        {R"j({"dates": [{"date": "2026-01-01", "title": "x"}, {"date": "2025-02-30",
            "title": "y"}]})j",
         "dates[1].date \"2025-02-30\" is not a valid"},
        {R"j({"dates": [{"date": "2026-1-1", "title": "x"}]})j", "\"2026-1-1\" is not a valid"},
        {R"j({"dates": [{"date": "2026-01-01"}]})j", "dates[0].title must be"},
        {R"j({"dates": [{"date": "2026-01-01", "title": ""}]})j", "dates[0].title must be"},
        {R"j({"dates": [{"date": "2026-01-01", "title": 3}]})j", "dates[0].title must be"},
        {R"j({"dates": [{"date": "2026-01-01", "title": "a"}, {"date": "2026-01-01",
            "title": "b"}]})j",
         "2026-01-01 is listed more than once"},
        {R"j({"source": 5, "dates": []})j", "\"source\" must be a string"},
        {R"j({"licence": null, "dates": []})j", "\"licence\" must be a string"},
        {R"j({"region": ["x"], "dates": []})j", "\"region\" must be a string"},
    };
    for (const Case& c : cases) {
        INFO("input: " << c.json);
        const ca::BankHolidayList list = ca::parse_bank_holidays(c.json);
        CHECK_FALSE(list.ok());
        CHECK(list.dates.empty());
        CHECK_THAT(list.error, Catch::Matchers::Contains(c.error_part));
    }
}
