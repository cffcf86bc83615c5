// Case Audit - recording-quality assistant: the word lists ready for matching (internal).
#pragma once

#include "core/text/phrase_set.h"
#include "core/text/word_lists.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ca::text {

struct CompiledLists {
    WordLists lists;
    std::vector<Term> wordy; // GOV.UK words to avoid, then the project's wordy phrases
    PhraseSet jargon, jargon_allow, wordy_set, strengths, deficit, evaluative, discriminatory,
        discriminatory_allow, attribution, observation, labelled, reason, decision, voice_verbs,
        voice_phrases, relations, sensitive;
    std::unordered_map<std::string, std::string> american; // folded -> British
    std::unordered_map<std::string, std::string> acronyms; // exact -> expansion
    std::unordered_set<std::string> widely_understood;     // exact
    std::unordered_set<std::string> voice_subjects;        // folded
    std::unordered_set<std::string> negations;             // folded
    std::unordered_set<std::string> own_possessives;       // folded
    std::unordered_set<std::string> allowed_doubles;       // folded "had had"
    std::unordered_set<std::string> abbreviations;         // folded "e.g."
    std::unordered_set<std::string> accepted_words;        // folded social care words

    explicit CompiledLists(const WordLists& source);
};

} // namespace ca::text
