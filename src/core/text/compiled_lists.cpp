// Case Audit - recording-quality assistant: the word lists ready for matching.
#include "core/text/compiled_lists.h"

#include "core/text/tokenize.h"

namespace ca::text {

namespace {

void add_terms(PhraseSet& set, const std::vector<Term>& terms) {
    for (std::size_t i = 0; i < terms.size(); ++i)
        set.add(terms[i].term, static_cast<std::uint32_t>(i));
}

void add_strings(PhraseSet& set, const std::vector<std::string>& phrases) {
    for (std::size_t i = 0; i < phrases.size(); ++i)
        set.add(phrases[i], static_cast<std::uint32_t>(i));
}

void add_folded(std::unordered_set<std::string>& set, const std::vector<std::string>& words) {
    for (const std::string& w : words)
        set.insert(fold_case(w));
}

} // namespace

CompiledLists::CompiledLists(const WordLists& source) : lists(source) {
    add_terms(jargon, lists.jargon.entries);
    add_strings(jargon_allow, lists.jargon.allow);
    wordy = lists.wordy_govuk.entries;
    wordy.insert(wordy.end(), lists.wordy_phrases.entries.begin(),
                 lists.wordy_phrases.entries.end());
    add_terms(wordy_set, wordy);
    add_terms(strengths, lists.strengths.entries);
    add_terms(deficit, lists.deficit.entries);
    add_terms(evaluative, lists.evaluative.entries);
    add_terms(discriminatory, lists.discriminatory.entries);
    add_strings(discriminatory_allow, lists.discriminatory.allow);
    add_strings(attribution, lists.markers.attribution);
    add_strings(observation, lists.markers.observation);
    add_strings(labelled, lists.markers.labelled_opinion);
    add_strings(reason, lists.markers.reason);
    add_strings(decision, lists.markers.decision);
    add_strings(voice_verbs, lists.markers.voice_verbs);
    add_strings(voice_phrases, lists.markers.voice_phrases);
    add_strings(relations, lists.markers.third_party_relations);
    add_strings(sensitive, lists.markers.third_party_sensitive);
    for (const Term& t : lists.american.entries)
        american[fold_case(t.term)] = t.suggestion;
    for (const Term& t : lists.acronyms.entries)
        acronyms[t.term] = t.suggestion;
    widely_understood.insert(lists.widely_understood_acronyms.begin(),
                             lists.widely_understood_acronyms.end());
    add_folded(voice_subjects, lists.markers.voice_subjects);
    add_folded(negations, lists.markers.negations);
    add_folded(own_possessives, lists.markers.own_possessives);
    add_folded(allowed_doubles, lists.allowed_doubles);
    add_folded(abbreviations, lists.abbreviations);
    for (const Term& t : lists.social_care_words.entries)
        accepted_words.insert(fold_case(t.term));
}

} // namespace ca::text
