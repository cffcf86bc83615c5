// Case Audit - bank holiday lists (see bank_holidays.h).
//
// Index of this file:
// [SECTION] Parsing a bank holiday file
// [SECTION] The built-in England and Wales calendar
#include "core/calendar/bank_holidays.h"

#include "embedded/ca_core_assets.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Parsing a bank holiday file
// ---------------------------------------------------------------------------

namespace {

BankHolidayList fail(std::string message) {
    BankHolidayList out;
    out.error = std::move(message);
    return out;
}

} // namespace

BankHolidayList parse_bank_holidays(std::string_view json_text) {
    // The non-throwing parse: a bad file is an expected input, reported as text.
    const nlohmann::json doc = nlohmann::json::parse(json_text.begin(), json_text.end(), nullptr,
                                                     /*allow_exceptions=*/false);
    if (doc.is_discarded())
        return fail("bank holiday file is not valid JSON");
    if (!doc.is_object())
        return fail("bank holiday file must be a JSON object");
    for (const char* key : {"source", "licence", "region"}) {
        const auto it = doc.find(key);
        if (it != doc.end() && !it->is_string())
            return fail(std::string("\"") + key + "\" must be a string");
    }
    const auto dates_it = doc.find("dates");
    if (dates_it == doc.end() || !dates_it->is_array())
        return fail("bank holiday file needs a \"dates\" array");

    BankHolidayList out;
    std::size_t index = 0;
    for (const nlohmann::json& entry : *dates_it) {
        const std::string where = "dates[" + std::to_string(index) + "]";
        ++index;
        if (!entry.is_object())
            return fail(where + " must be an object with \"date\" and \"title\"");
        const auto date_it = entry.find("date");
        if (date_it == entry.end() || !date_it->is_string())
            return fail(where + ".date must be a \"YYYY-MM-DD\" string");
        const std::string& text = date_it->get_ref<const std::string&>();
        const std::optional<Date> date = parse_date(text);
        if (!date)
            return fail(where + ".date \"" + text + "\" is not a valid YYYY-MM-DD date");
        const auto title_it = entry.find("title");
        if (title_it == entry.end() || !title_it->is_string() ||
            title_it->get_ref<const std::string&>().empty())
            return fail(where + ".title must be a non-empty string");
        out.dates.push_back(*date);
    }

    std::sort(out.dates.begin(), out.dates.end());
    const auto repeat = std::adjacent_find(out.dates.begin(), out.dates.end());
    if (repeat != out.dates.end())
        return fail("date " + format_date(*repeat) + " is listed more than once");
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] The built-in England and Wales calendar
// ---------------------------------------------------------------------------

const BankHolidayList& england_and_wales_bank_holidays() {
    static const BankHolidayList list = [] {
        BankHolidayList parsed =
            parse_bank_holidays(ca_core_assets::find("bank-holidays-england-and-wales.json"));
        if (!parsed.ok())
            parsed.dates.clear();
        return parsed;
    }();
    return list;
}

const WorkingCalendar& england_and_wales_calendar() {
    static const WorkingCalendar calendar(england_and_wales_bank_holidays().dates);
    return calendar;
}

} // namespace ca
