// Case Audit - a pull parser for one record of a case extract. See json_cursor.h.
//
// Index of this file:
// [SECTION] Text checks
// [SECTION] Strings
// [SECTION] Numbers and literals
// [SECTION] Skipping a value
#include "core/extract/json_cursor.h"

#include "core/extract/json_text.h"

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Text checks
// ---------------------------------------------------------------------------

// Note text is almost all ASCII, so 8 bytes are checked at a time and only a string with a
// non-ASCII byte goes through the full UTF-8 check.
bool is_plain_json_text(std::string_view s) {
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

// ---------------------------------------------------------------------------
// [SECTION] Strings
// ---------------------------------------------------------------------------

// p_ is at the opening quote. A string the scanner measured is jumped over, and checked
// only when it has bytes that need it; any other is searched for its closing quote (a
// backslash hiding the byte after it), noting on the way whether it needs checking.
bool JsonCursor::scan_string(std::string_view& inner, bool& has_escape) {
    const auto at = static_cast<std::size_t>(p_ - begin_);
    while (next_known_ < known_count_ && known_[next_known_].open < at)
        ++next_known_;
    bool plain = true;
    if (next_known_ < known_count_ && known_[next_known_].open == at &&
        known_[next_known_].after <= static_cast<std::size_t>(end_ - begin_)) {
        const KnownString& k = known_[next_known_++];
        inner = std::string_view(begin_ + k.open + 1, k.after - k.open - 2);
        has_escape = k.backslash;
        plain = k.plain;
        p_ = begin_ + k.after;
    } else {
        const char* q = p_ + 1;
        has_escape = false;
        for (;;) {
            q = find_string_special(q, end_);
            if (q == end_)
                return fail(JsonFault::Unclosed);
            if (*q == '"')
                break;
            if (*q == '\\') {
                has_escape = true;
                q += 2; // the backslash and the byte it escapes
                if (q >= end_)
                    return fail(JsonFault::Unclosed);
            } else {
                plain = false; // a control byte or beyond ASCII: checked below
                ++q;
            }
        }
        inner = std::string_view(p_ + 1, static_cast<std::size_t>(q - p_ - 1));
        p_ = q + 1;
    }
    return plain || is_plain_json_text(inner) || fail(JsonFault::Text);
}

bool JsonCursor::unescape(std::string_view& text) {
    std::string& out = unescaped_.emplace_back();
    std::size_t bad = 0;
    if (!unescape_json_string(text, out, bad))
        return fail(JsonFault::Escape);
    text = out;
    return true;
}

// ---------------------------------------------------------------------------
// [SECTION] Numbers and literals
// ---------------------------------------------------------------------------

namespace {
// What may follow a number or a literal.
bool ends_token(const char* p, const char* end) {
    return p == end || *p == ',' || *p == '}' || *p == ']' || *p == ' ' || *p == '\n' ||
           *p == '\r' || *p == '\t';
}
} // namespace

bool JsonCursor::number(std::string_view& token) {
    skip_space();
    pending_ = false;
    const char* const start = p_;
    while (p_ != end_ && ((*p_ >= '0' && *p_ <= '9') || *p_ == '-' || *p_ == '+' || *p_ == '.' ||
                          *p_ == 'e' || *p_ == 'E'))
        ++p_;
    token = std::string_view(start, static_cast<std::size_t>(p_ - start));
    if (!is_json_number(token) || !ends_token(p_, end_))
        return fail(JsonFault::Number);
    return true;
}

bool JsonCursor::literal(std::string_view word) {
    pending_ = false;
    if (static_cast<std::size_t>(end_ - p_) < word.size() ||
        std::memcmp(p_, word.data(), word.size()) != 0 || !ends_token(p_ + word.size(), end_))
        return fail(JsonFault::Literal);
    p_ += word.size();
    return true;
}

bool JsonCursor::boolean(bool& out) {
    skip_space();
    if (p_ != end_ && *p_ == 't') {
        out = true;
        return literal("true");
    }
    if (p_ != end_ && *p_ == 'f') {
        out = false;
        return literal("false");
    }
    return fail(JsonFault::Structure);
}

bool JsonCursor::null() {
    skip_space();
    if (p_ == end_ || *p_ != 'n')
        return fail(JsonFault::Structure);
    return literal("null");
}

// ---------------------------------------------------------------------------
// [SECTION] Skipping a value
// ---------------------------------------------------------------------------

// Recursion is bounded by the scanner's depth limit (ImportLimits::max_depth), which it
// enforces before a record reaches the cursor.
bool JsonCursor::skip() {
    JsonType t{};
    if (!peek(t))
        return false;
    switch (t) {
    case JsonType::Object: {
        bool more = false;
        if (!object_begin(more))
            return false;
        while (more) {
            std::string_view key;
            if (!member_key(key) || !skip() || !member_next(more))
                return false;
        }
        return true;
    }
    case JsonType::Array: {
        bool more = false;
        if (!array_begin(more))
            return false;
        while (more)
            if (!skip() || !element_next(more))
                return false;
        return true;
    }
    case JsonType::String: {
        std::string_view s;
        return string(s);
    }
    case JsonType::Number: {
        std::string_view token;
        return number(token);
    }
    case JsonType::Boolean: {
        bool b = false;
        return boolean(b);
    }
    case JsonType::Null:
        return null();
    }
    return fail(JsonFault::Structure);
}

} // namespace ca
