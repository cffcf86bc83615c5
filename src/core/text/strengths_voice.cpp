// Case Audit - recording-quality assistant: strengths, deficits and the person's voice.
//
// Index of this file:
// [SECTION] Strengths and deficits
// [SECTION] The person's voice and attributed statements
#include "core/text/indicators.h"

namespace ca::text {

namespace {

// ---------------------------------------------------------------------------
// [SECTION] Strengths and deficits
// ---------------------------------------------------------------------------

void check_strengths(NoteContext& note, const CompiledLists& lists) {
    for (const PhraseSet::Match& m : lists.strengths.find(note)) {
        // "not able to", "no longer manages": a negated strength is a deficit.
        const bool negated =
            m.first_token > 0 && lists.negations.count(note.folded[m.first_token - 1]) != 0;
        if (negated)
            note.add(Indicator::Deficit, m.first_token - 1, m.token_count + 1,
                     "Deficit wording: what the person cannot do",
                     "also record what the person can do and what helps");
        else
            note.add(Indicator::Strength, m.first_token, m.token_count,
                     "Strength: what the person can do, enjoys or chooses");
        for (std::uint32_t k = 0; k < m.token_count; ++k)
            note.claimed[m.first_token + k] = k_claimed_list;
    }
    for (const PhraseSet::Match& m : lists.deficit.find(note)) {
        const Term& t = lists.lists.deficit.entries[m.payload];
        note.add(Indicator::Deficit, m.first_token, m.token_count,
                 "Deficit wording: \"" + t.term + "\"", t.suggestion);
        for (std::uint32_t k = 0; k < m.token_count; ++k)
            note.claimed[m.first_token + k] = k_claimed_list;
    }
}

// ---------------------------------------------------------------------------
// [SECTION] The person's voice and attributed statements
// ---------------------------------------------------------------------------

bool is_capitalised(std::string_view w) {
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

bool is_open_quote(std::string_view p) {
    return p == "\"" || p == "\xE2\x80\x9C";
}
bool is_close_quote(std::string_view p) {
    return p == "\"" || p == "\xE2\x80\x9D";
}

// Quotations of two words or more: the person's (or someone's) own words, recorded.
void check_quotations(NoteContext& note) {
    const std::uint32_t n = note.token_count();
    for (std::uint32_t i = 0; i < n; ++i) {
        if (!is_open_quote(note.token_text(i)))
            continue;
        std::uint32_t words = 0;
        std::uint32_t j = i + 1;
        for (; j < n && !is_close_quote(note.token_text(j)); ++j)
            if (note.tt.tokens[j].kind == TokenKind::Word)
                ++words;
        if (j >= n)
            return; // unbalanced: nothing more to pair
        if (words >= 2)
            note.add(Indicator::PersonsVoice, i, j - i + 1, "Quotation: words recorded as said");
        i = j;
    }
}

} // namespace

void check_strengths_voice(NoteContext& note, const CompiledLists& lists,
                           const std::unordered_set<std::string>& person_names,
                           const std::unordered_set<std::string>& known_words) {
    check_strengths(note, lists);
    check_quotations(note);
    std::vector<PhraseSet::Match> voice;
    for (const PhraseSet::Match& m : lists.voice_verbs.find(note)) {
        if (m.first_token == 0 || note.tt.tokens[m.first_token - 1].kind != TokenKind::Word)
            continue;
        const std::uint32_t subject = m.first_token - 1;
        const std::string& who = note.folded[subject];
        if (who == "i" || who == "we")
            continue; // the worker's own account
        const bool person =
            person_names.empty()
                ? (lists.voice_subjects.count(who) != 0 ||
                   (is_capitalised(note.token_text(subject)) && known_words.count(who) != 0))
                : (person_names.count(who) != 0 || lists.voice_subjects.count(who) != 0);
        if (person) {
            note.add(Indicator::PersonsVoice, subject, m.token_count + 1,
                     "The person's own view is recorded");
            voice.push_back(PhraseSet::Match{subject, m.token_count + 1, 0});
        } else {
            note.add(Indicator::AttributedFact, subject, m.token_count + 1,
                     "Statement attributed to its source");
            voice.push_back(PhraseSet::Match{subject, m.token_count + 1, 0});
        }
    }
    for (const PhraseSet::Match& m : lists.voice_phrases.find(note)) {
        const std::uint32_t count =
            m.first_token + m.token_count < note.token_count() ? m.token_count + 1 : m.token_count;
        note.add(Indicator::PersonsVoice, m.first_token, count,
                 "The person's own view is recorded");
        voice.push_back(PhraseSet::Match{m.first_token, count, 0});
    }
    for (const PhraseSet::Match& m : lists.attribution.find(note)) {
        if (overlaps_any(m, voice))
            continue;
        note.add(Indicator::AttributedFact, m.first_token, m.token_count,
                 "Statement attributed to its source");
    }
}

} // namespace ca::text
