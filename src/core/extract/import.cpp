// Case Audit - the case extract importer. See import.h for the design and the API.
//
// No exceptions here: in wasm this file is compiled with -fno-exceptions
// (src/core/CMakeLists.txt), because em++'s JS-based exceptions put a JS call around every
// call that might throw. So nothing in this file may throw, catch, or call anything that
// throws as a way of reporting a problem: every problem is a finding, the record cursor's
// are JsonFault codes, and the only library used here (nlohmann/json, via json_text.h to
// locate a syntax error) reports through its SAX handler without throwing. Sizes are
// bounded by ImportLimits. What remains is std::bad_alloc from the standard containers
// when the browser runs out of memory: nothing in the app catches it, natively or in wasm,
// so it ends the program either way; built without exceptions the importer's own
// destructors are skipped on that way out, which changes nothing visible.
//
// Index of this file:
// [SECTION] Includes and small helpers
// [SECTION] Impl: state
// [SECTION] Findings and JSON paths
// [SECTION] Top-level scanner (splits the file into records)
// [SECTION] Record parsing: typed field readers
// [SECTION] Record parsing: one function per record kind
// [SECTION] Checks that need every record (ids, references)
// [SECTION] ExtractImporter

// ---------------------------------------------------------------------------
// [SECTION] Includes and small helpers
// ---------------------------------------------------------------------------
#include "core/extract/import.h"

#include "core/extract/json_cursor.h"
#include "core/extract/json_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>

