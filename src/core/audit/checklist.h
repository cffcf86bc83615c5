// Case Audit - the audit checklists: the 14 areas of a case file audit and the items of a
// supervision record audit, and the results an auditor gives them.
//
// The 14 case areas are the policy's own list ("Quality Assurance Audits"), in its order and
// its words; they are fixed, because they are the policy. The supervision checklist is
// defined in the policy file (AuditPolicy::supervision_checklist), with defaults.
// Results are stored in the workbook under each area's or item's key, so a later version
// may reorder or reword the titles without losing anyone's work.
//
// Index of this file:
// [SECTION] Results
// [SECTION] Case file areas
// [SECTION] Record references (evidence links into the extract)
#pragma once

#include "core/extract/model.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Results
// ---------------------------------------------------------------------------

// An auditor's result for one area, or a rule's proposal. Unanswered: not decided yet (a
// proposal of Unanswered means "needs your judgement").
enum class AreaResult : std::uint8_t { Unanswered, Met, PartlyMet, NotMet, NotApplicable };
// "met", "partly-met", "not-met", "not-applicable" ("" for Unanswered), as in the workbook.
std::string_view result_key(AreaResult r);
std::optional<AreaResult> parse_result_key(std::string_view key);
// "Met", "Partly met", "Not met", "Not applicable", "Not answered".
std::string_view result_label(AreaResult r);

// The overall grade, on the four-point scale.
enum class Grade : std::uint8_t { None, Outstanding, Good, RequiresImprovement, Inadequate };
std::string_view grade_key(Grade g); // "outstanding", "good", "requires-improvement", ...
std::optional<Grade> parse_grade_key(std::string_view key);
std::string_view grade_label(Grade g); // "Outstanding", "Requires improvement", ...

// ---------------------------------------------------------------------------
// [SECTION] Case file areas
// ---------------------------------------------------------------------------

enum class CaseArea : std::uint8_t {
    Adequate,          // Recording to be adequate, relevant and non excessive
    Jargon,            // Avoidance of jargon
    Literacy,          // grammatically correct, with accurate spelling and literacy
    Strengths,         // the person's strengths and abilities
    FactOpinion,       // fact/opinion, analysis of the situation, professional judgement
    NonDiscriminatory, // recording in a non-discriminatory manner
    Training,          // information security and data protection training within a month
    UpToDate,          // the case file is up to date
    RiskAssessment,    // completed risk assessment section within the core assessment
    Safeguarding,      // safeguarding considerations
    MentalCapacity,    // mental capacity considerations
    Correspondence,    // email and correspondence uploaded as PDF and indexed
    Timescales,        // recording completed within the specified timescales
    GivenToPerson,     // assessment / care and support plan / review given to the person
    Count
};
inline constexpr std::size_t k_case_area_count = static_cast<std::size_t>(CaseArea::Count);

struct CaseAreaInfo {
    CaseArea area;
    std::string_view key;   // "adequate", "jargon", ... (workbook keys)
    std::string_view title; // the policy's wording
    bool about_writing;     // one of the six areas the recording-quality assistant informs
};
// In the policy's order.
const std::array<CaseAreaInfo, k_case_area_count>& case_areas();
const CaseAreaInfo& case_area(CaseArea area);
std::optional<CaseArea> parse_case_area_key(std::string_view key);

// ---------------------------------------------------------------------------
// [SECTION] Record references
// ---------------------------------------------------------------------------

// A record in the extract that a piece of evidence rests on: the app links it into the case
// file, the CLI prints its id.
enum class RecordKind : std::uint8_t {
    Case,
    Worker,
    Training,
    Note,
    Assessment,
    AssessmentSection,
    Plan,
    Review,
    Safeguarding,
    CapacityAssessment,
    Document,
    Supervision,
    Audit
};
std::string_view record_kind_key(RecordKind k); // "note", "assessment-section", ...

struct RecordRef {
    RecordKind kind = RecordKind::Case;
    Index index = k_no_index; // into the Extract's vector of that kind
    friend bool operator==(RecordRef a, RecordRef b) {
        return a.kind == b.kind && a.index == b.index;
    }
};

// The record's id as the extract spells it ("N-000123"); records with no id of their own
// (a training completion, an assessment section) are named after their parent, e.g.
// "W-0012 training 2" or "AS-0031 section risk".
std::string record_label(const Extract& extract, RecordRef ref);

// How the case file and the evidence name a note's type and an assessment's kind, in a
// manager's words: "Phone call", "Case audit note", "Carer's assessment".
std::string_view note_type_label(NoteType t);
std::string_view assessment_kind_label(AssessmentKind k);

} // namespace ca::audit
