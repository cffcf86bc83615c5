// Case Audit - recording-quality assistant: finding listed words and phrases in a note.
//
// A phrase is tokenized like the notes, so "non-compliant" is one token and "S/U" three.
// A phrase written with a capital letter ("LD", "NFA") matches only that exact spelling, so
// that an acronym is not found inside ordinary lower-case words; any other phrase matches
// regardless of case, also with a possessive "'s" on its last word. At each token the longest
// phrase wins and matches do not overlap.
#pragma once

#include "core/text/note_context.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ca::text {

class PhraseSet {
public:
    struct Match {
        std::uint32_t first_token = 0;
        std::uint32_t token_count = 0;
        std::uint32_t payload = 0; // what add() was given, e.g. an index into a TermList
    };

    void add(std::string_view phrase, std::uint32_t payload);
    bool empty() const { return phrases_.empty(); }

    // All matches in the note, in text order, non-overlapping.
    std::vector<Match> find(const NoteContext& note) const;
    // All matches inside tokens [first, end).
    std::vector<Match> find(const NoteContext& note, std::uint32_t first, std::uint32_t end) const;
    // The longest phrase starting at token i (token_count 0 when none).
    Match match_at(const NoteContext& note, std::uint32_t i) const;

private:
    struct Phrase {
        std::vector<std::string> tokens;
        bool exact_case = false;
        std::uint32_t payload = 0;
    };
    std::vector<Phrase> phrases_;
    // By the hash of the folded first token: each note token is hashed once (NoteContext),
    // not once per list; a hash collision is harmless because every token is compared.
    std::unordered_map<std::size_t, std::vector<std::uint32_t>> by_first_;
};

} // namespace ca::text

namespace ca::text {

// Whether `m` shares a token with any of `others` (e.g. an allow-list match).
bool overlaps_any(const PhraseSet::Match& m, const std::vector<PhraseSet::Match>& others);

} // namespace ca::text
