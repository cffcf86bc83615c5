// Case Audit - the recording-quality assistant in the app: one analyser per extract.
#include "app/writing_assist.h"

#include "core/audit/writing_evidence.h"
#include "core/text/analyser.h"

#include <memory>

namespace ca::app {

namespace {

// The analyser and what it was built for. One per process: the app shows one extract at a
// time, and a second analyser would hold a second copy of the dictionary.
struct Assistant {
    std::weak_ptr<const Extract> extract; // weak: a freed extract's address may be reused
    std::vector<std::string> dictionary;
    std::unique_ptr<text::TextAnalyser> analyser;
};

text::TextAnalyser& analyser_for(const std::shared_ptr<const Extract>& extract,
                                 const std::vector<std::string>& dictionary) {
    static Assistant a;
    if (!a.analyser || a.extract.lock() != extract || a.dictionary != dictionary) {
        a.analyser = std::make_unique<text::TextAnalyser>();
        a.analyser->add_known_words(audit::extract_names(*extract));
        a.analyser->add_known_words(dictionary);
        a.extract = extract;
        a.dictionary = dictionary;
    }
    return *a.analyser;
}

} // namespace

void add_writing_evidence(audit::CaseEvidence& evidence,
                          const std::shared_ptr<const Extract>& extract_ptr,
                          const std::vector<std::string>& dictionary) {
    if (!extract_ptr || evidence.case_index >= extract_ptr->cases.size())
        return;
    const Extract& extract = *extract_ptr;
    text::TextAnalyser& analyser = analyser_for(extract_ptr, dictionary);
    std::vector<std::string> dates;
    const std::vector<text::NoteInput> notes =
        audit::case_note_inputs(extract, evidence.case_index, dates);
    const text::CaseTextReport report = analyser.analyse_case(
        notes, audit::person_name_words(extract, extract.cases[evidence.case_index].person));
    audit::add_writing_indicators(evidence, extract, report);
}

} // namespace ca::app
