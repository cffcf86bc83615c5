// Case Audit - recording-quality assistant: spelling and American spellings.
//
// Skipped: numbers, acronyms, abbreviations with dots, words covered by another list
// finding, the social care words, and the known words (names from the extract, "Add to
// dictionary"); a possessive "'s" is ignored for the last two. A hyphenated word that
// hunspell does not know is accepted when each part is a word.
#include "core/text/indicators.h"

namespace ca::text {

namespace {

bool has_digit_or_dot(std::string_view w) {
    for (const char ch : w)
        if ((ch >= '0' && ch <= '9') || ch == '.' || ch == '&')
            return true;
    return false;
}

std::string strip_possessive(const std::string& folded) {
    if (folded.size() > 2 && folded.compare(folded.size() - 2, 2, "'s") == 0)
        return folded.substr(0, folded.size() - 2);
    return folded;
}

// The form hunspell is given: U+2019 turned into an ASCII apostrophe, case kept.
std::string hunspell_form(std::string_view w) {
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i] == '\xE2' && i + 2 < w.size() && w[i + 1] == '\x80' && w[i + 2] == '\x99') {
            out.push_back('\'');
            i += 2;
        } else {
            out.push_back(w[i]);
        }
    }
    return out;
}

bool accepted(const std::string& folded, const CompiledLists& lists,
              const std::unordered_set<std::string>& known_words) {
    const std::string base = strip_possessive(folded);
    return lists.accepted_words.count(folded) != 0 || lists.accepted_words.count(base) != 0 ||
           known_words.count(folded) != 0 || known_words.count(base) != 0;
}

bool correct(const std::string& word, const std::string& folded, const CompiledLists& lists,
             Speller& speller, const std::unordered_set<std::string>& known_words) {
    if (accepted(folded, lists, known_words) || speller.correct(word))
        return true;
    if (word.find('-') == std::string::npos)
        return false;
    std::size_t start = 0;
    while (start <= word.size()) {
        std::size_t end = word.find('-', start);
        if (end == std::string::npos)
            end = word.size();
        const std::string part = word.substr(start, end - start);
        if (part.empty() ||
            !(accepted(fold_case(part), lists, known_words) || speller.correct(part)))
            return false;
        start = end + 1;
    }
    return true;
}

} // namespace

void check_spelling(NoteContext& note, const CompiledLists& lists, Speller& speller,
                    const std::unordered_set<std::string>& known_words,
                    const AnalysisOptions& opt) {
    for (std::uint32_t i = 0; i < note.token_count(); ++i) {
        if (note.tt.tokens[i].kind != TokenKind::Word || note.claimed[i])
            continue;
        const std::string_view text = note.token_text(i);
        if (text.size() < 2 || has_digit_or_dot(text) || !acronym_of(text).empty())
            continue;
        const std::string& folded = note.folded[i];
        auto am = lists.american.find(folded);
        if (am != lists.american.end()) {
            note.add(Indicator::AmericanSpelling, i, 1,
                     "American spelling: \"" + std::string(text) + "\"", am->second);
            continue;
        }
        const std::string word = hunspell_form(text);
        if (correct(word, folded, lists, speller, known_words))
            continue;
        std::string msg = "Not in the British English dictionary";
        if (text[0] >= 'A' && text[0] <= 'Z')
            msg += " (a name? add it to the dictionary)";
        std::string suggestion;
        if (opt.spelling_suggestions) {
            for (const std::string& s : speller.suggest(word, opt.max_suggestions)) {
                if (!suggestion.empty())
                    suggestion += ", ";
                suggestion += s;
            }
        }
        note.add(Indicator::Spelling, i, 1, std::move(msg), std::move(suggestion));
    }
}

} // namespace ca::text
