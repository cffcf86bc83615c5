// Case Audit - recording-quality assistant: fact, opinion, analysis and judgement.
//
// Local recording procedures ask to "clearly identify fact and provide supporting
// evidence", to record an opinion "clearly as an opinion" and to "clearly state why
// decisions are made". An evaluative word ("chaotic", "manipulative") is flagged only when
// its sentence neither attributes it, nor labels it as professional opinion, nor gives a
// reason or evidence, nor quotes someone.
#include "core/text/indicators.h"

#include <algorithm>

namespace ca::text {

void check_fact_opinion(NoteContext& note, const CompiledLists& lists) {
    const std::size_t sentences = note.tt.sentences.size();
    std::vector<std::uint8_t> supported(sentences, 0); // attributed, labelled, reasoned
    std::vector<std::uint8_t> has_reason(sentences, 0);
    for (const TextFinding& f : note.findings) {
        if (f.indicator != Indicator::PersonsVoice && f.indicator != Indicator::AttributedFact)
            continue;
        // The finding starts at a token: find it by offset (tokens are in text order).
        const auto& tokens = note.tt.tokens;
        auto it =
            std::lower_bound(tokens.begin(), tokens.end(), f.offset,
                             [](const Token& t, std::uint32_t off) { return t.offset < off; });
        if (it != tokens.end())
            supported[note.sentence_of[static_cast<std::size_t>(it - tokens.begin())]] = 1;
    }
    for (const PhraseSet::Match& m : lists.observation.find(note))
        note.add(Indicator::Observation, m.first_token, m.token_count, "First-hand observation");
    for (const PhraseSet::Match& m : lists.labelled.find(note)) {
        note.add(Indicator::LabelledOpinion, m.first_token, m.token_count,
                 "Professional opinion, labelled as such");
        supported[note.sentence_of[m.first_token]] = 1;
    }
    for (const PhraseSet::Match& m : lists.reason.find(note)) {
        note.add(Indicator::StatedReason, m.first_token, m.token_count, "A reason is given");
        supported[note.sentence_of[m.first_token]] = 1;
        has_reason[note.sentence_of[m.first_token]] = 1;
    }
    for (const PhraseSet::Match& m : lists.evaluative.find(note)) {
        if (supported[note.sentence_of[m.first_token]])
            continue;
        const Term& t = lists.lists.evaluative.entries[m.payload];
        note.add(Indicator::UnlabelledJudgement, m.first_token, m.token_count,
                 "\"" + t.term +
                     "\" states a judgement as fact: give the evidence or the source, or "
                     "label it as your professional opinion",
                 t.suggestion);
        for (std::uint32_t k = 0; k < m.token_count; ++k)
            note.claimed[m.first_token + k] = k_claimed_list;
    }
    for (const PhraseSet::Match& m : lists.decision.find(note)) {
        const std::uint32_t s = note.sentence_of[m.first_token];
        const bool reason_near = has_reason[s] || (s + 1 < sentences && has_reason[s + 1]);
        if (!reason_near)
            note.add(Indicator::DecisionWithoutReason, m.first_token, m.token_count,
                     "A decision with no reason given in this sentence or the next",
                     "say why the decision was made (\"because ...\")");
    }
}

} // namespace ca::text
