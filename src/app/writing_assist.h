// Case Audit - the recording-quality assistant in the app: one analyser per extract.
//
// Building a text::TextAnalyser loads the British English dictionary (the slow part, about a
// third of a second in the browser), and the names of an extract are added to it once: so
// the app keeps one (in the audit workspace, AuditWorkspace::writing), rebuilt only when the
// extract, the policy's council terms or the auditor's own dictionary words change
// (k_depends_analyser, core/revisions.h), and analyses a case file when its audit opens
// (never per frame).
#pragma once

#include "core/audit/evidence.h"
#include "core/extract/model.h"
#include "core/policy/policy.h"
#include "core/revisions.h"
#include "core/text/analyser.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ca::app {

class WritingAssistant {
public:
    // Fills the six writing areas of `evidence` (a case's) with the assistant's indicators for
    // that case's notes. `dictionary`: the workbook's "Add to dictionary" words; `policy`: its
    // `text` section adds the council's own terms to the built-in lists; `now`: the app's
    // revisions, which say whether the analyser must be built again.
    void add_writing_evidence(audit::CaseEvidence& evidence, const Extract& extract,
                              const std::vector<std::string>& dictionary, const Policy& policy,
                              const Revisions& now);

    // The report of the last add_writing_evidence() call, when it was about case `case_index`
    // of `extract` (the case file viewer highlights its findings); else nullptr. report.notes
    // follow the case's notes in the extract's order.
    const text::CaseTextReport* report(const Extract& extract, Index case_index) const;
    // Goes up by one each time the report is replaced (a new audit, a word added to the
    // dictionary), so that a view knows its layout of the highlights is out of date.
    std::uint32_t generation() const { return generation_; }

    // Spelling suggestions for `word` from the same analyser (its dictionary and the
    // extract's names), at most three. Costs 50 to 100 ms: ask once per word, on hover, and
    // keep the answer. Empty when no analyser has been built yet.
    std::vector<std::string> suggestions(std::string_view word) const;

private:
    std::unique_ptr<text::TextAnalyser> analyser_;
    BuiltFrom analyser_built_{k_depends_analyser};
    // The last case analysed, kept for the case file viewer's highlights.
    // Compared, never read through. The workspace, and this with it, starts again empty for
    // each new extract (reset_audit_state), so a new extract at a freed one's address never
    // finds the old report.
    const Extract* report_extract_ = nullptr;
    Index report_case_ = k_no_index;
    text::CaseTextReport report_;
    std::uint32_t generation_ = 0;
};

} // namespace ca::app