namespace ca {
namespace {

// The top-level keys of the format. Arrays of records are split element by element.
enum class TopKey : std::uint8_t {
    Metadata,
    Teams,
    Workers,
    People,
    Cases,
    Supervisions,
    DirectorDiscussions,
    Audits,
    Unknown
};
constexpr std::string_view k_top_names[] = {
    "metadata", "teams", "workers", "people", "cases", "supervisions", "directorDiscussions",
    "audits"};
constexpr int k_top_count = 8;

TopKey top_key_of(std::string_view name) {
    for (int i = 0; i < k_top_count; ++i)
        if (k_top_names[i] == name)
            return static_cast<TopKey>(i);
    return TopKey::Unknown;
}

std::string_view json_type_name(JsonType t) {
    switch (t) {
    case JsonType::Array:
        return "an array";
    case JsonType::Object:
        return "an object";
    case JsonType::Number:
        return "a number";
    case JsonType::String:
        return "a string";
    case JsonType::Boolean:
        return "true or false";
    case JsonType::Null:
        return "null";
    }
    return "a value";
}

// What a record's syntax fault means, in words for a data officer. Only used when the
// precise place of the fault could not be found (locate_json_syntax_error).
std::string_view json_fault_sentence(JsonFault f) {
    switch (f) {
    case JsonFault::None:
    case JsonFault::Structure:
        return "its brackets, commas, colons or quotes do not fit together";
    case JsonFault::Escape:
        return "a text value has a backslash that does not start a JSON escape";
    case JsonFault::Text:
        return "a text value contains a control character (such as a line break or tab) that "
               "must be written as an escape (\\n, \\t), or is not valid UTF-8";
    case JsonFault::Number:
        return "a number is not written the way JSON writes numbers";
    case JsonFault::Literal:
        return "a word is not one of the JSON values true, false and null";
    case JsonFault::Unclosed:
        return "a text value is not closed by a quote";
    }
    return "its brackets, commas, colons or quotes do not fit together";
}

// "1 MiB", "32 MiB", or "1000 bytes" for limits below a mebibyte.
std::string size_text(std::size_t bytes) {
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

std::string quote_value(std::string_view s) {
    std::string out = "\"";
    out += excerpt_around(s, 0, 60);
    if (s.size() > out.size())
        out += "...";
    out += '"';
    return out;
}

// The bytes the scanner stops at inside a record: quotes, brackets and line breaks.
struct ScannerStops {
    bool stop[256] = {};
    constexpr ScannerStops() {
        for (char c : {'"', '{', '}', '[', ']', '\n'})
            stop[static_cast<unsigned char>(c)] = true;
    }
    constexpr bool operator[](unsigned char c) const { return stop[c]; }
};
constexpr ScannerStops k_scanner_stops;

// One step of a JSON path: a key (static storage) or an array index.
struct PathPart {
    const char* key = nullptr; // null: index
    std::uint32_t index = 0;
};

// The JSON path of the value being read. Every field of every record is pushed and popped,
// so this is a fixed array: a std::vector's push_back stayed an out-of-line call in the
// hot loop. The readers follow the format, whose deepest paths have seven steps
// (cases[12].assessments[0].sections[3].completedDate); steps beyond the capacity are
// counted but not kept, so that pushes and pops stay paired.
class PathStack {
public:
    void push(PathPart p) {
        if (size_ < k_capacity)
            parts_[size_] = p;
        ++size_;
    }
    void pop() { --size_; }
    void clear() { size_ = 0; }
    const PathPart* begin() const { return parts_; }
    const PathPart* end() const { return parts_ + std::min(size_, k_capacity); }

private:
    static constexpr std::uint32_t k_capacity = 16;
    PathPart parts_[k_capacity];
    std::uint32_t size_ = 0;
};

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Impl: state
// ---------------------------------------------------------------------------

struct ExtractImporter::Impl {
    explicit Impl(ImportLimits l) : limits(l), x(std::make_unique<Extract>()) {}

    ImportLimits limits;
    std::unique_ptr<Extract> x;
    std::vector<Finding> findings;
    std::size_t counts[3] = {0, 0, 0};
    std::set<std::string> unknown_patterns;
    bool fatal = false; // stop reading: syntax, encoding, limits, format
    bool finished = false;
    std::uint64_t total = 0;

    // --- scanner state ---
    enum class State : std::uint8_t {
        Start,        // before the opening '{' (a byte-order mark and white space allowed)
        KeyOrEnd,     // after '{': a key or '}'
        Key,          // after ',': a key
        InKey,        // inside a key string
        Colon,        // after a key: ':'
        ValueStart,   // after ':': a value
        ArrayFirst,   // after the '[' of a record array: a record or ']'
        ArrayElement, // after ',': a record
        ArrayNext,    // after a record: ',' or ']'
        InValue,      // inside a value being captured (a record, or a whole top-level value)
        AfterValue,   // after a top-level value: ',' or '}'
        Done          // after the closing '}': white space only
    };
    State state = State::Start;
    std::uint64_t pos = 0; // absolute offset of the next byte
    int line = 1;
    std::uint64_t line_start = 0; // absolute offset of the current line's first byte
    int bom_bytes = 0;

    std::string key; // the top-level key being read (escapes replaced at its end)
    std::string key_scratch;
    std::uint64_t key_start = 0; // absolute offset of its first byte (after the quote)
    bool key_escape = false;     // the previous key byte was a backslash
    TopKey current_top = TopKey::Unknown;
    const char* current_top_name = nullptr; // static name for paths; null for unknown keys
    std::string unknown_top_name;
    bool seen_top[k_top_count] = {};
    std::uint32_t element_index = 0;
    bool in_array = false;

    // The value being captured.
    std::string buf;             // a value that straddles chunks, gathered here
    std::string_view value_text; // the value being parsed: in the chunk or in `buf`
    std::uint64_t value_start = 0;
    int value_start_line = 1;
    std::uint64_t value_line_start = 0;
    std::uint8_t stack[256] = {};
    int depth = 0;
    bool in_string = false;
    bool escape = false;
    bool string_has_backslash = false; // the string being scanned has an escape
    bool string_plain = true;          // ... and is ASCII without control bytes so far
    bool scalar = false;
    std::uint64_t string_start = 0;

    // Long strings (note text: more than half an extract's bytes) are listed as the scanner
    // finds them, so that the record's cursor jumps over them instead of searching them for
    // their closing quote again.
    static constexpr std::uint64_t k_known_string_bytes = 128; // quotes included
    std::vector<KnownString> long_strings; // in the value being captured, from its start

    // --- record parsing state ---
    JsonCursor cursor;
    PathStack path;
    std::string element_label; // "cases[12]" for messages about a whole record
    bool record_syntax_error = false;
    JsonFault record_error = JsonFault::None; // the first one in this record
    bool format_mismatch = false;
    std::vector<SupervisionItem> pending_actions;

    // ------------------------------------------------------------------
    // [SECTION] Findings and JSON paths
    // ------------------------------------------------------------------

    void add(Severity sev, std::string code, std::string message, std::string json_path,
             std::string record_id = {}, int at_line = 0, int at_column = 0) {
        const auto s = static_cast<std::size_t>(sev);
        ++counts[s];
        if (counts[s] > limits.max_findings_per_severity)
            return;
        Finding f;
        f.severity = sev;
        f.code = std::move(code);
        f.message = std::move(message);
        f.json_path = std::move(json_path);
        f.record_id = std::move(record_id);
        f.line = at_line;
        f.column = at_column;
        findings.push_back(std::move(f));
    }

    std::string path_string(bool with_indices = true) const {
        std::string out;
        for (const PathPart& p : path) {
            if (p.key) {
                if (!out.empty())
                    out += '.';
                out += p.key;
            } else {
                out += '[';
                if (with_indices)
                    out += std::to_string(p.index);
                out += ']';
            }
        }
        return out;
    }

    // A schema or semantic finding about the value at the current path.
    void at_path(Severity sev, const char* code, std::string message) {
        add(sev, code, std::move(message), path_string());
    }

    // A fatal finding at an absolute file offset that the scanner is looking at.
    void fatal_at(const char* code, std::string message, std::uint64_t at, std::string_view context,
                  std::size_t context_offset) {
        const int col = static_cast<int>(at - line_start) + 1;
        std::string msg = std::move(message);
        if (!context.empty())
            msg += " Near: \"" + excerpt_around(context, context_offset) + "\"";
        add(Severity::Error, code, std::move(msg), element_path_for_messages(), {}, line, col);
        fatal = true;
    }

    std::string element_path_for_messages() const {
        if (state != State::InValue)
            return {};
        return element_label;
    }

    // Line and column of byte `offset` inside the captured value.
    void value_location(std::size_t offset, int& out_line, int& out_col) const {
        const std::string_view v = value_text.substr(0, std::min(offset, value_text.size()));
        int l = value_start_line;
        std::size_t last_nl = std::string_view::npos;
        for (std::size_t i = 0; i < v.size(); ++i)
            if (v[i] == '\n') {
                ++l;
                last_nl = i;
            }
        out_line = l;
        if (last_nl == std::string_view::npos) {
            // Same line as the value's start: bytes before it on that line are structure
            // and white space (ASCII), so they count one column each.
            out_col = static_cast<int>(value_start - value_line_start) +
                      static_cast<int>(count_utf8_chars(v)) + 1;
        } else {
            out_col = static_cast<int>(count_utf8_chars(v.substr(last_nl + 1))) + 1;
        }
    }

    // ------------------------------------------------------------------
    // [SECTION] Top-level scanner
    // ------------------------------------------------------------------

    static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

    void newline_at(std::uint64_t at) {
        ++line;
        line_start = at + 1;
    }

    void feed(std::string_view chunk) {
        if (fatal || finished)
            return;
        const char* const begin = chunk.data();
        const char* const end = begin + chunk.size();
        const char* p = begin;
        const char* seg = begin; // first byte of the captured value not yet in `buf`
        auto abs = [&](const char* q) { return pos + static_cast<std::uint64_t>(q - begin); };

        while (p < end && !fatal) {
            if (state == State::InValue) {
                bool done = false;
                p = scan_value(p, end, begin, done);
                if (fatal)
                    break;
                const std::uint64_t captured = buf.size() + static_cast<std::uint64_t>(p - seg);
                if (captured > limits.max_record_bytes) {
                    add(Severity::Error, "too-large",
                        "The record " + element_label + " is larger than " +
                            size_text(limits.max_record_bytes) +
                            ", the largest this version accepts.",
                        element_label, {}, value_start_line,
                        static_cast<int>(value_start - value_line_start) + 1);
                    fatal = true;
                    break;
                }
                if (done) {
                    if (buf.empty()) { // the whole value is in this chunk: parse it in place
                        end_value(std::string_view(seg, static_cast<std::size_t>(p - seg)));
                    } else {
                        buf.append(seg, static_cast<std::size_t>(p - seg));
                        end_value(buf);
                    }
                    seg = p;
                    state = in_array ? State::ArrayNext : State::AfterValue;
                }
                continue;
            }
            const char c = *p;
            if (state == State::InKey) {
                if (key_escape) {
                    key_escape = false;
                } else if (c == '\\') {
                    key_escape = true;
                } else if (c == '"') {
                    ++p;
                    end_key(abs(p));
                    continue;
                } else if (static_cast<unsigned char>(c) < 0x20) {
                    fatal_at("syntax", "A key is not closed before the end of the line.", abs(p),
                             std::string_view(begin, chunk.size()),
                             static_cast<std::size_t>(p - begin));
                    break;
                }
                if (key.size() < 512)
                    key += c;
                ++p;
                continue;
            }
            if (state == State::Start && bom_bytes < 3 &&
                pos + static_cast<std::uint64_t>(p - begin) < 3) {
                static const unsigned char bom[3] = {0xEF, 0xBB, 0xBF};
                if (static_cast<unsigned char>(c) == bom[bom_bytes]) {
                    ++bom_bytes;
                    ++p;
                    if (bom_bytes == 3) {
                        add(Severity::Notice, "byte-order-mark",
                            "The file starts with a UTF-8 byte-order mark; it was ignored.", {});
                        line_start = 3;
                    }
                    continue;
                }
                if (bom_bytes > 0) {
                    fatal_at("encoding",
                             "The file is not valid UTF-8 text: it starts with a broken "
                             "byte-order mark. Save the extract as UTF-8.",
                             abs(p), {}, 0);
                    break;
                }
            }
            if (is_space(c)) {
                if (c == '\n')
                    newline_at(abs(p));
                ++p;
                continue;
            }
            const std::string_view ctx(begin, chunk.size());
            const auto ctx_off = static_cast<std::size_t>(p - begin);
            switch (state) {
            case State::Start:
                if (c != '{') {
                    const char* what = c == '[' ? "an array" : "something else";
                    fatal_at("top-level",
                             std::string("A case extract is a JSON object that starts with "
                                         "'{', but this file starts with ") +
                                 what + ".",
                             abs(p), ctx, ctx_off);
                    break;
                }
                state = State::KeyOrEnd;
                ++p;
                break;
            case State::KeyOrEnd:
            case State::Key:
                if (c == '"') {
                    key.clear();
                    key_start = abs(p) + 1;
                    state = State::InKey;
                    ++p;
                } else if (c == '}' && state == State::KeyOrEnd) {
                    state = State::Done;
                    ++p;
                } else {
                    fatal_at("syntax", "Expected a quoted field name here.", abs(p), ctx, ctx_off);
                }
                break;
            case State::Colon:
                if (c != ':') {
                    fatal_at("syntax", "Expected ':' after the field name \"" + key + "\".", abs(p),
                             ctx, ctx_off);
                    break;
                }
                state = State::ValueStart;
                ++p;
                break;
            case State::ValueStart:
                if (c == '[' && current_top != TopKey::Unknown && current_top != TopKey::Metadata) {
                    in_array = true;
                    element_index = 0;
                    state = State::ArrayFirst;
                    ++p;
                } else {
                    in_array = false;
                    element_label = current_top_name ? current_top_name : unknown_top_name;
                    begin_value(abs(p));
                    seg = p;
                }
                break;
            case State::ArrayFirst:
            case State::ArrayElement:
                if (c == ']' && state == State::ArrayFirst) {
                    in_array = false;
                    state = State::AfterValue;
                    ++p;
                    break;
                }
                element_label =
                    std::string(current_top_name) + "[" + std::to_string(element_index) + "]";
                begin_value(abs(p));
                seg = p;
                break;
            case State::ArrayNext:
                if (c == ',') {
                    ++element_index;
                    state = State::ArrayElement;
                    ++p;
                } else if (c == ']') {
                    in_array = false;
                    state = State::AfterValue;
                    ++p;
                } else {
                    fatal_at("syntax",
                             std::string("Expected ',' or ']' after ") + current_top_name + "[" +
                                 std::to_string(element_index) + "].",
                             abs(p), ctx, ctx_off);
                }
                break;
            case State::AfterValue:
                if (c == ',') {
                    state = State::Key;
                    ++p;
                } else if (c == '}') {
                    state = State::Done;
                    ++p;
                } else {
                    fatal_at("syntax", "Expected ',' or '}' after the value of \"" + key + "\".",
                             abs(p), ctx, ctx_off);
                }
                break;
            case State::Done:
                fatal_at("syntax",
                         "There is more text after the end of the JSON object; the file should "
                         "end with its closing '}'.",
                         abs(p), ctx, ctx_off);
                break;
            case State::InKey:
            case State::InValue:
                break; // handled above
            }
        }
        if (state == State::InValue && !fatal && p > seg)
            buf.append(seg, static_cast<std::size_t>(p - seg));
        pos += chunk.size();
    }

    void end_key(std::uint64_t after) {
        // A key may spell a known name with escapes ("\u0063ases" is "cases"): legal JSON,
        // so it is matched by what it spells.
        if (key.find('\\') != std::string::npos) {
            std::size_t bad = 0;
            if (!unescape_json_string(key, key_scratch, bad)) {
                fatal_at("syntax",
                         "The field name \"" + excerpt_around(key, 0, 60) +
                             "\" has a backslash that does not start a JSON escape (\\\", "
                             "\\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits).",
                         key_start + bad, {}, 0);
                return;
            }
            key.swap(key_scratch);
        }
        if (find_invalid_utf8(key) != std::string::npos) {
            fatal_at("encoding",
                     "The file is not valid UTF-8 text (in a field name). Save the extract "
                     "as UTF-8.",
                     after, {}, 0);
            return;
        }
        current_top = top_key_of(key);
        state = State::Colon;
        if (current_top == TopKey::Unknown) {
            current_top_name = nullptr;
            unknown_top_name = key;
            if (unknown_patterns.insert(key).second)
                add(Severity::Notice, "unknown-field",
                    "The field \"" + key +
                        "\" is not part of format version 1; it was read and ignored.",
                    key);
            return;
        }
        const auto i = static_cast<std::size_t>(current_top);
        current_top_name = k_top_names[i].data();
        if (seen_top[i]) {
            add(Severity::Error, "duplicate-key",
                "The field \"" + key + "\" appears twice at the top level; it must appear once.",
                key, {}, line, static_cast<int>(after - line_start));
        }
        seen_top[i] = true;
    }

    void begin_value(std::uint64_t at) {
        state = State::InValue;
        buf.clear();
        value_start = at;
        value_start_line = line;
        value_line_start = line_start;
        depth = 0;
        in_string = false;
        escape = false;
        scalar = false;
        long_strings.clear();
    }

    // Advances through the captured value. Sets `done` when it is complete; a bare number
    // or literal ends at the delimiter after it, which is left for the caller.
    const char* scan_value(const char* p, const char* end, const char* begin, bool& done) {
        auto abs = [&](const char* q) { return pos + static_cast<std::uint64_t>(q - begin); };
        while (p < end) {
            if (in_string) {
                if (escape) {
                    escape = false;
                    ++p;
                    continue;
                }
                // The hot loop: most of an extract is note text.
                p = find_string_special(p, end);
                if (p == end)
                    break;
                if (*p == '\\') {
                    escape = true;
                    string_has_backslash = true;
                    ++p;
                    continue;
                }
                if (*p != '"') { // a control byte or beyond ASCII: the cursor checks it
                    string_plain = false;
                    ++p;
                    continue;
                }
                ++p; // closing quote
                in_string = false;
                if (abs(p) - string_start > limits.max_string_bytes) {
                    string_too_long();
                    return p;
                }
                if (depth > 0 && abs(p) - string_start >= k_known_string_bytes)
                    long_strings.push_back( // offsets in a record (max_record_bytes)
                        KnownString{static_cast<std::size_t>(string_start - value_start),
                                    static_cast<std::size_t>(abs(p) - value_start),
                                    string_has_backslash, string_plain});
                if (depth == 0) {
                    done = true;
                    return p;
                }
                continue;
            }
            if (depth > 0) {
                // Inside a record only quotes, brackets and line breaks matter here: field
                // separators, white space, numbers and literals are the cursor's to check.
                while (p < end && !k_scanner_stops[static_cast<unsigned char>(*p)])
                    ++p;
                if (p == end)
                    break;
            }
            const char c = *p;
            switch (c) {
            case '"':
                if (scalar) {
                    done = true; // "1"x: let the caller complain about what follows
                    return p;
                }
                in_string = true;
                string_start = abs(p);
                string_has_backslash = false;
                string_plain = true;
                ++p;
                break;
            case '{':
            case '[':
                if (scalar) {
                    done = true;
                    return p;
                }
                if (depth >= limits.max_depth) {
                    fatal_at("too-deep",
                             "The JSON is nested more than " + std::to_string(limits.max_depth) +
                                 " levels deep inside " + element_label +
                                 "; no case extract needs more than 6.",
                             abs(p), {}, 0);
                    return p;
                }
                stack[depth++] = static_cast<std::uint8_t>(c);
                ++p;
                break;
            case '}':
            case ']':
                if (depth == 0) {
                    done = true; // ends a bare scalar; the caller checks the bracket
                    return p;
                }
                if (stack[depth - 1] != (c == '}' ? '{' : '[')) {
                    fatal_at("syntax",
                             std::string("Found '") + c + "' where '" +
                                 (stack[depth - 1] == '{' ? '}' : ']') + "' was expected in " +
                                 element_label + ".",
                             abs(p), std::string_view(begin, static_cast<std::size_t>(end - begin)),
                             static_cast<std::size_t>(p - begin));
                    return p;
                }
                --depth;
                ++p;
                if (depth == 0) {
                    done = true;
                    return p;
                }
                break;
            case ',':
                if (depth == 0) {
                    done = true;
                    return p;
                }
                ++p;
                break;
            case '\n':
                if (depth == 0 && scalar) {
                    done = true;
                    return p;
                }
                newline_at(abs(p));
                ++p;
                break;
            case ' ':
            case '\t':
            case '\r':
                if (depth == 0 && scalar) {
                    done = true;
                    return p;
                }
                ++p;
                break;
            default:
                if (depth == 0)
                    scalar = true;
                ++p;
                break;
            }
        }
        if (in_string && abs(p) - string_start > limits.max_string_bytes)
            string_too_long();
        return p;
    }

    void string_too_long() {
        // Report at the string's opening quote.
        const std::uint64_t at = string_start;
        int l = line;
        int col = 0;
        if (at >= value_start && at - value_start <= buf.size()) {
            value_text = buf;
            value_location(static_cast<std::size_t>(at - value_start), l, col);
        } else {
            col = static_cast<int>(at >= line_start ? at - line_start : 0) + 1;
        }
        add(Severity::Error, "too-long",
            "A text value in " + element_label + " is longer than " +
                size_text(limits.max_string_bytes) +
                ", the longest this version accepts (a case note of a million characters "
                "is most likely an export fault).",
            element_label, {}, l, col);
        fatal = true;
    }

    void finish_scan() {
        if (fatal)
            return;
        switch (state) {
        case State::Done:
            return;
        case State::Start:
            add(Severity::Error, "syntax",
                pos == 0 ? "The file is empty: a case extract is a JSON object."
                         : "The file contains only white space: a case extract is a JSON "
                           "object.",
                {}, {}, line, static_cast<int>(pos - line_start) + 1);
            break;
        default: {
            std::string where;
            if (state == State::InValue)
                where = " inside " + element_label;
            else if (in_array && current_top_name)
                where = std::string(" in the ") + current_top_name + " array";
            add(Severity::Error, "syntax",
                "The file ends before the JSON is complete" + where +
                    ": it may have been cut short while copying or downloading.",
                {}, {}, line, static_cast<int>(pos - line_start) + 1);
            break;
        }
        }
        fatal = true;
    }

    // ------------------------------------------------------------------
    // [SECTION] Record parsing: typed field readers
    // ------------------------------------------------------------------
    // Each reader reports schema problems itself (with the current path) and returns false
    // only on a syntax error, after which the record is abandoned and the error located.

    struct Scope {
        Impl& impl;
        Scope(Impl& i, const char* k) : impl(i) { impl.path.push(PathPart{k, 0}); }
        Scope(Impl& i, std::uint32_t index) : impl(i) { impl.path.push(PathPart{nullptr, index}); }
        ~Scope() { impl.path.pop(); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
    };

    // Findings made inside one record get its id once it is known (the id may come after
    // the field at fault).
    struct RecordScope {
        Impl& impl;
        std::size_t first;
        StrId* id;
        RecordScope(Impl& i, StrId* record_id) : impl(i), first(i.findings.size()), id(record_id) {}
        ~RecordScope() {
            if (*id == k_no_str)
                return;
            const std::string_view text = impl.x->ids.view(*id);
            for (std::size_t k = first; k < impl.findings.size(); ++k)
                if (impl.findings[k].record_id.empty())
                    impl.findings[k].record_id = std::string(text);
        }
        RecordScope(const RecordScope&) = delete;
        RecordScope& operator=(const RecordScope&) = delete;
    };

    // Records the cursor's fault (the first one) and abandons the record.
    bool syntax(JsonFault fault = JsonFault::None) {
        if (!record_syntax_error)
            record_error = fault != JsonFault::None ? fault : cursor.fault();
        record_syntax_error = true;
        return false;
    }

    // The value's JSON type; false on a syntax error.
    bool type_of(JsonCursor& v, JsonType& t) { return v.peek(t) || syntax(); }

    // `expected` is a view so that the callers' literals cost nothing on the good path.
    bool wrong_type(JsonCursor& v, JsonType found, std::string_view expected) {
        at_path(Severity::Error, "wrong-type",
                "Expected " + std::string(expected) + ", but found " +
                    std::string(json_type_name(found)) + ".");
        return skip(v);
    }

    // Reads and checks a value nobody needs (unknown fields, values of the wrong type).
    bool skip(JsonCursor& v) { return v.skip() || syntax(); }

    bool unknown_field(std::string_view name, JsonCursor& v) {
        std::string pattern = path_string(false);
        if (!pattern.empty())
            pattern += '.';
        pattern += name;
        if (unknown_patterns.size() < 10000 && unknown_patterns.insert(pattern).second)
            add(Severity::Notice, "unknown-field",
                "The field \"" + std::string(name) +
                    "\" is not part of format version 1; it was read and ignored wherever it "
                    "appears as " +
                    pattern + ".",
                pattern);
        return skip(v);
    }

    // true and sets `is_null` when the value is JSON null.
    bool null_check(JsonCursor& v, bool& is_null) {
        JsonType t{};
        if (!type_of(v, t))
            return false;
        is_null = t == JsonType::Null;
        if (is_null)
            return v.null() || syntax();
        return true;
    }

    bool read_string(JsonCursor& v, std::string_view& out, bool& ok, std::string_view expected) {
        ok = false;
        JsonType t{};
        if (!type_of(v, t))
            return false;
        if (t != JsonType::String)
            return wrong_type(v, t, expected);
        if (!v.string(out))
            return syntax();
        ok = true;
        return true;
    }

    // Free text (most of an extract's bytes) goes straight from the input into the arena:
    // when the string has no escape, its bytes as written are its text (the cursor has
    // checked them: valid UTF-8, no raw control characters), and when it has, it is
    // unescaped straight into the store, with no copy in between.
    bool read_text(JsonCursor& v, TextRef& out) {
        JsonType t{};
        if (!type_of(v, t))
            return false;
        if (t != JsonType::String)
            return wrong_type(v, t, "a string");
        std::string_view raw;
        bool escaped = false;
        if (!v.raw_string(raw, escaped))
            return syntax();
        if (!escaped) {
            out = x->text.add(raw);
            return true;
        }
        // The text is never longer than its JSON.
        char* const room = x->text.append(raw.size());
        std::size_t bad = 0;
        const std::size_t n = unescape_json_string(raw, room, bad);
        if (n == k_bad_escape) {
            x->text.unappend(raw.size());
            return syntax(JsonFault::Escape); // located in the record as written
        }
        x->text.unappend(raw.size() - n);
        out = n == 0 ? TextRef{} : x->text.last_ref(n);
        return true;
    }

    bool read_owned_string(JsonCursor& v, std::string& out) {
        std::string_view s;
        bool ok = false;
        if (!read_string(v, s, ok, "a string"))
            return false;
        if (ok)
            out.assign(s);
        return true;
    }

    bool check_id_text(std::string_view s) {
        if (s.empty()) {
            at_path(Severity::Error, "bad-value", "An id must not be empty.");
            return false;
        }
        if (s.size() > 256) {
            at_path(Severity::Error, "bad-value",
                    "An id must be at most 256 bytes long; this one is " +
                        std::to_string(s.size()) + ".");
            return false;
        }
        return true;
    }

    // An id, interned. `nullable`: null is allowed and means "none".
    bool read_id(JsonCursor& v, StrId& out, bool nullable = false) {
        if (nullable) {
            bool is_null = false;
            if (!null_check(v, is_null))
                return false;
            if (is_null)
                return true;
        }
        std::string_view s;
        bool ok = false;
        if (!read_string(v, s, ok, nullable ? "an id (a string) or null" : "an id (a string)"))
            return false;
        if (ok && check_id_text(s))
            out = x->ids.intern(s);
        return true;
    }

    // A reference to another record: stored as the StrId until resolve_references() turns
    // it into the record's Index.
    bool read_ref(JsonCursor& v, Index& out, bool nullable = false) {
        StrId id = k_no_str;
        if (!read_id(v, id, nullable))
            return false;
        out = id;
        return true;
    }

    bool read_date(JsonCursor& v, Date& out, bool& ok) {
        ok = false;
        std::string_view s;
        bool is_string = false;
        if (!read_string(v, s, is_string, "a date written YYYY-MM-DD"))
            return false;
        if (!is_string)
            return true;
        if (auto d = parse_date(s)) {
            out = *d;
            ok = true;
        } else {
            at_path(Severity::Error, "bad-date",
                    "Expected a date that exists, written YYYY-MM-DD; found " + quote_value(s) +
                        ".");
        }
        return true;
    }

    bool read_date(JsonCursor& v, Date& out) {
        bool ok = false;
        return read_date(v, out, ok);
    }

    bool read_opt_date(JsonCursor& v, std::optional<Date>& out) {
        bool is_null = false;
        if (!null_check(v, is_null))
            return false;
        if (is_null)
            return true;
        Date d;
        bool ok = false;
        if (!read_date(v, d, ok))
            return false;
        if (ok)
            out = d;
        return true;
    }

    bool read_date_time(JsonCursor& v, DateTime& out) {
        std::string_view s;
        bool ok = false;
        if (!read_string(v, s, ok, "a date-time written YYYY-MM-DDTHH:MM"))
            return false;
        if (!ok)
            return true;
        if (auto dt = parse_date_time(s))
            out = *dt;
        else
            at_path(Severity::Error, "bad-date",
                    "Expected a date and time that exist, written YYYY-MM-DDTHH:MM (seconds "
                    "optional); found " +
                        quote_value(s) + ".");
        return true;
    }

    bool read_bool(JsonCursor& v, bool& out) {
        JsonType t{};
        if (!type_of(v, t))
            return false;
        if (t != JsonType::Boolean)
            return wrong_type(v, t, "true or false");
        return v.boolean(out) || syntax();
    }

    // A number; `whole` demands an integer. Out-of-range values are schema errors.
    bool read_number(JsonCursor& v, double& out, bool& ok, bool whole, double lo, double hi,
                     const std::string& expected) {
        ok = false;
        JsonType t{};
        if (!type_of(v, t))
            return false;
        if (t != JsonType::Number)
            return wrong_type(v, t, expected);
        std::string_view raw;
        if (!v.number(raw))
            return syntax();
        // Numbers are rare in an extract (limits, hours), so a copy for strtod costs
        // nothing; the token is checked JSON, which strtod reads the same way in any locale
        // with a '.' point, and the "C" locale is the only one this program uses.
        const double d = std::strtod(std::string(raw).c_str(), nullptr);
        if (!std::isfinite(d)) {
            at_path(Severity::Error, "wrong-type",
                    "Expected " + expected + ", but found a number too large to read (" +
                        excerpt_around(raw, 0, 30) + (raw.size() > 30 ? "..." : "") + ").");
            return true;
        }
        if (whole && (raw.find_first_of(".eE") != std::string_view::npos || std::trunc(d) != d)) {
            at_path(Severity::Error, "wrong-type",
                    "Expected " + expected + ", but found " + std::string(raw) + ".");
            return true;
        }
        if (d < lo || d > hi) {
            at_path(Severity::Error, "wrong-type",
                    "Expected " + expected + ", but found " + excerpt_around(raw, 0, 30) +
                        (raw.size() > 30 ? "..." : "") + ".");
            return true;
        }
        out = d;
        ok = true;
        return true;
    }

    bool read_int(JsonCursor& v, int& out, int lo, int hi) {
        double d = 0;
        bool ok = false;
        const std::string expected =
            "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
        if (!read_number(v, d, ok, true, lo, hi, expected))
            return false;
        if (ok)
            out = static_cast<int>(d);
        return true;
    }

    // An enumeration value. Unknown spellings are errors, or with `lenient` warnings that
    // leave the field unrecorded (CLD demographics, whose spellings vary by council).
    template <typename E>
    bool read_enum(JsonCursor& v, E& out, bool lenient = false) {
        // The list of names is only built for a message.
        JsonType t{};
        if (!type_of(v, t))
            return false;
        if (t != JsonType::String)
            return wrong_type(v, t, "one of: " + enum_name_list<E>());
        std::string_view s;
        if (!v.string(s))
            return syntax();
        if (auto e = parse_enum<E>(s)) {
            out = *e;
        } else {
            at_path(lenient ? Severity::Warning : Severity::Error,
                    lenient ? "bad-demographic" : "bad-value",
                    "Expected one of: " + enum_name_list<E>() + "; found " + quote_value(s) +
                        (lenient ? ". The value was left out." : "."));
        }
        return true;
    }

    // Runs `each(element_value, index)` for every element of an array value.
    template <typename F>
    bool read_array(JsonCursor& v, F&& each) {
        JsonType t{};
        if (!type_of(v, t))
            return false;
        if (t == JsonType::Null)
            return skip(v);
        if (t != JsonType::Array)
            return wrong_type(v, t, "an array");
        bool more = false;
        if (!v.array_begin(more))
            return syntax();
        for (std::uint32_t i = 0; more; ++i) {
            {
                Scope s(*this, i);
                if (!each(v))
                    return false;
            }
            if (!v.element_next(more))
                return syntax();
        }
        return true;
    }

    // Runs `field(key, value)` for every member of an object value; a non-object is a
    // schema error ("Expected an object").
    template <typename F>
    bool read_object(JsonCursor& v, bool& is_object, F&& field) {
        is_object = false;
        JsonType t{};
        if (!type_of(v, t))
            return false;
        if (t != JsonType::Object)
            return wrong_type(v, t, "an object");
        is_object = true;
        bool more = false;
        if (!v.object_begin(more))
            return syntax();
        while (more) {
            std::string_view k;
            if (!v.member_key(k))
                return syntax();
            if (!field(k, v))
                return false;
            if (!v.member_next(more))
                return syntax();
        }
        return true;
    }

    static std::uint32_t size32(std::size_t n) { return static_cast<std::uint32_t>(n); }

    void date_order(const std::string& what) { at_path(Severity::Error, "date-order", what); }

    // ------------------------------------------------------------------
    // [SECTION] Record parsing: one function per record kind
    // ------------------------------------------------------------------
    // Each record kind is a table of its fields: the format's name, whether it is required,
    // and how to read it into the record. read_record() walks the object once, dispatches
    // each member through the table, reports unknown and missing fields, and says whether
    // the record came through without errors (the checks across fields only run then, so a
    // malformed date does not also produce a "recorded before the event" error).

    template <typename R>
    struct FieldSpec {
        std::string_view name; // a literal (so name.data() is a C string for PathPart)
        bool required;
        bool (*read)(Impl&, JsonCursor&, R&);
    };

    template <typename R, std::size_t N>
    bool read_record(JsonCursor& v, R& rec, const FieldSpec<R> (&specs)[N], bool& clean,
                     unsigned* seen_out = nullptr) {
        static_assert(N <= 32, "one bit per field");
        const std::size_t errors_before = counts[0];
        unsigned seen = 0;
        bool is_object = false;
        // The search starts after the field found last: an extract written in the format's
        // order (as the generator writes it) then finds each key at the first comparison.
        std::size_t start = 0;
        const bool ok = read_object(v, is_object, [&](std::string_view k, JsonCursor& fv) {
            for (std::size_t n = 0, f = start; n < N; ++n, f = f + 1 == N ? 0 : f + 1) {
                if (same_text(k, specs[f].name)) {
                    start = f + 1 == N ? 0 : f + 1;
                    Scope s(*this, specs[f].name.data());
                    seen |= 1u << f;
                    return specs[f].read(*this, fv, rec);
                }
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object) {
            for (std::size_t f = 0; f < N; ++f) {
                if (!specs[f].required || (seen & (1u << f)))
                    continue;
                // Built only when needed: this runs for every record of the file.
                const std::string p = path_string();
                at_path(Severity::Error, "missing-field",
                        "The required field \"" + std::string(specs[f].name) + "\" is missing" +
                            (p.empty() ? std::string(".") : " from " + p + "."));
            }
        }
        if (seen_out)
            *seen_out = seen;
        clean = counts[0] == errors_before;
        return true;
    }

    // Reads the elements of an array field into a flat vector, closing `range` over them.
    template <typename F>
    bool read_into(JsonCursor& v, Range& range, std::size_t size_before, F&& each) {
        range.begin = size32(size_before);
        return read_array(v, each);
    }

    bool read_given(JsonCursor& v, std::optional<GivenToPerson>& out) {
        static const FieldSpec<GivenToPerson> specs[] = {
            {"date", true,
             [](Impl& i, JsonCursor& fv, GivenToPerson& g) { return i.read_date(fv, g.date); }},
            {"method", true,
             [](Impl& i, JsonCursor& fv, GivenToPerson& g) { return i.read_enum(fv, g.method); }},
        };
        bool is_null = false;
        if (!null_check(v, is_null))
            return false;
        if (is_null)
            return true;
        GivenToPerson g;
        bool clean = false;
        if (!read_record(v, g, specs, clean))
            return false;
        if (clean)
            out = g;
        return true;
    }

    bool read_metadata(JsonCursor& v) {
        static const FieldSpec<Impl> specs[] = {
            {"format", true,
             [](Impl& i, JsonCursor& fv, Impl&) {
                 std::string f;
                 if (!i.read_owned_string(fv, f))
                     return false;
                 if (f != "case-audit-extract") {
                     i.format_mismatch = true;
                     i.at_path(Severity::Error, "format",
                               "This is not a Case Audit case extract: metadata.format should "
                               "be \"case-audit-extract\" but is " +
                                   quote_value(f) + ".");
                 }
                 return true;
             }},
            {"formatVersion", true,
             [](Impl& i, JsonCursor& fv, Impl&) {
                 int version = 0;
                 const std::size_t errors_before = i.counts[0];
                 if (!i.read_int(fv, version, 0, 1000000))
                     return false;
                 i.x->metadata.format_version = version;
                 if (i.counts[0] != errors_before) {
                     i.format_mismatch = true; // reported as a wrong type already
                 } else if (version != 1) {
                     i.format_mismatch = true;
                     i.at_path(Severity::Error, "format",
                               "This extract is in format version " + std::to_string(version) +
                                   "; this version of Case Audit reads format version 1.");
                 }
                 return true;
             }},
            {"extractedAt", true,
             [](Impl& i, JsonCursor& fv, Impl&) {
                 return i.read_date_time(fv, i.x->metadata.extracted_at);
             }},
            {"asAt", true,
             [](Impl& i, JsonCursor& fv, Impl&) { return i.read_date(fv, i.x->metadata.as_at); }},
            {"organisation", true,
             [](Impl& i, JsonCursor& fv, Impl&) {
                 static const FieldSpec<Metadata> org[] = {
                     {"name", true,
                      [](Impl& j, JsonCursor& ov, Metadata& m) {
                          return j.read_owned_string(ov, m.organisation_name);
                      }},
                     {"code", false,
                      [](Impl& j, JsonCursor& ov, Metadata& m) {
                          return j.read_owned_string(ov, m.organisation_code);
                      }},
                 };
                 bool clean = false;
                 return i.read_record(fv, i.x->metadata, org, clean);
             }},
            {"sourceSystem", false,
             [](Impl& i, JsonCursor& fv, Impl&) {
                 return i.read_owned_string(fv, i.x->metadata.source_system);
             }},
        };
        bool clean = false;
        if (!read_record(v, *this, specs, clean))
            return false;
        if (format_mismatch)
            fatal = true; // not this format: the rest would only produce noise
        return true;
    }

    bool read_team(JsonCursor& v) {
        static const FieldSpec<CaseloadLimits> limit_specs[] = {
            {"upper", true,
             [](Impl& i, JsonCursor& fv, CaseloadLimits& l) {
                 return i.read_int(fv, l.upper, 0, 1000);
             }},
            {"absolute", true,
             [](Impl& i, JsonCursor& fv, CaseloadLimits& l) {
                 return i.read_int(fv, l.absolute, 0, 1000);
             }},
        };
        static const FieldSpec<Team> specs[] = {
            {"id", true, [](Impl& i, JsonCursor& fv, Team& t) { return i.read_id(fv, t.id); }},
            {"name", true,
             [](Impl& i, JsonCursor& fv, Team& t) { return i.read_text(fv, t.name); }},
            {"kind", true,
             [](Impl& i, JsonCursor& fv, Team& t) { return i.read_enum(fv, t.kind); }},
            {"caseloadLimits", false,
             [](Impl& i, JsonCursor& fv, Team& t) {
                 bool is_null = false;
                 if (!i.null_check(fv, is_null))
                     return false;
                 if (is_null)
                     return true;
                 CaseloadLimits lim;
                 bool clean = false;
                 if (!i.read_record(fv, lim, limit_specs, clean))
                     return false;
                 if (!clean)
                     return true;
                 t.caseload_limits = lim;
                 if (lim.upper > lim.absolute)
                     i.at_path(Severity::Warning, "inconsistent",
                               "The upper caseload limit (" + std::to_string(lim.upper) +
                                   ") is above the absolute limit (" +
                                   std::to_string(lim.absolute) + ").");
                 return true;
             }},
        };
        Team t;
        RecordScope rs(*this, &t.id);
        bool clean = false;
        if (!read_record(v, t, specs, clean))
            return false;
        x->teams.push_back(t);
        return true;
    }

    bool read_worker(JsonCursor& v) {
        static const FieldSpec<Training> training_specs[] = {
            {"course", true,
             [](Impl& i, JsonCursor& fv, Training& t) { return i.read_enum(fv, t.course); }},
            {"completedDate", true,
             [](Impl& i, JsonCursor& fv, Training& t) { return i.read_date(fv, t.completed); }},
        };
        static const FieldSpec<Worker> specs[] = {
            {"id", true, [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_id(fv, w.id); }},
            {"name", true,
             [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_text(fv, w.name); }},
            {"teamId", true,
             [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_ref(fv, w.team); }},
            {"role", true,
             [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_enum(fv, w.role); }},
            {"qualified", true,
             [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_bool(fv, w.qualified); }},
            {"startDate", true,
             [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_date(fv, w.start); }},
            {"endDate", false,
             [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_opt_date(fv, w.end); }},
            {"fte", false,
             [](Impl& i, JsonCursor& fv, Worker& w) {
                 double d = 0;
                 bool got = false;
                 const std::string expected = "a full-time equivalent above 0 and at most 1";
                 if (!i.read_number(fv, d, got, false, 0.0, 1.0, expected))
                     return false;
                 if (got && d <= 0.0)
                     i.at_path(Severity::Error, "wrong-type",
                               "Expected " + expected + ", but found 0.");
                 else if (got)
                     w.fte = static_cast<float>(d);
                 return true;
             }},
            {"asyeStartDate", false,
             [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_opt_date(fv, w.asye_start); }},
            {"asyeCompletedDate", false,
             [](Impl& i, JsonCursor& fv, Worker& w) {
                 return i.read_opt_date(fv, w.asye_completed);
             }},
            {"lineManagerId", false,
             [](Impl& i, JsonCursor& fv, Worker& w) {
                 return i.read_ref(fv, w.line_manager, true);
             }},
            {"training", false,
             [](Impl& i, JsonCursor& fv, Worker& w) {
                 return i.read_into(fv, w.training, i.x->training.size(), [&](JsonCursor& tv) {
                     Training tr;
                     tr.worker = size32(i.x->workers.size()); // the worker being read
                     bool clean = false;
                     if (!i.read_record(tv, tr, training_specs, clean))
                         return false;
                     i.x->training.push_back(tr);
                     return true;
                 });
             }},
        };
        Worker w;
        RecordScope rs(*this, &w.id);
        w.training.begin = size32(x->training.size());
        bool clean = false;
        if (!read_record(v, w, specs, clean))
            return false;
        w.training.count = size32(x->training.size()) - w.training.begin;
        if (clean && w.end && *w.end < w.start) {
            Scope s(*this, "endDate");
            date_order("The end date is before the worker's start date.");
        }
        if (clean && w.asye_start && w.asye_completed && *w.asye_completed < *w.asye_start) {
            Scope s(*this, "asyeCompletedDate");
            date_order("The ASYE completion date is before the ASYE start date.");
        }
        x->workers.push_back(w);
        return true;
    }

    bool read_person(JsonCursor& v) {
        static const FieldSpec<Person> specs[] = {
            {"id", true, [](Impl& i, JsonCursor& fv, Person& p) { return i.read_id(fv, p.id); }},
            {"name", true,
             [](Impl& i, JsonCursor& fv, Person& p) { return i.read_text(fv, p.name); }},
            {"dateOfBirth", true,
             [](Impl& i, JsonCursor& fv, Person& p) { return i.read_date(fv, p.date_of_birth); }},
            {"gender", false,
             [](Impl& i, JsonCursor& fv, Person& p) { return i.read_enum(fv, p.gender, true); }},
            {"ethnicity", false,
             [](Impl& i, JsonCursor& fv, Person& p) { return i.read_enum(fv, p.ethnicity, true); }},
            {"primarySupportReason", false,
             [](Impl& i, JsonCursor& fv, Person& p) {
                 return i.read_enum(fv, p.primary_support_reason, true);
             }},
        };
        Person p;
        RecordScope rs(*this, &p.id);
        bool clean = false;
        if (!read_record(v, p, specs, clean))
            return false;
        x->people.push_back(p);
        return true;
    }

    // --- records inside a case; `case_index` is set by the caller ---

    bool read_allocation(JsonCursor& v, Index case_index) {
        static const FieldSpec<Allocation> specs[] = {
            {"workerId", true,
             [](Impl& i, JsonCursor& fv, Allocation& a) { return i.read_ref(fv, a.worker); }},
            {"from", true,
             [](Impl& i, JsonCursor& fv, Allocation& a) { return i.read_date(fv, a.from); }},
            {"to", false,
             [](Impl& i, JsonCursor& fv, Allocation& a) { return i.read_opt_date(fv, a.to); }},
            {"role", true,
             [](Impl& i, JsonCursor& fv, Allocation& a) { return i.read_enum(fv, a.role); }},
        };
        Allocation a;
        a.case_index = case_index;
        bool clean = false;
        if (!read_record(v, a, specs, clean))
            return false;
        if (clean && a.to && *a.to < a.from) {
            Scope s(*this, "to");
            date_order("The allocation ends before it starts.");
        }
        x->allocations.push_back(a);
        return true;
    }

    bool read_request(JsonCursor& v, Index case_index) {
        static const FieldSpec<Request> specs[] = {
            {"id", true, [](Impl& i, JsonCursor& fv, Request& r) { return i.read_id(fv, r.id); }},
            {"receivedDate", true,
             [](Impl& i, JsonCursor& fv, Request& r) { return i.read_date(fv, r.received); }},
            {"routeOfAccess", false,
             [](Impl& i, JsonCursor& fv, Request& r) {
                 return i.read_enum(fv, r.route_of_access);
             }},
            {"outcome", false,
             [](Impl& i, JsonCursor& fv, Request& r) { return i.read_text(fv, r.outcome); }},
        };
        Request r;
        r.case_index = case_index;
        RecordScope rs(*this, &r.id);
        bool clean = false;
        if (!read_record(v, r, specs, clean))
            return false;
        x->requests.push_back(r);
        return true;
    }

    bool read_note(JsonCursor& v, Index case_index) {
        static const FieldSpec<Note> specs[] = {
            {"id", true, [](Impl& i, JsonCursor& fv, Note& n) { return i.read_id(fv, n.id); }},
            {"authorId", true,
             [](Impl& i, JsonCursor& fv, Note& n) { return i.read_ref(fv, n.author); }},
            {"type", true,
             [](Impl& i, JsonCursor& fv, Note& n) { return i.read_enum(fv, n.type); }},
            {"eventDate", true,
             [](Impl& i, JsonCursor& fv, Note& n) { return i.read_date(fv, n.event_date); }},
            {"recordedAt", true,
             [](Impl& i, JsonCursor& fv, Note& n) { return i.read_date_time(fv, n.recorded_at); }},
            {"title", false,
             [](Impl& i, JsonCursor& fv, Note& n) { return i.read_text(fv, n.title); }},
            {"text", true,
             [](Impl& i, JsonCursor& fv, Note& n) { return i.read_text(fv, n.text); }},
        };
        Note n;
        n.case_index = case_index;
        RecordScope rs(*this, &n.id);
        bool clean = false;
        unsigned seen = 0;
        if (!read_record(v, n, specs, clean, &seen))
            return false;
        if (clean && n.recorded_at.date < n.event_date) {
            Scope s(*this, "recordedAt");
            date_order("The note was recorded (" + format_date_time(n.recorded_at) +
                       ") before the event it records (" + format_date(n.event_date) + ").");
        }
        if (clean && n.text.empty()) {
            Scope s(*this, "text");
            at_path(Severity::Warning, "inconsistent", "The case note has no text.");
        }
        x->notes.push_back(n);
        return true;
    }

    bool read_assessment(JsonCursor& v, Index case_index) {
        static const FieldSpec<AssessmentSection> section_specs[] = {
            {"kind", true,
             [](Impl& i, JsonCursor& fv, AssessmentSection& s) { return i.read_enum(fv, s.kind); }},
            {"completed", true,
             [](Impl& i, JsonCursor& fv, AssessmentSection& s) {
                 return i.read_bool(fv, s.completed);
             }},
            {"completedDate", false,
             [](Impl& i, JsonCursor& fv, AssessmentSection& s) {
                 return i.read_opt_date(fv, s.completed_date);
             }},
            {"text", false,
             [](Impl& i, JsonCursor& fv, AssessmentSection& s) { return i.read_text(fv, s.text); }},
        };
        static const FieldSpec<Assessment> specs[] = {
            {"id", true,
             [](Impl& i, JsonCursor& fv, Assessment& a) { return i.read_id(fv, a.id); }},
            {"kind", true,
             [](Impl& i, JsonCursor& fv, Assessment& a) { return i.read_enum(fv, a.kind); }},
            {"authorId", true,
             [](Impl& i, JsonCursor& fv, Assessment& a) { return i.read_ref(fv, a.author); }},
            {"startDate", true,
             [](Impl& i, JsonCursor& fv, Assessment& a) { return i.read_date(fv, a.start); }},
            {"completedDate", false,
             [](Impl& i, JsonCursor& fv, Assessment& a) {
                 return i.read_opt_date(fv, a.completed);
             }},
            {"sections", false,
             [](Impl& i, JsonCursor& fv, Assessment&) {
                 const Index self = size32(i.x->assessments.size());
                 return i.read_array(fv, [&](JsonCursor& sv) {
                     AssessmentSection sec;
                     sec.assessment = self;
                     bool clean = false;
                     if (!i.read_record(sv, sec, section_specs, clean))
                         return false;
                     i.x->sections.push_back(sec);
                     return true;
                 });
             }},
            {"givenToPerson", false,
             [](Impl& i, JsonCursor& fv, Assessment& a) {
                 return i.read_given(fv, a.given_to_person);
             }},
        };
        Assessment a;
        a.case_index = case_index;
        RecordScope rs(*this, &a.id);
        a.sections.begin = size32(x->sections.size());
        bool clean = false;
        if (!read_record(v, a, specs, clean))
            return false;
        a.sections.count = size32(x->sections.size()) - a.sections.begin;
        if (clean && a.completed && *a.completed < a.start) {
            Scope s(*this, "completedDate");
            date_order("The assessment was completed before it started.");
        }
        x->assessments.push_back(a);
        return true;
    }

    bool read_plan(JsonCursor& v, Index case_index) {
        static const FieldSpec<Plan> specs[] = {
            {"id", true, [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_id(fv, p.id); }},
            {"authorId", true,
             [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_ref(fv, p.author); }},
            {"startDate", true,
             [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_date(fv, p.start); }},
            {"completedDate", false,
             [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_opt_date(fv, p.completed); }},
            {"reviewDueDate", false,
             [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_opt_date(fv, p.review_due); }},
            {"text", false,
             [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_text(fv, p.text); }},
            {"givenToPerson", false,
             [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_given(fv, p.given_to_person); }},
        };
        Plan p;
        p.case_index = case_index;
        RecordScope rs(*this, &p.id);
        bool clean = false;
        if (!read_record(v, p, specs, clean))
            return false;
        if (clean && p.completed && *p.completed < p.start) {
            Scope s(*this, "completedDate");
            date_order("The plan was completed before it started.");
        }
        x->plans.push_back(p);
        return true;
    }

    bool read_service(JsonCursor& v, Index case_index) {
        static const FieldSpec<Service> specs[] = {
            {"id", true, [](Impl& i, JsonCursor& fv, Service& s) { return i.read_id(fv, s.id); }},
            {"serviceType", true,
             [](Impl& i, JsonCursor& fv, Service& s) { return i.read_text(fv, s.service_type); }},
            {"startDate", true,
             [](Impl& i, JsonCursor& fv, Service& s) { return i.read_date(fv, s.start); }},
            {"endDate", false,
             [](Impl& i, JsonCursor& fv, Service& s) { return i.read_opt_date(fv, s.end); }},
        };
        Service sv;
        sv.case_index = case_index;
        RecordScope rs(*this, &sv.id);
        bool clean = false;
        if (!read_record(v, sv, specs, clean))
            return false;
        if (clean && sv.end && *sv.end < sv.start) {
            Scope s(*this, "endDate");
            date_order("The service ends before it starts.");
        }
        x->services.push_back(sv);
        return true;
    }

    bool read_review(JsonCursor& v, Index case_index) {
        static const FieldSpec<Review> specs[] = {
            {"id", true, [](Impl& i, JsonCursor& fv, Review& r) { return i.read_id(fv, r.id); }},
            {"authorId", true,
             [](Impl& i, JsonCursor& fv, Review& r) { return i.read_ref(fv, r.author); }},
            {"reason", true,
             [](Impl& i, JsonCursor& fv, Review& r) { return i.read_enum(fv, r.reason); }},
            {"method", false,
             [](Impl& i, JsonCursor& fv, Review& r) { return i.read_enum(fv, r.method); }},
            {"dueDate", false,
             [](Impl& i, JsonCursor& fv, Review& r) { return i.read_opt_date(fv, r.due); }},
            {"completedDate", false,
             [](Impl& i, JsonCursor& fv, Review& r) { return i.read_opt_date(fv, r.completed); }},
            {"text", false,
             [](Impl& i, JsonCursor& fv, Review& r) { return i.read_text(fv, r.text); }},
            {"givenToPerson", false,
             [](Impl& i, JsonCursor& fv, Review& r) {
                 return i.read_given(fv, r.given_to_person);
             }},
        };
        Review r;
        r.case_index = case_index;
        RecordScope rs(*this, &r.id);
        bool clean = false;
        if (!read_record(v, r, specs, clean))
            return false;
        x->reviews.push_back(r);
        return true;
    }

    bool read_safeguarding(JsonCursor& v, Index case_index) {
        static const FieldSpec<Safeguarding> specs[] = {
            {"id", true,
             [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_id(fv, s.id); }},
            {"kind", true,
             [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_enum(fv, s.kind); }},
            {"raisedDate", true,
             [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_date(fv, s.raised); }},
            {"decisionDate", false,
             [](Impl& i, JsonCursor& fv, Safeguarding& s) {
                 return i.read_opt_date(fv, s.decision);
             }},
            {"closedDate", false,
             [](Impl& i, JsonCursor& fv, Safeguarding& s) {
                 return i.read_opt_date(fv, s.closed);
             }},
            {"leadId", false,
             [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_ref(fv, s.lead, true); }},
            {"outcome", false,
             [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_enum(fv, s.outcome); }},
            {"text", false,
             [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_text(fv, s.text); }},
        };
        Safeguarding sg;
        sg.case_index = case_index;
        RecordScope rs(*this, &sg.id);
        bool clean = false;
        if (!read_record(v, sg, specs, clean))
            return false;
        if (clean && sg.decision && *sg.decision < sg.raised) {
            Scope s(*this, "decisionDate");
            date_order("The decision is dated before the concern was raised.");
        }
        if (clean && sg.closed && *sg.closed < sg.raised) {
            Scope s(*this, "closedDate");
            date_order("It was closed before it was raised.");
        }
        x->safeguarding.push_back(sg);
        return true;
    }

    bool read_capacity(JsonCursor& v, Index case_index) {
        static const FieldSpec<CapacityAssessment> specs[] = {
            {"id", true,
             [](Impl& i, JsonCursor& fv, CapacityAssessment& c) { return i.read_id(fv, c.id); }},
            {"authorId", true,
             [](Impl& i, JsonCursor& fv, CapacityAssessment& c) {
                 return i.read_ref(fv, c.author);
             }},
            {"date", true,
             [](Impl& i, JsonCursor& fv, CapacityAssessment& c) {
                 return i.read_date(fv, c.date);
             }},
            {"decision", true,
             [](Impl& i, JsonCursor& fv, CapacityAssessment& c) {
                 return i.read_text(fv, c.decision);
             }},
            {"outcome", true,
             [](Impl& i, JsonCursor& fv, CapacityAssessment& c) {
                 return i.read_enum(fv, c.outcome);
             }},
            {"text", false,
             [](Impl& i, JsonCursor& fv, CapacityAssessment& c) {
                 return i.read_text(fv, c.text);
             }},
        };
        CapacityAssessment c;
        c.case_index = case_index;
        RecordScope rs(*this, &c.id);
        bool clean = false;
        if (!read_record(v, c, specs, clean))
            return false;
        x->capacity_assessments.push_back(c);
        return true;
    }

    bool read_document(JsonCursor& v, Index case_index) {
        static const FieldSpec<Document> specs[] = {
            {"id", true, [](Impl& i, JsonCursor& fv, Document& d) { return i.read_id(fv, d.id); }},
            {"kind", true,
             [](Impl& i, JsonCursor& fv, Document& d) { return i.read_enum(fv, d.kind); }},
            {"fileFormat", true,
             [](Impl& i, JsonCursor& fv, Document& d) { return i.read_enum(fv, d.file_format); }},
            {"indexed", true,
             [](Impl& i, JsonCursor& fv, Document& d) { return i.read_bool(fv, d.indexed); }},
            {"receivedDate", false,
             [](Impl& i, JsonCursor& fv, Document& d) { return i.read_opt_date(fv, d.received); }},
            {"uploadedDate", true,
             [](Impl& i, JsonCursor& fv, Document& d) { return i.read_date(fv, d.uploaded); }},
            {"title", false,
             [](Impl& i, JsonCursor& fv, Document& d) { return i.read_text(fv, d.title); }},
        };
        Document d;
        d.case_index = case_index;
        RecordScope rs(*this, &d.id);
        bool clean = false;
        if (!read_record(v, d, specs, clean))
            return false;
        if (clean && d.received && d.uploaded < *d.received) {
            Scope s(*this, "uploadedDate");
            at_path(Severity::Warning, "inconsistent",
                    "The document was uploaded (" + format_date(d.uploaded) +
                        ") before it was received (" + format_date(*d.received) + ").");
        }
        x->documents.push_back(d);
        return true;
    }

    // A case and everything in it. Nested records go to the flat vectors; the case's Ranges
    // are closed once its object ends (all of them start where the vectors end now).
    bool read_case(JsonCursor& v) {
        static const FieldSpec<Case> specs[] = {
            {"id", true, [](Impl& i, JsonCursor& fv, Case& c) { return i.read_id(fv, c.id); }},
            {"personId", true,
             [](Impl& i, JsonCursor& fv, Case& c) { return i.read_ref(fv, c.person); }},
            {"status", true,
             [](Impl& i, JsonCursor& fv, Case& c) { return i.read_enum(fv, c.status); }},
            {"openedDate", true,
             [](Impl& i, JsonCursor& fv, Case& c) { return i.read_date(fv, c.opened); }},
            {"allocations", true,
             [](Impl& i, JsonCursor& fv, Case&) {
                 return i.read_nested(fv, &Impl::read_allocation);
             }},
            {"teamId", false,
             [](Impl& i, JsonCursor& fv, Case& c) { return i.read_ref(fv, c.team, true); }},
            {"closedDate", false,
             [](Impl& i, JsonCursor& fv, Case& c) { return i.read_opt_date(fv, c.closed); }},
            {"requests", false,
             [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_request); }},
            {"notes", false,
             [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_note); }},
            {"assessments", false,
             [](Impl& i, JsonCursor& fv, Case&) {
                 return i.read_nested(fv, &Impl::read_assessment);
             }},
            {"plans", false,
             [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_plan); }},
            {"services", false,
             [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_service); }},
            {"reviews", false,
             [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_review); }},
            {"safeguarding", false,
             [](Impl& i, JsonCursor& fv, Case&) {
                 return i.read_nested(fv, &Impl::read_safeguarding);
             }},
            {"capacityAssessments", false,
             [](Impl& i, JsonCursor& fv, Case&) {
                 return i.read_nested(fv, &Impl::read_capacity);
             }},
            {"documents", false,
             [](Impl& i, JsonCursor& fv, Case&) {
                 return i.read_nested(fv, &Impl::read_document);
             }},
        };
        Case c;
        RecordScope rs(*this, &c.id);
        Extract& e = *x;
        // (Range member, vector size) pairs, opened now and closed after the object.
        const std::pair<Range Case::*, std::size_t> ranges[] = {
            {&Case::allocations, e.allocations.size()},
            {&Case::requests, e.requests.size()},
            {&Case::notes, e.notes.size()},
            {&Case::assessments, e.assessments.size()},
            {&Case::plans, e.plans.size()},
            {&Case::services, e.services.size()},
            {&Case::reviews, e.reviews.size()},
            {&Case::safeguarding, e.safeguarding.size()},
            {&Case::capacity_assessments, e.capacity_assessments.size()},
            {&Case::documents, e.documents.size()},
        };
        bool clean = false;
        unsigned seen = 0;
        if (!read_record(v, c, specs, clean, &seen))
            return false;
        const std::size_t sizes_now[] = {
            e.allocations.size(), e.requests.size(),     e.notes.size(),
            e.assessments.size(), e.plans.size(),        e.services.size(),
            e.reviews.size(),     e.safeguarding.size(), e.capacity_assessments.size(),
            e.documents.size()};
        for (std::size_t k = 0; k < 10; ++k) {
            Range& r = c.*(ranges[k].first);
            r.begin = size32(ranges[k].second);
            r.count = size32(sizes_now[k] - ranges[k].second);
        }
        if (clean && c.closed && *c.closed < c.opened) {
            Scope s(*this, "closedDate");
            date_order("The case was closed before it was opened.");
        }
        if (clean && c.status == CaseStatus::Closed && !c.closed) {
            Scope s(*this, "closedDate");
            at_path(Severity::Warning, "inconsistent",
                    "The case is closed but has no closed date.");
        }
        if (clean && c.status == CaseStatus::Open && c.closed) {
            Scope s(*this, "closedDate");
            at_path(Severity::Warning, "inconsistent", "The case is open but has a closed date.");
        }
        e.cases.push_back(c);
        return true;
    }

