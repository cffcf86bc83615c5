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
    std::string council_terms; // the policy's `text` section the lists were built with
    std::unique_ptr<text::TextAnalyser> analyser;
    // The last case analysed, kept for the case file viewer's highlights.
    std::weak_ptr<const Extract> report_extract;
    Index report_case = k_no_index;
    text::CaseTextReport report;
    std::uint32_t generation = 0;
};

Assistant& assistant() {
    static Assistant a;
    return a;
}

text::TextAnalyser& analyser_for(const std::shared_ptr<const Extract>& extract,
                                 const std::vector<std::string>& dictionary, const Policy& policy) {
    Assistant& a = assistant();
    const std::string& terms = policy.text.council_terms_json;
    if (!a.analyser || a.extract.lock() != extract || a.dictionary != dictionary ||
        a.council_terms != terms) {
        // The council's own terms from the policy file join the built-in lists.
        a.analyser = std::make_unique<text::TextAnalyser>(audit::policy_word_lists(policy));
        a.council_terms = terms;
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
                          const std::vector<std::string>& dictionary, const Policy& policy) {
    if (!extract_ptr || evidence.case_index >= extract_ptr->cases.size())
        return;
    const Extract& extract = *extract_ptr;
    text::TextAnalyser& analyser = analyser_for(extract_ptr, dictionary, policy);
    std::vector<std::string> dates;
    const std::vector<text::NoteInput> notes =
        audit::case_note_inputs(extract, evidence.case_index, evidence.audit_date, dates);
    Assistant& a = assistant();
    a.report = analyser.analyse_case(
        notes, audit::person_name_words(extract, extract.cases[evidence.case_index].person));
    a.report_extract = extract_ptr;
    a.report_case = evidence.case_index;
    ++a.generation;
    audit::add_writing_indicators(evidence, extract, a.report);
}

const text::CaseTextReport* writing_report(const Extract& extract, Index case_index) {
    const Assistant& a = assistant();
    if (a.report_case != case_index || a.report_extract.lock().get() != &extract)
        return nullptr;
    return &a.report;
}

std::uint32_t writing_report_generation() {
    return assistant().generation;
}

std::vector<std::string> spelling_suggestions(std::string_view word) {
    Assistant& a = assistant();
    if (!a.analyser || word.empty())
        return {};
    std::vector<std::string> out = a.analyser->suggest(word);
    if (out.size() > 3)
        out.resize(3);
    return out;
}

} // namespace ca::app
