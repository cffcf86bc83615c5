// Case Audit - recording-quality assistant: UTF-8 words and sentences with byte offsets.
//
// Every indicator works on the tokens and sentences made here, and every finding points at
// a byte range of the note's text so that the viewer can highlight it. The rules are
// deliberately simple and the same on every platform (no locale, no std::regex):
// - a word starts with a letter (ASCII, or any code point from U+00C0 up that is not
//   punctuation) and runs on through letters and digits; an apostrophe (' or U+2019), a
//   hyphen, or '&' between two letters joins ("don't", "non-compliant", "A&E");
// - an abbreviation from the literacy list ("e.g.", "Mr.") and an initial ("J.") is one
//   word with its dots, so its full stop does not end the sentence;
// - a number starts with a digit and runs on through digits, letters and . , : / between
//   digits ("10:30", "3.5", "14/02/2026", "2nd");
// - anything else is a one-code-point punctuation token; spaces are skipped;
// - a sentence ends after . ! or ? (with any closing quotes or brackets) followed by a
//   space or the end, and at every line break: case notes are typed in text boxes where a
//   new line is a new line of content (bullets, headings).
// Invalid UTF-8 bytes become punctuation tokens: no input can make the tokenizer fail.
//
// Index of this file:
// [SECTION] Tokens and sentences
// [SECTION] Helpers
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace ca::text {

// ---------------------------------------------------------------------------
// [SECTION] Tokens and sentences
// ---------------------------------------------------------------------------

enum class TokenKind : std::uint8_t { Word, Number, Punct };

struct Token {
    std::uint32_t offset = 0; // bytes into the text
    std::uint32_t length = 0; // bytes
    TokenKind kind = TokenKind::Punct;
};

struct Sentence {
    std::uint32_t first_token = 0;
    std::uint32_t token_count = 0;
    std::uint32_t word_count = 0;
    bool terminated = false; // ends with . ! or ? (before any closing quote or bracket)
    bool bullet = false;     // the line starts with -, *, or a bullet character
};

struct TokenizedText {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
};

// `abbreviations` holds lower-case abbreviations with their dots ("e.g.", "mr.").
TokenizedText tokenize(std::string_view text, const std::unordered_set<std::string>& abbreviations);

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

// ASCII letters lower-cased and U+2019 turned into an apostrophe: the form every word list
// is matched against. Other bytes are kept as they are.
std::string fold_case(std::string_view word);

// The code point at `i` (advancing `i`); an invalid byte yields 0xFFFD and advances by one.
char32_t decode_utf8(std::string_view text, std::size_t& i);

bool is_letter(char32_t c);

} // namespace ca::text