    // The elements of one of a case's arrays, each read by `reader` with the case's index
    // (the case is pushed after its object, so its index is the current number of cases).
    bool read_nested(JsonCursor& v, bool (Impl::*reader)(JsonCursor&, Index)) {
        const Index self = size32(x->cases.size());
        return read_array(v, [&](JsonCursor& e) { return (this->*reader)(e, self); });
    }

    bool read_supervision(JsonCursor& v) {
        static const FieldSpec<SupervisionItem> decision_specs[] = {
            {"text", true,
             [](Impl& i, JsonCursor& fv, SupervisionItem& s) { return i.read_text(fv, s.text); }},
            {"caseId", false,
             [](Impl& i, JsonCursor& fv, SupervisionItem& s) {
                 return i.read_ref(fv, s.case_index, true);
             }},
        };
        static const FieldSpec<SupervisionItem> action_specs[] = {
            {"text", true,
             [](Impl& i, JsonCursor& fv, SupervisionItem& s) { return i.read_text(fv, s.text); }},
            {"caseId", false,
             [](Impl& i, JsonCursor& fv, SupervisionItem& s) {
                 return i.read_ref(fv, s.case_index, true);
             }},
            {"ownerId", false,
             [](Impl& i, JsonCursor& fv, SupervisionItem& s) {
                 return i.read_ref(fv, s.owner, true);
             }},
            {"dueDate", false,
             [](Impl& i, JsonCursor& fv, SupervisionItem& s) {
                 return i.read_opt_date(fv, s.due);
             }},
        };
        static const FieldSpec<Supervision> specs[] = {
            {"id", true,
             [](Impl& i, JsonCursor& fv, Supervision& s) { return i.read_id(fv, s.id); }},
            {"superviseeId", true,
             [](Impl& i, JsonCursor& fv, Supervision& s) { return i.read_ref(fv, s.supervisee); }},
            {"supervisorId", true,
             [](Impl& i, JsonCursor& fv, Supervision& s) { return i.read_ref(fv, s.supervisor); }},
            {"heldDate", true,
             [](Impl& i, JsonCursor& fv, Supervision& s) { return i.read_date(fv, s.held); }},
            {"recordedAt", true,
             [](Impl& i, JsonCursor& fv, Supervision& s) {
                 return i.read_date_time(fv, s.recorded_at);
             }},
            {"casesDiscussed", false,
             [](Impl& i, JsonCursor& fv, Supervision&) {
                 return i.read_array(fv, [&](JsonCursor& e) {
                     Index ref = k_no_index;
                     if (!i.read_ref(e, ref))
                         return false;
                     i.x->supervision_cases.push_back(ref);
                     return true;
                 });
             }},
            {"decisions", false,
             [](Impl& i, JsonCursor& fv, Supervision&) {
                 return i.read_items(fv, decision_specs, i.x->supervision_items);
             }},
            {"actions", false,
             [](Impl& i, JsonCursor& fv, Supervision&) {
                 return i.read_items(fv, action_specs, i.pending_actions);
             }},
            {"text", false,
             [](Impl& i, JsonCursor& fv, Supervision& s) { return i.read_text(fv, s.text); }},
        };
        Supervision sp;
        RecordScope rs(*this, &sp.id);
        Extract& e = *x;
        // Actions are held apart while reading so that decisions stay contiguous whatever
        // the order of the two arrays in the object.
        pending_actions.clear();
        sp.cases_discussed.begin = size32(e.supervision_cases.size());
        sp.decisions.begin = size32(e.supervision_items.size());
        bool clean = false;
        if (!read_record(v, sp, specs, clean))
            return false;
        sp.cases_discussed.count = size32(e.supervision_cases.size()) - sp.cases_discussed.begin;
        sp.decisions.count = size32(e.supervision_items.size()) - sp.decisions.begin;
        sp.actions.begin = size32(e.supervision_items.size());
        sp.actions.count = size32(pending_actions.size());
        e.supervision_items.insert(e.supervision_items.end(), pending_actions.begin(),
                                   pending_actions.end());
        if (clean && sp.recorded_at.date < sp.held) {
            Scope s(*this, "recordedAt");
            date_order("The supervision was recorded (" + format_date_time(sp.recorded_at) +
                       ") before it was held (" + format_date(sp.held) + ").");
        }
        e.supervisions.push_back(sp);
        return true;
    }

