// Case Audit - reading a hand-edited JSON file safely. See checked_json.h.
//
// Index of this file:
// [SECTION] Places
// [SECTION] The check before parsing
// [SECTION] parse_json_file
#include "core/json/checked_json.h"

#include "core/extract/json_text.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <map>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Places
// ---------------------------------------------------------------------------

namespace {

void line_and_column(std::string_view text, std::size_t offset, int& line, int& column) {
    if (offset > text.size())
        offset = text.size();
    line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    column = static_cast<int>(count_utf8_chars(text.substr(line_start, offset - line_start))) + 1;
}

} // namespace

std::string json_value_as_written(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "a list";
    case nlohmann::json::value_t::string: {
        const std::string& s = value.get_ref<const std::string&>();
        return "\"" + excerpt_around(s, 0, 60) + (s.size() > 60 ? "...\"" : "\"");
    }
    default:
        return value.dump(); // a number, true, false or null: a scalar, as written
    }
}

bool beyond_int64(const nlohmann::json& value) {
    return value.is_number_unsigned() &&
           value.get<std::uint64_t>() >
               static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
}

std::string json_place(std::string_view text, std::size_t offset) {
    int line = 0;
    int column = 0;
    line_and_column(text, offset, line, column);
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// ---------------------------------------------------------------------------
// [SECTION] The check before parsing
// ---------------------------------------------------------------------------
// One pass over the bytes with an explicit stack (so a deeply nested file cannot overflow
// the program's stack here either). It trusts nothing: at the first byte it does not expect
// it stops, and the parser after it reports the syntax error with its place.

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class PreCheck {
public:
    PreCheck(std::string_view text, const char* what, const JsonFileLimits& limits,
             std::vector<JsonFileProblem>& problems)
        : text_(text), what_(what), limits_(limits), problems_(problems) {}

    void run() {
        // A UTF-8 byte-order mark is allowed (the parser skips it too).
        std::size_t i = text_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        while (i < text_.size() && problems_.size() < limits_.max_problems) {
            const char c = text_[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ':') {
                ++i;
            } else if (c == '"') {
                const std::size_t end = string_end(i);
                if (end == std::string_view::npos)
                    return;
                if (!control_characters(i, end, expect_key()))
                    return;
                if (expect_key())
                    key(i, end);
                else
                    value_done();
                i = end;
            } else if (c == '{' || c == '[') {
                if (static_cast<int>(levels_.size()) >= limits_.max_depth) {
                    add(i, "The " + std::string(what_) + " is nested more than " +
                               std::to_string(limits_.max_depth) +
                               " levels deep here; no file of Case Audit needs more than 10.");
                    return; // nothing after this can be read
                }
                levels_.push_back(Level{c == '{', 0, {}, {}, true});
                ++i;
            } else if (c == '}' || c == ']') {
                if (levels_.empty())
                    return;
                levels_.pop_back();
                value_done();
                ++i;
            } else if (c == ',') {
                if (levels_.empty())
                    return;
                Level& l = levels_.back();
                if (l.object)
                    l.expect_key = true;
                else
                    ++l.index;
                ++i;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                std::size_t end = i;
                while (end < text_.size() &&
                       (std::strchr("+-.eE0123456789", text_[end]) != nullptr))
                    ++end;
                number(i, text_.substr(i, end - i));
                value_done();
                i = end;
            } else if (c == 't' || c == 'f' || c == 'n') {
                while (i < text_.size() && text_[i] >= 'a' && text_[i] <= 'z')
                    ++i;
                value_done();
            } else {
                return; // a syntax error (or a byte-order mark, which the parser skips)
            }
        }
    }

private:
    struct Level {
        bool object;
        std::uint32_t index;                     // arrays: the element being read
        std::string key;                         // objects: the member being read
        std::map<std::string, std::size_t> seen; // objects: each key and where it was
        bool expect_key;                         // objects: the next string is a key
    };

    bool expect_key() const {
        return !levels_.empty() && levels_.back().object && levels_.back().expect_key;
    }

    void value_done() {
        if (!levels_.empty() && levels_.back().object)
            levels_.back().expect_key = false;
    }

    // The offset just after the closing quote of the string opening at `open`, or npos.
    std::size_t string_end(std::size_t open) const {
        for (std::size_t i = open + 1; i < text_.size(); ++i) {
            if (text_[i] == '\\')
                ++i;
            else if (text_[i] == '"')
                return i + 1;
        }
        return std::string_view::npos;
    }

    // A control character in a string: raw ones other than DEL are syntax errors (the
    // parser says so); escaped ones would reach names and exports, where they cut a table
    // row or a CSV line short. Tab, CR and LF are allowed in values (comments have line
    // breaks), never in a key (keys are written into paths and messages).
    // Returns false at a raw control byte: a syntax error, which the parser reports.
    bool control_characters(std::size_t open, std::size_t end, bool key) {
        for (std::size_t i = open + 1; i + 1 < end; ++i) {
            if (static_cast<unsigned char>(text_[i]) < 0x20)
                return false;
            unsigned code = 0x100;
            std::size_t at = i;
            if (text_[i] == '\\') {
                const char e = text_[i + 1];
                if (e == 't' || e == 'n' || e == 'r')
                    code = e == 't' ? 0x09u : e == 'n' ? 0x0Au : 0x0Du;
                else if (e == 'b')
                    code = 0x08;
                else if (e == 'f')
                    code = 0x0C;
                else if (e == 'u' && i + 5 < end && text_[i + 2] == '0' && text_[i + 3] == '0' &&
                         hex_digit(text_[i + 4]) >= 0 && hex_digit(text_[i + 5]) >= 0)
                    code = static_cast<unsigned>(hex_digit(text_[i + 4]) * 16 +
                                                 hex_digit(text_[i + 5]));
                ++i; // the escaped character is not a backslash of its own
            } else if (static_cast<unsigned char>(text_[i]) == 0x7F) {
                code = 0x7F;
            }
            const bool line_break = code == 0x09 || code == 0x0A || code == 0x0D;
            const bool control = (code < 0x20 && (key || !line_break)) || code == 0x7F;
            if (!control)
                continue;
            static const char hex[] = "0123456789ABCDEF";
            const std::string name = std::string("U+00") + hex[code >> 4] + hex[code & 0xF];
            add(at, "A text here contains the control character " + name +
                        ", which cannot be shown or exported; remove it.");
            return true; // one per string is enough
        }
        return true;
    }

    void key(std::size_t open, std::size_t end) {
        Level& l = levels_.back();
        const std::string_view raw = text_.substr(open + 1, end - open - 2);
        std::string name(raw);
        if (raw.find('\\') != std::string_view::npos) {
            std::size_t bad = 0;
            if (!unescape_json_string(raw, name, bad))
                name.assign(raw); // the parser reports the bad escape
        }
        l.key = name;
        l.expect_key = false;
        const auto [it, inserted] = l.seen.emplace(name, open);
        if (!inserted)
            add(open, "The key \"" + excerpt_around(name, 0, 60) +
                          "\" appears twice in the same object (" + json_place(text_, it->second) +
                          " and " + json_place(text_, open) +
                          "); each key may appear once, or the last would silently win.");
    }

    void number(std::size_t at, std::string_view token) {
        if (!is_json_number(token))
            return; // the parser reports it
        const double d = std::strtod(std::string(token).c_str(), nullptr);
        if (std::isfinite(d))
            return;
        add(at, "The number " + excerpt_around(token, 0, 40) + (token.size() > 40 ? "..." : "") +
                    " is too large to hold; numbers in a " + what_ +
                    " are at most about 1e308 (and most are small whole numbers).");
    }

    std::string path() const {
        std::string out;
        for (const Level& l : levels_) {
            if (l.object) {
                if (l.expect_key)
                    break; // between members: the object itself
                if (!out.empty())
                    out += '.';
                out += show_control_characters(l.key, false);
            } else {
                out += "[" + std::to_string(l.index) + "]";
            }
        }
        return out;
    }

    void add(std::size_t at, std::string message) {
        JsonFileProblem p;
        p.path = path();
        line_and_column(text_, at, p.line, p.column);
        p.message = "At line " + std::to_string(p.line) + ", column " + std::to_string(p.column) +
                    ": " + std::move(message);
        problems_.push_back(std::move(p));
    }

    std::string_view text_;
    const char* what_;
    const JsonFileLimits& limits_;
    std::vector<JsonFileProblem>& problems_;
    std::vector<Level> levels_;
};

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] parse_json_file
// ---------------------------------------------------------------------------

