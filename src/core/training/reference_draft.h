// Case Audit - drafting a reference audit from what the app finds in a case file: how the
// built-in training pack's reference audits are written.
//
// The eight areas the evidence rules judge (training, up to date, risk, safeguarding,
// mental capacity, correspondence, timescales, given to the person) take the rule's result;
// a rule that cannot decide (training not yet due, no primary worker) gives Not applicable.
// The six writing areas take the pack author's reading of the recording-quality indicators,
// per note of the file (n = notes):
//   adequate      copied sentences, empty notes, very long entries, third-party detail:
//                 under 0.5 per note Met, under 1.5 Partly met, else Not met
//   jargon        acronyms not spelled out, jargon terms, wordy phrases: the same bounds
//   literacy      possible misspellings, sentences without a capital, passages in capitals,
//                 repeated words, lower-case "i": the same bounds
//   strengths     strengths share of strengths and deficit words at least 70% and the
//                 person's own views in at least half the notes Met; a share under 45%, no
//                 strengths words at all, or views in under a quarter of the notes Not met;
//                 else Partly met
//   fact-opinion  unlabelled judgements and decisions without a reason: under 0.3 per note
//                 Met, under 0.6 Partly met, else Not met
//   non-discriminatory  any labelling or discriminatory term Not met, none Met
// A file with no notes: the writing areas are Not met (there is no recording to judge).
// Each rationale is written in a trainer's words for the area and result, followed by what
// the file shows (the evidence's own summary), and cites the records the evidence names.
#pragma once

#include "core/audit/evidence.h"
#include "core/text/analyser.h"
#include "core/training/pack.h"

namespace ca::training {

// The reference audit of case `evidence.case_index`, judged on evidence.audit_date, from its
// evidence (case_evidence() with add_writing_indicators()) and the assistant's report.
PracticeCase draft_reference(const Extract& extract, const audit::CaseEvidence& evidence,
                             const text::CaseTextReport& report, const GradeBands& bands);

// What each area asks and where to look, in a trainer's words (the guidance of the built-in
// pack, and the Learn page).
std::string_view area_guidance(audit::CaseArea area);
// What a file looks like when the area is at `result`, in the same words the references'
// rationales open with ("" when the area has no such result: safeguarding is met or not).
std::string_view area_result_words(audit::CaseArea area, audit::AreaResult result);

} // namespace ca::training