    template <std::size_t N>
    bool read_items(JsonCursor& v, const FieldSpec<SupervisionItem> (&specs)[N],
                    std::vector<SupervisionItem>& into) {
        const Index self = size32(x->supervisions.size());
        return read_array(v, [&](JsonCursor& e) {
            SupervisionItem it;
            it.supervision = self;
            bool clean = false;
            if (!read_record(e, it, specs, clean))
                return false;
            into.push_back(it);
            return true;
        });
    }

    bool read_director_discussion(JsonCursor& v) {
        static const FieldSpec<DirectorDiscussion> specs[] = {
            {"id", true,
             [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) { return i.read_id(fv, d.id); }},
            {"workerId", true,
             [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) {
                 return i.read_ref(fv, d.worker);
             }},
            {"date", true,
             [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) {
                 return i.read_date(fv, d.date);
             }},
            {"agreedCaseload", true,
             [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) {
                 return i.read_int(fv, d.agreed_caseload, 0, 1000);
             }},
            {"periodFrom", true,
             [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) {
                 return i.read_date(fv, d.period_from);
             }},
            {"periodTo", false,
             [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) {
                 return i.read_opt_date(fv, d.period_to);
             }},
            {"directorId", false,
             [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) {
                 return i.read_ref(fv, d.director, true);
             }},
            {"note", false,
             [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) {
                 return i.read_text(fv, d.note);
             }},
        };
        DirectorDiscussion dd;
        RecordScope rs(*this, &dd.id);
        bool clean = false;
        if (!read_record(v, dd, specs, clean))
            return false;
        if (clean && dd.period_to && *dd.period_to < dd.period_from) {
            Scope s(*this, "periodTo");
            date_order("The period ends before it starts.");
        }
        x->director_discussions.push_back(dd);
        return true;
    }

