// Case Audit - recording-quality assistant: literacy signals.
//
// Index of this file:
// [SECTION] Words in capitals
// [SECTION] Sentence checks
#include "core/text/indicators.h"

namespace ca::text {

namespace {

// ---------------------------------------------------------------------------
// [SECTION] Words in capitals
// ---------------------------------------------------------------------------

// Letters in the word: upper, lower (ASCII only; other scripts are neither).
void count_case(std::string_view w, std::uint32_t& upper, std::uint32_t& lower) {
    upper = 0;
    lower = 0;
    for (const char ch : w) {
        if (ch >= 'A' && ch <= 'Z')
            ++upper;
        else if (ch >= 'a' && ch <= 'z')
            ++lower;
    }
}

// Runs of three or more words of two or more capital letters (not all of them acronyms) in
// one sentence: shouting, or text pasted from a form. The run's tokens are claimed so that
// its words are neither acronyms nor spelling mistakes.
void check_capitals(NoteContext& note, const CompiledLists& lists) {
    for (const Sentence& s : note.tt.sentences) {
        const std::uint32_t end = s.first_token + s.token_count;
        std::uint32_t i = s.first_token;
        while (i < end) {
            std::uint32_t run_first = 0;
            std::uint32_t run_last = 0;
            std::uint32_t caps_words = 0;
            bool non_acronym = false;
            std::uint32_t j = i;
            for (; j < end; ++j) {
                const Token& t = note.tt.tokens[j];
                if (t.kind != TokenKind::Word)
                    continue; // numbers and punctuation neither extend nor break the run
                std::uint32_t up = 0;
                std::uint32_t low = 0;
                count_case(note.token_text(j), up, low);
                if (low > 0 || up == 0)
                    break;
                if (caps_words == 0)
                    run_first = j;
                run_last = j;
                if (up >= 2) {
                    ++caps_words;
                    const std::string word(note.token_text(j));
                    if (lists.acronyms.count(word) == 0 && lists.widely_understood.count(word) == 0)
                        non_acronym = true;
                }
            }
            if (caps_words >= 3 && non_acronym) {
                note.add(Indicator::Capitals, run_first, run_last - run_first + 1,
                         "Text in capitals reads as shouting and is harder to read",
                         "write in sentence case");
                for (std::uint32_t k = run_first; k <= run_last; ++k)
                    note.claimed[k] = k_claimed_capitals;
            }
            i = j + 1;
        }
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Sentence checks
// ---------------------------------------------------------------------------

bool is_lowercase_i(std::string_view w) {
    return w == "i" || w == "i'm" || w == "i've" || w == "i'd" || w == "i'll" ||
           w == "i\xE2\x80\x99m" || w == "i\xE2\x80\x99ve" ||
           w == "i\xE2\x80\x99"
                "d" ||
           w == "i\xE2\x80\x99ll";
}

} // namespace

void check_literacy(NoteContext& note, const CompiledLists& lists, const AnalysisOptions& opt) {
    check_capitals(note, lists);
    const auto& tokens = note.tt.tokens;
    for (const Sentence& s : note.tt.sentences) {
        const std::uint32_t end = s.first_token + s.token_count;
        // Capital at the start: only a sentence that starts with a word can be checked.
        const Token& first = tokens[s.first_token];
        if (first.kind == TokenKind::Word) {
            const char c0 = note.text[first.offset];
            if (c0 >= 'a' && c0 <= 'z' && !is_lowercase_i(note.token_text(s.first_token)))
                note.add(Indicator::NoCapital, s.first_token, 1,
                         "Sentence does not start with a capital letter", "start with a capital");
        }
        // Final punctuation: lines of fewer than four words are headings or labels, bullets
        // are list items, and a line ending in ':' or ';' introduces what follows.
        if (!s.terminated && !s.bullet && s.word_count >= 4) {
            const std::string_view last = note.token_text(end - 1);
            if (last != ":" && last != ";" && last != ",")
                note.add(Indicator::NoFinalPunctuation, end - 1, 1,
                         "Sentence has no full stop, question mark or exclamation mark",
                         "end the sentence with a full stop");
        }
        if (s.word_count > opt.long_sentence_words)
            note.add(Indicator::LongSentence, s.first_token, s.token_count,
                     "Very long sentence (" + std::to_string(s.word_count) + " words)",
                     "split it into shorter sentences");
        for (std::uint32_t i = s.first_token; i < end; ++i) {
            if (tokens[i].kind != TokenKind::Word)
                continue;
            if (is_lowercase_i(note.token_text(i)))
                note.add(Indicator::LowercaseI, i, 1, "Lower-case \"i\"", "I");
            // Repeated word: the next token is the same word, with nothing between.
            if (i + 1 < end && tokens[i + 1].kind == TokenKind::Word &&
                note.folded[i] == note.folded[i + 1] &&
                lists.allowed_doubles.count(note.folded[i] + " " + note.folded[i + 1]) == 0)
                note.add(Indicator::RepeatedWord, i, 2,
                         "Repeated word \"" + std::string(note.token_text(i + 1)) + "\"",
                         std::string(note.token_text(i)));
        }
    }
}

} // namespace ca::text
