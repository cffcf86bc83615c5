// Case Audit - the recording-quality assistant's indicators as evidence for the six audit
// areas about the writing itself.
//
// The assistant (core/text) reads every note of the case file and counts indicators: possible
// misspellings, jargon, strengths vocabulary, unlabelled judgements, labelling language...
// This unit turns its per-case report into the evidence the checklist shows for the six
// writing areas: a summary of the counts, and the notes to look at first, each linked to the
// note. It never proposes a result: whether the recording is adequate, free of jargon or
// non-discriminatory stays the auditor's judgement (the issue's "indicators, never the
// verdict").
//
// Index of this file:
// [SECTION] Inputs from the extract
// [SECTION] Evidence for the six areas
#pragma once

#include "core/audit/evidence.h"
#include "core/policy/policy.h"
#include "core/text/analyser.h"
#include "core/text/word_lists.h"

#include <string>
#include <string_view>
#include <vector>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Inputs from the extract
// ---------------------------------------------------------------------------

// Whether a note is read for the six writing areas of an audit on `audit_date`: the file as
// it stood that day (recorded on or before it), and the practitioners' writing only, not the
// managers' own oversight notes (case audit, record of supervision discussion, manager's
// decision), which are not what the areas judge. The other areas judge the file the same
// way (evidence.h: "the file as it stood on D").
bool is_writing_note(const Note& note, Date audit_date);

// The case's notes the assistant reads for an audit on `audit_date` (is_writing_note), in
// the case's note order. The NoteInput views point into the extract and into `dates` (which
// must outlive the inputs).
std::vector<text::NoteInput> case_note_inputs(const Extract& extract, Index case_index,
                                              Date audit_date, std::vector<std::string>& dates);

// The words of the person's name ("Mary Anne Jones" -> Mary, Anne, Jones).
std::vector<std::string> person_name_words(const Extract& extract, Index person);

// Every name in the extract (people, workers, teams, the organisation), for
// TextAnalyser::add_known_words, so that names are never flagged as misspelt.
std::vector<std::string> extract_names(const Extract& extract);

// The built-in word lists plus the council's own terms from the policy file's `text`
// section (checked when the policy loaded; were they somehow not to apply, the built-in
// lists alone are returned).
text::WordLists policy_word_lists(const Policy& policy);

// The indicator's plain name, as the checklist counts it ("possible misspelling",
// "record of the person's own views"), for the case file viewer's highlights.
std::string_view indicator_name(text::Indicator indicator);

// ---------------------------------------------------------------------------
// [SECTION] Evidence for the six areas
// ---------------------------------------------------------------------------

// Fills the six writing areas of `evidence` (a case's, from case_evidence()) from the
// assistant's report on the same case's notes, as case_note_inputs() gave them for
// evidence.audit_date. The proposal
// stays Unanswered; `checked` says what the assistant looks for, `summary` gives the counts,
// and the lines name the notes with the most concerns (at most `max_lines` per area, most
// concerns first, ties in note order), each linked to its note.
void add_writing_indicators(CaseEvidence& evidence, const Extract& extract,
                            const text::CaseTextReport& report, std::size_t max_lines = 10);

} // namespace ca::audit
