// Case Audit - the audit checklists: result and grade names, the 14 case file areas in the
// policy's words, and labels for the extract records that evidence rests on.
//
// Index of this file:
// [SECTION] Results and grades
// [SECTION] Case file areas
// [SECTION] Record references
#include "core/audit/checklist.h"

#include <string>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Results and grades
// ---------------------------------------------------------------------------

namespace {

// One row of a name table: a value, its workbook key and its label.
template <typename E>
struct Name {
    E value;
    std::string_view key;
    std::string_view label;
};

constexpr Name<AreaResult> k_results[] = {
    {AreaResult::Unanswered, "", "Not answered"},
    {AreaResult::Met, "met", "Met"},
    {AreaResult::PartlyMet, "partly-met", "Partly met"},
    {AreaResult::NotMet, "not-met", "Not met"},
    {AreaResult::NotApplicable, "not-applicable", "Not applicable"},
};

// Grade::None has no key: a workbook stores "no grade" as null.
constexpr Name<Grade> k_grades[] = {
    {Grade::None, "", "No grade"},
    {Grade::Outstanding, "outstanding", "Outstanding"},
    {Grade::Good, "good", "Good"},
    {Grade::RequiresImprovement, "requires-improvement", "Requires improvement"},
    {Grade::Inadequate, "inadequate", "Inadequate"},
};

// The table's first row stands for "nothing": its name is returned for a value not listed.
template <typename E, std::size_t N>
const Name<E>& row_of(const Name<E> (&table)[N], E value) {
    for (const Name<E>& n : table)
        if (n.value == value)
            return n;
    return table[0];
}

// "" is the first row's key, but a stored key must name something: the workbook writes an
// unanswered result or an absent grade as null instead.
template <typename E, std::size_t N>
std::optional<E> parse_key(const Name<E> (&table)[N], std::string_view key) {
    if (key.empty())
        return std::nullopt;
    for (const Name<E>& n : table)
        if (n.key == key)
            return n.value;
    return std::nullopt;
}

} // namespace

std::string_view result_key(AreaResult r) {
    return row_of(k_results, r).key;
}
std::optional<AreaResult> parse_result_key(std::string_view key) {
    return parse_key(k_results, key);
}
std::string_view result_label(AreaResult r) {
    return row_of(k_results, r).label;
}

std::string_view grade_key(Grade g) {
    return row_of(k_grades, g).key;
}
std::optional<Grade> parse_grade_key(std::string_view key) {
    return parse_key(k_grades, key);
}
std::string_view grade_label(Grade g) {
    return row_of(k_grades, g).label;
}

// ---------------------------------------------------------------------------
// [SECTION] Case file areas
// ---------------------------------------------------------------------------
// The titles are the policy's bullet points, word for word. The six "about writing" areas are the
// ones a reader of the recording can judge from the text itself: adequacy, jargon, literacy,
// strengths, fact/opinion and non-discriminatory language.

const std::array<CaseAreaInfo, k_case_area_count>& case_areas() {
    static const std::array<CaseAreaInfo, k_case_area_count> areas = {{
        {CaseArea::Adequate, "adequate", "Recording to be adequate, relevant and non excessive",
         true},
        {CaseArea::Jargon, "jargon", "Avoidance of jargon", true},
        {CaseArea::Literacy, "literacy",
         "Records to be grammatically correct, with accurate spelling and literacy", true},
        {CaseArea::Strengths, "strengths", "Demonstration of the person's strengths and abilities",
         true},
        {CaseArea::FactOpinion, "fact-opinion",
         "Evidence of accurate recording of fact/opinion, analysis of the situation and "
         "professional judgement",
         true},
        {CaseArea::NonDiscriminatory, "non-discriminatory",
         "Recording in a non-discriminatory manner", true},
        {CaseArea::Training, "training",
         "Evidence of the completion of training on information security and data protection "
         "within one month of starting work in the Borough",
         false},
        {CaseArea::UpToDate, "up-to-date", "Evidence that the case file is up to date", false},
        {CaseArea::RiskAssessment, "risk-assessment",
         "Evidence of the completed risk assessment section within the core assessment", false},
        {CaseArea::Safeguarding, "safeguarding", "Evidence of safeguarding considerations", false},
        {CaseArea::MentalCapacity, "mental-capacity", "Evidence of mental capacity considerations",
         false},
        {CaseArea::Correspondence, "correspondence",
         "Evidence that any relevant email or relevant correspondence is uploaded as a PDF file "
         "and indexed on LAS",
         false},
        {CaseArea::Timescales, "timescales",
         "Recording has been completed within the specified timescales", false},
        {CaseArea::GivenToPerson, "given-to-person",
         "Evidence that the assessment/care and support plan/review has been given to the "
         "person",
         false},
    }};
    return areas;
}

const CaseAreaInfo& case_area(CaseArea area) {
    const auto i = static_cast<std::size_t>(area);
    return case_areas()[i < k_case_area_count ? i : 0];
}

