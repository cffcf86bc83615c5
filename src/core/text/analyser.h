// Case Audit - recording-quality assistant: analysing notes and case files.
//
// Six of the policy's audit areas are about the writing itself. The assistant reads every
// note of a case file and returns highlights (TextFinding: where, which indicator, a short
// explanation and a suggestion) and a per-case summary for the checklist. It gives
// indicators, never the verdict: the manager decides.
//
// Inputs are plain (id, date, text of each note) so the module does not depend on the
// extract model; the names found in the extract (people, workers, teams, places) and the
// workbook's "Add to dictionary" words are given as known words so they are not flagged.
//
// Typical use (the case-file viewer and the checklist):
//   ca::text::TextAnalyser analyser;                // once: loads the dictionary
//   analyser.add_known_words(names_from_extract);   // once per extract
//   auto report = analyser.analyse_case(notes, {"Mary", "Jones"});
//   // report.notes[i].findings: highlights for note i (input order)
//   // report.summary: counts per indicator and per area, readability, voice...
//
// Index of this file:
// [SECTION] Inputs and options
// [SECTION] Results
// [SECTION] TextAnalyser
#pragma once

#include "core/text/finding.h"
#include "core/text/readability.h"
#include "core/text/word_lists.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca::text {

// ---------------------------------------------------------------------------
// [SECTION] Inputs and options
// ---------------------------------------------------------------------------

// One case note. The views must stay valid during the call only. `date` is ISO 8601
// ("2026-03-01" or "2026-03-01T10:30"): notes are put in chronological order by comparing
// it as text, ties kept in input order.
struct NoteInput {
    std::string_view id;
    std::string_view date;
    std::string_view text;
};

struct AnalysisOptions {
    std::uint32_t long_sentence_words = 35;   // LongSentence above this many words
    std::uint32_t long_entry_words = 600;     // VeryLongEntry above this many words
    std::uint32_t near_empty_words = 5;       // EmptyNote below this many words
    std::uint32_t copied_min_words = 10;      // CopiedText: sentences of at least this many
    std::uint32_t readability_min_words = 30; // HardToRead needs this many words
    double hard_to_read_below = 30.0;         // HardToRead: Flesch reading ease under this
    // Hunspell suggestions in Spelling findings. Off by default: suggesting costs 50 to 100
    // ms per distinct misspelt word (docs/performance.md), far more than the rest of a case
    // file; the viewer asks TextAnalyser::suggest() for the word under the pointer instead.
    bool spelling_suggestions = false;
    std::uint32_t max_suggestions = 3;
};

// ---------------------------------------------------------------------------
// [SECTION] Results
// ---------------------------------------------------------------------------

struct NoteTextReport {
    std::string id;
    std::vector<TextFinding> findings; // sorted by offset, then indicator
    Readability readability;
    std::uint32_t strengths = 0; // Strength findings
    std::uint32_t deficits = 0;  // Deficit findings
    bool persons_voice = false;  // at least one PersonsVoice finding
};

// An acronym whose first use in the case file (chronological order) is not spelled out.
struct AcronymFirstUse {
    std::string acronym;
    std::string note_id;
    std::string date;
    std::uint32_t offset = 0;
    std::string expansion; // from the acronym list, or empty when unknown
};

struct CaseTextSummary {
    std::uint32_t notes = 0;
    std::array<std::uint32_t, k_indicator_count> per_indicator{};
    std::array<std::uint32_t, k_audit_area_count> concerns_per_area{};
    std::array<std::uint32_t, k_audit_area_count> evidence_per_area{};
    Readability readability; // all notes together
    std::uint32_t strengths = 0;
    std::uint32_t deficits = 0;
    // strengths / (strengths + deficits); empty when neither was found.
    std::optional<double> strengths_share;
    bool persons_voice = false;
    std::uint32_t notes_with_voice = 0;
    std::vector<AcronymFirstUse> acronyms_not_spelled_out; // in chronological order

    std::uint32_t count(Indicator i) const { return per_indicator[static_cast<std::size_t>(i)]; }
    std::uint32_t concerns(AuditArea a) const {
        return concerns_per_area[static_cast<std::size_t>(a)];
    }
    std::uint32_t evidence(AuditArea a) const {
        return evidence_per_area[static_cast<std::size_t>(a)];
    }
};

struct CaseTextReport {
    std::vector<NoteTextReport> notes; // same order as the input
    CaseTextSummary summary;
};

// ---------------------------------------------------------------------------
// [SECTION] TextAnalyser
// ---------------------------------------------------------------------------

class TextAnalyser {
public:
    // Compiles the lists and loads the dictionary (the slow part: create one and keep it).
    explicit TextAnalyser(const WordLists& lists = default_word_lists(),
                          AnalysisOptions options = {});
    ~TextAnalyser();
    TextAnalyser(const TextAnalyser&) = delete;
    TextAnalyser& operator=(const TextAnalyser&) = delete;

    // Names from the extract and "Add to dictionary" words: never flagged as spelling
    // mistakes (each word of a multi-word name counts; case is ignored).
    void add_known_words(const std::vector<std::string>& words);

    // A whole case file. `person_names`: the person's own names (first name, surname), so
    // that "Mary said" counts as the person's voice while "the GP said" is an attributed
    // fact. Acronyms and copied text are judged across the notes in chronological order.
    CaseTextReport analyse_case(const std::vector<NoteInput>& notes,
                                const std::vector<std::string>& person_names = {});

    // One note on its own (acronyms and copied text judged within the note).
    NoteTextReport analyse_note(const NoteInput& note,
                                const std::vector<std::string>& person_names = {});

    // Suggestions for one word (for a viewer that asks on hover).
    std::vector<std::string> suggest(std::string_view word);

    const AnalysisOptions& options() const { return options_; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    AnalysisOptions options_;
};

} // namespace ca::text
