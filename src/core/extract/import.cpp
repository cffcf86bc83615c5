// Case Audit - the case extract importer. See import.h for the design and the API.
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

#include "core/extract/json_text.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>

namespace ca {
namespace {

namespace od = simdjson::ondemand;

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

std::string_view json_type_name(od::json_type t) {
    switch (t) {
    case od::json_type::array:
        return "an array";
    case od::json_type::object:
        return "an object";
    case od::json_type::number:
        return "a number";
    case od::json_type::string:
        return "a string";
    case od::json_type::boolean:
        return "true or false";
    case od::json_type::null:
        return "null";
    }
    return "a value";
}

std::string quote_value(std::string_view s) {
    std::string out = "\"";
    out += excerpt_around(s, 0, 60);
    if (s.size() > out.size())
        out += "...";
    out += '"';
    return out;
}

// Bytes outside strings that the scanner must look at; everything else is skipped fast.
struct StringStops {
    bool stop[256] = {};
    constexpr StringStops() {
        stop[static_cast<unsigned char>('"')] = true;
        stop[static_cast<unsigned char>('\\')] = true;
    }
};
constexpr StringStops k_string_stops{};

// A growable byte buffer that always keeps simdjson's required padding allocated after
// its contents, so records are parsed where they are without another copy.
class PaddedBuffer {
public:
    void clear() { size_ = 0; }
    void append(const char* p, std::size_t n) {
        if (size_ + n + simdjson::SIMDJSON_PADDING > capacity_)
            grow(size_ + n + simdjson::SIMDJSON_PADDING);
        std::memcpy(data_.get() + size_, p, n);
        size_ += n;
    }
    const char* data() const { return data_ ? data_.get() : ""; }
    std::size_t size() const { return size_; }
    std::size_t capacity() const { return capacity_; }
    std::string_view view() const { return std::string_view(data(), size_); }

private:
    void grow(std::size_t need) {
        std::size_t cap = std::max<std::size_t>(need, capacity_ + capacity_ / 2);
        cap = std::max<std::size_t>(cap, 4096);
        std::unique_ptr<char[]> bigger(new char[cap]);
        if (size_ > 0)
            std::memcpy(bigger.get(), data_.get(), size_);
        data_ = std::move(bigger);
        capacity_ = cap;
    }
    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

// One step of a JSON path: a key (static storage) or an array index.
struct PathPart {
    const char* key = nullptr; // null: index
    std::uint32_t index = 0;
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

    std::string key;         // the top-level key being read
    bool key_escape = false; // the previous key byte was a backslash
    TopKey current_top = TopKey::Unknown;
    const char* current_top_name = nullptr; // static name for paths; null for unknown keys
    std::string unknown_top_name;
    bool seen_top[k_top_count] = {};
    std::uint32_t element_index = 0;
    bool in_array = false;

    // The value being captured.
    PaddedBuffer buf;
    std::uint64_t value_start = 0;
    int value_start_line = 1;
    std::uint64_t value_line_start = 0;
    std::uint8_t stack[256] = {};
    int depth = 0;
    bool in_string = false;
    bool escape = false;
    bool scalar = false;
    std::uint64_t string_start = 0;

