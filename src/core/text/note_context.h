// Case Audit - recording-quality assistant: one note as the indicators see it (internal).
//
// The note is tokenized once; each indicator reads the tokens, the case-folded forms and
// the sentences, and appends findings here.
#pragma once

#include "core/text/finding.h"
#include "core/text/tokenize.h"

#include <string>
#include <string_view>
#include <vector>

namespace ca::text {

constexpr std::uint8_t k_claimed_list = 1;
constexpr std::uint8_t k_claimed_capitals = 2; // a run of capitals: no acronyms in it either

struct NoteContext {
    std::string_view text;
    TokenizedText tt;
    std::vector<std::string> folded;        // fold_case() of each token
    std::vector<std::size_t> folded_hash;   // std::hash of each folded token (phrase lookup)
    std::vector<std::uint32_t> sentence_of; // sentence index of each token
    std::vector<std::uint8_t> claimed;      // a list finding covers the token (no spelling):
                                            // k_claimed_list or k_claimed_capitals
    std::vector<TextFinding> findings;

    NoteContext(std::string_view note_text, const std::unordered_set<std::string>& abbreviations);

    std::string_view token_text(std::uint32_t i) const {
        const Token& t = tt.tokens[i];
        return text.substr(t.offset, t.length);
    }
    std::uint32_t token_count() const { return static_cast<std::uint32_t>(tt.tokens.size()); }
    // A finding over tokens [first, first + count).
    void add(Indicator indicator, std::uint32_t first, std::uint32_t count, std::string message,
             std::string suggestion = {});
    // A finding about the whole note (length 0).
    void add_note_level(Indicator indicator, std::string message, std::string suggestion = {});
};

} // namespace ca::text
