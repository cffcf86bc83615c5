// Case Audit - recording-quality assistant: the word lists.
//
// Every list is a data file in assets/core/ (text-*.json), compiled into the app, with its
// source and licence inside the file. A council adds its own terms through the policy file
// (add_council_terms()); the embedded lists are the defaults.
//
// Index of this file:
// [SECTION] Lists
// [SECTION] Loading
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ca::text {

// ---------------------------------------------------------------------------
// [SECTION] Lists
// ---------------------------------------------------------------------------

struct Term {
    std::string term;       // a word or phrase as written in notes
    std::string suggestion; // the plain or respectful alternative (may be empty)
    std::string note;       // why (may be empty)
};

struct TermList {
    std::string id;                 // "jargon"
    std::string source;             // where the list comes from
    std::string licence;            // under which terms it is used
    std::vector<Term> entries;      // entries with "enabled": false in the file are left out
    std::vector<std::string> allow; // phrases that are never flagged, even when they contain
                                    // an entry ("disabled people", "key safe")
};

// Phrases that mark the kind of statement (assets/core/text-markers.json).
struct Markers {
    std::vector<std::string> attribution;
    std::vector<std::string> observation;
    std::vector<std::string> labelled_opinion;
    std::vector<std::string> reason;
    std::vector<std::string> decision;
    std::vector<std::string> voice_verbs;
    std::vector<std::string> voice_phrases;
    std::vector<std::string> voice_subjects;
    std::vector<std::string> third_party_relations;
    std::vector<std::string> third_party_sensitive;
    std::vector<std::string> negations;       // "not able to" is not a strength
    std::vector<std::string> own_possessives; // "her medication" is the person's own
};

struct WordLists {
    TermList social_care_words; // accepted by the spell checker
    TermList acronyms;          // acronym -> expansion
    TermList jargon;
    TermList wordy_govuk;   // GOV.UK words to avoid (OGL v3.0)
    TermList wordy_phrases; // project-written
    TermList american;      // American -> British spelling
    TermList strengths;
    TermList deficit;
    TermList evaluative;
    TermList discriminatory;
    std::vector<std::string> widely_understood_acronyms; // need no spelling out (NHS, GP)
    Markers markers;
    std::vector<std::string> allowed_doubles; // "had had"
    std::vector<std::string> abbreviations;   // "e.g." (lower case, with dots)
};

// ---------------------------------------------------------------------------
// [SECTION] Loading
// ---------------------------------------------------------------------------

// The embedded lists, parsed once. An unreadable embedded file is a build defect and throws
// std::runtime_error naming the file.
const WordLists& default_word_lists();

// Adds a council's own terms from the "text" section of its policy file, e.g.
//   {"socialCareWords": ["Brightwater"], "jargon": [{"term": "CAT", "suggestion": "..."}]}
// Keys: socialCareWords, acronyms, widelyUnderstoodAcronyms, jargon, wordyPhrases,
// americanSpellings, strengths, deficit, evaluative, discriminatory, discriminatoryAllow.
// An entry is a string or {"term", "suggestion", "note"}. Unknown keys are errors (a
// misspelt key must not silently do nothing), and so is a discriminatory term that is on
// the allow-list of legitimate clinical and safeguarding words. Returns "" on success or
// the first error; on error `lists` is left unchanged.
std::string add_council_terms(WordLists& lists, std::string_view json_text);

} // namespace ca::text