    // --- record parsing state ---
    od::parser parser;
    std::vector<PathPart> path;
    std::string element_label; // "cases[12]" for messages about a whole record
    bool record_syntax_error = false;

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
        const std::string_view v = buf.view().substr(0, std::min(offset, buf.size()));
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
                    fatal_at("too-large",
                             "The record " + element_label + " is larger than " +
                                 std::to_string(limits.max_record_bytes >> 20) +
                                 " MiB, the largest this version accepts.",
                             value_start, {}, 0);
                    break;
                }
                if (done) {
                    buf.append(seg, static_cast<std::size_t>(p - seg));
                    end_value();
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
                while (p < end && !k_string_stops.stop[static_cast<unsigned char>(*p)])
                    ++p;
                if (p == end)
                    break;
                if (*p == '\\') {
                    escape = true;
                    ++p;
                    continue;
                }
                ++p; // closing quote
                in_string = false;
                if (abs(p) - string_start > limits.max_string_bytes) {
                    string_too_long();
                    return p;
                }
                if (depth == 0) {
                    done = true;
                    return p;
                }
                continue;
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
            value_location(static_cast<std::size_t>(at - value_start), l, col);
        } else {
            col = static_cast<int>(at >= line_start ? at - line_start : 0) + 1;
        }
        add(Severity::Error, "too-long",
            "A text value in " + element_label + " is longer than " +
                std::to_string(limits.max_string_bytes >> 20) +
                " MiB, the longest this version accepts (a case note of a million characters "
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
        Scope(Impl& i, const char* k) : impl(i) { impl.path.push_back(PathPart{k, 0}); }
        Scope(Impl& i, std::uint32_t index) : impl(i) {
            impl.path.push_back(PathPart{nullptr, index});
        }
        ~Scope() { impl.path.pop_back(); }
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

    bool syntax(simdjson::error_code) {
        record_syntax_error = true;
        return false;
    }

    // The value's JSON type; false on a syntax error.
    bool type_of(od::value& v, od::json_type& t) {
        if (auto e = v.type().get(t))
            return syntax(e);
        return true;
    }

    bool wrong_type(od::value& v, od::json_type found, const std::string& expected) {
        at_path(Severity::Error, "wrong-type",
                "Expected " + expected + ", but found " + std::string(json_type_name(found)) + ".");
        return skip(v);
    }

    // Reads and validates a value nobody needs (unknown fields, values of the wrong type).
    // Recursion is bounded by ImportLimits::max_depth, which the scanner enforces.
    bool skip(od::value& v) {
        od::json_type t{};
        if (!type_of(v, t))
            return false;
        switch (t) {
        case od::json_type::object: {
            od::object o;
            if (auto e = v.get_object().get(o))
                return syntax(e);
            for (auto field : o) {
                std::string_view k;
                if (auto e = field.unescaped_key().get(k))
                    return syntax(e);
                od::value fv;
                if (auto e = field.value().get(fv))
                    return syntax(e);
                if (!skip(fv))
                    return false;
            }
            return true;
        }
        case od::json_type::array: {
            od::array a;
            if (auto e = v.get_array().get(a))
                return syntax(e);
            for (auto item : a) {
                od::value iv;
                if (auto e = item.get(iv))
                    return syntax(e);
                if (!skip(iv))
                    return false;
            }
            return true;
        }
        case od::json_type::string: {
            std::string_view s;
            if (auto e = v.get_string().get(s))
                return syntax(e);
            return true;
        }
        case od::json_type::number: {
            std::string_view raw = v.raw_json_token();
            while (!raw.empty() && is_space(raw.back()))
                raw.remove_suffix(1);
            if (!is_json_number(raw))
                return syntax(simdjson::NUMBER_ERROR);
            return true;
        }
        case od::json_type::boolean: {
            bool b = false;
            if (auto e = v.get_bool().get(b))
                return syntax(e);
            return true;
        }
        case od::json_type::null: {
            bool n = false;
            if (auto e = v.is_null().get(n); e || !n)
                return syntax(e ? e : simdjson::N_ATOM_ERROR);
            return true;
        }
        }
        return true;
    }

    bool unknown_field(std::string_view name, od::value& v) {
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
    bool null_check(od::value& v, bool& is_null) {
        od::json_type t{};
        if (!type_of(v, t))
            return false;
        is_null = t == od::json_type::null;
        if (is_null)
            return skip(v);
        return true;
    }

    bool read_string(od::value& v, std::string_view& out, bool& ok, const std::string& expected) {
        ok = false;
        od::json_type t{};
        if (!type_of(v, t))
            return false;
        if (t != od::json_type::string)
            return wrong_type(v, t, expected);
        if (auto e = v.get_string().get(out))
            return syntax(e);
        ok = true;
        return true;
    }

    bool read_text(od::value& v, TextRef& out) {
        std::string_view s;
        bool ok = false;
        if (!read_string(v, s, ok, "a string"))
            return false;
        if (ok)
            out = x->text.add(s);
        return true;
    }

    bool read_owned_string(od::value& v, std::string& out) {
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
    bool read_id(od::value& v, StrId& out, bool nullable = false) {
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
    bool read_ref(od::value& v, Index& out, bool nullable = false) {
        StrId id = k_no_str;
        if (!read_id(v, id, nullable))
            return false;
        out = id;
        return true;
    }

    bool read_date(od::value& v, Date& out, bool& ok) {
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
                    "Expected a date that exists, written YYYY-MM-DD; found " + quote_value(s) + ".");
        }
        return true;
    }

    bool read_date(od::value& v, Date& out) {
        bool ok = false;
        return read_date(v, out, ok);
    }

    bool read_opt_date(od::value& v, std::optional<Date>& out) {
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

    bool read_date_time(od::value& v, DateTime& out) {
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

    bool read_bool(od::value& v, bool& out) {
        od::json_type t{};
        if (!type_of(v, t))
            return false;
        if (t != od::json_type::boolean)
            return wrong_type(v, t, "true or false");
        if (auto e = v.get_bool().get(out))
            return syntax(e);
        return true;
    }

    // A number; `whole` demands an integer. Out-of-range values are schema errors.
    bool read_number(od::value& v, double& out, bool& ok, bool whole, double lo, double hi,
                     const std::string& expected) {
        ok = false;
        od::json_type t{};
        if (!type_of(v, t))
            return false;
        if (t != od::json_type::number)
            return wrong_type(v, t, expected);
        std::string_view raw = v.raw_json_token();
        while (!raw.empty() && is_space(raw.back()))
            raw.remove_suffix(1);
        if (!is_json_number(raw))
            return syntax(simdjson::NUMBER_ERROR);
        double d = 0;
        if (v.get_double().get(d)) {
            at_path(Severity::Error, "wrong-type",
                    "Expected " + expected + ", but found a number too large to read (" +
                        excerpt_around(raw, 0, 30) + (raw.size() > 30 ? "..." : "") + ").");
            return true;
        }
        if (whole && (raw.find_first_of(".eE") != std::string_view::npos ||
                      d != static_cast<double>(static_cast<long long>(d)))) {
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

    bool read_int(od::value& v, int& out, int lo, int hi) {
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
    bool read_enum(od::value& v, E& out, bool lenient = false) {
        std::string_view s;
        bool ok = false;
        if (!read_string(v, s, ok, "one of: " + enum_name_list<E>()))
            return false;
        if (!ok)
            return true;
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

    bool read_given(od::value& v, std::optional<GivenToPerson>& out) {
        bool is_null = false;
        if (!null_check(v, is_null))
            return false;
        if (is_null)
            return true;
        od::json_type t{};
        if (!type_of(v, t))
            return false;
        if (t != od::json_type::object)
            return wrong_type(v, t, "an object with \"date\" and \"method\"");
        od::object o;
        if (auto e = v.get_object().get(o))
            return syntax(e);
        GivenToPerson g;
        unsigned seen = 0;
        bool ok_fields = true;
        for (auto field : o) {
            std::string_view k;
            od::value fv;
            if (auto e = field.unescaped_key().get(k))
                return syntax(e);
            if (auto e = field.value().get(fv))
                return syntax(e);
            if (k == "date") {
                Scope s(*this, "date");
                bool ok = false;
                if (!read_date(fv, g.date, ok))
                    return false;
                ok_fields = ok_fields && ok;
                seen |= 1;
            } else if (k == "method") {
                Scope s(*this, "method");
                if (!read_enum(fv, g.method))
                    return false;
                seen |= 2;
            } else if (!unknown_field(k, fv)) {
                return false;
            }
        }
        if (!require(seen, {"date", "method"}))
            return true;
        if (ok_fields)
            out = g;
        return true;
    }

    // Reports each required field whose bit is missing from `seen`; false if any is.
    bool require(unsigned seen, std::initializer_list<const char*> names) {
        bool all = true;
        unsigned bit = 1;
        for (const char* name : names) {
            if (!(seen & bit)) {
                all = false;
                std::string p = path_string();
                at_path(Severity::Error, "missing-field",
                        "The required field \"" + std::string(name) + "\" is missing" +
                            (p.empty() ? std::string(".") : " from " + p + "."));
            }
            bit <<= 1;
        }
        return all;
    }

    // Runs `each(element_value, index)` for every element of an array value.
    template <typename F>
    bool read_array(od::value& v, F&& each) {
        od::json_type t{};
        if (!type_of(v, t))
            return false;
        if (t == od::json_type::null)
            return skip(v);
        if (t != od::json_type::array)
            return wrong_type(v, t, "an array");
        od::array a;
        if (auto e = v.get_array().get(a))
            return syntax(e);
        std::uint32_t i = 0;
        for (auto item : a) {
            od::value iv;
            if (auto e = item.get(iv))
                return syntax(e);
            Scope s(*this, i);
            if (!each(iv))
                return false;
            ++i;
        }
        return true;
    }

    // Runs `field(key, value)` for every member of an object value; a non-object is a
    // schema error ("Expected an object").
    template <typename F>
    bool read_object(od::value& v, bool& is_object, F&& field) {
        is_object = false;
        od::json_type t{};
        if (!type_of(v, t))
            return false;
        if (t != od::json_type::object)
            return wrong_type(v, t, "an object");
        is_object = true;
        od::object o;
        if (auto e = v.get_object().get(o))
            return syntax(e);
        for (auto member : o) {
            std::string_view k;
            od::value fv;
            if (auto e = member.unescaped_key().get(k))
                return syntax(e);
            if (auto e = member.value().get(fv))
                return syntax(e);
            if (!field(k, fv))
                return false;
        }
        return true;
    }

    static std::uint32_t size32(std::size_t n) { return static_cast<std::uint32_t>(n); }

    void date_order(const std::string& what) { at_path(Severity::Error, "date-order", what); }

    // ------------------------------------------------------------------
    // [SECTION] Record parsing: one function per record kind
    // ------------------------------------------------------------------
    // The field names in the string comparisons are the format's; each function fills one
    // record, checks what can be checked within it, and reports missing required fields.

    bool read_metadata(od::value& v) {
        Metadata& m = x->metadata;
        unsigned seen = 0;
        bool is_object = false;
        bool format_ok = true;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "format") {
                Scope s(*this, "format");
                std::string f;
                if (!read_owned_string(fv, f))
                    return false;
                seen |= 1;
                if (f != "case-audit-extract") {
                    format_ok = false;
                    at_path(Severity::Error, "format",
                            "This is not a Case Audit case extract: metadata.format should be "
                            "\"case-audit-extract\" but is " +
                                quote_value(f) + ".");
                }
                return true;
            }
            if (k == "formatVersion") {
                Scope s(*this, "formatVersion");
                int version = 0;
                if (!read_int(fv, version, 0, 1000000))
                    return false;
                seen |= 2;
                m.format_version = version;
                if (version != 1) {
                    format_ok = false;
                    at_path(Severity::Error, "format",
                            "This extract is in format version " + std::to_string(version) +
                                "; this version of Case Audit reads format version 1.");
                }
                return true;
            }
            if (k == "extractedAt") {
                Scope s(*this, "extractedAt");
                seen |= 4;
                return read_date_time(fv, m.extracted_at);
            }
            if (k == "asAt") {
                Scope s(*this, "asAt");
                seen |= 8;
                return read_date(fv, m.as_at);
            }
            if (k == "organisation") {
                Scope s(*this, "organisation");
                seen |= 16;
                bool obj = false;
                bool has_name = false;
                if (!read_object(fv, obj, [&](std::string_view ok2, od::value& ov) {
                        if (ok2 == "name") {
                            Scope s2(*this, "name");
                            has_name = true;
                            return read_owned_string(ov, m.organisation_name);
                        }
                        if (ok2 == "code") {
                            Scope s2(*this, "code");
                            return read_owned_string(ov, m.organisation_code);
                        }
                        return unknown_field(ok2, ov);
                    }))
                    return false;
                if (obj && !has_name)
                    require(0, {"name"});
                return true;
            }
            if (k == "sourceSystem") {
                Scope s(*this, "sourceSystem");
                return read_owned_string(fv, m.source_system);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"format", "formatVersion", "extractedAt", "asAt", "organisation"});
        if (!format_ok)
            fatal = true; // not this format: the rest would only produce noise
        return true;
    }

    bool read_team(od::value& v) {
        Team t;
        RecordScope rs(*this, &t.id);
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, t.id);
            }
            if (k == "name") {
                Scope s(*this, "name");
                seen |= 2;
                return read_text(fv, t.name);
            }
            if (k == "kind") {
                Scope s(*this, "kind");
                seen |= 4;
                return read_enum(fv, t.kind);
            }
            if (k == "caseloadLimits") {
                Scope s(*this, "caseloadLimits");
                bool is_null = false;
                if (!null_check(fv, is_null))
                    return false;
                if (is_null)
                    return true;
                CaseloadLimits lim;
                unsigned lseen = 0;
                bool obj = false;
                if (!read_object(fv, obj, [&](std::string_view lk, od::value& lv) {
                        if (lk == "upper") {
                            Scope s2(*this, "upper");
                            lseen |= 1;
                            return read_int(lv, lim.upper, 0, 1000);
                        }
                        if (lk == "absolute") {
                            Scope s2(*this, "absolute");
                            lseen |= 2;
                            return read_int(lv, lim.absolute, 0, 1000);
                        }
                        return unknown_field(lk, lv);
                    }))
                    return false;
                if (obj && require(lseen, {"upper", "absolute"})) {
                    t.caseload_limits = lim;
                    if (lim.upper > lim.absolute)
                        at_path(Severity::Warning, "inconsistent",
                                "The upper caseload limit (" + std::to_string(lim.upper) +
                                    ") is above the absolute limit (" +
                                    std::to_string(lim.absolute) + ").");
                }
                return true;
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "name", "kind"});
        x->teams.push_back(t);
        return true;
    }

    bool read_training(od::value& v) {
        Training tr;
        tr.worker = size32(x->workers.size()); // the worker being read
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "course") {
                Scope s(*this, "course");
                seen |= 1;
                return read_enum(fv, tr.course);
            }
            if (k == "completedDate") {
                Scope s(*this, "completedDate");
                seen |= 2;
                return read_date(fv, tr.completed);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"course", "completedDate"});
        x->training.push_back(tr);
        return true;
    }

    bool read_worker(od::value& v) {
        Worker w;
        RecordScope rs(*this, &w.id);
        w.training.begin = size32(x->training.size());
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, w.id);
            }
            if (k == "name") {
                Scope s(*this, "name");
                seen |= 2;
                return read_text(fv, w.name);
            }
            if (k == "teamId") {
                Scope s(*this, "teamId");
                seen |= 4;
                return read_ref(fv, w.team);
            }
            if (k == "role") {
                Scope s(*this, "role");
                seen |= 8;
                return read_enum(fv, w.role);
            }
            if (k == "qualified") {
                Scope s(*this, "qualified");
                seen |= 16;
                return read_bool(fv, w.qualified);
            }
            if (k == "startDate") {
                Scope s(*this, "startDate");
                seen |= 32;
                return read_date(fv, w.start);
            }
            if (k == "endDate") {
                Scope s(*this, "endDate");
                return read_opt_date(fv, w.end);
            }
            if (k == "fte") {
                Scope s(*this, "fte");
                double d = 0;
                bool got = false;
                if (!read_number(fv, d, got, false, 0.0, 1.0,
                                 "a full-time equivalent above 0 and at most 1"))
                    return false;
                if (got && d <= 0.0) {
                    at_path(Severity::Error, "wrong-type",
                            "Expected a full-time equivalent above 0 and at most 1, but found "
                            "0.");
                } else if (got) {
                    w.fte = static_cast<float>(d);
                }
                return true;
            }
            if (k == "asyeStartDate") {
                Scope s(*this, "asyeStartDate");
                return read_opt_date(fv, w.asye_start);
            }
            if (k == "asyeCompletedDate") {
                Scope s(*this, "asyeCompletedDate");
                return read_opt_date(fv, w.asye_completed);
            }
            if (k == "lineManagerId") {
                Scope s(*this, "lineManagerId");
                return read_ref(fv, w.line_manager, true);
            }
            if (k == "training") {
                Scope s(*this, "training");
                return read_array(fv, [&](od::value& tv) { return read_training(tv); });
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "name", "teamId", "role", "qualified", "startDate"});
        if ((seen & 32) && w.end && *w.end < w.start) {
            Scope s(*this, "endDate");
            date_order("The end date is before the worker's start date.");
        }
        if (w.asye_start && w.asye_completed && *w.asye_completed < *w.asye_start) {
            Scope s(*this, "asyeCompletedDate");
            date_order("The ASYE completion date is before the ASYE start date.");
        }
        w.training.count = size32(x->training.size()) - w.training.begin;
        x->workers.push_back(w);
        return true;
    }

