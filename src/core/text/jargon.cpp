// Case Audit - recording-quality assistant: jargon, wordy phrases and acronyms.
//
// Index of this file:
// [SECTION] Jargon and wordy phrases
// [SECTION] Acronyms
#include "core/text/indicators.h"

namespace ca::text {

// ---------------------------------------------------------------------------
// [SECTION] Jargon and wordy phrases
// ---------------------------------------------------------------------------

void check_jargon(NoteContext& note, const CompiledLists& lists) {
    const auto allow = lists.jargon_allow.find(note);
    for (const PhraseSet::Match& m : lists.jargon.find(note)) {
        if (overlaps_any(m, allow))
            continue;
        const Term& t = lists.lists.jargon.entries[m.payload];
        std::string msg = "Jargon: \"" + t.term + "\"";
        if (!t.note.empty())
            msg += ". " + t.note;
        note.add(Indicator::Jargon, m.first_token, m.token_count, std::move(msg), t.suggestion);
        for (std::uint32_t k = 0; k < m.token_count; ++k)
            note.claimed[m.first_token + k] = 1;
    }
    for (const PhraseSet::Match& m : lists.wordy_set.find(note)) {
        if (overlaps_any(m, allow))
            continue;
        const Term& t = lists.wordy[m.payload];
        std::string msg = "Wordy or vague: \"" + t.term + "\"";
        if (!t.note.empty())
            msg += ". " + t.note;
        note.add(Indicator::WordyPhrase, m.first_token, m.token_count, std::move(msg),
                 t.suggestion);
        for (std::uint32_t k = 0; k < m.token_count; ++k)
            note.claimed[m.first_token + k] = 1;
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Acronyms
// ---------------------------------------------------------------------------

std::string acronym_of(std::string_view word) {
    std::string_view w = word;
    if (w.size() >= 3 && w.back() == 's' && w[w.size() - 2] >= 'A' && w[w.size() - 2] <= 'Z')
        w.remove_suffix(1); // plural "GPs"
    if (w.empty() || w.size() > 10 || !(w[0] >= 'A' && w[0] <= 'Z'))
        return {};
    std::uint32_t upper = 0;
    std::uint32_t lower = 0;
    for (const char ch : w) {
        if (ch >= 'A' && ch <= 'Z')
            ++upper;
        else if (ch >= 'a' && ch <= 'z')
            ++lower;
        else if (ch != '&')
            return {}; // digits, apostrophes, hyphens, other scripts: not an acronym
    }
    if (upper < 2 || lower > 1)
        return {};
    return std::string(w);
}

namespace {

bool is_stop_word(const std::string& folded) {
    return folded == "of" || folded == "and" || folded == "the" || folded == "for" ||
           folded == "to" || folded == "in" || folded == "on" || folded == "with" ||
           folded == "a" || folded == "an" || folded == "&";
}

// The letters an expansion must give: capitals only ("DoLS" -> "DLS"), or every letter in
// upper case ("DoLS" -> "DOLS", for "Deprivation of Liberty Safeguards" read in full).
std::string capitals(const std::string& a) {
    std::string out;
    for (const char ch : a)
        if (ch >= 'A' && ch <= 'Z')
            out.push_back(ch);
    return out;
}
std::string all_letters_upper(const std::string& a) {
    std::string out;
    for (const char ch : a)
        if (ch >= 'a' && ch <= 'z')
            out.push_back(static_cast<char>(ch - 'a' + 'A'));
        else if (ch >= 'A' && ch <= 'Z')
            out.push_back(ch);
    return out;
}

char initial(const NoteContext& note, std::uint32_t i) {
    const char c = note.folded[i][0];
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// Whether the words in [first, end) (in text order) have the acronym's initials, either
// skipping the small words or counting every word.
bool initials_match(const NoteContext& note, std::uint32_t first, std::uint32_t end,
                    const std::string& acronym) {
    std::string significant;
    std::string every;
    for (std::uint32_t k = first; k < end; ++k) {
        if (note.tt.tokens[k].kind != TokenKind::Word)
            continue;
        every.push_back(initial(note, k));
        if (!is_stop_word(note.folded[k]))
            significant.push_back(initial(note, k));
    }
    const std::string caps = capitals(acronym);
    const std::string all = all_letters_upper(acronym);
    return significant == caps || every == all || every == caps;
}

bool spelled_out_here(const NoteContext& note, std::uint32_t i, const std::string& acronym,
                      const std::string& folded_text, const CompiledLists& lists) {
    const std::uint32_t n = note.token_count();
    const std::uint32_t sentence = note.sentence_of[i];
    const Sentence& s = note.tt.sentences[sentence];
    const std::uint32_t s_first = s.first_token;
    // "Mental Capacity Act (MCA)": try the last k words before the bracket.
    if (i >= 2 && i + 1 < n && note.token_text(i - 1) == "(" && note.token_text(i + 1) == ")") {
        const std::uint32_t close = i - 1;
        std::uint32_t start = close;
        for (std::uint32_t words = 0; start > s_first && words < acronym.size() + 4;) {
            --start;
            if (note.tt.tokens[start].kind == TokenKind::Word)
                ++words;
            if (initials_match(note, start, close, acronym))
                return true;
        }
    }
    // "MCA (Mental Capacity Act)".
    if (i + 2 < n && note.token_text(i + 1) == "(") {
        std::uint32_t close = i + 2;
        while (close < n && note.token_text(close) != ")" && close - i < 16)
            ++close;
        if (close < n && note.token_text(close) == ")" &&
            initials_match(note, i + 2, close, acronym))
            return true;
    }
    // The known expansion anywhere before the end of this sentence.
    auto it = lists.acronyms.find(acronym);
    if (it != lists.acronyms.end() && !it->second.empty()) {
        const Token& last = note.tt.tokens[s.first_token + s.token_count - 1];
        const std::size_t limit = last.offset + last.length;
        const std::size_t at = folded_text.find(fold_case(it->second));
        if (at != std::string::npos && at < limit)
            return true;
    }
    return false;
}

} // namespace

std::vector<AcronymUse> find_acronyms(NoteContext& note, const CompiledLists& lists) {
    std::vector<AcronymUse> out;
    std::string folded_text;
    for (std::uint32_t i = 0; i < note.token_count(); ++i) {
        if (note.tt.tokens[i].kind != TokenKind::Word || note.claimed[i] == k_claimed_capitals)
            continue;
        std::string a = acronym_of(note.token_text(i));
        if (a.empty())
            continue;
        note.claimed[i] = 1; // acronyms are not spelling mistakes
        if (lists.widely_understood.count(a) != 0)
            continue;
        if (folded_text.empty())
            folded_text = fold_case(note.text);
        const bool spelled = spelled_out_here(note, i, a, folded_text, lists);
        out.push_back(AcronymUse{std::move(a), i, spelled});
    }
    return out;
}

} // namespace ca::text
