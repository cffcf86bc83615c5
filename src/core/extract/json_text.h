// Case Audit - small helpers about JSON text, used by the importer's error paths.
//
// Index of this file:
// [SECTION] UTF-8
// [SECTION] JSON grammar pieces
// [SECTION] Locating a syntax error
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] UTF-8
// ---------------------------------------------------------------------------

// Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong
// forms, surrogates and values above U+10FFFF are ill-formed), or npos when all is valid.
std::size_t find_invalid_utf8(std::string_view bytes);

// Number of characters (UTF-8 lead bytes) in `bytes`: columns are counted in characters.
std::size_t count_utf8_chars(std::string_view bytes);

// "UTF-16 (little-endian)", "UTF-32 (big-endian)"... when `bytes` begin like a JSON text in
// UTF-16 or UTF-32 (a byte-order mark, or the zero bytes that an ASCII first character has
// in those encodings, as RFC 4627 detects them); "" otherwise. A JSON text starts with an
// ASCII character, so a UTF-8 file never has a zero among its first bytes.
std::string_view wide_encoding_name(std::string_view bytes);

// ---------------------------------------------------------------------------
// [SECTION] JSON grammar pieces
// ---------------------------------------------------------------------------

// True when `token` is exactly a JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(std::string_view token);

// The text of a JSON string's contents `raw` (between the quotes, as written) with its
// escape sequences replaced: \" \\ \/ \b \f \n \r \t and \uXXXX (a surrogate pair gives one
// character). Returns false on a malformed escape (or a lone surrogate), with `bad_at` set
// to the offset of its backslash in `raw`.
bool unescape_json_string(std::string_view raw, std::string& out, std::size_t& bad_at);

// The same into out[0, raw.size()) (never longer than `raw`), for a caller that has the room
// already (the importer's text store): returns the length of the text, or k_bad_escape.
// `control_at`, when given, is set to the offset in `raw` of the first escape that stands
// for a control character other than tab, CR and LF (\b, \f, \u0000...), or left alone:
// only escapes can make one (a raw control byte is a syntax error), so checking there costs
// nothing on plain text.
inline constexpr std::size_t k_bad_escape = static_cast<std::size_t>(-1);
std::size_t unescape_json_string(std::string_view raw, char* out, std::size_t& bad_at,
                                 std::size_t* control_at = nullptr);

// True for a byte that is a control character: below 0x20 or DEL (0x7F). With
// `allow_line_breaks`, tab, CR and LF are not counted (free text has them).
inline bool is_control_byte(char c, bool allow_line_breaks) {
    const auto u = static_cast<unsigned char>(c);
    if (allow_line_breaks && (c == '\t' || c == '\r' || c == '\n'))
        return false;
    return u < 0x20 || u == 0x7F;
}

// `text` with each control character written as "\u00XX" ("\u007F" for DEL), so that it
// can be seen and is never output raw; tab, CR and LF are kept with `keep_line_breaks`.
std::string show_control_characters(std::string_view text, bool keep_line_breaks);

// A printable excerpt of at most `max_chars` characters around `offset` for a message:
// control characters (DEL too) become spaces, and the cut never splits a UTF-8 character.
std::string excerpt_around(std::string_view text, std::size_t offset, std::size_t max_chars = 40);

// ---------------------------------------------------------------------------
// [SECTION] Locating a syntax error
// ---------------------------------------------------------------------------

struct JsonSyntaxError {
    bool found = false;
    std::size_t offset = 0; // byte offset of the error in the text
    std::string message;    // what nlohmann/json says went wrong, without its prefix
};

// Parses `text` as one JSON value with nlohmann/json's SAX parser (no document is built,
// and its parser is not recursive) and reports the first syntax error, if any. Only used
// on error paths: the importer's fast parser says *that* a record is malformed, this says
// *where*.
JsonSyntaxError locate_json_syntax_error(std::string_view text);

} // namespace ca