    bool read_audit(JsonCursor& v) {
        static const FieldSpec<AuditRecord> specs[] = {
            {"id", true,
             [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_id(fv, a.id); }},
            {"caseId", true,
             [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_ref(fv, a.case_index); }},
            {"auditorId", true,
             [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_ref(fv, a.auditor); }},
            {"date", true,
             [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_date(fv, a.date); }},
            {"kind", false,
             [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_enum(fv, a.kind); }},
            {"grade", false,
             [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_enum(fv, a.grade); }},
            {"note", false,
             [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_text(fv, a.note); }},
        };
        AuditRecord a;
        RecordScope rs(*this, &a.id);
        bool clean = false;
        if (!read_record(v, a, specs, clean))
            return false;
        x->audits.push_back(a);
        return true;
    }

    // A complete value is in `buf`: parse it and add its record(s).
    void end_value(std::string_view text) {
        value_text = text;
        path.clear();
        record_syntax_error = false;
        record_error = JsonFault::None;
        if (current_top_name)
            path.push(PathPart{current_top_name, 0});
        if (in_array)
            path.push(PathPart{nullptr, element_index});

        cursor.reset(text, long_strings.data(), long_strings.size());
        // The scanner ended the value where its brackets balance, or at the delimiter after
        // a bare scalar, so anything after the value is a fault the cursor did not see.
        const bool ok = dispatch(cursor) && (cursor.at_end() || syntax(JsonFault::Structure));
        if (!ok || record_syntax_error)
            report_record_syntax_error();
        path.clear();
        buf.clear();
        value_text = {};
        long_strings.clear();
    }

