// Case Audit - recording-quality assistant: the indicators, one small unit each (internal).
//
// Each function reads one note and appends its findings to note.findings. They run in the
// order of analyser.cpp: list-based checks mark the tokens they cover as `claimed`, so that
// spelling, which runs last, does not also flag a listed term.
#pragma once

#include "core/text/analyser.h"
#include "core/text/compiled_lists.h"
#include "core/text/note_context.h"
#include "core/text/speller.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace ca::text {

// literacy.cpp: repeated words, capitals and final punctuation of sentences, long
// sentences, lower-case "i", text in capitals.
void check_literacy(NoteContext& note, const CompiledLists& lists, const AnalysisOptions& opt);

// jargon.cpp: social care jargon and wordy phrases.
void check_jargon(NoteContext& note, const CompiledLists& lists);

// jargon.cpp: acronyms. A word with at least two capitals and at most one lower-case letter
// ("MCA", "DoLS", "GPs" -> "GP"), not in the widely understood list.
struct AcronymUse {
    std::string acronym;
    std::uint32_t token = 0;
    bool spelled_out = false; // "Mental Capacity Act (MCA)", "MCA (Mental Capacity Act)", or
                              // the known expansion earlier in the note or in its sentence
};
std::vector<AcronymUse> find_acronyms(NoteContext& note, const CompiledLists& lists);
// The acronym a word stands for ("GPs" -> "GP"), or empty when it is not one.
std::string acronym_of(std::string_view word);

// strengths_voice.cpp: strengths and deficit vocabulary, the person's own voice, and
// statements attributed to someone else.
void check_strengths_voice(NoteContext& note, const CompiledLists& lists,
                           const std::unordered_set<std::string>& person_names,
                           const std::unordered_set<std::string>& known_words);

// fact_opinion.cpp: observation, labelled opinion, unlabelled evaluative words, reasons and
// decisions without one. Runs after check_strengths_voice (it reads its findings).
void check_fact_opinion(NoteContext& note, const CompiledLists& lists);

// discriminatory.cpp: labelling and discriminatory terms, minus the allow-list.
void check_discriminatory(NoteContext& note, const CompiledLists& lists);

// excess.cpp: very long, empty and near-empty notes, third-party detail.
void check_excess(NoteContext& note, const CompiledLists& lists, const AnalysisOptions& opt,
                  std::uint32_t words);

// spelling.cpp: hunspell, the social care words, known words and American spellings.
void check_spelling(NoteContext& note, const CompiledLists& lists, Speller& speller,
                    const std::unordered_set<std::string>& known_words, const AnalysisOptions& opt);

} // namespace ca::text
