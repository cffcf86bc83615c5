// Case Audit - the extract importer's parts, behind one internal header. Only the importer's
// own files include this (src/core/extract/import*.cpp); everything else uses import.h.
//
// The importer is one state (ExtractImporter::Impl, below) worked on by three parts, each
// in a file of its own:
//   import_scanner.cpp   the top-level scanner: splits the bytes into one JSON text per
//                        record, tracking strings, nesting, lines and long strings;
//   import_records.cpp   the record readers: one function per record kind, each a table
//                        of its fields, read by the cursor (json_cursor.h);
//   import_links.cpp     the checks that need every record: ids indexed (duplicates) and
//                        references turned into indexes, from one table of reference fields;
//   import.cpp           the public API (import.h) and finish().
// The findings helpers and the typed field readers are defined here, in the class, because
// the record readers call them for every field of every record and they must stay inline
// (see docs/performance.md: an out-of-line call per field is measurable in wasm).
//
// No exceptions anywhere in the importer: in wasm these files are compiled with
// -fno-exceptions (src/core/CMakeLists.txt), because em++'s JS-based exceptions put a JS call
// around every call that might throw. So nothing in them may throw, catch, or call anything
// that throws as a way of reporting a problem: every problem is a finding, the record
// cursor's are JsonFault codes, and the only library used (nlohmann/json, via json_text.h to
// locate a syntax error) reports through its SAX handler without throwing. Sizes are bounded
// by ImportLimits. What remains is std::bad_alloc from the standard containers when the
// browser runs out of memory: nothing in the app catches it, natively or in wasm, so it ends
// the program either way; built without exceptions the importer's own destructors are
// skipped on that way out, which changes nothing visible.
//
// Index of this file:
// [SECTION] Small helpers (top-level keys, messages, the JSON path)
// [SECTION] Impl: state
// [SECTION] Findings and JSON paths
// [SECTION] Top-level scanner (import_scanner.cpp)
// [SECTION] Typed field readers
// [SECTION] Record readers (import_records.cpp)
// [SECTION] Checks that need every record (import_links.cpp)
#pragma once

#include "core/extract/import.h"

#include "core/extract/json_cursor.h"
#include "core/extract/json_text.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// ---------------------------------------------------------------------------
// [SECTION] Small helpers (top-level keys, messages, the JSON path)
// ---------------------------------------------------------------------------

namespace ca::import_detail {

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
inline constexpr std::string_view k_top_names[] = {
    "metadata", "teams", "workers", "people", "cases", "supervisions", "directorDiscussions",
    "audits"};
inline constexpr int k_top_count = 8;

inline TopKey top_key_of(std::string_view name) {
    for (int i = 0; i < k_top_count; ++i)
        if (k_top_names[i] == name)
            return static_cast<TopKey>(i);
    return TopKey::Unknown;
}

inline std::string_view json_type_name(JsonType t) {
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

inline std::string quote_value(std::string_view s) {
    std::string out = "\"";
    out += excerpt_around(s, 0, 60);
    if (s.size() > out.size())
        out += "...";
    out += '"';
    return out;
}

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

} // namespace ca::import_detail

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Impl: state
// ---------------------------------------------------------------------------

struct ExtractImporter::Impl {
    using TopKey = import_detail::TopKey;
    using PathPart = import_detail::PathPart;
    static constexpr int k_top_count = import_detail::k_top_count;

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
    import_detail::PathStack path;
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
    // [SECTION] Top-level scanner (import_scanner.cpp)
    // ------------------------------------------------------------------

    static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

    void newline_at(std::uint64_t at) {
        ++line;
        line_start = at + 1;
    }

    void feed(std::string_view chunk);
    void end_key(std::uint64_t after);
    void begin_value(std::uint64_t at);
    const char* scan_value(const char* p, const char* end, const char* begin, bool& done);
    void string_too_long();
    void finish_scan();

    // ------------------------------------------------------------------
    // [SECTION] Typed field readers
    // ------------------------------------------------------------------
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
                    std::string(import_detail::json_type_name(found)) + ".");
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
                    "Expected a date that exists, written YYYY-MM-DD; found " +
                        import_detail::quote_value(s) + ".");
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
                        import_detail::quote_value(s) + ".");
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
                    "Expected one of: " + enum_name_list<E>() + "; found " +
                        import_detail::quote_value(s) +
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

    // ------------------------------------------------------------------
    // [SECTION] Record readers (import_records.cpp)
    // ------------------------------------------------------------------

    bool read_given(JsonCursor& v, std::optional<GivenToPerson>& out);
    bool read_metadata(JsonCursor& v);
    bool read_team(JsonCursor& v);
    bool read_worker(JsonCursor& v);
    bool read_person(JsonCursor& v);
    bool read_allocation(JsonCursor& v, Index case_index);
    bool read_request(JsonCursor& v, Index case_index);
    bool read_note(JsonCursor& v, Index case_index);
    bool read_assessment(JsonCursor& v, Index case_index);
    bool read_plan(JsonCursor& v, Index case_index);
    bool read_service(JsonCursor& v, Index case_index);
    bool read_review(JsonCursor& v, Index case_index);
    bool read_safeguarding(JsonCursor& v, Index case_index);
    bool read_capacity(JsonCursor& v, Index case_index);
    bool read_document(JsonCursor& v, Index case_index);
    bool read_case(JsonCursor& v);
    bool read_nested(JsonCursor& v, bool (Impl::*reader)(JsonCursor&, Index));
    bool read_supervision(JsonCursor& v);
    template <std::size_t N>
    bool read_items(JsonCursor& v, const FieldSpec<SupervisionItem> (&specs)[N],
                    std::vector<SupervisionItem>& into);
    bool read_director_discussion(JsonCursor& v);
    bool read_audit(JsonCursor& v);
    void end_value(std::string_view text);
    bool dispatch(JsonCursor& root);
    void report_record_syntax_error();

    // ------------------------------------------------------------------
    // [SECTION] Checks that need every record (import_links.cpp)
    // ------------------------------------------------------------------

    // Builds the id index of one kind of record; a duplicate id is an error naming both.
    template <typename R>
    void index_ids(const std::vector<R>& records, IdIndex& index, const char* kind,
                   std::string (*path_of)(const Extract&, Index));
    // Indexes every id, resolves every reference (the table in import_links.cpp) and checks
    // the dates against the as-at date.
    void check_all();

    // The end of the input (import.cpp).
    ImportResult finish();
};

} // namespace ca
