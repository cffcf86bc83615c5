// Case Audit - bank holiday lists.
//
// Working-day deadlines skip bank holidays. The England and Wales list ships with the app
// (assets/core/bank-holidays-england-and-wales.json, compiled in) so that the browser app
// needs no network; its "source" field says which years are published dates and which are
// computed by the standard rules.
//
// Index of this file:
// [SECTION] Parsing a bank holiday file
// [SECTION] The built-in England and Wales calendar
#pragma once

#include "core/calendar/date.h"
#include "core/calendar/working_days.h"

#include <string>
#include <string_view>
#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Parsing a bank holiday file
// ---------------------------------------------------------------------------

// The result of reading a bank holiday file: `error` is empty on success, and otherwise
// says what is wrong and where (then `dates` is empty).
struct BankHolidayList {
    std::vector<Date> dates; // sorted, no repeats
    std::string error;

    bool ok() const { return error.empty(); }
};

// Reads the GOV.UK-style file format:
//   {"source": "...", "licence": "...", "region": "england-and-wales",
//    "dates": [{"date": "2020-01-01", "title": "New Year's Day"}, ...]}
// "dates" is required and each entry needs a strict "YYYY-MM-DD" "date" and a non-empty
// "title". A date listed twice is an error (a typing slip in the file, not a second
// holiday). "source", "licence" and "region" are informative, but must be strings when given.
BankHolidayList parse_bank_holidays(std::string_view json_text);

// ---------------------------------------------------------------------------
// [SECTION] The built-in England and Wales calendar
// ---------------------------------------------------------------------------

// Years covered by the built-in list. Outside them no bank holiday is known, so a working
// day count there treats every weekday as working: callers should warn when a deadline
// falls outside this range.
constexpr int k_england_and_wales_first_year = 2020;
constexpr int k_england_and_wales_last_year = 2030;

// The built-in list, parsed once. The file is checked by the unit tests, so a parse failure
// here is a build defect; the list is then empty rather than partly filled.
const BankHolidayList& england_and_wales_bank_holidays();

// Weekends plus England and Wales bank holidays: the default calendar of every
// working-day rule.
const WorkingCalendar& england_and_wales_calendar();

} // namespace ca
