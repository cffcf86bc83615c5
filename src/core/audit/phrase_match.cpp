// Case Audit - whole-word phrase matching (the rules are in phrase_match.h).
#include "core/audit/phrase_match.h"

namespace ca::audit {

namespace {

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

char lower(unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

std::size_t bucket(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 'a' && u <= 'z')
        return static_cast<std::size_t>(u - 'a');
    if (u >= '0' && u <= '9')
        return 26 + static_cast<std::size_t>(u - '0');
    return 36;
}

// The next word of `text` at or after `pos`: [begin, end). begin == text.size() when none.
void next_word(std::string_view text, std::size_t pos, std::size_t& begin, std::size_t& end) {
    while (pos < text.size() && !is_word_byte(static_cast<unsigned char>(text[pos])))
        ++pos;
    begin = pos;
    while (pos < text.size() && is_word_byte(static_cast<unsigned char>(text[pos])))
        ++pos;
    end = pos;
}

bool word_equals(std::string_view text, std::size_t begin, std::size_t end,
                 const std::string& word) {
    if (end - begin != word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (lower(static_cast<unsigned char>(text[begin + i])) != word[i])
            return false;
    return true;
}

} // namespace

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& phrases) : source_(phrases) {
    for (std::size_t i = 0; i < phrases.size(); ++i) {
        Phrase p;
        p.index = i;
        std::size_t begin = 0;
        std::size_t end = 0;
        for (next_word(phrases[i], 0, begin, end); begin < phrases[i].size();
             next_word(phrases[i], end, begin, end)) {
            std::string w;
            for (std::size_t k = begin; k < end; ++k)
                w += lower(static_cast<unsigned char>(phrases[i][k]));
            p.words.push_back(std::move(w));
        }
        if (!p.words.empty())
            by_letter_[bucket(p.words.front().front())].push_back(std::move(p));
    }
}

std::size_t PhraseMatcher::find_in(std::string_view text) const {
    std::size_t best = npos;
    std::size_t begin = 0;
    std::size_t end = 0;
    for (next_word(text, 0, begin, end); begin < text.size() && best != 0;
         next_word(text, end, begin, end)) {
        for (const Phrase& p : by_letter_[bucket(lower(static_cast<unsigned char>(text[begin])))]) {
            if (p.index >= best)
                break; // a bucket lists its phrases in the list's order

            std::size_t b = begin;
            std::size_t e = end;
            std::size_t k = 0;
            while (k < p.words.size() && b < text.size() && word_equals(text, b, e, p.words[k])) {
                ++k;
                next_word(text, e, b, e);
            }
            if (k == p.words.size()) {
                best = p.index;
                break;
            }
        }
    }
    return best;
}

} // namespace ca::audit
