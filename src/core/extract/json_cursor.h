// Case Audit - a pull parser for one record of a case extract.
//
// The importer's scanner (import_scanner.cpp) has already split the file into records, found every
// string in them and checked that their brackets balance. What is left for each record is
// to read its values in order, check their syntax and hand them to the field readers. This
// cursor does that in one pass over the record's bytes, without building anything: a
// string without escapes is handed out as a view of the input, and strings the scanner
// already measured (note text, most of an extract's bytes) are jumped over, and checked
// only when the scanner saw a byte in them that needs it.
//
// It says only *that* a record is malformed (a JsonFault); the importer then locates the
// fault in the file's terms with locate_json_syntax_error() (json_text.h), which is slow but
// only runs on a bad file.
//
// Each value is read exactly once, in order: peek() says what comes next without moving;
// string(), raw_string(), number(), boolean(), null() and skip() consume a value;
// object_begin() / member_key() / member_next() and array_begin() / element_next() walk
// the containers. A value left unread when its container moves on is skipped (checked,
// not used), so a reader that stops early cannot leave the cursor inside a value.
//
// Index of this file:
// [SECTION] Byte scanning (shared with the importer's scanner)
// [SECTION] JsonCursor
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Byte scanning (shared with the importer's scanner)
// ---------------------------------------------------------------------------

// For each byte b of v, the top bit of its lane is set when b is zero. A borrow can only
// set bits above the first zero lane, so the lowest set bit is exact, and that is all the
// callers use.
inline std::uint64_t has_zero_byte(std::uint64_t v) {
    return (v - 0x0101010101010101ull) & ~v & 0x8080808080808080ull;
}

// The first byte in [p, end) that ends a run of plain string text: '"', '\\', a control
// byte (below 0x20, which JSON forbids raw in a string) or a byte of 0x80 or more (UTF-8
// beyond ASCII, which needs checking); end when there is none. Inside strings (most of an
// extract is note text) this is the only search, so it is the hot loop of an import, and
// finding the bytes that need checking here saves a second pass over the text. Wasm here
// has no SIMD, so it looks at 8 bytes at a time in a 64-bit word ("SWAR"): (b ^ '"') is
// zero exactly at a quote, and (b - 0x20) | b has its top bit set when b < 0x20 or
// b >= 0x80. A borrow only comes out of a lane below 0x20, which is itself a hit, so the
// lowest hit is exact. Little-endian (x86, ARM, wasm): the lowest bit is the first byte.
inline const char* find_string_special(const char* p, const char* end) {
    constexpr std::uint64_t quotes = 0x2222222222222222ull;      // '"' in every byte
    constexpr std::uint64_t backslashes = 0x5C5C5C5C5C5C5C5Cull; // '\\' in every byte
    constexpr std::uint64_t spaces = 0x2020202020202020ull;      // 0x20 in every byte
    constexpr std::uint64_t high = 0x8080808080808080ull;
    while (end - p >= 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, 8);
        const std::uint64_t hits = has_zero_byte(w ^ quotes) | has_zero_byte(w ^ backslashes) |
                                   (((w - spaces) | w) & high);
        if (hits != 0)
            return p + (__builtin_ctzll(hits) >> 3);
        p += 8;
    }
    while (p < end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            break;
        ++p;
    }
    return p;
}

// True when `s`, the inside of a JSON string, needs no check beyond its escapes: valid
// UTF-8 with no raw control character (below 0x20), which JSON forbids in a string.
// Defined in json_cursor.cpp; ASCII is checked 8 bytes at a time.
bool is_plain_json_text(std::string_view s);

// ---------------------------------------------------------------------------
// [SECTION] JsonCursor
// ---------------------------------------------------------------------------

enum class JsonType : std::uint8_t { Object, Array, String, Number, Boolean, Null };

// What was wrong, in the cursor's terms; the importer turns it into a located message.
enum class JsonFault : std::uint8_t {
    None,
    Structure, // a bracket, comma, colon or quote where it does not belong, or nothing
    Escape,    // a backslash that does not start a JSON escape (or a lone surrogate)
    Text,      // a raw control character or invalid UTF-8 inside a string
    Number,    // a number not written the way JSON writes numbers
    Literal,   // a word that is not true, false or null
    Unclosed   // a string not closed before the end of the record
};

// A string the scanner has already found, by offsets from the start of the record.
struct KnownString {
    std::size_t open = 0;  // the opening quote
    std::size_t after = 0; // just after the closing quote
    bool backslash = false;
    bool plain = false; // ASCII without control bytes: nothing to check but its escapes
};

