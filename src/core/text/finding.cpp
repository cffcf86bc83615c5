// Case Audit - recording-quality assistant: names of areas and indicators.
#include "core/text/finding.h"

namespace ca::text {

std::string_view audit_area_name(AuditArea area) {
    switch (area) {
    case AuditArea::AdequateRelevant:
        return "Recording to be adequate, relevant and non excessive";
    case AuditArea::Jargon:
        return "Avoidance of jargon";
    case AuditArea::SpellingLiteracy:
        return "Records to be grammatically correct, with accurate spelling and literacy";
    case AuditArea::Strengths:
        return "Demonstration of the person's strengths and abilities";
    case AuditArea::FactOpinion:
        return "Evidence of accurate recording of fact/opinion, analysis of the situation and "
               "professional judgement";
    case AuditArea::NonDiscriminatory:
        return "Recording in a non-discriminatory manner";
    }
    return "";
}

std::string_view audit_area_id(AuditArea area) {
    switch (area) {
    case AuditArea::AdequateRelevant:
        return "adequate-relevant";
    case AuditArea::Jargon:
        return "jargon";
    case AuditArea::SpellingLiteracy:
        return "spelling-literacy";
    case AuditArea::Strengths:
        return "strengths";
    case AuditArea::FactOpinion:
        return "fact-opinion";
    case AuditArea::NonDiscriminatory:
        return "non-discriminatory";
    }
    return "";
}

namespace {

struct IndicatorInfo {
    std::string_view id;
    AuditArea area;
    FindingKind kind;
};

// In the order of the Indicator enum.
constexpr IndicatorInfo k_info[k_indicator_count] = {
    {"spelling", AuditArea::SpellingLiteracy, FindingKind::Concern},
    {"american-spelling", AuditArea::SpellingLiteracy, FindingKind::Concern},
    {"repeated-word", AuditArea::SpellingLiteracy, FindingKind::Concern},
    {"no-capital", AuditArea::SpellingLiteracy, FindingKind::Concern},
    {"no-final-punctuation", AuditArea::SpellingLiteracy, FindingKind::Concern},
    {"long-sentence", AuditArea::SpellingLiteracy, FindingKind::Concern},
    {"lowercase-i", AuditArea::SpellingLiteracy, FindingKind::Concern},
    {"capitals", AuditArea::SpellingLiteracy, FindingKind::Concern},
    {"hard-to-read", AuditArea::SpellingLiteracy, FindingKind::Concern},
    {"acronym-not-spelled-out", AuditArea::Jargon, FindingKind::Concern},
    {"jargon", AuditArea::Jargon, FindingKind::Concern},
    {"wordy-phrase", AuditArea::Jargon, FindingKind::Concern},
    {"strength", AuditArea::Strengths, FindingKind::Evidence},
    {"deficit", AuditArea::Strengths, FindingKind::Concern},
    {"persons-voice", AuditArea::Strengths, FindingKind::Evidence},
    {"attributed-fact", AuditArea::FactOpinion, FindingKind::Evidence},
    {"observation", AuditArea::FactOpinion, FindingKind::Evidence},
    {"labelled-opinion", AuditArea::FactOpinion, FindingKind::Evidence},
    {"unlabelled-judgement", AuditArea::FactOpinion, FindingKind::Concern},
    {"stated-reason", AuditArea::FactOpinion, FindingKind::Evidence},
    {"decision-without-reason", AuditArea::FactOpinion, FindingKind::Concern},
    {"discriminatory", AuditArea::NonDiscriminatory, FindingKind::Concern},
    {"very-long-entry", AuditArea::AdequateRelevant, FindingKind::Concern},
    {"copied-text", AuditArea::AdequateRelevant, FindingKind::Concern},
    {"empty-note", AuditArea::AdequateRelevant, FindingKind::Concern},
    {"third-party-detail", AuditArea::AdequateRelevant, FindingKind::Concern},
};

const IndicatorInfo& info(Indicator indicator) {
    return k_info[static_cast<int>(indicator)];
}

} // namespace

std::string_view indicator_id(Indicator indicator) {
    return info(indicator).id;
}
AuditArea area_of(Indicator indicator) {
    return info(indicator).area;
}
FindingKind kind_of(Indicator indicator) {
    return info(indicator).kind;
}

} // namespace ca::text
