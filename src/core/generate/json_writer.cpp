// Case Audit - streaming JSON writer (see json_writer.h).
#include "core/generate/json_writer.h"

#include "core/extract/json_text.h"

namespace ca {

namespace {

// Length of the valid UTF-8 sequence starting at s[i] (2..4), or 0 when it is not valid.
// The lead byte gives the length; the importer's own validator (overlong forms, surrogates
// and code points above U+10FFFF are invalid) judges the sequence, so writer and importer
// agree on what valid UTF-8 is.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    const unsigned c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c >= 0xC2 && c <= 0xDF   ? 2
                          : c >= 0xE0 && c <= 0xEF ? 3
                          : c >= 0xF0 && c <= 0xF4 ? 4
                                                   : 0;
    if (n == 0 || i + n > s.size())
        return 0;
    return find_invalid_utf8(s.substr(i, n)) == std::string_view::npos ? n : 0;
}

void append_digits(std::string& out, int value, int width) {
    char tmp[8];
    for (int k = width - 1; k >= 0; --k) {
        tmp[k] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(tmp, static_cast<std::size_t>(width));
}

void append_date(std::string& out, Date d) {
    const YearMonthDay ymd = to_ymd(d);
    append_digits(out, ymd.year, 4);
    out.push_back('-');
    append_digits(out, ymd.month, 2);
    out.push_back('-');
    append_digits(out, ymd.day, 2);
}

} // namespace

JsonWriter::JsonWriter(Sink& sink, int pretty_depth) : sink_(sink), pretty_depth_(pretty_depth) {
    buf_.reserve(k_flush_at + 4096);
}

JsonWriter::~JsonWriter() {
    flush();
}

void JsonWriter::flush() {
    if (buf_.empty())
        return;
    sink_.write(buf_);
    flushed_ += buf_.size();
    buf_.clear();
}

void JsonWriter::newline_indent(std::size_t depth) {
    buf_.push_back('\n');
    buf_.append(depth * 2, ' ');
}

// Commas and line breaks between members. A value directly after a key needs neither.
void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty())
        return; // the top-level value
    const bool first = empty_.back();
    empty_.back() = false;
    const std::size_t depth = empty_.size();
    if (static_cast<int>(depth) <= pretty_depth_) {
        if (!first)
            buf_.push_back(',');
        newline_indent(depth);
    } else if (!first) {
        buf_.append(", ");
    }
}

void JsonWriter::begin_object() {
    before_value();
    buf_.push_back('{');
    empty_.push_back(true);
}

void JsonWriter::end_object() {
    const bool was_empty = empty_.back();
    empty_.pop_back();
    if (!was_empty && static_cast<int>(empty_.size()) + 1 <= pretty_depth_)
        newline_indent(empty_.size());
    buf_.push_back('}');
    if (empty_.empty())
        buf_.push_back('\n');
    maybe_flush();
}

void JsonWriter::begin_array() {
    before_value();
    buf_.push_back('[');
    empty_.push_back(true);
}

void JsonWriter::end_array() {
    const bool was_empty = empty_.back();
    empty_.pop_back();
    if (!was_empty && static_cast<int>(empty_.size()) + 1 <= pretty_depth_)
        newline_indent(empty_.size());
    buf_.push_back(']');
    maybe_flush();
}

void JsonWriter::key(std::string_view name) {
    before_value();
    buf_.push_back('"');
    escape_into(buf_, name);
    buf_.append("\": ");
    after_key_ = true;
}

void JsonWriter::escape_into(std::string& out, std::string_view text) {
    static const char hex[] = "0123456789abcdef";
    std::size_t i = 0;
    while (i < text.size()) {
        // Copy the longest run of bytes that need no attention in one append.
        std::size_t j = i;
        while (j < text.size()) {
            const unsigned char c = static_cast<unsigned char>(text[j]);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
                break;
            ++j;
        }
        out.append(text.data() + i, j - i);
        if (j == text.size())
            return;
        const unsigned char c = static_cast<unsigned char>(text[j]);
        if (c >= 0x80) {
            const std::size_t n = utf8_sequence_length(text, j);
            if (n == 0) {
                out.append("\xEF\xBF\xBD"); // U+FFFD for one invalid byte
                i = j + 1;
            } else {
                out.append(text.data() + j, n);
                i = j + n;
            }
            continue;
        }
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            out.append("\\u00");
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
        i = j + 1;
    }
}

void JsonWriter::string(std::string_view text) {
    before_value();
    buf_.push_back('"');
    escape_into(buf_, text);
    buf_.push_back('"');
    maybe_flush();
}

void JsonWriter::integer(std::int64_t v) {
    before_value();
    char tmp[24];
    std::size_t n = 0;
    // Work on the magnitude as unsigned so that INT64_MIN is handled.
    std::uint64_t m = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    do {
        tmp[n++] = static_cast<char>('0' + m % 10);
        m /= 10;
    } while (m != 0);
    if (v < 0)
        buf_.push_back('-');
    while (n > 0)
        buf_.push_back(tmp[--n]);
}

void JsonWriter::boolean(bool v) {
    before_value();
    buf_.append(v ? "true" : "false");
}

void JsonWriter::null() {
    before_value();
    buf_.append("null");
}

void JsonWriter::raw_number(std::string_view text) {
    before_value();
    buf_.append(text.data(), text.size());
}

void JsonWriter::date(Date d) {
    before_value();
    buf_.push_back('"');
    append_date(buf_, d);
    buf_.push_back('"');
}

void JsonWriter::date_time(Date d, int minute) {
    before_value();
    buf_.push_back('"');
    append_date(buf_, d);
    buf_.push_back('T');
    append_digits(buf_, minute / 60, 2);
    buf_.push_back(':');
    append_digits(buf_, minute % 60, 2);
    buf_.push_back('"');
}

void JsonWriter::optional_date(std::optional<Date> d) {
    if (d)
        date(*d);
    else
        null();
}

} // namespace ca