    bool dispatch(JsonCursor& root) {
        if (current_top == TopKey::Unknown)
            return skip(root);
        if (!in_array) {
            if (current_top == TopKey::Metadata)
                return read_metadata(root);
            JsonType t{};
            if (!type_of(root, t))
                return false;
            return wrong_type(root, t, "an array");
        }
        switch (current_top) {
        case TopKey::Teams:
            return read_team(root);
        case TopKey::Workers:
            return read_worker(root);
        case TopKey::People:
            return read_person(root);
        case TopKey::Cases:
            return read_case(root);
        case TopKey::Supervisions:
            return read_supervision(root);
        case TopKey::DirectorDiscussions:
            return read_director_discussion(root);
        case TopKey::Audits:
            return read_audit(root);
        case TopKey::Metadata:
        case TopKey::Unknown:
            break;
        }
        return skip(root);
    }

    // The fast parser found the record malformed; say where, in the file's terms.
    void report_record_syntax_error() {
        fatal = true;
        const std::string_view text = value_text;
        const std::size_t bad = find_invalid_utf8(text);
        int l = 0;
        int col = 0;
        if (bad != std::string_view::npos) {
            const std::size_t at = bad;
            value_location(at, l, col);
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X",
                          at < text.size()
                              ? static_cast<unsigned>(static_cast<unsigned char>(text[at]))
                              : 0u);
            add(Severity::Error, "encoding",
                std::string("The file is not valid UTF-8 text: the byte ") + hex + " in " +
                    element_label + " does not belong to any character. Save the extract as UTF-8.",
                element_label, {}, l, col);
            return;
        }
        const JsonSyntaxError located = locate_json_syntax_error(text);
        if (located.found) {
            value_location(located.offset, l, col);
            add(Severity::Error, "syntax",
                "The JSON is not valid in " + element_label + ": " + located.message +
                    ". Near: \"" + excerpt_around(text, located.offset) + "\"",
                element_label, {}, l, col);
        } else {
            value_location(0, l, col);
            add(Severity::Error, "syntax",
                "The JSON is not valid in " + element_label + ": " +
                    std::string(json_fault_sentence(record_error)) + ".",
                element_label, {}, l, col);
        }
    }

