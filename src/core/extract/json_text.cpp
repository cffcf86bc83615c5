// Case Audit - small helpers about JSON text. See json_text.h.
#include "core/extract/json_text.h"

#include <cstring>

#include <nlohmann/json.hpp>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] UTF-8
// ---------------------------------------------------------------------------

std::size_t find_invalid_utf8(std::string_view bytes) {
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90; // overlong
            if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        const auto c1 = static_cast<unsigned char>(bytes[i + 1]);
        if (c1 < lo || c1 > hi)
            return i;
        for (std::size_t k = 2; k < len; ++k) {
            const auto ck = static_cast<unsigned char>(bytes[i + k]);
            if (ck < 0x80 || ck > 0xBF)
                return i;
        }
        i += len;
    }
    return std::string_view::npos;
}

std::size_t count_utf8_chars(std::string_view bytes) {
    std::size_t n = 0;
    for (char ch : bytes)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80)
            ++n;
    return n;
}

std::string_view wide_encoding_name(std::string_view bytes) {
    auto b = [&](std::size_t i) {
        return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0x100u;
    };
    if (b(0) == 0x00 && b(1) == 0x00 && b(2) == 0xFE && b(3) == 0xFF)
        return "UTF-32 (big-endian)";
    if (b(0) == 0xFF && b(1) == 0xFE && b(2) == 0x00 && b(3) == 0x00)
        return "UTF-32 (little-endian)";
    if (b(0) == 0xFE && b(1) == 0xFF)
        return "UTF-16 (big-endian)";
    if (b(0) == 0xFF && b(1) == 0xFE)
        return "UTF-16 (little-endian)";
    // No byte-order mark: the zero bytes of the first (ASCII) character.
    if (b(0) == 0x00 && b(1) == 0x00 && b(2) == 0x00 && b(3) != 0x00 && b(3) < 0x80)
        return "UTF-32 (big-endian)";
    if (b(0) != 0x00 && b(0) < 0x80 && b(1) == 0x00 && b(2) == 0x00 && b(3) == 0x00)
        return "UTF-32 (little-endian)";
    if (b(0) == 0x00 && b(1) != 0x00 && b(1) < 0x80)
        return "UTF-16 (big-endian)";
    if (b(0) != 0x00 && b(0) < 0x80 && b(1) == 0x00)
        return "UTF-16 (little-endian)";
    return {};
}

// ---------------------------------------------------------------------------
// [SECTION] JSON grammar pieces
// ---------------------------------------------------------------------------

