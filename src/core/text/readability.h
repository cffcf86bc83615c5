// Case Audit - recording-quality assistant: syllables and the Flesch formulas.
//
// Flesch reading ease (Flesch 1948) and the Flesch-Kincaid grade level (Kincaid et al.
// 1975) with their standard constants:
//   FRE  = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)
//   FKGL = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
// The formulas and the syllable counter are separate so that each is tested on its own:
// the formulas against published worked examples, the counter against dictionary counts.
//
// Index of this file:
// [SECTION] Syllables
// [SECTION] Formulas
// [SECTION] Counts of a text
#pragma once

#include <cstdint>
#include <string_view>

namespace ca::text {

struct NoteContext;

// ---------------------------------------------------------------------------
// [SECTION] Syllables
// ---------------------------------------------------------------------------

// English syllables of one word, by rule (see readability.cpp): vowel groups, with
// corrections for silent final -e, -es and -ed, consonant -le, "qu", and vowel pairs that
// are two syllables ("Australian", "actual"), plus a small table of exceptions. At least 1
// for any word with a letter, 0 for none. Hyphenated words are the sum of their parts.
std::uint32_t count_syllables(std::string_view word);

// ---------------------------------------------------------------------------
// [SECTION] Formulas
// ---------------------------------------------------------------------------

// Both need words > 0 and sentences > 0 (callers check available()).
double flesch_reading_ease(double words, double sentences, double syllables);
double flesch_kincaid_grade(double words, double sentences, double syllables);

// ---------------------------------------------------------------------------
// [SECTION] Counts of a text
// ---------------------------------------------------------------------------

struct Readability {
    std::uint32_t words = 0;     // word tokens (numbers are not words here)
    std::uint32_t sentences = 0; // sentences with at least one word
    std::uint32_t syllables = 0;

    bool available() const { return words > 0 && sentences > 0; }
    double reading_ease() const { return flesch_reading_ease(words, sentences, syllables); }
    double grade() const { return flesch_kincaid_grade(words, sentences, syllables); }
    Readability& operator+=(const Readability& o) {
        words += o.words;
        sentences += o.sentences;
        syllables += o.syllables;
        return *this;
    }
};

Readability measure_readability(const NoteContext& note);

} // namespace ca::text