    // ------------------------------------------------------------------
    // [SECTION] Checks that need every record (ids, references)
    // ------------------------------------------------------------------

    // Builds an id index over `records`, reporting duplicates (the first one wins).
    template <typename R, typename PathFn>
    void index_ids(const std::vector<R>& records, IdIndex& index, const char* kind,
                   PathFn path_of) {
        std::vector<std::pair<StrId, Index>> pairs;
        pairs.reserve(records.size());
        for (std::size_t i = 0; i < records.size(); ++i)
            if (records[i].id != k_no_str)
                pairs.emplace_back(records[i].id, size32(i));
        std::sort(pairs.begin(), pairs.end());
        std::vector<std::pair<StrId, Index>> unique;
        unique.reserve(pairs.size());
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            if (!unique.empty() && unique.back().first == pairs[i].first) {
                const std::string id(x->ids.view(pairs[i].first));
                add(Severity::Error, "duplicate-id",
                    std::string("Two ") + kind + " have the id \"" + id + "\" (" +
                        path_of(unique.back().second) + " and " + path_of(pairs[i].second) +
                        "); ids must be unique.",
                    path_of(pairs[i].second) + ".id", id);
                continue;
            }
            unique.push_back(pairs[i]);
        }
        index.build(std::move(unique));
    }

    // Turns a StrId held in a reference field into the Index of the record it names.
    // `json_path` is a callable giving the path: only called for a finding, since this runs
    // for every reference in the file.
    template <typename PathFn>
    void resolve(Index& ref, const IdIndex& index, const char* target_kind, PathFn&& json_path,
                 StrId record_id) {
        if (ref == k_no_index)
            return;
        const StrId wanted = ref;
        ref = index.find(wanted);
        if (ref != k_no_index)
            return;
        add(Severity::Error, "unknown-reference",
            std::string("There is no ") + target_kind + " with the id \"" +
                std::string(x->ids.view(wanted)) + "\".",
            json_path(), std::string(x->id_of(record_id)));
    }

    std::string case_path(Index c) const { return "cases[" + std::to_string(c) + "]"; }
    template <typename R>
    std::string in_case(const std::vector<R>& v, Index i, const Range Case::*range,
                        const char* name) const {
        const Index c = v[i].case_index;
        return case_path(c) + "." + name + "[" + std::to_string(i - (x->cases[c].*range).begin) +
               "]";
    }

    void check_all() {
        Extract& e = *x;
        auto top = [](const char* name, Index i) {
            return std::string(name) + "[" + std::to_string(i) + "]";
        };
        index_ids(e.teams, e.team_by_id, "teams", [&](Index i) { return top("teams", i); });
        index_ids(e.workers, e.worker_by_id, "workers", [&](Index i) { return top("workers", i); });
        index_ids(e.people, e.person_by_id, "people", [&](Index i) { return top("people", i); });
        index_ids(e.cases, e.case_by_id, "cases", [&](Index i) { return top("cases", i); });
        index_ids(e.notes, e.note_by_id, "case notes",
                  [&](Index i) { return in_case(e.notes, i, &Case::notes, "notes"); });
        index_ids(e.supervisions, e.supervision_by_id, "supervision records",
                  [&](Index i) { return top("supervisions", i); });
        {
            IdIndex scratch;
            index_ids(e.assessments, scratch, "assessments", [&](Index i) {
                return in_case(e.assessments, i, &Case::assessments, "assessments");
            });
            index_ids(e.plans, scratch, "plans",
                      [&](Index i) { return in_case(e.plans, i, &Case::plans, "plans"); });
            index_ids(e.reviews, scratch, "reviews",
                      [&](Index i) { return in_case(e.reviews, i, &Case::reviews, "reviews"); });
            index_ids(e.documents, scratch, "documents", [&](Index i) {
                return in_case(e.documents, i, &Case::documents, "documents");
            });
            index_ids(e.director_discussions, scratch, "Director discussions",
                      [&](Index i) { return top("directorDiscussions", i); });
            index_ids(e.audits, scratch, "audit records",
                      [&](Index i) { return top("audits", i); });
        }

        for (Index i = 0; i < e.workers.size(); ++i) {
            Worker& w = e.workers[i];
            const std::string p = top("workers", i);
            resolve(
                w.team, e.team_by_id, "team", [&] { return p + ".teamId"; }, w.id);
            resolve(
                w.line_manager, e.worker_by_id, "worker", [&] { return p + ".lineManagerId"; },
                w.id);
            if (w.line_manager == i) {
                add(Severity::Error, "unknown-reference",
                    "A worker cannot be their own line manager.", p + ".lineManagerId",
                    std::string(e.id_of(w.id)));
                w.line_manager = k_no_index;
            }
        }
        for (Index ci = 0; ci < e.cases.size(); ++ci) {
            Case& c = e.cases[ci];
            const std::string p = case_path(ci);
            resolve(
                c.person, e.person_by_id, "person", [&] { return p + ".personId"; }, c.id);
            resolve(
                c.team, e.team_by_id, "team", [&] { return p + ".teamId"; }, c.id);
            for (Index k = c.allocations.begin; k < c.allocations.end(); ++k)
                resolve(
                    e.allocations[k].worker, e.worker_by_id, "worker",
                    [&] {
                        return p + ".allocations[" + std::to_string(k - c.allocations.begin) +
                               "].workerId";
                    },
                    c.id);
        }
        for (Index i = 0; i < e.notes.size(); ++i)
            resolve(
                e.notes[i].author, e.worker_by_id, "worker",
                [&] { return in_case(e.notes, i, &Case::notes, "notes") + ".authorId"; },
                e.notes[i].id);
        for (Index i = 0; i < e.assessments.size(); ++i)
            resolve(
                e.assessments[i].author, e.worker_by_id, "worker",
                [&] {
                    return in_case(e.assessments, i, &Case::assessments, "assessments") +
                           ".authorId";
                },
                e.assessments[i].id);
        for (Index i = 0; i < e.plans.size(); ++i)
            resolve(
                e.plans[i].author, e.worker_by_id, "worker",
                [&] { return in_case(e.plans, i, &Case::plans, "plans") + ".authorId"; },
                e.plans[i].id);
        for (Index i = 0; i < e.reviews.size(); ++i)
            resolve(
                e.reviews[i].author, e.worker_by_id, "worker",
                [&] { return in_case(e.reviews, i, &Case::reviews, "reviews") + ".authorId"; },
                e.reviews[i].id);
        for (Index i = 0; i < e.safeguarding.size(); ++i)
            resolve(
                e.safeguarding[i].lead, e.worker_by_id, "worker",
                [&] {
                    return in_case(e.safeguarding, i, &Case::safeguarding, "safeguarding") +
                           ".leadId";
                },
                e.safeguarding[i].id);
        for (Index i = 0; i < e.capacity_assessments.size(); ++i)
            resolve(
                e.capacity_assessments[i].author, e.worker_by_id, "worker",
                [&] {
                    return in_case(e.capacity_assessments, i, &Case::capacity_assessments,
                                   "capacityAssessments") +
                           ".authorId";
                },
                e.capacity_assessments[i].id);
        for (Index i = 0; i < e.supervisions.size(); ++i) {
            Supervision& s = e.supervisions[i];
            const std::string p = top("supervisions", i);
            resolve(
                s.supervisee, e.worker_by_id, "worker", [&] { return p + ".superviseeId"; }, s.id);
            resolve(
                s.supervisor, e.worker_by_id, "worker", [&] { return p + ".supervisorId"; }, s.id);
            for (Index k = s.cases_discussed.begin; k < s.cases_discussed.end(); ++k)
                resolve(
                    e.supervision_cases[k], e.case_by_id, "case",
                    [&] {
                        return p + ".casesDiscussed[" +
                               std::to_string(k - s.cases_discussed.begin) + "]";
                    },
                    s.id);
            for (Index k = s.decisions.begin; k < s.decisions.end(); ++k)
                resolve(
                    e.supervision_items[k].case_index, e.case_by_id, "case",
                    [&] {
                        return p + ".decisions[" + std::to_string(k - s.decisions.begin) +
                               "].caseId";
                    },
                    s.id);
            for (Index k = s.actions.begin; k < s.actions.end(); ++k) {
                const std::string ap = p + ".actions[" + std::to_string(k - s.actions.begin) + "]";
                resolve(
                    e.supervision_items[k].case_index, e.case_by_id, "case",
                    [&] { return ap + ".caseId"; }, s.id);
                resolve(
                    e.supervision_items[k].owner, e.worker_by_id, "worker",
                    [&] { return ap + ".ownerId"; }, s.id);
            }
        }
        for (Index i = 0; i < e.director_discussions.size(); ++i) {
            DirectorDiscussion& d = e.director_discussions[i];
            const std::string p = top("directorDiscussions", i);
            resolve(
                d.worker, e.worker_by_id, "worker", [&] { return p + ".workerId"; }, d.id);
            resolve(
                d.director, e.worker_by_id, "worker", [&] { return p + ".directorId"; }, d.id);
            if (d.director != k_no_index && e.workers[d.director].role != WorkerRole::Director)
                add(Severity::Notice, "inconsistent",
                    "The Director discussion names " +
                        std::string(e.id_of(e.workers[d.director].id)) +
                        ", whose role is not director.",
                    p + ".directorId", std::string(e.id_of(d.id)));
        }
        for (Index i = 0; i < e.audits.size(); ++i) {
            AuditRecord& a = e.audits[i];
            const std::string p = top("audits", i);
            resolve(
                a.case_index, e.case_by_id, "case", [&] { return p + ".caseId"; }, a.id);
            resolve(
                a.auditor, e.worker_by_id, "worker", [&] { return p + ".auditorId"; }, a.id);
        }

        // Checks against the as-at date.
        const Metadata& m = e.metadata;
        if (seen_top[0] && m.format_version == 1) {
            if (m.as_at.days > m.extracted_at.date.days)
                add(Severity::Warning, "inconsistent",
                    "The as-at date " + format_date(m.as_at) +
                        " is after the date the extract was made (" +
                        format_date(m.extracted_at.date) + ").",
                    "metadata.asAt");
            for (Index i = 0; i < e.people.size(); ++i)
                if (e.people[i].date_of_birth > m.as_at)
                    add(Severity::Warning, "inconsistent",
                        "The date of birth " + format_date(e.people[i].date_of_birth) +
                            " is after the as-at date " + format_date(m.as_at) + ".",
                        top("people", i) + ".dateOfBirth", std::string(e.id_of(e.people[i].id)));
        }
    }

    ImportResult finish() {
        finished = true;
        finish_scan();
        if (!fatal) {
            for (int i = 0; i < 5; ++i) // metadata, teams, workers, people, cases
                if (!seen_top[i])
                    add(Severity::Error, "missing-field",
                        "The required top-level field \"" + std::string(k_top_names[i]) +
                            "\" is missing.",
                        std::string(k_top_names[i]));
        }
        if (!fatal)
            check_all();
        ImportResult r;
        r.error_count = counts[0];
        r.warning_count = counts[1];
        r.notice_count = counts[2];
        r.bytes_read = pos;
        for (int s = 0; s < 3; ++s)
            if (counts[s] > limits.max_findings_per_severity) {
                Finding f;
                f.severity = static_cast<Severity>(s);
                f.code = "more-findings";
                f.message = std::to_string(counts[s] - limits.max_findings_per_severity) +
                            " more " + std::string(severity_name(f.severity)) +
                            "s like these were found and not listed.";
                findings.push_back(std::move(f));
            }
        r.findings = std::move(findings);
        if (counts[0] == 0) {
            x->text.shrink_to_fit();
            r.extract = std::move(x);
        }
        return r;
    }
};

