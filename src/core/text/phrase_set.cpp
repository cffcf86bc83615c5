// Case Audit - recording-quality assistant: finding listed words and phrases in a note.
#include "core/text/phrase_set.h"

#include <functional>
#include <unordered_set>

namespace ca::text {

void PhraseSet::add(std::string_view phrase, std::uint32_t payload) {
    static const std::unordered_set<std::string> no_abbreviations;
    const TokenizedText tt = tokenize(phrase, no_abbreviations);
    if (tt.tokens.empty())
        return;
    Phrase p;
    p.payload = payload;
    for (const Token& t : tt.tokens) {
        const std::string_view s = phrase.substr(t.offset, t.length);
        for (const char ch : s)
            if (ch >= 'A' && ch <= 'Z')
                p.exact_case = true;
        p.tokens.emplace_back(s);
    }
    if (!p.exact_case) {
        for (std::string& s : p.tokens)
            s = fold_case(s);
    }
    by_first_[std::hash<std::string>{}(fold_case(p.tokens.front()))].push_back(
        static_cast<std::uint32_t>(phrases_.size()));
    phrases_.push_back(std::move(p));
}

PhraseSet::Match PhraseSet::match_at(const NoteContext& note, std::uint32_t i) const {
    Match best;
    auto it = by_first_.find(note.folded_hash[i]);
    if (it == by_first_.end())
        return best;
    const std::uint32_t n = note.token_count();
    for (const std::uint32_t idx : it->second) {
        const Phrase& p = phrases_[idx];
        const auto len = static_cast<std::uint32_t>(p.tokens.size());
        if (len <= best.token_count || i + len > n)
            continue;
        bool ok = true;
        for (std::uint32_t k = 0; k < len && ok; ++k) { // k = 0 too: hashes can collide
            if (p.exact_case)
                ok = note.token_text(i + k) == p.tokens[k];
            else if (k + 1 == len && note.folded[i + k] != p.tokens[k])
                ok = note.folded[i + k] == p.tokens[k] + "'s"; // "the service user's plan"
            else
                ok = note.folded[i + k] == p.tokens[k];
        }
        if (ok)
            best = Match{i, len, p.payload};
    }
    return best;
}

std::vector<PhraseSet::Match> PhraseSet::find(const NoteContext& note, std::uint32_t first,
                                              std::uint32_t end) const {
    std::vector<Match> out;
    if (phrases_.empty())
        return out;
    for (std::uint32_t i = first; i < end;) {
        const Match m = match_at(note, i);
        if (m.token_count > 0 && m.first_token + m.token_count <= end) {
            out.push_back(m);
            i += m.token_count;
        } else {
            ++i;
        }
    }
    return out;
}

std::vector<PhraseSet::Match> PhraseSet::find(const NoteContext& note) const {
    return find(note, 0, note.token_count());
}

} // namespace ca::text

namespace ca::text {

bool overlaps_any(const PhraseSet::Match& m, const std::vector<PhraseSet::Match>& others) {
    for (const PhraseSet::Match& o : others)
        if (o.first_token < m.first_token + m.token_count &&
            m.first_token < o.first_token + o.token_count)
            return true;
    return false;
}

} // namespace ca::text
