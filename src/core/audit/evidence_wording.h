// Case Audit - wording shared by the case file and supervision evidence rules (private to
// evidence_case.cpp and evidence_supervision.cpp): counts, days and dates in a manager's words,
// and the all/some/none proposal.
#pragma once

#include "core/audit/evidence.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ca::audit::evidence_detail {

// "1 note", "3 notes".
inline std::string count_of(std::size_t n, std::string_view one, std::string_view many) {
    std::string s = std::to_string(n);
    s += ' ';
    s += n == 1 ? one : many;
    return s;
}

inline std::string days_text(int n) {
    return count_of(static_cast<std::size_t>(n < 0 ? -n : n), "day", "days");
}

inline std::string working_days_text(int n) {
    return count_of(static_cast<std::size_t>(n < 0 ? -n : n), "working day", "working days");
}

// "Friday 22 May 2026": working-day findings name the weekday, so that the reader can see
// why a weekend or a bank holiday was not counted.
inline std::string day_and_date(Date d) {
    static constexpr std::string_view names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                 "Friday", "Saturday", "Sunday"};
    std::string s(names[static_cast<std::size_t>(weekday(d))]);
    s += ' ';
    s += format_date_long(d);
    return s;
}

// A quoted excerpt of free text, at most 80 bytes (cut at a character boundary).
inline std::string excerpt(std::string_view text) {
    if (text.size() <= 80)
        return "\"" + std::string(text) + "\"";
    std::size_t n = 80;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80)
        --n; // do not cut a UTF-8 character in two
    return "\"" + std::string(text.substr(0, n)) + "...\"";
}

inline void add_line(AreaEvidence& e, std::string text, std::vector<RecordRef> records, bool ok) {
    e.lines.push_back(EvidenceLine{std::move(text), std::move(records), ok});
}

// All passed: Met; some: PartlyMet; none: NotMet (`total` > 0).
inline AreaResult all_some_none(std::size_t passed, std::size_t total) {
    if (passed == total)
        return AreaResult::Met;
    return passed == 0 ? AreaResult::NotMet : AreaResult::PartlyMet;
}

} // namespace ca::audit::evidence_detail
