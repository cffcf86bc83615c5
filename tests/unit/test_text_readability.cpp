// Unit tests: syllable counter and Flesch formulas (src/core/text/readability.h).
//
// Index of this file:
// [SECTION] Syllable counter against dictionary counts
// [SECTION] Flesch formulas against published worked examples
// [SECTION] Readability of a note
#include "core/text/note_context.h"
#include "core/text/readability.h"

#include <catch2/catch.hpp>

#include <unordered_set>

using ca::text::count_syllables;

// ---------------------------------------------------------------------------
// [SECTION] Syllable counter against dictionary counts
// ---------------------------------------------------------------------------

TEST_CASE("syllable counter matches dictionary syllable counts", "[text]") {
    // Counts as divided in the Oxford and Merriam-Webster dictionaries, e.g. ta-ble,
    // Aus-tra-li-an, rep-til-i-an, ac-tu-al.
    struct Case {
        const char* word;
        std::uint32_t syllables;
    };
    const Case cases[] = {
        {"the", 1},          {"cat", 1},          {"a", 1},        {"yes", 1},
        {"young", 1},        {"make", 1},         {"makes", 1},    {"smile", 1},
        {"walked", 1},       {"played", 1},       {"lived", 1},    {"toes", 1},
        {"table", 2},        {"little", 2},       {"tables", 2},   {"wanted", 2},
        {"needed", 2},       {"carried", 2},      {"agreed", 2},   {"boxes", 2},
        {"places", 2},       {"happy", 2},        {"hybrid", 2},   {"mammal", 2},
        {"creature", 2},     {"social", 2},       {"nation", 2},   {"daughter", 2},
        {"review", 2},       {"cooking", 2},      {"Tuesday", 2},  {"doctor", 2},
        {"mother", 2},       {"people", 2},       {"platypus", 3}, {"seemingly", 3},
        {"actual", 3},       {"usual", 3},        {"quality", 3},  {"various", 3},
        {"video", 3},        {"autism", 3},       {"hospital", 3}, {"visited", 3},
        {"decided", 3},      {"assessment", 3},   {"dementia", 3}, {"wellbeing", 3},
        {"Australian", 4},   {"reptilian", 4},    {"capacity", 4}, {"medication", 4},
        {"independence", 4}, {"safeguarding", 4}, {"idea", 3},     {"every", 2},
    };
    for (const Case& c : cases) {
        INFO(c.word);
        CHECK(count_syllables(c.word) == c.syllables);
    }
}

TEST_CASE("syllable counter: hyphens, apostrophes, capitals and no letters", "[text]") {
    CHECK(count_syllables("well-being") == 3);    // well (1) + be-ing (2)
    CHECK(count_syllables("non-compliant") == 4); // non (1) + com-pli-ant (3)
    CHECK(count_syllables("don't") == 1);         // read as "dont"
    CHECK(count_syllables("REVIEW") == 2);        // case does not matter
    CHECK(count_syllables("") == 0);
    CHECK(count_syllables("123") == 0);
    CHECK(count_syllables("--") == 0);
    CHECK(count_syllables("b") == 1); // a word with a letter has at least one syllable
}

// ---------------------------------------------------------------------------
// [SECTION] Flesch formulas against published worked examples
// ---------------------------------------------------------------------------

TEST_CASE("Flesch-Kincaid grade: Wikipedia's worked examples", "[text]") {
    // "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature" is
    // "an 11.3 as it has 24 syllables and 13 words" (Wikipedia, Flesch-Kincaid readability
    // tests): 0.39 * 13/1 + 11.8 * 24/13 - 15.59 = 5.07 + 21.7846 - 15.59 = 11.2646 -> 11.3.
    CHECK(ca::text::flesch_kincaid_grade(13, 1, 24) == Approx(11.2646).epsilon(1e-4));
    // "The lowest grade level score in theory is -3.40": one one-syllable word per sentence,
    // 0.39 * 1 + 11.8 * 1 - 15.59 = -3.40.
    CHECK(ca::text::flesch_kincaid_grade(1, 1, 1) == Approx(-3.40));
    // Dr. Seuss "averaging 5.7 words per sentence and 1.02 syllables per word, with a grade
    // level of -1.3": 0.39 * 5.7 + 11.8 * 1.02 - 15.59 = 2.223 + 12.036 - 15.59 = -1.331.
    CHECK(ca::text::flesch_kincaid_grade(57, 10, 58.14) == Approx(-1.331));
}

TEST_CASE("Flesch reading ease: Wikipedia's worked examples", "[text]") {
    // Highest possible score 121.22, one one-syllable word per sentence:
    // 206.835 - 1.015 * 1 - 84.6 * 1 = 121.22.
    CHECK(ca::text::flesch_reading_ease(1, 1, 1) == Approx(121.22));
    // "The cat sat on the mat." has a score of 116: 6 words, 1 sentence, 6 syllables:
    // 206.835 - 1.015 * 6 - 84.6 * 1 = 206.835 - 6.09 - 84.6 = 116.145.
    CHECK(ca::text::flesch_reading_ease(6, 1, 6) == Approx(116.145));
    // The platypus sentence with Wikipedia's counts (13 words, 24 syllables):
    // 206.835 - 1.015 * 13 - 84.6 * 24/13 = 206.835 - 13.195 - 156.1846 = 37.4554.
    CHECK(ca::text::flesch_reading_ease(13, 1, 24) == Approx(37.4554).epsilon(1e-4));
}

// ---------------------------------------------------------------------------
// [SECTION] Readability of a note
// ---------------------------------------------------------------------------

TEST_CASE("readability counts words, sentences and syllables of a note", "[text]") {
    const std::unordered_set<std::string> no_abbreviations;
    // Dictionary count for the platypus sentence: The 1, Aus-tra-li-an 4, plat-y-pus 3, is 1,
    // seem-ing-ly 3, a 1, hy-brid 2, of 1, a 1, mam-mal 2, and 1, rep-til-i-an 4,
    // crea-ture 2 = 26 (Wikipedia's 24 reads Australian and reptilian as 3 each).
    const ca::text::NoteContext n(
        "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.",
        no_abbreviations);
    const ca::text::Readability r = ca::text::measure_readability(n);
    CHECK(r.words == 13);
    CHECK(r.sentences == 1);
    CHECK(r.syllables == 26);
    // 0.39 * 13 + 11.8 * 26/13 - 15.59 = 5.07 + 23.6 - 15.59 = 13.08
    CHECK(r.grade() == Approx(13.08));

    // "The cat sat on the mat. It was 10:30." : numbers are not words; 2 sentences,
    // 6 + 2 = 8 words of one syllable each.
    const ca::text::NoteContext m("The cat sat on the mat. It was 10:30.", no_abbreviations);
    const ca::text::Readability q = ca::text::measure_readability(m);
    CHECK(q.words == 8);
    CHECK(q.sentences == 2);
    CHECK(q.syllables == 8);
    // 206.835 - 1.015 * 4 - 84.6 * 1 = 118.175
    CHECK(q.reading_ease() == Approx(118.175));

    const ca::text::NoteContext empty("  ... ", no_abbreviations);
    CHECK_FALSE(ca::text::measure_readability(empty).available());
}
