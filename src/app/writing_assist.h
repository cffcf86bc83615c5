// Case Audit - the recording-quality assistant in the app: one analyser per extract.
//
// Building a text::TextAnalyser loads the British English dictionary (the slow part, about a
// third of a second in the browser), and the names of an extract are added to it once: so
// the app keeps one, rebuilt only when the extract or the auditor's own dictionary words
// change, and analyses a case file when its audit opens (never per frame).
#pragma once

#include "core/audit/evidence.h"
#include "core/extract/model.h"
#include "core/policy/policy.h"
#include "core/text/analyser.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ca::app {

// Fills the six writing areas of `evidence` (a case's) with the assistant's indicators for
// that case's notes. `dictionary`: the workbook's "Add to dictionary" words; `policy`: its
// `text` section adds the council's own terms to the built-in lists.
void add_writing_evidence(audit::CaseEvidence& evidence,
                          const std::shared_ptr<const Extract>& extract,
                          const std::vector<std::string>& dictionary, const Policy& policy);

// The assistant's report from the last add_writing_evidence() call, when it was about case
// `case_index` of `extract` (the case file viewer highlights its findings); else nullptr.
// report.notes follow the case's notes in the extract's order.
const text::CaseTextReport* writing_report(const Extract& extract, Index case_index);
// Goes up by one each time the report is replaced (a new audit, a word added to the
// dictionary), so that a view knows its layout of the highlights is out of date.
std::uint32_t writing_report_generation();

// Spelling suggestions for `word` from the same analyser (its dictionary and the extract's
// names), at most three. Costs 50 to 100 ms: ask once per word, on hover, and keep the
// answer. Empty when no analyser has been built yet.
std::vector<std::string> spelling_suggestions(std::string_view word);

} // namespace ca::app
