// Case Audit - recording-quality assistant: adequate, relevant and not excessive.
//
// UK GDPR Art 5(1)(c): "adequate, relevant and limited to what is necessary". Copied text
// is judged across notes in analyser.cpp; this file looks at one note.
#include "core/text/indicators.h"

namespace ca::text {

void check_excess(NoteContext& note, const CompiledLists& lists, const AnalysisOptions& opt,
                  std::uint32_t words) {
    if (words == 0)
        note.add_note_level(Indicator::EmptyNote, "Empty note: no words",
                            "record what happened, or remove the entry");
    else if (words < opt.near_empty_words)
        note.add_note_level(Indicator::EmptyNote,
                            "Near-empty note (" + std::to_string(words) +
                                (words == 1 ? " word)" : " words)"),
                            "record what happened and what it means for the person");
    if (words > opt.long_entry_words)
        note.add_note_level(Indicator::VeryLongEntry,
                            "Very long entry (" + std::to_string(words) + " words)",
                            "keep to what is needed; summarise, and record analysis separately");
    // Third-party detail: a relative or neighbour followed within six tokens by a sensitive
    // word that is not the person's own ("her son ... criminal conviction", but not "her son
    // manages her medication").
    const auto relations = lists.relations.find(note);
    const auto sensitive = lists.sensitive.find(note);
    std::uint32_t last_sentence_flagged = UINT32_MAX;
    for (const PhraseSet::Match& r : relations) {
        for (const PhraseSet::Match& s : sensitive) {
            if (s.first_token <= r.first_token || s.first_token - r.first_token > 6)
                continue;
            const std::uint32_t sentence = note.sentence_of[r.first_token];
            if (note.sentence_of[s.first_token] != sentence || sentence == last_sentence_flagged)
                continue;
            if (lists.own_possessives.count(note.folded[s.first_token - 1]) != 0)
                continue;
            note.add(Indicator::ThirdPartyDetail, r.first_token,
                     s.first_token + s.token_count - r.first_token,
                     "Sensitive detail about another person",
                     "record only what is needed for this person's care and support");
            last_sentence_flagged = sentence;
        }
    }
}

} // namespace ca::text
