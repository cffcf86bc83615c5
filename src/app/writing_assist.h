// Case Audit - the recording-quality assistant in the app: one analyser per extract.
//
// Building a text::TextAnalyser loads the British English dictionary (the slow part, about a
// third of a second in the browser), and the names of an extract are added to it once: so
// the app keeps one, rebuilt only when the extract or the auditor's own dictionary words
// change, and analyses a case file when its audit opens (never per frame).
#pragma once

#include "core/audit/evidence.h"
#include "core/extract/model.h"

#include <memory>
#include <string>
#include <vector>

namespace ca::app {

// Fills the six writing areas of `evidence` (a case's) with the assistant's indicators for
// that case's notes. `dictionary`: the workbook's "Add to dictionary" words.
void add_writing_evidence(audit::CaseEvidence& evidence,
                          const std::shared_ptr<const Extract>& extract,
                          const std::vector<std::string>& dictionary);

} // namespace ca::app
