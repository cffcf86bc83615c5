// Unit tests support: one shared recording-quality analyser (loading the dictionary is the
// slow part) and fixture loading for the [text] tests.
#pragma once

#include "core/text/analyser.h"

#include <fstream>
#include <sstream>
#include <string>

namespace ca_test {

// One analyser for all [text] tests, with the names used in the fixtures as known words
// (what the app passes from the extract: people, workers, teams, places).
inline ca::text::TextAnalyser& text_analyser() {
    static ca::text::TextAnalyser analyser;
    static const bool names_added = [] {
        analyser.add_known_words({"Mary Jones", "Ahmed Khan", "Priya Patel", "Tom O'Neill",
                                  "Brightwater", "Eastfield", "Oakwood House"});
        return true;
    }();
    static_cast<void>(names_added);
    return analyser;
}

inline std::string read_text_fixture(const std::string& name) {
    std::ifstream in(std::string(CASEAUDIT_TEST_DATA_DIR) + "/text/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The highlighted text of a finding.
inline std::string highlighted(std::string_view note, const ca::text::TextFinding& f) {
    return std::string(note.substr(f.offset, f.length));
}

} // namespace ca_test