    bool read_person(od::value& v) {
        Person p;
        RecordScope rs(*this, &p.id);
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, p.id);
            }
            if (k == "name") {
                Scope s(*this, "name");
                seen |= 2;
                return read_text(fv, p.name);
            }
            if (k == "dateOfBirth") {
                Scope s(*this, "dateOfBirth");
                seen |= 4;
                return read_date(fv, p.date_of_birth);
            }
            if (k == "gender") {
                Scope s(*this, "gender");
                return read_enum(fv, p.gender, true);
            }
            if (k == "ethnicity") {
                Scope s(*this, "ethnicity");
                return read_enum(fv, p.ethnicity, true);
            }
            if (k == "primarySupportReason") {
                Scope s(*this, "primarySupportReason");
                return read_enum(fv, p.primary_support_reason, true);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "name", "dateOfBirth"});
        x->people.push_back(p);
        return true;
    }

    // --- records inside a case ---

    bool read_allocation(od::value& v, Index case_index) {
        Allocation a;
        a.case_index = case_index;
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "workerId") {
                Scope s(*this, "workerId");
                seen |= 1;
                return read_ref(fv, a.worker);
            }
            if (k == "from") {
                Scope s(*this, "from");
                seen |= 2;
                return read_date(fv, a.from);
            }
            if (k == "to") {
                Scope s(*this, "to");
                return read_opt_date(fv, a.to);
            }
            if (k == "role") {
                Scope s(*this, "role");
                seen |= 4;
                return read_enum(fv, a.role);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"workerId", "from", "role"});
        if ((seen & 2) && a.to && *a.to < a.from) {
            Scope s(*this, "to");
            date_order("The allocation ends before it starts.");
        }
        x->allocations.push_back(a);
        return true;
    }

    bool read_request(od::value& v, Index case_index) {
        Request r;
        r.case_index = case_index;
        RecordScope rs(*this, &r.id);
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, r.id);
            }
            if (k == "receivedDate") {
                Scope s(*this, "receivedDate");
                seen |= 2;
                return read_date(fv, r.received);
            }
            if (k == "routeOfAccess") {
                Scope s(*this, "routeOfAccess");
                return read_enum(fv, r.route_of_access);
            }
            if (k == "outcome") {
                Scope s(*this, "outcome");
                return read_text(fv, r.outcome);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "receivedDate"});
        x->requests.push_back(r);
        return true;
    }

    bool read_note(od::value& v, Index case_index) {
        Note n;
        n.case_index = case_index;
        RecordScope rs(*this, &n.id);
        unsigned seen = 0;
        bool is_object = false;
        bool event_ok = false;
        bool recorded_ok = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, n.id);
            }
            if (k == "authorId") {
                Scope s(*this, "authorId");
                seen |= 2;
                return read_ref(fv, n.author);
            }
            if (k == "type") {
                Scope s(*this, "type");
                seen |= 4;
                return read_enum(fv, n.type);
            }
            if (k == "eventDate") {
                Scope s(*this, "eventDate");
                seen |= 8;
                return read_date(fv, n.event_date, event_ok);
            }
            if (k == "recordedAt") {
                Scope s(*this, "recordedAt");
                seen |= 16;
                const std::size_t before = counts[0];
                if (!read_date_time(fv, n.recorded_at))
                    return false;
                recorded_ok = counts[0] == before;
                return true;
            }
            if (k == "text") {
                Scope s(*this, "text");
                seen |= 32;
                return read_text(fv, n.text);
            }
            if (k == "title") {
                Scope s(*this, "title");
                return read_text(fv, n.title);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "authorId", "type", "eventDate", "recordedAt", "text"});
        if (event_ok && recorded_ok && n.recorded_at.date < n.event_date) {
            Scope s(*this, "recordedAt");
            date_order("The note was recorded (" + format_date_time(n.recorded_at) +
                       ") before the event it records (" + format_date(n.event_date) + ").");
        }
        if ((seen & 32) && n.text.empty()) {
            Scope s(*this, "text");
            at_path(Severity::Warning, "inconsistent", "The case note has no text.");
        }
        x->notes.push_back(n);
        return true;
    }

    bool read_section(od::value& v, Index assessment) {
        AssessmentSection sec;
        sec.assessment = assessment;
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "kind") {
                Scope s(*this, "kind");
                seen |= 1;
                return read_enum(fv, sec.kind);
            }
            if (k == "completed") {
                Scope s(*this, "completed");
                seen |= 2;
                return read_bool(fv, sec.completed);
            }
            if (k == "completedDate") {
                Scope s(*this, "completedDate");
                return read_opt_date(fv, sec.completed_date);
            }
            if (k == "text") {
                Scope s(*this, "text");
                return read_text(fv, sec.text);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"kind", "completed"});
        x->sections.push_back(sec);
        return true;
    }

    bool read_assessment(od::value& v, Index case_index) {
        Assessment a;
        a.case_index = case_index;
        RecordScope rs(*this, &a.id);
        a.sections.begin = size32(x->sections.size());
        const Index self = size32(x->assessments.size());
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, a.id);
            }
            if (k == "kind") {
                Scope s(*this, "kind");
                seen |= 2;
                return read_enum(fv, a.kind);
            }
            if (k == "authorId") {
                Scope s(*this, "authorId");
                seen |= 4;
                return read_ref(fv, a.author);
            }
            if (k == "startDate") {
                Scope s(*this, "startDate");
                seen |= 8;
                return read_date(fv, a.start);
            }
            if (k == "completedDate") {
                Scope s(*this, "completedDate");
                return read_opt_date(fv, a.completed);
            }
            if (k == "sections") {
                Scope s(*this, "sections");
                return read_array(fv, [&](od::value& sv) { return read_section(sv, self); });
            }
            if (k == "givenToPerson") {
                Scope s(*this, "givenToPerson");
                return read_given(fv, a.given_to_person);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "kind", "authorId", "startDate"});
        if ((seen & 8) && a.completed && *a.completed < a.start) {
            Scope s(*this, "completedDate");
            date_order("The assessment was completed before it started.");
        }
        a.sections.count = size32(x->sections.size()) - a.sections.begin;
        x->assessments.push_back(a);
        return true;
    }

    bool read_plan(od::value& v, Index case_index) {
        Plan pl;
        pl.case_index = case_index;
        RecordScope rs(*this, &pl.id);
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, pl.id);
            }
            if (k == "authorId") {
                Scope s(*this, "authorId");
                seen |= 2;
                return read_ref(fv, pl.author);
            }
            if (k == "startDate") {
                Scope s(*this, "startDate");
                seen |= 4;
                return read_date(fv, pl.start);
            }
            if (k == "completedDate") {
                Scope s(*this, "completedDate");
                return read_opt_date(fv, pl.completed);
            }
            if (k == "reviewDueDate") {
                Scope s(*this, "reviewDueDate");
                return read_opt_date(fv, pl.review_due);
            }
            if (k == "text") {
                Scope s(*this, "text");
                return read_text(fv, pl.text);
            }
            if (k == "givenToPerson") {
                Scope s(*this, "givenToPerson");
                return read_given(fv, pl.given_to_person);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "authorId", "startDate"});
        if ((seen & 4) && pl.completed && *pl.completed < pl.start) {
            Scope s(*this, "completedDate");
            date_order("The plan was completed before it started.");
        }
        x->plans.push_back(pl);
        return true;
    }

    bool read_service(od::value& v, Index case_index) {
        Service sv;
        sv.case_index = case_index;
        RecordScope rs(*this, &sv.id);
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, sv.id);
            }
            if (k == "serviceType") {
                Scope s(*this, "serviceType");
                seen |= 2;
                return read_text(fv, sv.service_type);
            }
            if (k == "startDate") {
                Scope s(*this, "startDate");
                seen |= 4;
                return read_date(fv, sv.start);
            }
            if (k == "endDate") {
                Scope s(*this, "endDate");
                return read_opt_date(fv, sv.end);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "serviceType", "startDate"});
        if ((seen & 4) && sv.end && *sv.end < sv.start) {
            Scope s(*this, "endDate");
            date_order("The service ends before it starts.");
        }
        x->services.push_back(sv);
        return true;
    }

    bool read_review(od::value& v, Index case_index) {
        Review r;
        r.case_index = case_index;
        RecordScope rs(*this, &r.id);
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, r.id);
            }
            if (k == "authorId") {
                Scope s(*this, "authorId");
                seen |= 2;
                return read_ref(fv, r.author);
            }
            if (k == "reason") {
                Scope s(*this, "reason");
                seen |= 4;
                return read_enum(fv, r.reason);
            }
            if (k == "method") {
                Scope s(*this, "method");
                return read_enum(fv, r.method);
            }
            if (k == "dueDate") {
                Scope s(*this, "dueDate");
                return read_opt_date(fv, r.due);
            }
            if (k == "completedDate") {
                Scope s(*this, "completedDate");
                return read_opt_date(fv, r.completed);
            }
            if (k == "text") {
                Scope s(*this, "text");
                return read_text(fv, r.text);
            }
            if (k == "givenToPerson") {
                Scope s(*this, "givenToPerson");
                return read_given(fv, r.given_to_person);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "authorId", "reason"});
        x->reviews.push_back(r);
        return true;
    }

    bool read_safeguarding(od::value& v, Index case_index) {
        Safeguarding sg;
        sg.case_index = case_index;
        RecordScope rs(*this, &sg.id);
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, sg.id);
            }
            if (k == "kind") {
                Scope s(*this, "kind");
                seen |= 2;
                return read_enum(fv, sg.kind);
            }
            if (k == "raisedDate") {
                Scope s(*this, "raisedDate");
                seen |= 4;
                return read_date(fv, sg.raised);
            }
            if (k == "decisionDate") {
                Scope s(*this, "decisionDate");
                return read_opt_date(fv, sg.decision);
            }
            if (k == "closedDate") {
                Scope s(*this, "closedDate");
                return read_opt_date(fv, sg.closed);
            }
            if (k == "leadId") {
                Scope s(*this, "leadId");
                return read_ref(fv, sg.lead, true);
            }
            if (k == "outcome") {
                Scope s(*this, "outcome");
                return read_enum(fv, sg.outcome);
            }
            if (k == "text") {
                Scope s(*this, "text");
                return read_text(fv, sg.text);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "kind", "raisedDate"});
        if (seen & 4) {
            if (sg.decision && *sg.decision < sg.raised) {
                Scope s(*this, "decisionDate");
                date_order("The decision is dated before the concern was raised.");
            }
            if (sg.closed && *sg.closed < sg.raised) {
                Scope s(*this, "closedDate");
                date_order("It was closed before it was raised.");
            }
        }
        x->safeguarding.push_back(sg);
        return true;
    }

    bool read_capacity(od::value& v, Index case_index) {
        CapacityAssessment ca_;
        ca_.case_index = case_index;
        RecordScope rs(*this, &ca_.id);
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, ca_.id);
            }
            if (k == "authorId") {
                Scope s(*this, "authorId");
                seen |= 2;
                return read_ref(fv, ca_.author);
            }
            if (k == "date") {
                Scope s(*this, "date");
                seen |= 4;
                return read_date(fv, ca_.date);
            }
            if (k == "decision") {
                Scope s(*this, "decision");
                seen |= 8;
                return read_text(fv, ca_.decision);
            }
            if (k == "outcome") {
                Scope s(*this, "outcome");
                seen |= 16;
                return read_enum(fv, ca_.outcome);
            }
            if (k == "text") {
                Scope s(*this, "text");
                return read_text(fv, ca_.text);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "authorId", "date", "decision", "outcome"});
        x->capacity_assessments.push_back(ca_);
        return true;
    }

    bool read_document(od::value& v, Index case_index) {
        Document d;
        d.case_index = case_index;
        RecordScope rs(*this, &d.id);
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, d.id);
            }
            if (k == "kind") {
                Scope s(*this, "kind");
                seen |= 2;
                return read_enum(fv, d.kind);
            }
            if (k == "fileFormat") {
                Scope s(*this, "fileFormat");
                seen |= 4;
                return read_enum(fv, d.file_format);
            }
            if (k == "indexed") {
                Scope s(*this, "indexed");
                seen |= 8;
                return read_bool(fv, d.indexed);
            }
            if (k == "uploadedDate") {
                Scope s(*this, "uploadedDate");
                seen |= 16;
                return read_date(fv, d.uploaded);
            }
            if (k == "receivedDate") {
                Scope s(*this, "receivedDate");
                return read_opt_date(fv, d.received);
            }
            if (k == "title") {
                Scope s(*this, "title");
                return read_text(fv, d.title);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "kind", "fileFormat", "indexed", "uploadedDate"});
        if ((seen & 16) && d.received && d.uploaded < *d.received) {
            Scope s(*this, "uploadedDate");
            at_path(Severity::Warning, "inconsistent",
                    "The document was uploaded (" + format_date(d.uploaded) +
                        ") before it was received (" + format_date(*d.received) + ").");
        }
        x->documents.push_back(d);
        return true;
    }

    template <typename F>
    bool read_nested(od::value& v, const char* name, Range& range, std::size_t size_before,
                     F&& each) {
        Scope s(*this, name);
        range.begin = size32(size_before);
        return read_array(v, each);
    }

    bool read_case(od::value& v) {
        Case c;
        RecordScope rs(*this, &c.id);
        const Index self = size32(x->cases.size());
        unsigned seen = 0;
        bool is_object = false;
        // Nested arrays fill the flat vectors; each Range is closed after the object.
        c.allocations.begin = size32(x->allocations.size());
        c.requests.begin = size32(x->requests.size());
        c.notes.begin = size32(x->notes.size());
        c.assessments.begin = size32(x->assessments.size());
        c.plans.begin = size32(x->plans.size());
        c.services.begin = size32(x->services.size());
        c.reviews.begin = size32(x->reviews.size());
        c.safeguarding.begin = size32(x->safeguarding.size());
        c.capacity_assessments.begin = size32(x->capacity_assessments.size());
        c.documents.begin = size32(x->documents.size());
        bool opened_ok = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, c.id);
            }
            if (k == "personId") {
                Scope s(*this, "personId");
                seen |= 2;
                return read_ref(fv, c.person);
            }
            if (k == "status") {
                Scope s(*this, "status");
                seen |= 4;
                return read_enum(fv, c.status);
            }
            if (k == "openedDate") {
                Scope s(*this, "openedDate");
                seen |= 8;
                return read_date(fv, c.opened, opened_ok);
            }
            if (k == "allocations") {
                Scope s(*this, "allocations");
                seen |= 16;
                return read_array(fv, [&](od::value& e) { return read_allocation(e, self); });
            }
            if (k == "teamId") {
                Scope s(*this, "teamId");
                return read_ref(fv, c.team, true);
            }
            if (k == "closedDate") {
                Scope s(*this, "closedDate");
                return read_opt_date(fv, c.closed);
            }
            if (k == "requests") {
                Scope s(*this, "requests");
                return read_array(fv, [&](od::value& e) { return read_request(e, self); });
            }
            if (k == "notes") {
                Scope s(*this, "notes");
                return read_array(fv, [&](od::value& e) { return read_note(e, self); });
            }
            if (k == "assessments") {
                Scope s(*this, "assessments");
                return read_array(fv, [&](od::value& e) { return read_assessment(e, self); });
            }
            if (k == "plans") {
                Scope s(*this, "plans");
                return read_array(fv, [&](od::value& e) { return read_plan(e, self); });
            }
            if (k == "services") {
                Scope s(*this, "services");
                return read_array(fv, [&](od::value& e) { return read_service(e, self); });
            }
            if (k == "reviews") {
                Scope s(*this, "reviews");
                return read_array(fv, [&](od::value& e) { return read_review(e, self); });
            }
            if (k == "safeguarding") {
                Scope s(*this, "safeguarding");
                return read_array(fv, [&](od::value& e) { return read_safeguarding(e, self); });
            }
            if (k == "capacityAssessments") {
                Scope s(*this, "capacityAssessments");
                return read_array(fv, [&](od::value& e) { return read_capacity(e, self); });
            }
            if (k == "documents") {
                Scope s(*this, "documents");
                return read_array(fv, [&](od::value& e) { return read_document(e, self); });
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "personId", "status", "openedDate", "allocations"});
        if (opened_ok && c.closed && *c.closed < c.opened) {
            Scope s(*this, "closedDate");
            date_order("The case was closed before it was opened.");
        }
        if ((seen & 4) && c.status == CaseStatus::Closed && !c.closed) {
            Scope s(*this, "closedDate");
            at_path(Severity::Warning, "inconsistent",
                    "The case is closed but has no closed date.");
        }
        if ((seen & 4) && c.status == CaseStatus::Open && c.closed) {
            Scope s(*this, "closedDate");
            at_path(Severity::Warning, "inconsistent", "The case is open but has a closed date.");
        }
        c.allocations.count = size32(x->allocations.size()) - c.allocations.begin;
        c.requests.count = size32(x->requests.size()) - c.requests.begin;
        c.notes.count = size32(x->notes.size()) - c.notes.begin;
        c.assessments.count = size32(x->assessments.size()) - c.assessments.begin;
        c.plans.count = size32(x->plans.size()) - c.plans.begin;
        c.services.count = size32(x->services.size()) - c.services.begin;
        c.reviews.count = size32(x->reviews.size()) - c.reviews.begin;
        c.safeguarding.count = size32(x->safeguarding.size()) - c.safeguarding.begin;
        c.capacity_assessments.count =
            size32(x->capacity_assessments.size()) - c.capacity_assessments.begin;
        c.documents.count = size32(x->documents.size()) - c.documents.begin;
        x->cases.push_back(c);
        return true;
    }

    bool read_supervision_item(od::value& v, Index self, bool action) {
        SupervisionItem it;
        it.supervision = self;
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "text") {
                Scope s(*this, "text");
                seen |= 1;
                return read_text(fv, it.text);
            }
            if (k == "caseId") {
                Scope s(*this, "caseId");
                return read_ref(fv, it.case_index, true);
            }
            if (action && k == "ownerId") {
                Scope s(*this, "ownerId");
                return read_ref(fv, it.owner, true);
            }
            if (action && k == "dueDate") {
                Scope s(*this, "dueDate");
                return read_opt_date(fv, it.due);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"text"});
        x->supervision_items.push_back(it);
        return true;
    }

    bool read_supervision(od::value& v) {
        Supervision sp;
        RecordScope rs(*this, &sp.id);
        const Index self = size32(x->supervisions.size());
        unsigned seen = 0;
        bool is_object = false;
        bool held_ok = false;
        bool recorded_ok = false;
        std::vector<SupervisionItem> actions; // kept apart so decisions stay contiguous
        sp.cases_discussed.begin = size32(x->supervision_cases.size());
        sp.decisions.begin = size32(x->supervision_items.size());
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, sp.id);
            }
            if (k == "superviseeId") {
                Scope s(*this, "superviseeId");
                seen |= 2;
                return read_ref(fv, sp.supervisee);
            }
            if (k == "supervisorId") {
                Scope s(*this, "supervisorId");
                seen |= 4;
                return read_ref(fv, sp.supervisor);
            }
            if (k == "heldDate") {
                Scope s(*this, "heldDate");
                seen |= 8;
                return read_date(fv, sp.held, held_ok);
            }
            if (k == "recordedAt") {
                Scope s(*this, "recordedAt");
                seen |= 16;
                const std::size_t before = counts[0];
                if (!read_date_time(fv, sp.recorded_at))
                    return false;
                recorded_ok = counts[0] == before;
                return true;
            }
            if (k == "casesDiscussed") {
                Scope s(*this, "casesDiscussed");
                return read_array(fv, [&](od::value& e) {
                    Index ref = k_no_index;
                    if (!read_ref(e, ref))
                        return false;
                    x->supervision_cases.push_back(ref);
                    return true;
                });
            }
            if (k == "decisions") {
                Scope s(*this, "decisions");
                return read_array(
                    fv, [&](od::value& e) { return read_supervision_item(e, self, false); });
            }
            if (k == "actions") {
                Scope s(*this, "actions");
                const std::size_t mark = x->supervision_items.size();
                const bool r = read_array(
                    fv, [&](od::value& e) { return read_supervision_item(e, self, true); });
                actions.insert(actions.end(),
                               x->supervision_items.begin() + static_cast<std::ptrdiff_t>(mark),
                               x->supervision_items.end());
                x->supervision_items.resize(mark);
                return r;
            }
            if (k == "text") {
                Scope s(*this, "text");
                return read_text(fv, sp.text);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "superviseeId", "supervisorId", "heldDate", "recordedAt"});
        if (held_ok && recorded_ok && sp.recorded_at.date < sp.held) {
            Scope s(*this, "recordedAt");
            date_order("The supervision was recorded (" + format_date_time(sp.recorded_at) +
                       ") before it was held (" + format_date(sp.held) + ").");
        }
        sp.cases_discussed.count = size32(x->supervision_cases.size()) - sp.cases_discussed.begin;
        sp.decisions.count = size32(x->supervision_items.size()) - sp.decisions.begin;
        sp.actions.begin = size32(x->supervision_items.size());
        x->supervision_items.insert(x->supervision_items.end(), actions.begin(), actions.end());
        sp.actions.count = size32(actions.size());
        x->supervisions.push_back(sp);
        return true;
    }

    bool read_director_discussion(od::value& v) {
        DirectorDiscussion dd;
        RecordScope rs(*this, &dd.id);
        unsigned seen = 0;
        bool is_object = false;
        bool from_ok = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, dd.id);
            }
            if (k == "workerId") {
                Scope s(*this, "workerId");
                seen |= 2;
                return read_ref(fv, dd.worker);
            }
            if (k == "date") {
                Scope s(*this, "date");
                seen |= 4;
                return read_date(fv, dd.date);
            }
            if (k == "agreedCaseload") {
                Scope s(*this, "agreedCaseload");
                seen |= 8;
                return read_int(fv, dd.agreed_caseload, 0, 1000);
            }
            if (k == "periodFrom") {
                Scope s(*this, "periodFrom");
                seen |= 16;
                return read_date(fv, dd.period_from, from_ok);
            }
            if (k == "periodTo") {
                Scope s(*this, "periodTo");
                return read_opt_date(fv, dd.period_to);
            }
            if (k == "directorId") {
                Scope s(*this, "directorId");
                return read_ref(fv, dd.director, true);
            }
            if (k == "note") {
                Scope s(*this, "note");
                return read_text(fv, dd.note);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "workerId", "date", "agreedCaseload", "periodFrom"});
        if (from_ok && dd.period_to && *dd.period_to < dd.period_from) {
            Scope s(*this, "periodTo");
            date_order("The period ends before it starts.");
        }
        x->director_discussions.push_back(dd);
        return true;
    }

    bool read_audit(od::value& v) {
        AuditRecord a;
        RecordScope rs(*this, &a.id);
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            if (k == "id") {
                Scope s(*this, "id");
                seen |= 1;
                return read_id(fv, a.id);
            }
            if (k == "caseId") {
                Scope s(*this, "caseId");
                seen |= 2;
                return read_ref(fv, a.case_index);
            }
            if (k == "auditorId") {
                Scope s(*this, "auditorId");
                seen |= 4;
                return read_ref(fv, a.auditor);
            }
            if (k == "date") {
                Scope s(*this, "date");
                seen |= 8;
                return read_date(fv, a.date);
            }
            if (k == "kind") {
                Scope s(*this, "kind");
                return read_enum(fv, a.kind);
            }
            if (k == "grade") {
                Scope s(*this, "grade");
                return read_enum(fv, a.grade);
            }
            if (k == "note") {
                Scope s(*this, "note");
                return read_text(fv, a.note);
            }
            return unknown_field(k, fv);
        });
        if (!ok)
            return false;
        if (is_object)
            require(seen, {"id", "caseId", "auditorId", "date"});
        x->audits.push_back(a);
        return true;
    }

    // A complete value is in `buf`: parse it and add its record(s).
    void end_value() {
        path.clear();
        record_syntax_error = false;
        if (current_top_name)
            path.push_back(PathPart{current_top_name, 0});
        if (in_array)
            path.push_back(PathPart{nullptr, element_index});

        od::document doc;
        simdjson::error_code err = parser.iterate(buf.data(), buf.size(), buf.capacity()).get(doc);
        bool ok = !err;
        if (ok) {
            od::value root;
            err = doc.get_value().get(root);
            ok = !err;
            if (ok) {
                ok = dispatch(root);
            }
        }
        if (!ok || record_syntax_error)
            report_record_syntax_error(err);
        path.clear();
    }

    bool dispatch(od::value& root) {
        if (current_top == TopKey::Unknown)
            return skip(root);
        if (!in_array) {
            if (current_top == TopKey::Metadata)
                return read_metadata(root);
            od::json_type t{};
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
    void report_record_syntax_error(simdjson::error_code err) {
        fatal = true;
        const std::string_view text = buf.view();
        const std::size_t bad = find_invalid_utf8(text);
        int l = 0;
        int col = 0;
        if (err == simdjson::UTF8_ERROR || bad != std::string_view::npos) {
            const std::size_t at = bad == std::string_view::npos ? 0 : bad;
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
                "The JSON is not valid in " + element_label + " (" + simdjson::error_message(err) +
                    ").",
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
    void resolve(Index& ref, const IdIndex& index, const char* target_kind,
                 const std::string& json_path, StrId record_id) {
        if (ref == k_no_index)
            return;
        const StrId wanted = ref;
        ref = index.find(wanted);
        if (ref != k_no_index)
            return;
        add(Severity::Error, "unknown-reference",
            std::string("There is no ") + target_kind + " with the id \"" +
                std::string(x->ids.view(wanted)) + "\".",
            json_path, std::string(x->id_of(record_id)));
    }

    std::string case_path(Index c) const {
        return "cases[" + std::to_string(c) + "]";
    }
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
            resolve(w.team, e.team_by_id, "team", p + ".teamId", w.id);
            resolve(w.line_manager, e.worker_by_id, "worker", p + ".lineManagerId", w.id);
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
            resolve(c.person, e.person_by_id, "person", p + ".personId", c.id);
            resolve(c.team, e.team_by_id, "team", p + ".teamId", c.id);
            for (Index k = c.allocations.begin; k < c.allocations.end(); ++k)
                resolve(e.allocations[k].worker, e.worker_by_id, "worker",
                        p + ".allocations[" + std::to_string(k - c.allocations.begin) +
                            "].workerId",
                        c.id);
        }
        for (Index i = 0; i < e.notes.size(); ++i)
            resolve(e.notes[i].author, e.worker_by_id, "worker",
                    in_case(e.notes, i, &Case::notes, "notes") + ".authorId", e.notes[i].id);
        for (Index i = 0; i < e.assessments.size(); ++i)
            resolve(e.assessments[i].author, e.worker_by_id, "worker",
                    in_case(e.assessments, i, &Case::assessments, "assessments") + ".authorId",
                    e.assessments[i].id);
        for (Index i = 0; i < e.plans.size(); ++i)
            resolve(e.plans[i].author, e.worker_by_id, "worker",
                    in_case(e.plans, i, &Case::plans, "plans") + ".authorId", e.plans[i].id);
        for (Index i = 0; i < e.reviews.size(); ++i)
            resolve(e.reviews[i].author, e.worker_by_id, "worker",
                    in_case(e.reviews, i, &Case::reviews, "reviews") + ".authorId",
                    e.reviews[i].id);
        for (Index i = 0; i < e.safeguarding.size(); ++i)
            resolve(e.safeguarding[i].lead, e.worker_by_id, "worker",
                    in_case(e.safeguarding, i, &Case::safeguarding, "safeguarding") + ".leadId",
                    e.safeguarding[i].id);
        for (Index i = 0; i < e.capacity_assessments.size(); ++i)
            resolve(e.capacity_assessments[i].author, e.worker_by_id, "worker",
                    in_case(e.capacity_assessments, i, &Case::capacity_assessments,
                            "capacityAssessments") +
                        ".authorId",
                    e.capacity_assessments[i].id);
        for (Index i = 0; i < e.supervisions.size(); ++i) {
            Supervision& s = e.supervisions[i];
            const std::string p = top("supervisions", i);
            resolve(s.supervisee, e.worker_by_id, "worker", p + ".superviseeId", s.id);
            resolve(s.supervisor, e.worker_by_id, "worker", p + ".supervisorId", s.id);
            for (Index k = s.cases_discussed.begin; k < s.cases_discussed.end(); ++k)
                resolve(e.supervision_cases[k], e.case_by_id, "case",
                        p + ".casesDiscussed[" + std::to_string(k - s.cases_discussed.begin) + "]",
                        s.id);
            for (Index k = s.decisions.begin; k < s.decisions.end(); ++k)
                resolve(e.supervision_items[k].case_index, e.case_by_id, "case",
                        p + ".decisions[" + std::to_string(k - s.decisions.begin) + "].caseId",
                        s.id);
            for (Index k = s.actions.begin; k < s.actions.end(); ++k) {
                const std::string ap = p + ".actions[" + std::to_string(k - s.actions.begin) + "]";
                resolve(e.supervision_items[k].case_index, e.case_by_id, "case", ap + ".caseId",
                        s.id);
                resolve(e.supervision_items[k].owner, e.worker_by_id, "worker", ap + ".ownerId",
                        s.id);
            }
        }
        for (Index i = 0; i < e.director_discussions.size(); ++i) {
            DirectorDiscussion& d = e.director_discussions[i];
            const std::string p = top("directorDiscussions", i);
            resolve(d.worker, e.worker_by_id, "worker", p + ".workerId", d.id);
            resolve(d.director, e.worker_by_id, "worker", p + ".directorId", d.id);
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
            resolve(a.case_index, e.case_by_id, "case", p + ".caseId", a.id);
            resolve(a.auditor, e.worker_by_id, "worker", p + ".auditorId", a.id);
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