// ---------------------------------------------------------------------------
// [SECTION] ExtractImporter
// ---------------------------------------------------------------------------

ExtractImporter::ExtractImporter(ImportLimits limits) : impl_(std::make_unique<Impl>(limits)) {}
ExtractImporter::~ExtractImporter() = default;

void ExtractImporter::set_total_bytes(std::uint64_t total) {
    impl_->total = total;
}
void ExtractImporter::feed(std::string_view chunk) {
    impl_->feed(chunk);
}
bool ExtractImporter::failed() const {
    return impl_->fatal;
}
std::uint64_t ExtractImporter::bytes_fed() const {
    return impl_->pos;
}

double ExtractImporter::progress() const {
    if (impl_->total == 0)
        return 0.0;
    const double p = static_cast<double>(impl_->pos) / static_cast<double>(impl_->total);
    return p > 1.0 ? 1.0 : p;
}

ImportResult ExtractImporter::finish() {
    return impl_->finish();
}

ImportResult import_extract(std::string_view bytes, ImportLimits limits) {
    ExtractImporter importer(limits);
    importer.set_total_bytes(bytes.size());
    importer.feed(bytes);
    return importer.finish();
}

ImportResult import_extract_file(const std::string& path, ImportLimits limits) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        ImportResult r;
        Finding e;
        e.code = "file";
        e.message = "The file \"" + path + "\" cannot be opened.";
        r.findings.push_back(std::move(e));
        r.error_count = 1;
        return r;
    }
    ExtractImporter importer(limits);
    if (std::fseek(f, 0, SEEK_END) == 0) {
        const long size = std::ftell(f);
        if (size > 0)
            importer.set_total_bytes(static_cast<std::uint64_t>(size));
        std::fseek(f, 0, SEEK_SET);
    }
    std::vector<char> chunk(8u << 20);
    while (!importer.failed()) {
        const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), f);
        if (n == 0)
            break;
        importer.feed(std::string_view(chunk.data(), n));
    }
    std::fclose(f);
    return importer.finish();
}

} // namespace ca
