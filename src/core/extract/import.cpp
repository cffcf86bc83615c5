// Case Audit - the case extract importer. See import.h for the design and the API.
//
// No exceptions here: in wasm this file (and simdjson) is compiled with -fno-exceptions
// (src/core/CMakeLists.txt), because em++'s JS-based exceptions put a JS call around every
// call that might throw. So nothing in this file may throw, catch, or call anything that
// throws as a way of reporting a problem: every problem is a finding, simdjson's are error
// codes, and the only other library used here (nlohmann/json, via json_text.h to locate a
// syntax error) reports through its SAX handler without throwing. Sizes are bounded by
// ImportLimits, and simdjson allocates with new(std::nothrow) (MEMALLOC becomes a finding),
// as before. What remains is std::bad_alloc from the standard containers when the browser
// runs out of memory: nothing in the app catches it, natively or in wasm, so it ends the
// program either way; built without exceptions the importer's own destructors are
// skipped on that way out, which changes nothing visible.
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
#include <deque>
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

// What a JSON library error means, in words for a data officer. Only used when the precise
// place of a syntax error could not be found otherwise, so that no finding ever shows the
// library's own wording (which names its API). Every code is listed so that a new one in a
// later simdjson is a compiler warning here, not raw text in front of a user.
std::string_view json_error_sentence(simdjson::error_code e) {
    switch (e) {
    case simdjson::SUCCESS:
    case simdjson::TAPE_ERROR:
    case simdjson::UNINITIALIZED:
    case simdjson::UNEXPECTED_ERROR:
    case simdjson::INCORRECT_TYPE:
    case simdjson::OUT_OF_ORDER_ITERATION:
    case simdjson::SCALAR_DOCUMENT_AS_VALUE:
    case simdjson::OUT_OF_BOUNDS:
    case simdjson::INDEX_OUT_OF_BOUNDS:
    case simdjson::NO_SUCH_FIELD:
    case simdjson::INVALID_JSON_POINTER:
    case simdjson::INVALID_URI_FRAGMENT:
    case simdjson::NUM_ERROR_CODES:
        return "its brackets, commas, colons or quotes do not fit together";
    case simdjson::CAPACITY:
    case simdjson::MEMALLOC:
        return "it is too large to read in the memory available";
    case simdjson::DEPTH_ERROR:
        return "it is nested too deeply";
    case simdjson::STRING_ERROR:
        return "a text value has a backslash that does not start a JSON escape";
    case simdjson::T_ATOM_ERROR:
        return "a word starting with 't' is not the JSON value true";
    case simdjson::F_ATOM_ERROR:
        return "a word starting with 'f' is not the JSON value false";
    case simdjson::N_ATOM_ERROR:
        return "a word starting with 'n' is not the JSON value null";
    case simdjson::NUMBER_ERROR:
        return "a number is not written the way JSON writes numbers";
    case simdjson::NUMBER_OUT_OF_RANGE:
        return "a number is too large to read";
    case simdjson::UTF8_ERROR:
        return "it is not valid UTF-8 text";
    case simdjson::EMPTY:
        return "a value is missing";
    case simdjson::UNESCAPED_CHARS:
        return "a text value contains a control character (such as a line break or tab) that "
               "must be written as an escape (\\n, \\t)";
    case simdjson::UNCLOSED_STRING:
        return "a text value is not closed by a quote";
    case simdjson::UNSUPPORTED_ARCHITECTURE:
    case simdjson::IO_ERROR:
    case simdjson::PARSER_IN_USE:
    case simdjson::INSUFFICIENT_PADDING:
        return "it could not be read (an internal fault; please report it)";
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return "an array or object is not closed";
    case simdjson::TRAILING_CONTENT:
        return "there is more text after the end of the value";
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

// The first '"' or '\\' in [p, end), or end. Inside strings (most of an extract is note
// text) the scanner only stops at these two bytes, so this loop is the hot one. Wasm here
// has no SIMD, so it looks at 8 bytes at a time in a 64-bit word ("SWAR"): for each byte b,
// (b ^ '"') is zero exactly at a quote, and has_zero() sets the top bit of a zero byte's
// lane. A borrow can only set bits above the first zero lane, so the lowest set bit is
// exact, and that is all we use. Little-endian (x86, ARM, wasm): the lowest bit is the
// first byte.
inline std::uint64_t has_zero_byte(std::uint64_t v) {
    return (v - 0x0101010101010101ull) & ~v & 0x8080808080808080ull;
}

inline const char* find_quote_or_backslash(const char* p, const char* end) {
    constexpr std::uint64_t quotes = 0x2222222222222222ull;      // '"' in every byte
    constexpr std::uint64_t backslashes = 0x5C5C5C5C5C5C5C5Cull; // '\\' in every byte
    while (end - p >= 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, 8);
        const std::uint64_t hits = has_zero_byte(w ^ quotes) | has_zero_byte(w ^ backslashes);
        if (hits != 0)
            return p + (__builtin_ctzll(hits) >> 3);
        p += 8;
    }
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

// True when `s`, the inside of a JSON string, needs no check beyond its escapes: valid
// UTF-8 with no raw control character (below 0x20), which JSON forbids in a string. Note
// text is almost all ASCII, so 8 bytes are checked at a time and only a string with a
// non-ASCII byte goes through the full UTF-8 check.
inline bool is_plain_json_text(std::string_view s) {
    const char* p = s.data();
    const char* const end = p + s.size();
    constexpr std::uint64_t high = 0x8080808080808080ull;
    constexpr std::uint64_t spaces = 0x2020202020202020ull; // 0x20 in every byte
    bool ascii = true;
    for (; end - p >= 8; p += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, 8);
        if (w & high) {
            ascii = false;
            break;
        }
        if ((w - spaces) & ~w & high) // some byte below 0x20 (all are below 0x80 here)
            return false;
    }
    for (const char* q = p; q < end; ++q)
        if (static_cast<unsigned char>(*q) < 0x20)
            return false;
    if (ascii) {
        for (; p < end; ++p)
            if (static_cast<unsigned char>(*p) >= 0x80)
                return find_invalid_utf8(s) == std::string_view::npos;
        return true;
    }
    return find_invalid_utf8(s) == std::string_view::npos;
}

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
    PaddedBuffer buf;            // a value that straddles chunks, gathered here
    std::string_view value_text; // the value being parsed: in the chunk or in `buf`
    std::uint64_t value_start = 0;
    int value_start_line = 1;
    std::uint64_t value_line_start = 0;
    std::uint8_t stack[256] = {};
    int depth = 0;
    bool in_string = false;
    bool escape = false;
    bool value_has_backslash = false;  // some string in the captured value has an escape
    bool string_has_backslash = false; // the string being scanned has an escape
    bool scalar = false;
    std::uint64_t string_start = 0;

    // Long strings (note text: more than half an extract's bytes) are set aside: simdjson
    // parses a copy of the record in which each is an empty string, so its stage 1 (about a
    // third of the import's time in wasm, one pass over every byte) skips them, and the
    // readers take their text from where it is in the input. The scanner has already found
    // where each one starts and ends; it is checked here the way stage 1 would have.
    static constexpr std::uint64_t k_set_aside_bytes = 128; // quotes included
    struct LongString {
        std::uint64_t open = 0;  // absolute offset of the opening quote
        std::uint64_t after = 0; // absolute offset after the closing quote
        bool backslash = false;
    };
    struct SetAside {
        std::size_t at = 0;    // offset of the empty string's opening quote in `compact`
        std::string_view text; // the string's inside, as written, in the input
        bool backslash = false;
    };
    std::vector<LongString> long_strings; // in the value being captured
    std::vector<SetAside> set_aside;      // in the record being parsed, by `at`
    PaddedBuffer compact;                 // the record as simdjson parses it
    std::deque<std::string> unescaped;    // set-aside strings with escapes, unescaped

    // --- record parsing state ---
    od::parser parser;
    std::vector<PathPart> path;
    std::string element_label; // "cases[12]" for messages about a whole record
    bool record_syntax_error = false;
    simdjson::error_code record_error = simdjson::SUCCESS; // the first one in this record
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
                    if (buf.size() == 0 &&
                        static_cast<std::size_t>(end - p) >= simdjson::SIMDJSON_PADDING) {
                        // The whole value is in this chunk, with simdjson's padding after it
                        // (simdjson may read those bytes, never use them): parse it where it
                        // is, without a copy.
                        end_value(seg, static_cast<std::size_t>(p - seg),
                                  static_cast<std::size_t>(end - seg));
                    } else {
                        buf.append(seg, static_cast<std::size_t>(p - seg));
                        end_value(buf.data(), buf.size(), buf.capacity());
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
        value_has_backslash = false;
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
                p = find_quote_or_backslash(p, end);
                if (p == end)
                    break;
                if (*p == '\\') {
                    escape = true;
                    value_has_backslash = true;
                    string_has_backslash = true;
                    ++p;
                    continue;
                }
                ++p; // closing quote
                in_string = false;
                if (abs(p) - string_start > limits.max_string_bytes) {
                    string_too_long();
                    return p;
                }
                if (depth > 0 && abs(p) - string_start >= k_set_aside_bytes)
                    long_strings.push_back(LongString{string_start, abs(p), string_has_backslash});
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
                string_has_backslash = false;
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
            value_text = buf.view();
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

    bool syntax(simdjson::error_code e) {
        if (!record_syntax_error)
            record_error = e;
        record_syntax_error = true;
        return false;
    }

    // The set-aside string whose empty stand-in is the token `raw`, if any.
    const SetAside* set_aside_at(std::string_view raw) const {
        if (raw.size() < 2 || raw[1] != '"' || raw.data() < compact.data() ||
            raw.data() >= compact.data() + compact.size())
            return nullptr;
        const auto at = static_cast<std::size_t>(raw.data() - compact.data());
        const auto it =
            std::lower_bound(set_aside.begin(), set_aside.end(), at,
                             [](const SetAside& a, std::size_t offset) { return a.at < offset; });
        return it != set_aside.end() && it->at == at ? &*it : nullptr;
    }

    // The text of a set-aside string: as written, or unescaped (kept until the record ends,
    // as simdjson keeps the strings it unescapes).
    bool set_aside_text(const SetAside& s, std::string_view& out) {
        if (!s.backslash) {
            out = s.text;
            return true;
        }
        std::string& text = unescaped.emplace_back();
        std::size_t bad = 0;
        if (!unescape_json_string(s.text, text, bad))
            return syntax(simdjson::STRING_ERROR); // located in the record as written
        out = text;
        return true;
    }

    // A string value's text (`v` is known to be a string).
    bool string_value(od::value& v, std::string_view& out) {
        if (!set_aside.empty())
            if (const SetAside* s = set_aside_at(v.raw_json_token()))
                return set_aside_text(*s, out);
        if (auto e = v.get_string().get(out))
            return syntax(e);
        return true;
    }

    // The value's JSON type; false on a syntax error.
    bool type_of(od::value& v, od::json_type& t) {
        if (auto e = v.type().get(t))
            return syntax(e);
        return true;
    }

    // `expected` is a view so that the callers' literals cost nothing on the good path.
    bool wrong_type(od::value& v, od::json_type found, std::string_view expected) {
        at_path(Severity::Error, "wrong-type",
                "Expected " + std::string(expected) + ", but found " +
                    std::string(json_type_name(found)) + ".");
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
            return string_value(v, s);
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

    bool read_string(od::value& v, std::string_view& out, bool& ok, std::string_view expected) {
        ok = false;
        od::json_type t{};
        if (!type_of(v, t))
            return false;
        if (t != od::json_type::string)
            return wrong_type(v, t, expected);
        if (!string_value(v, out))
            return false;
        ok = true;
        return true;
    }

    // Free text (most of an extract's bytes) goes straight from the input into the arena:
    // when the string has no escape, its bytes as written are its text (set aside, or
    // checked by the parser: valid UTF-8, no raw control characters), so the parser's own
    // unescaping copy is skipped. The scanner saw every backslash of the record, so the
    // search for one is only made in a record that has one.
    bool read_text(od::value& v, TextRef& out) {
        od::json_type t{};
        if (!type_of(v, t))
            return false;
        if (t != od::json_type::string)
            return wrong_type(v, t, "a string");
        // The token runs from the opening quote to the next token, white space included.
        const std::string_view raw = v.raw_json_token();
        if (const SetAside* s = set_aside.empty() ? nullptr : set_aside_at(raw)) {
            if (!s->backslash) {
                out = x->text.add(s->text);
                return true;
            }
            // Unescaped straight into the store: the text is never longer than its JSON.
            char* const room = x->text.append(s->text.size());
            std::size_t bad = 0;
            const std::size_t n = unescape_json_string(s->text, room, bad);
            if (n == k_bad_escape) {
                x->text.unappend(s->text.size());
                return syntax(simdjson::STRING_ERROR); // located in the record as written
            }
            x->text.unappend(s->text.size() - n);
            out = n == 0 ? TextRef{} : x->text.last_ref(n);
            return true;
        }
        const std::size_t close = raw.rfind('"');
        if (close > 0 && close != std::string_view::npos) {
            const std::string_view inner = raw.substr(1, close - 1);
            if (!value_has_backslash || std::memchr(inner.data(), '\\', inner.size()) == nullptr) {
                out = x->text.add(inner);
                return true;
            }
        }
        std::string_view s;
        if (auto e = v.get_string().get(s))
            return syntax(e);
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
                    "Expected a date that exists, written YYYY-MM-DD; found " + quote_value(s) +
                        ".");
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
        // The list of names is only built for a message.
        od::json_type t{};
        if (!type_of(v, t))
            return false;
        if (t != od::json_type::string)
            return wrong_type(v, t, "one of: " + enum_name_list<E>());
        std::string_view s;
        if (!string_value(v, s))
            return false;
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
    // Each record kind is a table of its fields: the format's name, whether it is required,
    // and how to read it into the record. read_record() walks the object once, dispatches
    // each member through the table, reports unknown and missing fields, and says whether
    // the record came through without errors (the checks across fields only run then, so a
    // malformed date does not also produce a "recorded before the event" error).

    template <typename R>
    struct FieldSpec {
        std::string_view name; // a literal (so name.data() is a C string for PathPart)
        bool required;
        bool (*read)(Impl&, od::value&, R&);
    };

    template <typename R, std::size_t N>
    bool read_record(od::value& v, R& rec, const FieldSpec<R> (&specs)[N], bool& clean,
                     unsigned* seen_out = nullptr) {
        static_assert(N <= 32, "one bit per field");
        const std::size_t errors_before = counts[0];
        unsigned seen = 0;
        bool is_object = false;
        const bool ok = read_object(v, is_object, [&](std::string_view k, od::value& fv) {
            for (std::size_t f = 0; f < N; ++f) {
                if (k == specs[f].name) { // sizes first: no strlen per key and field
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
    bool read_into(od::value& v, Range& range, std::size_t size_before, F&& each) {
        range.begin = size32(size_before);
        return read_array(v, each);
    }

    bool read_given(od::value& v, std::optional<GivenToPerson>& out) {
        static const FieldSpec<GivenToPerson> specs[] = {
            {"date", true,
             [](Impl& i, od::value& fv, GivenToPerson& g) { return i.read_date(fv, g.date); }},
            {"method", true,
             [](Impl& i, od::value& fv, GivenToPerson& g) { return i.read_enum(fv, g.method); }},
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

    bool read_metadata(od::value& v) {
        static const FieldSpec<Impl> specs[] = {
            {"format", true,
             [](Impl& i, od::value& fv, Impl&) {
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
             [](Impl& i, od::value& fv, Impl&) {
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
             [](Impl& i, od::value& fv, Impl&) {
                 return i.read_date_time(fv, i.x->metadata.extracted_at);
             }},
            {"asAt", true,
             [](Impl& i, od::value& fv, Impl&) { return i.read_date(fv, i.x->metadata.as_at); }},
            {"organisation", true,
             [](Impl& i, od::value& fv, Impl&) {
                 static const FieldSpec<Metadata> org[] = {
                     {"name", true,
                      [](Impl& j, od::value& ov, Metadata& m) {
                          return j.read_owned_string(ov, m.organisation_name);
                      }},
                     {"code", false,
                      [](Impl& j, od::value& ov, Metadata& m) {
                          return j.read_owned_string(ov, m.organisation_code);
                      }},
                 };
                 bool clean = false;
                 return i.read_record(fv, i.x->metadata, org, clean);
             }},
            {"sourceSystem", false,
             [](Impl& i, od::value& fv, Impl&) {
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

    bool read_team(od::value& v) {
        static const FieldSpec<CaseloadLimits> limit_specs[] = {
            {"upper", true,
             [](Impl& i, od::value& fv, CaseloadLimits& l) {
                 return i.read_int(fv, l.upper, 0, 1000);
             }},
            {"absolute", true,
             [](Impl& i, od::value& fv, CaseloadLimits& l) {
                 return i.read_int(fv, l.absolute, 0, 1000);
             }},
        };
        static const FieldSpec<Team> specs[] = {
            {"id", true, [](Impl& i, od::value& fv, Team& t) { return i.read_id(fv, t.id); }},
            {"name", true, [](Impl& i, od::value& fv, Team& t) { return i.read_text(fv, t.name); }},
            {"kind", true, [](Impl& i, od::value& fv, Team& t) { return i.read_enum(fv, t.kind); }},
            {"caseloadLimits", false,
             [](Impl& i, od::value& fv, Team& t) {
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

    bool read_worker(od::value& v) {
        static const FieldSpec<Training> training_specs[] = {
            {"course", true,
             [](Impl& i, od::value& fv, Training& t) { return i.read_enum(fv, t.course); }},
            {"completedDate", true,
             [](Impl& i, od::value& fv, Training& t) { return i.read_date(fv, t.completed); }},
        };
        static const FieldSpec<Worker> specs[] = {
            {"id", true, [](Impl& i, od::value& fv, Worker& w) { return i.read_id(fv, w.id); }},
            {"name", true,
             [](Impl& i, od::value& fv, Worker& w) { return i.read_text(fv, w.name); }},
            {"teamId", true,
             [](Impl& i, od::value& fv, Worker& w) { return i.read_ref(fv, w.team); }},
            {"role", true,
             [](Impl& i, od::value& fv, Worker& w) { return i.read_enum(fv, w.role); }},
            {"qualified", true,
             [](Impl& i, od::value& fv, Worker& w) { return i.read_bool(fv, w.qualified); }},
            {"startDate", true,
             [](Impl& i, od::value& fv, Worker& w) { return i.read_date(fv, w.start); }},
            {"endDate", false,
             [](Impl& i, od::value& fv, Worker& w) { return i.read_opt_date(fv, w.end); }},
            {"fte", false,
             [](Impl& i, od::value& fv, Worker& w) {
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
             [](Impl& i, od::value& fv, Worker& w) { return i.read_opt_date(fv, w.asye_start); }},
            {"asyeCompletedDate", false,
             [](Impl& i, od::value& fv, Worker& w) {
                 return i.read_opt_date(fv, w.asye_completed);
             }},
            {"lineManagerId", false,
             [](Impl& i, od::value& fv, Worker& w) {
                 return i.read_ref(fv, w.line_manager, true);
             }},
            {"training", false,
             [](Impl& i, od::value& fv, Worker& w) {
                 return i.read_into(fv, w.training, i.x->training.size(), [&](od::value& tv) {
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

    bool read_person(od::value& v) {
        static const FieldSpec<Person> specs[] = {
            {"id", true, [](Impl& i, od::value& fv, Person& p) { return i.read_id(fv, p.id); }},
            {"name", true,
             [](Impl& i, od::value& fv, Person& p) { return i.read_text(fv, p.name); }},
            {"dateOfBirth", true,
             [](Impl& i, od::value& fv, Person& p) { return i.read_date(fv, p.date_of_birth); }},
            {"gender", false,
             [](Impl& i, od::value& fv, Person& p) { return i.read_enum(fv, p.gender, true); }},
            {"ethnicity", false,
             [](Impl& i, od::value& fv, Person& p) { return i.read_enum(fv, p.ethnicity, true); }},
            {"primarySupportReason", false,
             [](Impl& i, od::value& fv, Person& p) {
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

    bool read_allocation(od::value& v, Index case_index) {
        static const FieldSpec<Allocation> specs[] = {
            {"workerId", true,
             [](Impl& i, od::value& fv, Allocation& a) { return i.read_ref(fv, a.worker); }},
            {"from", true,
             [](Impl& i, od::value& fv, Allocation& a) { return i.read_date(fv, a.from); }},
            {"to", false,
             [](Impl& i, od::value& fv, Allocation& a) { return i.read_opt_date(fv, a.to); }},
            {"role", true,
             [](Impl& i, od::value& fv, Allocation& a) { return i.read_enum(fv, a.role); }},
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

    bool read_request(od::value& v, Index case_index) {
        static const FieldSpec<Request> specs[] = {
            {"id", true, [](Impl& i, od::value& fv, Request& r) { return i.read_id(fv, r.id); }},
            {"receivedDate", true,
             [](Impl& i, od::value& fv, Request& r) { return i.read_date(fv, r.received); }},
            {"routeOfAccess", false,
             [](Impl& i, od::value& fv, Request& r) { return i.read_enum(fv, r.route_of_access); }},
            {"outcome", false,
             [](Impl& i, od::value& fv, Request& r) { return i.read_text(fv, r.outcome); }},
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

    bool read_note(od::value& v, Index case_index) {
        static const FieldSpec<Note> specs[] = {
            {"id", true, [](Impl& i, od::value& fv, Note& n) { return i.read_id(fv, n.id); }},
            {"authorId", true,
             [](Impl& i, od::value& fv, Note& n) { return i.read_ref(fv, n.author); }},
            {"type", true, [](Impl& i, od::value& fv, Note& n) { return i.read_enum(fv, n.type); }},
            {"eventDate", true,
             [](Impl& i, od::value& fv, Note& n) { return i.read_date(fv, n.event_date); }},
            {"recordedAt", true,
             [](Impl& i, od::value& fv, Note& n) { return i.read_date_time(fv, n.recorded_at); }},
            {"text", true, [](Impl& i, od::value& fv, Note& n) { return i.read_text(fv, n.text); }},
            {"title", false,
             [](Impl& i, od::value& fv, Note& n) { return i.read_text(fv, n.title); }},
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

    bool read_assessment(od::value& v, Index case_index) {
        static const FieldSpec<AssessmentSection> section_specs[] = {
            {"kind", true,
             [](Impl& i, od::value& fv, AssessmentSection& s) { return i.read_enum(fv, s.kind); }},
            {"completed", true,
             [](Impl& i, od::value& fv, AssessmentSection& s) {
                 return i.read_bool(fv, s.completed);
             }},
            {"completedDate", false,
             [](Impl& i, od::value& fv, AssessmentSection& s) {
                 return i.read_opt_date(fv, s.completed_date);
             }},
            {"text", false,
             [](Impl& i, od::value& fv, AssessmentSection& s) { return i.read_text(fv, s.text); }},
        };
        static const FieldSpec<Assessment> specs[] = {
            {"id", true, [](Impl& i, od::value& fv, Assessment& a) { return i.read_id(fv, a.id); }},
            {"kind", true,
             [](Impl& i, od::value& fv, Assessment& a) { return i.read_enum(fv, a.kind); }},
            {"authorId", true,
             [](Impl& i, od::value& fv, Assessment& a) { return i.read_ref(fv, a.author); }},
            {"startDate", true,
             [](Impl& i, od::value& fv, Assessment& a) { return i.read_date(fv, a.start); }},
            {"completedDate", false,
             [](Impl& i, od::value& fv, Assessment& a) {
                 return i.read_opt_date(fv, a.completed);
             }},
            {"sections", false,
             [](Impl& i, od::value& fv, Assessment&) {
                 const Index self = size32(i.x->assessments.size());
                 return i.read_array(fv, [&](od::value& sv) {
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
             [](Impl& i, od::value& fv, Assessment& a) {
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

    bool read_plan(od::value& v, Index case_index) {
        static const FieldSpec<Plan> specs[] = {
            {"id", true, [](Impl& i, od::value& fv, Plan& p) { return i.read_id(fv, p.id); }},
            {"authorId", true,
             [](Impl& i, od::value& fv, Plan& p) { return i.read_ref(fv, p.author); }},
            {"startDate", true,
             [](Impl& i, od::value& fv, Plan& p) { return i.read_date(fv, p.start); }},
            {"completedDate", false,
             [](Impl& i, od::value& fv, Plan& p) { return i.read_opt_date(fv, p.completed); }},
            {"reviewDueDate", false,
             [](Impl& i, od::value& fv, Plan& p) { return i.read_opt_date(fv, p.review_due); }},
            {"text", false,
             [](Impl& i, od::value& fv, Plan& p) { return i.read_text(fv, p.text); }},
            {"givenToPerson", false,
             [](Impl& i, od::value& fv, Plan& p) { return i.read_given(fv, p.given_to_person); }},
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

    bool read_service(od::value& v, Index case_index) {
        static const FieldSpec<Service> specs[] = {
            {"id", true, [](Impl& i, od::value& fv, Service& s) { return i.read_id(fv, s.id); }},
            {"serviceType", true,
             [](Impl& i, od::value& fv, Service& s) { return i.read_text(fv, s.service_type); }},
            {"startDate", true,
             [](Impl& i, od::value& fv, Service& s) { return i.read_date(fv, s.start); }},
            {"endDate", false,
             [](Impl& i, od::value& fv, Service& s) { return i.read_opt_date(fv, s.end); }},
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

    bool read_review(od::value& v, Index case_index) {
        static const FieldSpec<Review> specs[] = {
            {"id", true, [](Impl& i, od::value& fv, Review& r) { return i.read_id(fv, r.id); }},
            {"authorId", true,
             [](Impl& i, od::value& fv, Review& r) { return i.read_ref(fv, r.author); }},
            {"reason", true,
             [](Impl& i, od::value& fv, Review& r) { return i.read_enum(fv, r.reason); }},
            {"method", false,
             [](Impl& i, od::value& fv, Review& r) { return i.read_enum(fv, r.method); }},
            {"dueDate", false,
             [](Impl& i, od::value& fv, Review& r) { return i.read_opt_date(fv, r.due); }},
            {"completedDate", false,
             [](Impl& i, od::value& fv, Review& r) { return i.read_opt_date(fv, r.completed); }},
            {"text", false,
             [](Impl& i, od::value& fv, Review& r) { return i.read_text(fv, r.text); }},
            {"givenToPerson", false,
             [](Impl& i, od::value& fv, Review& r) { return i.read_given(fv, r.given_to_person); }},
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

    bool read_safeguarding(od::value& v, Index case_index) {
        static const FieldSpec<Safeguarding> specs[] = {
            {"id", true,
             [](Impl& i, od::value& fv, Safeguarding& s) { return i.read_id(fv, s.id); }},
            {"kind", true,
             [](Impl& i, od::value& fv, Safeguarding& s) { return i.read_enum(fv, s.kind); }},
            {"raisedDate", true,
             [](Impl& i, od::value& fv, Safeguarding& s) { return i.read_date(fv, s.raised); }},
            {"decisionDate", false,
             [](Impl& i, od::value& fv, Safeguarding& s) {
                 return i.read_opt_date(fv, s.decision);
             }},
            {"closedDate", false,
             [](Impl& i, od::value& fv, Safeguarding& s) { return i.read_opt_date(fv, s.closed); }},
            {"leadId", false,
             [](Impl& i, od::value& fv, Safeguarding& s) { return i.read_ref(fv, s.lead, true); }},
            {"outcome", false,
             [](Impl& i, od::value& fv, Safeguarding& s) { return i.read_enum(fv, s.outcome); }},
            {"text", false,
             [](Impl& i, od::value& fv, Safeguarding& s) { return i.read_text(fv, s.text); }},
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

    bool read_capacity(od::value& v, Index case_index) {
        static const FieldSpec<CapacityAssessment> specs[] = {
            {"id", true,
             [](Impl& i, od::value& fv, CapacityAssessment& c) { return i.read_id(fv, c.id); }},
            {"authorId", true,
             [](Impl& i, od::value& fv, CapacityAssessment& c) {
                 return i.read_ref(fv, c.author);
             }},
            {"date", true,
             [](Impl& i, od::value& fv, CapacityAssessment& c) { return i.read_date(fv, c.date); }},
            {"decision", true,
             [](Impl& i, od::value& fv, CapacityAssessment& c) {
                 return i.read_text(fv, c.decision);
             }},
            {"outcome", true,
             [](Impl& i, od::value& fv, CapacityAssessment& c) {
                 return i.read_enum(fv, c.outcome);
             }},
            {"text", false,
             [](Impl& i, od::value& fv, CapacityAssessment& c) { return i.read_text(fv, c.text); }},
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

    bool read_document(od::value& v, Index case_index) {
        static const FieldSpec<Document> specs[] = {
            {"id", true, [](Impl& i, od::value& fv, Document& d) { return i.read_id(fv, d.id); }},
            {"kind", true,
             [](Impl& i, od::value& fv, Document& d) { return i.read_enum(fv, d.kind); }},
            {"fileFormat", true,
             [](Impl& i, od::value& fv, Document& d) { return i.read_enum(fv, d.file_format); }},
            {"indexed", true,
             [](Impl& i, od::value& fv, Document& d) { return i.read_bool(fv, d.indexed); }},
            {"uploadedDate", true,
             [](Impl& i, od::value& fv, Document& d) { return i.read_date(fv, d.uploaded); }},
            {"receivedDate", false,
             [](Impl& i, od::value& fv, Document& d) { return i.read_opt_date(fv, d.received); }},
            {"title", false,
             [](Impl& i, od::value& fv, Document& d) { return i.read_text(fv, d.title); }},
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
    bool read_case(od::value& v) {
        static const FieldSpec<Case> specs[] = {
            {"id", true, [](Impl& i, od::value& fv, Case& c) { return i.read_id(fv, c.id); }},
            {"personId", true,
             [](Impl& i, od::value& fv, Case& c) { return i.read_ref(fv, c.person); }},
            {"status", true,
             [](Impl& i, od::value& fv, Case& c) { return i.read_enum(fv, c.status); }},
            {"openedDate", true,
             [](Impl& i, od::value& fv, Case& c) { return i.read_date(fv, c.opened); }},
            {"allocations", true,
             [](Impl& i, od::value& fv, Case&) {
                 return i.read_nested(fv, &Impl::read_allocation);
             }},
            {"teamId", false,
             [](Impl& i, od::value& fv, Case& c) { return i.read_ref(fv, c.team, true); }},
            {"closedDate", false,
             [](Impl& i, od::value& fv, Case& c) { return i.read_opt_date(fv, c.closed); }},
            {"requests", false,
             [](Impl& i, od::value& fv, Case&) { return i.read_nested(fv, &Impl::read_request); }},
            {"notes", false,
             [](Impl& i, od::value& fv, Case&) { return i.read_nested(fv, &Impl::read_note); }},
            {"assessments", false,
             [](Impl& i, od::value& fv, Case&) {
                 return i.read_nested(fv, &Impl::read_assessment);
             }},
            {"plans", false,
             [](Impl& i, od::value& fv, Case&) { return i.read_nested(fv, &Impl::read_plan); }},
            {"services", false,
             [](Impl& i, od::value& fv, Case&) { return i.read_nested(fv, &Impl::read_service); }},
            {"reviews", false,
             [](Impl& i, od::value& fv, Case&) { return i.read_nested(fv, &Impl::read_review); }},
            {"safeguarding", false,
             [](Impl& i, od::value& fv, Case&) {
                 return i.read_nested(fv, &Impl::read_safeguarding);
             }},
            {"capacityAssessments", false,
             [](Impl& i, od::value& fv, Case&) { return i.read_nested(fv, &Impl::read_capacity); }},
            {"documents", false,
             [](Impl& i, od::value& fv, Case&) { return i.read_nested(fv, &Impl::read_document); }},
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
    bool read_nested(od::value& v, bool (Impl::*reader)(od::value&, Index)) {
        const Index self = size32(x->cases.size());
        return read_array(v, [&](od::value& e) { return (this->*reader)(e, self); });
    }

    bool read_supervision(od::value& v) {
        static const FieldSpec<SupervisionItem> decision_specs[] = {
            {"text", true,
             [](Impl& i, od::value& fv, SupervisionItem& s) { return i.read_text(fv, s.text); }},
            {"caseId", false,
             [](Impl& i, od::value& fv, SupervisionItem& s) {
                 return i.read_ref(fv, s.case_index, true);
             }},
        };
        static const FieldSpec<SupervisionItem> action_specs[] = {
            {"text", true,
             [](Impl& i, od::value& fv, SupervisionItem& s) { return i.read_text(fv, s.text); }},
            {"caseId", false,
             [](Impl& i, od::value& fv, SupervisionItem& s) {
                 return i.read_ref(fv, s.case_index, true);
             }},
            {"ownerId", false,
             [](Impl& i, od::value& fv, SupervisionItem& s) {
                 return i.read_ref(fv, s.owner, true);
             }},
            {"dueDate", false,
             [](Impl& i, od::value& fv, SupervisionItem& s) { return i.read_opt_date(fv, s.due); }},
        };
        static const FieldSpec<Supervision> specs[] = {
            {"id", true,
             [](Impl& i, od::value& fv, Supervision& s) { return i.read_id(fv, s.id); }},
            {"superviseeId", true,
             [](Impl& i, od::value& fv, Supervision& s) { return i.read_ref(fv, s.supervisee); }},
            {"supervisorId", true,
             [](Impl& i, od::value& fv, Supervision& s) { return i.read_ref(fv, s.supervisor); }},
            {"heldDate", true,
             [](Impl& i, od::value& fv, Supervision& s) { return i.read_date(fv, s.held); }},
            {"recordedAt", true,
             [](Impl& i, od::value& fv, Supervision& s) {
                 return i.read_date_time(fv, s.recorded_at);
             }},
            {"casesDiscussed", false,
             [](Impl& i, od::value& fv, Supervision&) {
                 return i.read_array(fv, [&](od::value& e) {
                     Index ref = k_no_index;
                     if (!i.read_ref(e, ref))
                         return false;
                     i.x->supervision_cases.push_back(ref);
                     return true;
                 });
             }},
            {"decisions", false,
             [](Impl& i, od::value& fv, Supervision&) {
                 return i.read_items(fv, decision_specs, i.x->supervision_items);
             }},
            {"actions", false,
             [](Impl& i, od::value& fv, Supervision&) {
                 return i.read_items(fv, action_specs, i.pending_actions);
             }},
            {"text", false,
             [](Impl& i, od::value& fv, Supervision& s) { return i.read_text(fv, s.text); }},
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
    bool read_items(od::value& v, const FieldSpec<SupervisionItem> (&specs)[N],
                    std::vector<SupervisionItem>& into) {
        const Index self = size32(x->supervisions.size());
        return read_array(v, [&](od::value& e) {
            SupervisionItem it;
            it.supervision = self;
            bool clean = false;
            if (!read_record(e, it, specs, clean))
                return false;
            into.push_back(it);
            return true;
        });
    }

    bool read_director_discussion(od::value& v) {
        static const FieldSpec<DirectorDiscussion> specs[] = {
            {"id", true,
             [](Impl& i, od::value& fv, DirectorDiscussion& d) { return i.read_id(fv, d.id); }},
            {"workerId", true,
             [](Impl& i, od::value& fv, DirectorDiscussion& d) {
                 return i.read_ref(fv, d.worker);
             }},
            {"date", true,
             [](Impl& i, od::value& fv, DirectorDiscussion& d) { return i.read_date(fv, d.date); }},
            {"agreedCaseload", true,
             [](Impl& i, od::value& fv, DirectorDiscussion& d) {
                 return i.read_int(fv, d.agreed_caseload, 0, 1000);
             }},
            {"periodFrom", true,
             [](Impl& i, od::value& fv, DirectorDiscussion& d) {
                 return i.read_date(fv, d.period_from);
             }},
            {"periodTo", false,
             [](Impl& i, od::value& fv, DirectorDiscussion& d) {
                 return i.read_opt_date(fv, d.period_to);
             }},
            {"directorId", false,
             [](Impl& i, od::value& fv, DirectorDiscussion& d) {
                 return i.read_ref(fv, d.director, true);
             }},
            {"note", false,
             [](Impl& i, od::value& fv, DirectorDiscussion& d) { return i.read_text(fv, d.note); }},
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

    bool read_audit(od::value& v) {
        static const FieldSpec<AuditRecord> specs[] = {
            {"id", true,
             [](Impl& i, od::value& fv, AuditRecord& a) { return i.read_id(fv, a.id); }},
            {"caseId", true,
             [](Impl& i, od::value& fv, AuditRecord& a) { return i.read_ref(fv, a.case_index); }},
            {"auditorId", true,
             [](Impl& i, od::value& fv, AuditRecord& a) { return i.read_ref(fv, a.auditor); }},
            {"date", true,
             [](Impl& i, od::value& fv, AuditRecord& a) { return i.read_date(fv, a.date); }},
            {"kind", false,
             [](Impl& i, od::value& fv, AuditRecord& a) { return i.read_enum(fv, a.kind); }},
            {"grade", false,
             [](Impl& i, od::value& fv, AuditRecord& a) { return i.read_enum(fv, a.grade); }},
            {"note", false,
             [](Impl& i, od::value& fv, AuditRecord& a) { return i.read_text(fv, a.note); }},
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
    void end_value(const char* data, std::size_t size, std::size_t capacity) {
        value_text = std::string_view(data, size);
        path.clear();
        record_syntax_error = false;
        record_error = simdjson::SUCCESS;
        if (current_top_name)
            path.push_back(PathPart{current_top_name, 0});
        if (in_array)
            path.push_back(PathPart{nullptr, element_index});

        od::document doc;
        const bool compacted = !long_strings.empty() && set_aside_long_strings(data, size);
        simdjson::error_code err =
            (compacted ? parser.iterate(compact.data(), compact.size(), compact.capacity())
                       : parser.iterate(data, size, capacity))
                .get(doc);
        bool ok = !err;
        if (ok) {
            od::value root;
            err = doc.get_value().get(root);
            if (err == simdjson::SCALAR_DOCUMENT_AS_VALUE) {
                // A bare number, string or literal where a record belongs: simdjson will not
                // hand it out as a value, so check its syntax and say what was found.
                err = simdjson::SUCCESS;
                ok = scalar_record(doc);
            } else {
                ok = !err && dispatch(root);
            }
        }
        if (!ok || record_syntax_error)
            report_record_syntax_error(err);
        path.clear();
        buf.clear();
        value_text = {};
        long_strings.clear();
        set_aside.clear();
        unescaped.clear();
    }

    // Builds `compact` and `set_aside` from the record data[0, size) and its long strings
    // (see LongString). Returns false to have the record parsed as written: nothing to set
    // aside, or a string that stage 1 must see so that the error is reported as any other
    // (a raw control character, invalid UTF-8). A key (followed by ':') is never set aside.
    bool set_aside_long_strings(const char* data, std::size_t size) {
        set_aside.clear();
        compact.clear();
        std::size_t done = 0; // data[0, done) is in `compact`
        for (const LongString& ls : long_strings) {
            const auto open = static_cast<std::size_t>(ls.open - value_start);
            const auto after = static_cast<std::size_t>(ls.after - value_start);
            if (open < done || after > size)
                break; // cannot happen (strings come in order, inside the value)
            std::size_t next = after;
            while (next < size && is_space(data[next]))
                ++next;
            if (next < size && data[next] == ':')
                continue;
            const std::string_view inner(data + open + 1, after - open - 2);
            if (!is_plain_json_text(inner)) {
                set_aside.clear();
                return false;
            }
            compact.append(data + done, open + 1 - done);
            set_aside.push_back(SetAside{compact.size() - 1, inner, ls.backslash});
            compact.append("\"", 1);
            done = after;
        }
        if (set_aside.empty())
            return false;
        compact.append(data + done, size - done);
        return true;
    }

    bool scalar_record(od::document& doc) {
        if (locate_json_syntax_error(value_text).found)
            return syntax(simdjson::TAPE_ERROR);
        if (current_top == TopKey::Unknown)
            return true;
        od::json_type t{};
        if (doc.type().get(t))
            return syntax(simdjson::TAPE_ERROR);
        const bool record = in_array || current_top == TopKey::Metadata;
        at_path(Severity::Error, "wrong-type",
                std::string("Expected ") + (record ? "an object" : "an array") + ", but found " +
                    std::string(json_type_name(t)) + ".");
        return true;
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
        const std::string_view text = value_text;
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
                "The JSON is not valid in " + element_label + ": " +
                    std::string(json_error_sentence(err ? err : record_error)) + ".",
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