std::optional<nlohmann::json> parse_json_file(std::string_view text, const char* what,
                                              std::vector<JsonFileProblem>& problems,
                                              const JsonFileLimits& limits) {
    const std::size_t before = problems.size();
    const std::string_view wide = wide_encoding_name(text);
    if (!wide.empty()) {
        problems.push_back({"",
                            "The " + std::string(what) + " is saved as " + std::string(wide) +
                                " text; Case Audit reads UTF-8. Save it again as UTF-8 "
                                "(for example, in Notepad: Save As, Encoding: UTF-8).",
                            0, 0});
        return std::nullopt;
    }
    PreCheck(text, what, limits, problems).run();
    if (problems.size() != before)
        return std::nullopt;
    // Not a throwing parse: a syntax error (or anything else the parser refuses) comes back
    // as a discarded value, and is then located by the SAX parser.
    nlohmann::json value = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (!value.is_discarded())
        return value;
    const JsonSyntaxError e = locate_json_syntax_error(text);
    JsonFileProblem p;
    const std::size_t at = e.found ? e.offset : 0;
    line_and_column(text, at, p.line, p.column);
    p.message = "Not valid JSON: " + (e.found ? e.message : std::string("the parser refused it")) +
                " (line " + std::to_string(p.line) + ", column " + std::to_string(p.column) + ")" +
                (text.empty() ? "." : ". Near: \"" + excerpt_around(text, at) + "\"");
    problems.push_back(std::move(p));
    return std::nullopt;
}

} // namespace ca