std::optional<CaseArea> parse_case_area_key(std::string_view key) {
    for (const CaseAreaInfo& info : case_areas())
        if (info.key == key)
            return info.area;
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// [SECTION] Record references
// ---------------------------------------------------------------------------

std::string_view record_kind_key(RecordKind k) {
    switch (k) {
    case RecordKind::Case:
        return "case";
    case RecordKind::Worker:
        return "worker";
    case RecordKind::Training:
        return "training";
    case RecordKind::Note:
        return "note";
    case RecordKind::Assessment:
        return "assessment";
    case RecordKind::AssessmentSection:
        return "assessment-section";
    case RecordKind::Plan:
        return "plan";
    case RecordKind::Review:
        return "review";
    case RecordKind::Safeguarding:
        return "safeguarding";
    case RecordKind::CapacityAssessment:
        return "capacity-assessment";
    case RecordKind::Document:
        return "document";
    case RecordKind::Supervision:
        return "supervision";
    case RecordKind::Audit:
        return "audit";
    }
    return "";
}

namespace {

// The id of the record at `index` in `records`, or "" when the index is out of range.
template <typename T>
std::string id_at(const Extract& ex, const std::vector<T>& records, Index index) {
    if (index >= records.size())
        return {};
    return std::string(ex.id_of(records[index].id));
}

std::string training_label(const Extract& ex, Index index) {
    if (index >= ex.training.size())
        return {};
    const Training& t = ex.training[index];
    if (t.worker >= ex.workers.size())
        return "training " + std::to_string(index + 1);
    const Worker& w = ex.workers[t.worker];
    // Numbered 1, 2, ... within the worker's own training list, as the extract lists it.
    const std::uint32_t n = index >= w.training.begin && index < w.training.end()
                                ? index - w.training.begin + 1
                                : index + 1;
    return std::string(ex.id_of(w.id)) + " training " + std::to_string(n);
}

std::string section_label(const Extract& ex, Index index) {
    if (index >= ex.sections.size())
        return {};
    const AssessmentSection& s = ex.sections[index];
    const std::string kind(enum_name(s.kind));
    if (s.assessment >= ex.assessments.size())
        return "section " + kind;
    const Assessment& a = ex.assessments[s.assessment];
    std::string label = std::string(ex.id_of(a.id)) + " section " + kind;
    // An assessment may hold two sections of one kind (two "other" sections): number them
    // then, so that the label names one record.
    int same_kind = 0;
    int position = 0;
    for (std::uint32_t i = a.sections.begin; i < a.sections.end() && i < ex.sections.size(); ++i) {
        if (ex.sections[i].kind != s.kind)
            continue;
        ++same_kind;
        if (i == index)
            position = same_kind;
    }
    if (same_kind > 1 && position > 0)
        label += " " + std::to_string(position);
    return label;
}

} // namespace

std::string record_label(const Extract& extract, RecordRef ref) {
    const Index i = ref.index;
    switch (ref.kind) {
    case RecordKind::Case:
        return id_at(extract, extract.cases, i);
    case RecordKind::Worker:
        return id_at(extract, extract.workers, i);
    case RecordKind::Training:
        return training_label(extract, i);
    case RecordKind::Note:
        return id_at(extract, extract.notes, i);
    case RecordKind::Assessment:
        return id_at(extract, extract.assessments, i);
    case RecordKind::AssessmentSection:
        return section_label(extract, i);
    case RecordKind::Plan:
        return id_at(extract, extract.plans, i);
    case RecordKind::Review:
        return id_at(extract, extract.reviews, i);
    case RecordKind::Safeguarding:
        return id_at(extract, extract.safeguarding, i);
    case RecordKind::CapacityAssessment:
        return id_at(extract, extract.capacity_assessments, i);
    case RecordKind::Document:
        return id_at(extract, extract.documents, i);
    case RecordKind::Supervision:
        return id_at(extract, extract.supervisions, i);
    case RecordKind::Audit:
        return id_at(extract, extract.audits, i);
    }
    return {};
}

std::string_view note_type_label(NoteType t) {
    switch (t) {
    case NoteType::Visit:
        return "Visit";
    case NoteType::Phone:
        return "Phone call";
    case NoteType::Correspondence:
        return "Correspondence";
    case NoteType::CaseAudit:
        return "Case audit note";
    case NoteType::RecordOfSupervisionDiscussion:
        return "Record of supervision discussion";
    case NoteType::ManagersDecision:
        return "Manager's decision";
    case NoteType::Other:
        break;
    }
    return "Note";
}

std::string_view assessment_kind_label(AssessmentKind k) {
    switch (k) {
    case AssessmentKind::Core:
        return "Core assessment";
    case AssessmentKind::Carer:
        return "Carer's assessment";
    case AssessmentKind::OccupationalTherapy:
        return "Occupational therapy assessment";
    case AssessmentKind::Financial:
        return "Financial assessment";
    case AssessmentKind::Other:
        break;
    }
    return "Assessment";
}

} // namespace ca::audit
