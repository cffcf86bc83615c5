// Case Audit - finding listed words and phrases in a case note, as whole words.
//
// The mental capacity and safeguarding areas ask whether a note mentions the subject. A
// substring test is wrong both ways ("in my capacity as duty worker" is not about mental
// capacity; "safeguard her savings" is not safeguarding), so the policy file lists the words
// and phrases that count (AuditPolicy::capacity_phrases, safeguarding_phrases) and a note
// mentions the subject when it holds one of them as whole words:
//   - a word is a run of letters and digits (ASCII, and any byte of a UTF-8 character); every
//     other character separates words, so "self-neglect" is the words "self neglect" and
//     "s.42" is "s 42";
//   - a phrase is its words in order, with nothing but separators between them in the note
//     (a line break or a comma between two words still counts);
//   - letter case is ignored (ASCII letters): "mca" and "MCA" both match "MCA";
//   - the note's word must be the phrase's word entire: "capacity" does not match
//     "capacityx", "MCA" does not match "MCAs" (list plurals as phrases of their own).
// Speed: one pass over the note's bytes (stopping early only when the list's first phrase
// is found), no allocation; each word is compared only with the phrases that start with its
// first letter.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ca::audit {

class PhraseMatcher {
public:
    PhraseMatcher() = default;
    explicit PhraseMatcher(const std::vector<std::string>& phrases);

    // The index of the first phrase, in the list's order, that `text` holds (so a list can put
    // its most telling phrases first); npos when it holds none.
    std::size_t find_in(std::string_view text) const;
    bool found_in(std::string_view text) const { return find_in(text) != npos; }
    // The phrase as the list gives it.
    const std::string& phrase(std::size_t i) const { return source_[i]; }

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    struct Phrase {
        std::vector<std::string> words; // lower case
        std::size_t index = 0;          // in source_
    };
    std::vector<std::string> source_;
    std::vector<Phrase> by_letter_[37]; // by the first character of the first word: a-z, 0-9, other
};

} // namespace ca::audit
