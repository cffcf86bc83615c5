// Case Audit - recording-quality assistant: discriminatory and labelling language.
//
// The list is curated for English adult social care: the allow-list (legitimate clinical
// and safeguarding words such as "abuse", "dementia", "bipolar", "disabled people") always
// wins, so "the disabled people" is not flagged although "the disabled" is.
#include "core/text/indicators.h"

namespace ca::text {

void check_discriminatory(NoteContext& note, const CompiledLists& lists) {
    const auto allow = lists.discriminatory_allow.find(note);
    for (const PhraseSet::Match& m : lists.discriminatory.find(note)) {
        if (overlaps_any(m, allow))
            continue;
        const Term& t = lists.lists.discriminatory.entries[m.payload];
        std::string msg = "Labelling or discriminatory wording: \"" + t.term + "\"";
        if (!t.note.empty())
            msg += ". " + t.note;
        note.add(Indicator::Discriminatory, m.first_token, m.token_count, std::move(msg),
                 t.suggestion);
        for (std::uint32_t k = 0; k < m.token_count; ++k)
            note.claimed[m.first_token + k] = k_claimed_list;
    }
}

} // namespace ca::text