class JsonCursor {
public:
    // Starts on `text`, one JSON value. `known`: strings already found in it, in order.
    void reset(std::string_view text, const KnownString* known, std::size_t known_count) {
        begin_ = text.data();
        p_ = begin_;
        end_ = begin_ + text.size();
        known_ = known;
        known_count_ = known_count;
        next_known_ = 0;
        pending_ = true;
        fault_ = JsonFault::None;
        unescaped_.clear();
    }

    JsonFault fault() const { return fault_; }
    // After the root value: true when only white space is left.
    bool at_end() {
        skip_space();
        return p_ == end_;
    }

    // The type of the next value, without consuming it.
    bool peek(JsonType& t) {
        skip_space();
        if (p_ == end_)
            return fail(JsonFault::Structure);
        switch (*p_) {
        case '{':
            t = JsonType::Object;
            return true;
        case '[':
            t = JsonType::Array;
            return true;
        case '"':
            t = JsonType::String;
            return true;
        case 't':
        case 'f':
            t = JsonType::Boolean;
            return true;
        case 'n':
            t = JsonType::Null;
            return true;
        default:
            if (*p_ == '-' || (*p_ >= '0' && *p_ <= '9')) {
                t = JsonType::Number;
                return true;
            }
            return fail(JsonFault::Structure);
        }
    }

    // A string's inside as written, and whether it has an escape; checked (UTF-8, no raw
    // control characters) but escapes not yet checked: the caller unescapes it
    // (unescape_json_string reports a bad escape).
    bool raw_string(std::string_view& inner, bool& has_escape) {
        skip_space();
        if (p_ == end_ || *p_ != '"')
            return fail(JsonFault::Structure);
        pending_ = false;
        return scan_string(inner, has_escape);
    }

    // A string's text, unescaped: a view of the input, or of a copy kept until reset().
    bool string(std::string_view& out) {
        bool escaped = false;
        if (!raw_string(out, escaped))
            return false;
        return !escaped || unescape(out);
    }

    // A number's token as written, checked against JSON's grammar.
    bool number(std::string_view& token);
    bool boolean(bool& out);
    bool null();
    // Consumes the next value whatever it is, checking its syntax.
    bool skip();

    // '{': `has_member` is false for an empty object (then already closed).
    bool object_begin(bool& has_member) { return container_begin('{', '}', has_member); }
    // A member's name and the ':' after it; its value comes next.
    bool member_key(std::string_view& key) {
        skip_space();
        if (p_ == end_ || *p_ != '"')
            return fail(JsonFault::Structure);
        if (!string(key))
            return false;
        skip_space();
        if (p_ == end_ || *p_ != ':')
            return fail(JsonFault::Structure);
        ++p_;
        pending_ = true;
        return true;
    }
    // After a member's value: ',' (another member follows) or '}'.
    bool member_next(bool& has_member) { return container_next('}', has_member); }

    bool array_begin(bool& has_element) { return container_begin('[', ']', has_element); }
    bool element_next(bool& has_element) { return container_next(']', has_element); }

private:
    bool fail(JsonFault f) {
        if (fault_ == JsonFault::None)
            fault_ = f;
        return false;
    }

    void skip_space() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t'))
            ++p_;
    }

    bool container_begin(char open, char close, bool& has_next) {
        skip_space();
        if (p_ == end_ || *p_ != open)
            return fail(JsonFault::Structure);
        ++p_;
        skip_space();
        has_next = p_ == end_ || *p_ != close; // the end: the next read fails
        if (!has_next)
            ++p_;
        pending_ = has_next && open == '[';
        return true;
    }

    bool container_next(char close, bool& has_next) {
        if (pending_ && !skip())
            return false;
        skip_space();
        if (p_ == end_)
            return fail(JsonFault::Structure);
        if (*p_ == ',') {
            ++p_;
            has_next = true;
            pending_ = close == ']';
            return true;
        }
        if (*p_ == close) {
            ++p_;
            has_next = false;
            return true;
        }
        return fail(JsonFault::Structure);
    }

    bool scan_string(std::string_view& inner, bool& has_escape);
    bool unescape(std::string_view& text);
    bool literal(std::string_view word);

    const char* begin_ = nullptr;
    const char* p_ = nullptr;
    const char* end_ = nullptr;
    const KnownString* known_ = nullptr;
    std::size_t known_count_ = 0;
    std::size_t next_known_ = 0;
    bool pending_ = true; // a value is due and has not been consumed
    JsonFault fault_ = JsonFault::None;
    std::deque<std::string> unescaped_; // strings with escapes, kept until reset()
};

} // namespace ca