bool is_json_number(std::string_view t) {
    std::size_t i = 0;
    const std::size_t n = t.size();
    auto digit = [&](std::size_t k) { return k < n && t[k] >= '0' && t[k] <= '9'; };
    if (i < n && t[i] == '-')
        ++i;
    if (!digit(i))
        return false;
    if (t[i] == '0') {
        ++i;
    } else {
        while (digit(i))
            ++i;
    }
    if (i < n && t[i] == '.') {
        ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < n && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    return i == n;
}

namespace {
// The value of four hex digits at `p`, or -1.
long hex4(std::string_view s, std::size_t p) {
    if (p + 4 > s.size())
        return -1;
    long v = 0;
    for (std::size_t k = p; k < p + 4; ++k) {
        const char c = s[k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    return v;
}

// Writes `cp` as UTF-8 at `out`; returns the number of bytes (1 to 4).
std::size_t put_utf8(char* out, unsigned long cp) {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}
} // namespace

std::size_t unescape_json_string(std::string_view raw, char* out, std::size_t& bad_at,
                                 std::size_t* control_at) {
    // Note text with escapes (a line break is \n) comes through here: the runs between
    // backslashes are copied whole. Each escape is at least as long as what it stands for
    // (\uXXXX is 6 bytes for at most 3; a surrogate pair 12 for 4), so `out` never needs
    // more than raw.size() bytes.
    std::size_t i = 0;
    std::size_t n = 0;
    while (i < raw.size()) {
        const void* backslash = std::memchr(raw.data() + i, '\\', raw.size() - i);
        const std::size_t run_end =
            backslash ? static_cast<std::size_t>(static_cast<const char*>(backslash) - raw.data())
                      : raw.size();
        std::memcpy(out + n, raw.data() + i, run_end - i);
        n += run_end - i;
        i = run_end;
        if (i == raw.size())
            break;
        bad_at = i;
        if (i + 1 >= raw.size())
            return k_bad_escape;
        const char e = raw[i + 1];
        i += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out[n++] = e;
            break;
        case 'b':
        case 'f':
            if (control_at && *control_at == std::string_view::npos)
                *control_at = bad_at;
            out[n++] = e == 'b' ? '\b' : '\f';
            break;
        case 'n':
            out[n++] = '\n';
            break;
        case 'r':
            out[n++] = '\r';
            break;
        case 't':
            out[n++] = '\t';
            break;
        case 'u': {
            const long hi = hex4(raw, i);
            if (hi < 0)
                return k_bad_escape;
            i += 4;
            unsigned long cp = static_cast<unsigned long>(hi);
            if (control_at && *control_at == std::string_view::npos &&
                (cp == 0x7F || (cp < 0x20 && cp != '\t' && cp != '\r' && cp != '\n')))
                *control_at = bad_at;
            if (hi >= 0xDC00 && hi <= 0xDFFF)
                return k_bad_escape; // a low surrogate with no high one before it
            if (hi >= 0xD800 && hi <= 0xDBFF) {
                const long lo = i + 1 < raw.size() && raw[i] == '\\' && raw[i + 1] == 'u'
                                    ? hex4(raw, i + 2)
                                    : -1;
                if (lo < 0xDC00 || lo > 0xDFFF)
                    return k_bad_escape;
                i += 6;
                cp = 0x10000 + ((static_cast<unsigned long>(hi) - 0xD800) << 10) +
                     (static_cast<unsigned long>(lo) - 0xDC00);
            }
            n += put_utf8(out + n, cp);
            break;
        }
        default:
            return k_bad_escape;
        }
    }
    return n;
}

bool unescape_json_string(std::string_view raw, std::string& out, std::size_t& bad_at) {
    out.resize(raw.size());
    const std::size_t n = unescape_json_string(raw, out.data(), bad_at);
    if (n == k_bad_escape) {
        out.clear();
        return false;
    }
    out.resize(n);
    return true;
}

std::string show_control_characters(std::string_view text, bool keep_line_breaks) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (!is_control_byte(c, keep_line_breaks)) {
            out.push_back(c);
            continue;
        }
        static const char hex[] = "0123456789ABCDEF";
        const auto u = static_cast<unsigned char>(c);
        out += "\\u00";
        out.push_back(hex[u >> 4]);
        out.push_back(hex[u & 0xF]);
    }
    return out;
}

std::string excerpt_around(std::string_view text, std::size_t offset, std::size_t max_chars) {
    if (offset > text.size())
        offset = text.size();
    std::size_t begin = offset > max_chars / 2 ? offset - max_chars / 2 : 0;
    std::size_t end = std::min(text.size(), begin + max_chars);
    // Never cut a UTF-8 character in two.
    auto continuation = [&](std::size_t k) {
        return k < text.size() && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80;
    };
    while (begin > 0 && continuation(begin))
        --begin;
    while (end < text.size() && continuation(end))
        ++end;
    std::string out(text.substr(begin, end - begin));
    for (char& ch : out)
        if (is_control_byte(ch, false))
            ch = ' ';
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Locating a syntax error
// ---------------------------------------------------------------------------

namespace {

// Accepts every event and records the first parse error; builds nothing.
class ErrorLocator final : public nlohmann::json_sax<nlohmann::json> {
public:
    JsonSyntaxError result;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& ex) override {
        result.found = true;
        // nlohmann counts the failing character itself: position 1 is the first byte.
        result.offset = position > 0 ? position - 1 : 0;
        std::string what = ex.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error
        // while parsing value - invalid literal; last read: 'tru,'" -> the part after ": ".
        const std::size_t colon = what.find(": ");
        if (colon != std::string::npos)
            what = what.substr(colon + 2);
        // The token it quotes ("last read") may hold DEL or other bytes a terminal or a
        // table would not show: every message is printable.
        result.message = show_control_characters(what, false);
        return false;
    }
};

} // namespace

JsonSyntaxError locate_json_syntax_error(std::string_view text) {
    ErrorLocator locator;
    nlohmann::json::sax_parse(text.begin(), text.end(), &locator);
    return locator.result;
}

} // namespace ca
