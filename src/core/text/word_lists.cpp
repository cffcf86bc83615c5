// Case Audit - recording-quality assistant: loading the word lists.
//
// Index of this file:
// [SECTION] Parsing one list file
// [SECTION] Embedded defaults
// [SECTION] Council terms
#include "core/text/word_lists.h"

#include "core/text/tokenize.h"
#include "embedded/ca_core_assets.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace ca::text {

using Json = nlohmann::json;

// ---------------------------------------------------------------------------
// [SECTION] Parsing one list file
// ---------------------------------------------------------------------------
namespace {

std::string string_field(const Json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string())
        return {};
    return it->get<std::string>();
}

// An entry is "word" or {"term": ..., "suggestion": ..., "note": ..., "enabled": bool}.
// Returns false for a malformed entry; `keep` is false for a disabled one.
bool parse_term(const Json& j, Term& out, bool& keep) {
    keep = true;
    if (j.is_string()) {
        out = Term{j.get<std::string>(), {}, {}};
        return !out.term.empty();
    }
    if (!j.is_object())
        return false;
    out = Term{string_field(j, "term"), string_field(j, "suggestion"), string_field(j, "note")};
    auto en = j.find("enabled");
    if (en != j.end()) {
        if (!en->is_boolean())
            return false;
        keep = en->get<bool>();
    }
    return !out.term.empty();
}

std::vector<std::string> string_array(const Json& j, const char* key, const std::string& file) {
    std::vector<std::string> out;
    auto it = j.find(key);
    if (it == j.end())
        return out;
    if (!it->is_array())
        throw std::runtime_error(file + ": \"" + key + "\" is not an array");
    for (const Json& e : *it) {
        if (!e.is_string())
            throw std::runtime_error(file + ": \"" + key + "\" holds a non-string");
        out.push_back(e.get<std::string>());
    }
    return out;
}

Json load_embedded(const std::string& file) {
    const std::string_view bytes = ca_core_assets::find(file);
    if (bytes.empty())
        throw std::runtime_error(file + " is not embedded");
    Json j = Json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw std::runtime_error(file + " is not a JSON object");
    if (string_field(j, "source").empty() || string_field(j, "licence").empty())
        throw std::runtime_error(file + " does not state its source and licence");
    return j;
}

TermList load_list(const std::string& file) {
    const Json j = load_embedded(file);
    TermList list;
    list.id = string_field(j, "list");
    list.source = string_field(j, "source");
    list.licence = string_field(j, "licence");
    auto it = j.find("entries");
    if (it == j.end() || !it->is_array())
        throw std::runtime_error(file + ": no \"entries\" array");
    for (const Json& e : *it) {
        Term t;
        bool keep = true;
        if (!parse_term(e, t, keep))
            throw std::runtime_error(file + ": malformed entry " + e.dump());
        if (keep)
            list.entries.push_back(std::move(t));
    }
    list.allow = string_array(j, "allow", file);
    return list;
}

WordLists load_defaults() {
    WordLists w;
    w.social_care_words = load_list("text-social-care-words.json");
    w.acronyms = load_list("text-acronyms.json");
    w.widely_understood_acronyms =
        string_array(load_embedded("text-acronyms.json"), "widely_understood", "acronyms");
    w.jargon = load_list("text-jargon.json");
    w.wordy_govuk = load_list("text-wordy-govuk.json");
    w.wordy_phrases = load_list("text-wordy-phrases.json");
    w.american = load_list("text-american-spellings.json");
    w.strengths = load_list("text-strengths.json");
    w.deficit = load_list("text-deficit.json");
    w.evaluative = load_list("text-evaluative.json");
    w.discriminatory = load_list("text-discriminatory.json");

    const std::string mf = "text-markers.json";
    const Json m = load_embedded(mf);
    w.markers.attribution = string_array(m, "attribution", mf);
    w.markers.observation = string_array(m, "observation", mf);
    w.markers.labelled_opinion = string_array(m, "labelled_opinion", mf);
    w.markers.reason = string_array(m, "reason", mf);
    w.markers.decision = string_array(m, "decision", mf);
    w.markers.voice_verbs = string_array(m, "voice_verbs", mf);
    w.markers.voice_phrases = string_array(m, "voice_phrases", mf);
    w.markers.voice_subjects = string_array(m, "voice_subjects", mf);
    w.markers.third_party_relations = string_array(m, "third_party_relations", mf);
    w.markers.third_party_sensitive = string_array(m, "third_party_sensitive", mf);
    w.markers.negations = string_array(m, "negations", mf);
    w.markers.own_possessives = string_array(m, "own_possessives", mf);

    const std::string lf = "text-literacy.json";
    const Json l = load_embedded(lf);
    w.allowed_doubles = string_array(l, "allowed_doubles", lf);
    w.abbreviations = string_array(l, "abbreviations", lf);
    return w;
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Embedded defaults
// ---------------------------------------------------------------------------

const WordLists& default_word_lists() {
    static const WordLists lists = load_defaults();
    return lists;
}

// ---------------------------------------------------------------------------
// [SECTION] Council terms
// ---------------------------------------------------------------------------

std::string add_council_terms(WordLists& lists, std::string_view json_text) {
    const Json j = Json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return "council terms: not a JSON object";
    WordLists out = lists; // all or nothing
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        if (!it->is_array())
            return "council terms: \"" + key + "\" is not an array";
        if (key == "widelyUnderstoodAcronyms" || key == "discriminatoryAllow") {
            auto& dest = key == "discriminatoryAllow" ? out.discriminatory.allow
                                                      : out.widely_understood_acronyms;
            for (const Json& e : *it) {
                if (!e.is_string() || e.get<std::string>().empty())
                    return "council terms: \"" + key + "\" holds a non-string or empty entry";
                dest.push_back(e.get<std::string>());
            }
            continue;
        }
        TermList* list = nullptr;
        if (key == "socialCareWords")
            list = &out.social_care_words;
        else if (key == "acronyms")
            list = &out.acronyms;
        else if (key == "jargon")
            list = &out.jargon;
        else if (key == "wordyPhrases")
            list = &out.wordy_phrases;
        else if (key == "americanSpellings")
            list = &out.american;
        else if (key == "strengths")
            list = &out.strengths;
        else if (key == "deficit")
            list = &out.deficit;
        else if (key == "evaluative")
            list = &out.evaluative;
        else if (key == "discriminatory")
            list = &out.discriminatory;
        else
            return "council terms: unknown key \"" + key + "\"";
        for (const Json& e : *it) {
            Term t;
            bool keep = true;
            if (!parse_term(e, t, keep))
                return "council terms: malformed entry in \"" + key + "\": " + e.dump();
            if (!keep)
                continue;
            if (list == &out.discriminatory) {
                for (const std::string& a : out.discriminatory.allow)
                    if (fold_case(a) == fold_case(t.term))
                        return "council terms: \"" + t.term +
                               "\" is on the allow-list of legitimate clinical and "
                               "safeguarding words and cannot be flagged";
            }
            list->entries.push_back(std::move(t));
        }
    }
    lists = std::move(out);
    return {};
}

} // namespace ca::text
