// Case Audit - reading a JSON file that a person may have edited by hand (the policy file, the
// audit workbook) into nlohmann/json without any way for the file to crash the program.
//
// nlohmann/json parses any valid JSON, but some valid or nearly valid files hurt the caller:
// a number such as 1e400 throws out_of_range (not parse_error); a value nested 100,000 deep
// parses, and then dump() or a destructor recurses through it and overflows the stack; a key
// written twice keeps the last value silently (a doubled "asAt" would change every result);
// a file saved as UTF-16 is reported as a syntax error at its first byte. This file checks
// the text first, in one non-recursive pass, and says what is wrong, where (line and column,
// in characters, and the JSON path) and what was expected; only a text that passes is
// parsed, and the parse itself cannot throw.
//
// Index of this file:
// [SECTION] Limits and problems
// [SECTION] Parsing
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Limits and problems
// ---------------------------------------------------------------------------

struct JsonFileLimits {
    int max_depth = 64;            // nesting of arrays and objects; no file of ours needs 10
    std::size_t max_problems = 20; // listed; the check stops after this many
};

// One problem with the text, before any meaning is read from it.
struct JsonFileProblem {
    std::string path;    // JSON path of the value ("samples[2].id"); "" for the file itself
    std::string message; // a full sentence, naming the line and column
    int line = 0;        // 1-based; 0 when not about one place
    int column = 0;      // 1-based, in characters
};

// ---------------------------------------------------------------------------
// [SECTION] Parsing
// ---------------------------------------------------------------------------

// The parsed value, or nullopt with at least one problem. `what` names the file in messages
// ("policy file", "workbook"). Problems found: an encoding other than UTF-8 (UTF-16 and
// UTF-32, with or without a byte-order mark), nesting deeper than the limit, a key twice in
// one object (both places), a number too large to hold, an escaped control character in a
// text (other than tab, CR and LF), and any syntax error. Never throws.
std::optional<nlohmann::json> parse_json_file(std::string_view text, const char* what,
                                              std::vector<JsonFileProblem>& problems,
                                              const JsonFileLimits& limits = {});

// parse_json_file() for a file whose top level must be an object: the problems (or, when the
// text is JSON but not an object, `not_object` as the one problem at the file) are added to
// `errors` as {path, message}, the error type of the caller's loader.
template <class Error>
std::optional<nlohmann::json> parse_json_object_file(std::string_view text, const char* what,
                                                     const char* not_object,
                                                     std::vector<Error>& errors) {
    std::vector<JsonFileProblem> problems;
    std::optional<nlohmann::json> parsed = parse_json_file(text, what, problems);
    for (JsonFileProblem& p : problems)
        errors.push_back({std::move(p.path), std::move(p.message)});
    if (parsed && !parsed->is_object()) {
        errors.push_back({"", not_object});
        return std::nullopt;
    }
    return parsed;
}

// A value for a message: a number, true, false or null as written (1e400 cannot be parsed,
// 18446744073709551615 stays itself), a string quoted and cut at 60 characters with control
// characters as spaces, "an object" or "a list" (never dumped: it could be anything).
std::string json_value_as_written(const nlohmann::json& value);

// True for a whole number above INT64_MAX (nlohmann keeps it as unsigned): get<int64_t>()
// would wrap it to a negative number, so check this before reading a whole number.
bool beyond_int64(const nlohmann::json& value);

// "line 3, column 7" for byte `offset` of `text` (columns in characters).
std::string json_place(std::string_view text, std::size_t offset);

} // namespace ca
