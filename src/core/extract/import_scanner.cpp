// Case Audit - the extract importer's top-level scanner: splits the bytes into one JSON text
// per record (see import_internal.h for the parts and import.h for the design).
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Feeding bytes
// [SECTION] Keys and values
// [SECTION] The end of the input
#include "core/extract/import_internal.h"

#include <string>

namespace ca {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

// "1 MiB", "32 MiB", or "1000 bytes" for limits below a mebibyte.
std::string size_text(std::size_t bytes) {
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
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

} // namespace

using namespace import_detail;

// ---------------------------------------------------------------------------
// [SECTION] Feeding bytes
// ---------------------------------------------------------------------------

void ExtractImporter::Impl::feed(std::string_view chunk) {
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
                        size_text(limits.max_record_bytes) + ", the largest this version accepts.",
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

void ExtractImporter::Impl::end_key(std::uint64_t after) {
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
            "The field \"" + key + "\" appears twice at the top level; it must appear once.", key,
            {}, line, static_cast<int>(after - line_start));
    }
    seen_top[i] = true;
}

void ExtractImporter::Impl::begin_value(std::uint64_t at) {
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
const char* ExtractImporter::Impl::scan_value(const char* p, const char* end, const char* begin,
                                              bool& done) {
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

void ExtractImporter::Impl::string_too_long() {
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

void ExtractImporter::Impl::finish_scan() {
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

} // namespace ca
