// Case Audit - recording-quality assistant: tokenizer (see tokenize.h for the rules).
//
// Index of this file:
// [SECTION] UTF-8 and character classes
// [SECTION] Tokens
// [SECTION] Sentences
#include "core/text/tokenize.h"

namespace ca::text {

// ---------------------------------------------------------------------------
// [SECTION] UTF-8 and character classes
// ---------------------------------------------------------------------------

char32_t decode_utf8(std::string_view text, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    std::size_t extra = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0u) == 0xC0u) {
        extra = 1;
        cp = b0 & 0x1Fu;
    } else if ((b0 & 0xF0u) == 0xE0u) {
        extra = 2;
        cp = b0 & 0x0Fu;
    } else if ((b0 & 0xF8u) == 0xF0u) {
        extra = 3;
        cp = b0 & 0x07u;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + extra >= text.size()) {
        ++i;
        return 0xFFFD;
    }
    for (std::size_t k = 1; k <= extra; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0u) != 0x80u) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    i += extra + 1;
    return cp;
}

bool is_letter(char32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    if (c < 0xC0 || c == 0xD7 || c == 0xF7 || c == 0xFFFD)
        return false;
    // General punctuation, currency, arrows, symbols and CJK punctuation are not letters.
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF20) || c >= 0x1F000)
        return false;
    return true;
}

namespace {

bool is_digit(char32_t c) {
    return c >= '0' && c <= '9';
}
bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           c == 0x2007 || c == 0x202F || (c >= 0x2000 && c <= 0x200B);
}
bool is_apostrophe(char32_t c) {
    return c == '\'' || c == 0x2019;
}
bool is_closing(char32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 || c == 0x201D;
}

char32_t peek(std::string_view text, std::size_t i) {
    if (i >= text.size())
        return 0;
    return decode_utf8(text, i);
}

// ---------------------------------------------------------------------------
// [SECTION] Tokens
// ---------------------------------------------------------------------------

// Length of an abbreviation from the list starting at `i`, or 0.
std::size_t abbreviation_at(std::string_view text, std::size_t i,
                            const std::unordered_set<std::string>& abbreviations) {
    // Abbreviations are short: look at up to 8 bytes of letters and dots.
    std::string folded;
    std::size_t best = 0;
    for (std::size_t k = i; k < text.size() && k - i < 8; ++k) {
        const char ch = text[k];
        const bool letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        if (!letter && ch != '.')
            break;
        folded.push_back(letter && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
        if (ch == '.' && abbreviations.count(folded) != 0) {
            const char32_t next = peek(text, k + 1);
            if (!is_letter(next) && !is_digit(next))
                best = k + 1 - i;
        }
    }
    // An initial: one capital letter, a dot, a space, then a capital ("J. Smith").
    if (best == 0 && i + 3 < text.size() && text[i] >= 'A' && text[i] <= 'Z' &&
        text[i + 1] == '.' && text[i + 2] == ' ' && text[i + 3] >= 'A' && text[i + 3] <= 'Z' &&
        (i == 0 || !is_letter(static_cast<unsigned char>(text[i - 1]))))
        best = 2;
    return best;
}

std::size_t scan_word(std::string_view text, std::size_t i) {
    std::size_t end = i;
    while (end < text.size()) {
        std::size_t next = end;
        const char32_t c = decode_utf8(text, next);
        if (is_letter(c) || is_digit(c)) {
            end = next;
            continue;
        }
        // Joiners need a letter on both sides.
        const bool joiner = is_apostrophe(c) || c == '-' || c == '&';
        if (joiner && end > i && is_letter(peek(text, next))) {
            end = next;
            continue;
        }
        break;
    }
    return end;
}

std::size_t scan_number(std::string_view text, std::size_t i) {
    std::size_t end = i;
    while (end < text.size()) {
        const char ch = text[end];
        if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
            ++end;
            continue;
        }
        const bool sep = ch == '.' || ch == ',' || ch == ':' || ch == '/';
        if (sep && end + 1 < text.size() && text[end + 1] >= '0' && text[end + 1] <= '9') {
            ++end;
            continue;
        }
        break;
    }
    return end;
}

} // namespace

std::string fold_case(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char ch = word[i];
        if (ch >= 'A' && ch <= 'Z') {
            out.push_back(static_cast<char>(ch - 'A' + 'a'));
        } else if (ch == '\xE2' && i + 2 < word.size() && word[i + 1] == '\x80' &&
                   word[i + 2] == '\x99') {
            out.push_back('\''); // U+2019 right single quotation mark
            i += 2;
        } else {
            out.push_back(ch);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Sentences
// ---------------------------------------------------------------------------

TokenizedText tokenize(std::string_view text,
                       const std::unordered_set<std::string>& abbreviations) {
    TokenizedText out;
    Sentence current;
    bool line_start = true;
    bool pending_end = false; // terminal punctuation seen; closing quotes may follow

    auto close_sentence = [&]() {
        if (current.token_count > 0)
            out.sentences.push_back(current);
        current = Sentence{};
        current.first_token = static_cast<std::uint32_t>(out.tokens.size());
        pending_end = false;
    };
    auto push = [&](std::size_t begin, std::size_t end, TokenKind kind) {
        out.tokens.push_back(Token{static_cast<std::uint32_t>(begin),
                                   static_cast<std::uint32_t>(end - begin), kind});
        ++current.token_count;
        if (kind == TokenKind::Word)
            ++current.word_count;
    };

    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t next = i;
        const char32_t c = decode_utf8(text, next);
        if (is_space(c)) {
            if (pending_end || c == '\n') {
                // Terminal punctuation followed by a space, or any line break.
                close_sentence();
            }
            if (c == '\n')
                line_start = true;
            i = next;
            continue;
        }
        if (pending_end && !is_closing(c) && c != '.' && c != '!' && c != '?') {
            // "word.Word" with no space: the sentence does not end here.
            pending_end = false;
            current.terminated = false;
        }
        if (line_start) {
            current.bullet = c == '-' || c == '*' || c == 0x2022 || c == 0x2023 || c == 0x25E6;
            line_start = false;
        }
        if (is_letter(c)) {
            std::size_t end = i + abbreviation_at(text, i, abbreviations);
            if (end == i)
                end = scan_word(text, i);
            push(i, end, TokenKind::Word);
            i = end;
            continue;
        }
        if (is_digit(c)) {
            const std::size_t end = scan_number(text, i);
            push(i, end, TokenKind::Number);
            i = end;
            continue;
        }
        push(i, next, TokenKind::Punct);
        if (c == '.' || c == '!' || c == '?') {
            pending_end = true;
            current.terminated = true;
        } else if (!is_closing(c)) {
            current.terminated = false;
        }
        i = next;
    }
    close_sentence();
    return out;
}

} // namespace ca::text
