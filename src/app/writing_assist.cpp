// Case Audit - the recording-quality assistant in the app: one analyser per extract. See
// writing_assist.h.
#include "app/writing_assist.h"

#include "core/audit/writing_evidence.h"
#include "core/text/analyser.h"

#include <memory>

namespace ca::app {

void WritingAssistant::add_writing_evidence(audit::CaseEvidence& evidence, const Extract& extract,
                                            const std::vector<std::string>& dictionary,
                                            const Policy& policy, const Revisions& now) {
    if (evidence.case_index >= extract.cases.size())
        return;
    if (!analyser_ || analyser_built_.stale(now)) {
        // The council's own terms from the policy file join the built-in lists.
        analyser_ = std::make_unique<text::TextAnalyser>(audit::policy_word_lists(policy));
        analyser_->add_known_words(audit::extract_names(extract));
        analyser_->add_known_words(dictionary);
        analyser_built_.built(now);
    }
    std::vector<std::string> dates;
    const std::vector<text::NoteInput> notes =
        audit::case_note_inputs(extract, evidence.case_index, evidence.audit_date, dates);
    report_ = analyser_->analyse_case(
        notes, audit::person_name_words(extract, extract.cases[evidence.case_index].person));
    report_extract_ = &extract;
    report_case_ = evidence.case_index;
    ++generation_;
    audit::add_writing_indicators(evidence, extract, report_);
}

const text::CaseTextReport* WritingAssistant::report(const Extract& extract,
                                                     Index case_index) const {
    if (report_case_ != case_index || report_extract_ != &extract)
        return nullptr;
    return &report_;
}

std::vector<std::string> WritingAssistant::suggestions(std::string_view word) const {
    if (!analyser_ || word.empty())
        return {};
    std::vector<std::string> out = analyser_->suggest(word);
    if (out.size() > 3)
        out.resize(3);
    return out;
}

} // namespace ca::app
