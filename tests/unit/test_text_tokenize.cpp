// Unit tests: the recording-quality tokenizer (src/core/text/tokenize.h).
#include "core/text/tokenize.h"

#include <catch2/catch.hpp>

#include <string>
#include <unordered_set>
#include <vector>

using ca::text::TokenKind;

namespace {

std::vector<std::string> token_texts(std::string_view text, const ca::text::TokenizedText& tt) {
    std::vector<std::string> out;
    for (const ca::text::Token& t : tt.tokens)
        out.emplace_back(text.substr(t.offset, t.length));
    return out;
}

const std::unordered_set<std::string> k_abbreviations = {"e.g.", "mr.", "dr."};

} // namespace

TEST_CASE("tokenizer: words with joiners, numbers and punctuation, byte offsets", "[text]") {
    const std::string text = "Mary's non-compliant A&E visit at 10:30, e.g. Dr. Khan.";
    const auto tt = ca::text::tokenize(text, k_abbreviations);
    const std::vector<std::string> expected = {
        "Mary's", "non-compliant", "A&E", "visit", "at", "10:30", ",", "e.g.", "Dr.", "Khan", "."};
    CHECK(token_texts(text, tt) == expected);
    CHECK(tt.tokens[0].offset == 0);
    CHECK(tt.tokens[1].offset == 7); // "Mary's " is 7 bytes
    CHECK(tt.tokens[5].kind == TokenKind::Number);
    CHECK(tt.tokens[6].kind == TokenKind::Punct);
    // "e.g." and "Dr." keep their dots: one sentence only.
    REQUIRE(tt.sentences.size() == 1);
    CHECK(tt.sentences[0].terminated);
    CHECK(tt.sentences[0].word_count == 8);
}

TEST_CASE("tokenizer: UTF-8 letters, curly quotes and offsets in bytes", "[text]") {
    // "café" is 5 bytes (é = C3 A9); U+2019 inside a word joins; U+201C/D are punctuation.
    const std::string text = "Caf\xC3\xA9 don\xE2\x80\x99t \xE2\x80\x9Cyes\xE2\x80\x9D";
    const auto tt = ca::text::tokenize(text, k_abbreviations);
    const std::vector<std::string> expected = {"Caf\xC3\xA9", "don\xE2\x80\x99t", "\xE2\x80\x9C",
                                               "yes", "\xE2\x80\x9D"};
    CHECK(token_texts(text, tt) == expected);
    CHECK(tt.tokens[1].offset == 6);  // after "Café " (5 + 1 bytes)
    CHECK(tt.tokens[1].length == 7);  // d o n (3) + U+2019 (3) + t (1)
    CHECK(tt.tokens[3].offset == 17); // 6 + 7 + 1 space + 3 bytes of U+201C
    CHECK(ca::text::fold_case("DON\xE2\x80\x99T") == "don't");
}

TEST_CASE("tokenizer: sentences end at . ! ? before a space, and at line breaks", "[text]") {
    const std::string text = "Seen today. Is she safe? Yes!\n- bullet item\nno stop here";
    const auto tt = ca::text::tokenize(text, k_abbreviations);
    REQUIRE(tt.sentences.size() == 5);
    CHECK(tt.sentences[0].terminated);
    CHECK(tt.sentences[1].terminated);
    CHECK(tt.sentences[2].terminated);
    CHECK(tt.sentences[3].bullet);
    CHECK_FALSE(tt.sentences[3].terminated);
    CHECK_FALSE(tt.sentences[4].terminated);
    CHECK(tt.sentences[4].word_count == 3);
    // A closing quote after the full stop belongs to the sentence.
    const auto q = ca::text::tokenize("She said \"no.\" Then left.", k_abbreviations);
    REQUIRE(q.sentences.size() == 2);
    CHECK(q.sentences[0].terminated);
    CHECK(q.sentences[0].token_count == 6); // She said " no . "
}

TEST_CASE("tokenizer: invalid UTF-8 and empty input do not fail", "[text]") {
    CHECK(ca::text::tokenize("", k_abbreviations).tokens.empty());
    CHECK(ca::text::tokenize("", k_abbreviations).sentences.empty());
    // A lone continuation byte, a truncated 3-byte sequence at the end.
    const std::string bad = std::string("ok \x80 then \xE2\x80", 12);
    const auto tt = ca::text::tokenize(bad, k_abbreviations);
    const std::vector<std::string> expected = {"ok", "\x80", "then", "\xE2", "\x80"};
    CHECK(token_texts(bad, tt) == expected);
}
