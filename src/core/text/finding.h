// Case Audit - recording-quality assistant: what a finding is.
//
// The assistant shows an auditing manager where to look in a case file; it never gives the
// verdict. Each finding is an indicator (a concern to look at, or evidence of good
// recording) placed at a byte range of one note's text, with a short explanation and a
// suggestion, and tied to one of the six audit areas of the policy that are about the
// writing itself.
//
// Index of this file:
// [SECTION] Audit areas
// [SECTION] Indicators
// [SECTION] TextFinding
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ca::text {

// ---------------------------------------------------------------------------
// [SECTION] Audit areas
// ---------------------------------------------------------------------------

// The six "Quality Assurance Audits" areas of the Supervision and QA policy that concern
// the writing, in the policy's order.
enum class AuditArea : std::uint8_t {
    AdequateRelevant, // "Recording to be adequate, relevant and non excessive"
    Jargon,           // "Avoidance of jargon"
    SpellingLiteracy, // "grammatically correct, with accurate spelling and literacy"
    Strengths,        // "Demonstration of the person's strengths and abilities"
    FactOpinion,      // "accurate recording of fact/opinion, analysis ... judgement"
    NonDiscriminatory // "Recording in a non-discriminatory manner"
};
constexpr int k_audit_area_count = 6;

// The policy's wording of the area, for the checklist.
std::string_view audit_area_name(AuditArea area);
// A stable identifier ("adequate-relevant", "jargon"...), for files and tests.
std::string_view audit_area_id(AuditArea area);

// ---------------------------------------------------------------------------
// [SECTION] Indicators
// ---------------------------------------------------------------------------

enum class Indicator : std::uint8_t {
    // Spelling and literacy
    Spelling,           // word not in the dictionaries (suggestions given)
    AmericanSpelling,   // clear American spelling ("color")
    RepeatedWord,       // "the the"
    NoCapital,          // sentence starting with a lower-case letter
    NoFinalPunctuation, // sentence of four words or more with no . ! or ?
    LongSentence,       // more words than the option's limit
    LowercaseI,         // "i" for "I"
    Capitals,           // three or more words in capitals
    HardToRead,         // note-level: Flesch reading ease under the option's limit
    // Jargon
    AcronymNotSpelledOut, // first use in the case file without its expansion
    Jargon,               // social care jargon with a plain-English alternative
    WordyPhrase,          // GOV.UK words to avoid, wordy phrases
    // Strengths and the person's voice
    Strength,     // evidence: strengths vocabulary
    Deficit,      // deficit vocabulary (counted against strengths)
    PersonsVoice, // evidence: the person's own views, quotations
    // Fact, opinion, analysis, judgement
    AttributedFact,        // evidence: "the GP reported", "according to"
    Observation,           // evidence: "I observed", "I saw"
    LabelledOpinion,       // evidence: "in my professional opinion"
    UnlabelledJudgement,   // evaluative word with no source, label or evidence
    StatedReason,          // evidence: "because", "the reason"
    DecisionWithoutReason, // a decision with no reason in its sentence or the next
    // Non-discriminatory
    Discriminatory, // labelling or discriminatory term (alternative suggested)
    // Adequate, relevant, not excessive
    VeryLongEntry,   // note-level: more words than the option's limit
    CopiedText,      // a sentence that already appears in an earlier note
    EmptyNote,       // note-level: no words, or fewer than the option's minimum
    ThirdPartyDetail // sensitive detail about another person (heuristic)
};
constexpr int k_indicator_count = 26;

// Whether a finding points at a possible problem or shows good recording.
enum class FindingKind : std::uint8_t { Concern, Evidence };

std::string_view indicator_id(Indicator indicator); // "spelling", "american-spelling"...
AuditArea area_of(Indicator indicator);
FindingKind kind_of(Indicator indicator);

// ---------------------------------------------------------------------------
// [SECTION] TextFinding
// ---------------------------------------------------------------------------

// One highlight. offset and length are in bytes into the note's UTF-8 text (the viewer
// highlights that range); length 0 means the finding is about the whole note.
struct TextFinding {
    Indicator indicator = Indicator::Spelling;
    AuditArea area = AuditArea::SpellingLiteracy;
    FindingKind kind = FindingKind::Concern;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    std::string message;    // short explanation, shown on hover
    std::string suggestion; // what to write instead, or empty
};

} // namespace ca::text
