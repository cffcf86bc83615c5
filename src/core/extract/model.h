// Case Audit - the in-memory case extract.
//
// Every rule (caseload, sampling, evidence, text checks) reads an Extract, never JSON. The
// layout is chosen for a 500 MB extract in a browser tab:
//   - records of one kind live in one std::vector, in file order; a record's position in its
//     vector is its Index, and records refer to each other by Index (32 bits), never by
//     pointer or by string;
//   - ids are interned once in a StringTable (StrId, 32 bits);
//   - all free text (note texts, titles, names...) lives in one TextStore arena and is
//     referred to by TextRef {offset, length}: no std::string per note;
//   - the records nested inside a case (notes, assessments...) are stored in flat vectors
//     too, and a case holds a Range into each, so one case's notes are contiguous.
// The format itself is documented field by field in docs/extract-format.md; the names below
// follow it (camelCase there, snake_case here).
//
// Index of this file:
// [SECTION] Basic types (Index, Range, TextRef, TextStore)
// [SECTION] Enumerations (each with the kebab-case names used in the format)
// [SECTION] Organisation: metadata, teams, workers, people
// [SECTION] Case files and what they contain
// [SECTION] Supervision, Director discussions, audits
// [SECTION] Extract (the whole data set and its id indexes)
#pragma once

#include "core/calendar/date.h"
#include "core/extract/string_table.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Basic types
// ---------------------------------------------------------------------------

// Position of a record in its vector (Extract::workers, Extract::notes, ...).
using Index = std::uint32_t;
inline constexpr Index k_no_index = 0xFFFFFFFFu;

// A run of records [begin, begin + count) in one of the Extract's flat vectors.
struct Range {
    std::uint32_t begin = 0;
    std::uint32_t count = 0;
    std::uint32_t end() const { return begin + count; }
};

// A piece of text in the TextStore. {0, 0} is the empty text (also "not given").
struct TextRef {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    bool empty() const { return length == 0; }
};

// The byte arena for all the free text of an extract: note texts are most of an extract's
// bytes, so they are stored once, back to back, with no per-string overhead.
//
// Why blocks: the arena grows to nearly the size of the file. A single growing buffer
// doubles, and while it does the old and the new copy are both alive (3x the text at that
// moment), and the wasm heap never gives that peak back. Fixed 1 MiB blocks are never
// moved. A TextRef's offset is still one 32-bit number: block = offset >> 20, position in
// the block = offset & (1 MiB - 1). A text never straddles two allocations: when it does
// not fit in what is left of the current block, it starts a new one (at most one text's
// worth of bytes is left unused per block, about 0.1% for case notes); a text longer than a
// block gets an allocation of several block slots of its own.
class TextStore {
public:
    static constexpr unsigned k_block_bits = 20;
    static constexpr std::size_t k_block_bytes = std::size_t{1} << k_block_bits;

    TextStore() = default;
    TextStore(TextStore&&) = default;
    TextStore& operator=(TextStore&&) = default;
    TextStore(const TextStore&) = delete;
    TextStore& operator=(const TextStore&) = delete;

    // Copies `text` into the arena. Texts of 4 GiB in total are the limit (the importer
    // refuses larger extracts before reaching it).
    TextRef add(std::string_view text) {
        if (text.empty())
            return {};
        char* const at = append(text.size());
        std::memcpy(at, text.data(), text.size());
        return {static_cast<std::uint32_t>(used_ - text.size()),
                static_cast<std::uint32_t>(text.size())};
    }
    // Room for `n` (> 0) bytes, to be filled by the caller at once (the importer unescapes
    // straight into it); the new text is last_ref(n).
    char* append(std::size_t n) {
        const std::size_t capacity = slots_.size() << k_block_bits;
        if (n > capacity - used_)
            new_allocation(n);
        char* const at = slots_[used_ >> k_block_bits] + (used_ & (k_block_bytes - 1));
        used_ += n;
        return at;
    }
    // The reference to the last `n` bytes appended.
    TextRef last_ref(std::size_t n) const {
        return {static_cast<std::uint32_t>(used_ - n), static_cast<std::uint32_t>(n)};
    }
    // Gives back the last `n` bytes appended (a text that turned out shorter).
    void unappend(std::size_t n) { used_ -= n; }

    std::string_view view(TextRef ref) const {
        if (ref.length == 0)
            return {};
        return std::string_view(
            slots_[ref.offset >> k_block_bits] + (ref.offset & (k_block_bytes - 1)), ref.length);
    }
    // Bytes of text stored (including the unused ends of blocks).
    std::size_t size() const { return used_; }
    std::size_t memory_bytes() const {
        return (slots_.size() << k_block_bits) + slots_.capacity() * sizeof(char*);
    }
    // Kept for callers of the single-buffer arena: blocks never hold more than one block of
    // spare room, so there is nothing worth a copy.
    void shrink_to_fit() {}

private:
    void new_allocation(std::size_t n) {
        const std::size_t blocks = (n + k_block_bytes - 1) >> k_block_bits;
        std::unique_ptr<char[]> bytes(new char[blocks << k_block_bits]);
        used_ = slots_.size() << k_block_bits;
        for (std::size_t b = 0; b < blocks; ++b)
            slots_.push_back(bytes.get() + (b << k_block_bits));
        owned_.push_back(std::move(bytes));
    }

    std::vector<char*> slots_;                   // one per block slot of 1 MiB
    std::vector<std::unique_ptr<char[]>> owned_; // one per allocation
    std::size_t used_ = 0;                       // offset of the next free byte
};

// ---------------------------------------------------------------------------
// [SECTION] Enumerations
// ---------------------------------------------------------------------------
// Enumerations for optional fields start with `Unrecorded` (the field was absent).
// enum_name(x) gives the format's kebab-case spelling and parse_enum<E>(text) the reverse
// (nullopt for an unknown spelling); the spellings are the EnumNames tables below.

enum class TeamKind : std::uint8_t { Community, Hospital, Other };
enum class WorkerRole : std::uint8_t {
    QualifiedSocialWorker,
    SeniorPractitioner,
    SocialWorkAssistant,
    OccupationalTherapist,
    TeamManager,
    SeniorManager,
    PrincipalSocialWorker,
    Director,
    Other
};
enum class TrainingCourse : std::uint8_t {
    InformationSecurity,
    DataProtection,
    Safeguarding,
    MentalCapacity,
    Other
};
// CLD Gender.
enum class Gender : std::uint8_t { Unrecorded, Male, Female, Other, NotKnown, NotStated };
// CLD Ethnicity (census categories).
enum class Ethnicity : std::uint8_t {
    Unrecorded,
    WhiteBritish,
    WhiteIrish,
    WhiteGypsyOrIrishTraveller,
    WhiteOther,
    MixedWhiteBlackCaribbean,
    MixedWhiteBlackAfrican,
    MixedWhiteAsian,
    MixedOther,
    AsianIndian,
    AsianPakistani,
    AsianBangladeshi,
    AsianChinese,
    AsianOther,
    BlackAfrican,
    BlackCaribbean,
    BlackOther,
    OtherArab,
    Other,
    Refused,
    Undeclared
};
// CLD Primary Support Reason.
enum class PrimarySupportReason : std::uint8_t {
    Unrecorded,
    PhysicalAccessAndMobilityOnly,
    PhysicalPersonalCare,
    SensoryVisual,
    SensoryHearing,
    SensoryDual,
    MemoryAndCognition,
    LearningDisability,
    MentalHealth,
    SocialSubstanceMisuse,
    SocialAsylumSeeker,
    SocialIsolationOther,
    NotKnown
};
enum class CaseStatus : std::uint8_t { Open, Closed };
enum class AllocationRole : std::uint8_t { Primary, Secondary };
// CLD Request_Route_Of_Access.
enum class RouteOfAccess : std::uint8_t {
    Unrecorded,
    PlannedEntryTransition,
    DischargeFromHospital,
    DiversionFromHospital,
    CommunityOther,
    Prison,
    SelfFunder,
    DischargeFromReablement,
    TransferFromOtherLa
};
// Hackney/Mosaic-style case note types; CaseAudit is the policy's "Audit Case Note".
enum class NoteType : std::uint8_t {
    Visit,
    Phone,
    Correspondence,
    CaseAudit,
    RecordOfSupervisionDiscussion,
    ManagersDecision,
    Other
};
enum class AssessmentKind : std::uint8_t { Core, Carer, OccupationalTherapy, Financial, Other };
enum class SectionKind : std::uint8_t {
    Risk,
    Safeguarding,
    MentalCapacity,
    Strengths,
    Outcomes,
    Needs,
    Other
};
enum class GivenMethod : std::uint8_t { InPerson, Post, Email, Portal, Other };
// CLD Review_Reason.
enum class ReviewReason : std::uint8_t {
    Planned,
    UnplannedHospital,
    UnplannedCarerRelated,
    UnplannedSafeguarding,
    UnplannedProviderFailure,
    UnplannedChangeInCommissioning,
    UnplannedOther
};
// CLD Method_Of_Review.
enum class ReviewMethod : std::uint8_t { Unrecorded, Person, Carer, PersonAndCarer };
enum class SafeguardingKind : std::uint8_t { Concern, Enquiry };
enum class SafeguardingOutcome : std::uint8_t {
    Unrecorded,
    NoFurtherAction,
    ProgressToEnquiry,
    RiskRemoved,
    RiskReduced,
    RiskRemains,
    Other
};
enum class CapacityOutcome : std::uint8_t { HasCapacity, LacksCapacity, NotConcluded };
enum class DocumentKind : std::uint8_t { Email, Letter, Report, Form, Other };
enum class FileFormat : std::uint8_t {
    Pdf,
    Doc,
    Docx,
    Msg,
    Eml,
    Txt,
    Rtf,
    Jpg,
    Png,
    Tiff,
    Xlsx,
    Other
};
enum class AuditKind : std::uint8_t {
    Unrecorded,
    FirstLine,
    SeniorManager,
    ProfessionalStandards,
    Peer,
    Other
};
enum class AuditGrade : std::uint8_t {
    Unrecorded,
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate
};

// The kebab-case names of an enumeration, in enumerator order ("" for Unrecorded).
template <typename E>
struct EnumNames;
template <>
struct EnumNames<TeamKind> {
    static constexpr std::string_view v[] = {"community", "hospital", "other"};
};
template <>
struct EnumNames<WorkerRole> {
    static constexpr std::string_view v[] = {"qualified-social-worker",
                                             "senior-practitioner",
                                             "social-work-assistant",
                                             "occupational-therapist",
                                             "team-manager",
                                             "senior-manager",
                                             "principal-social-worker",
                                             "director",
                                             "other"};
};
template <>
struct EnumNames<TrainingCourse> {
    static constexpr std::string_view v[] = {"information-security", "data-protection",
                                             "safeguarding", "mental-capacity", "other"};
};
template <>
struct EnumNames<Gender> {
    static constexpr std::string_view v[] = {"",      "male",      "female",
                                             "other", "not-known", "not-stated"};
};
template <>
struct EnumNames<Ethnicity> {
    static constexpr std::string_view v[] = {"",
                                             "white-british",
                                             "white-irish",
                                             "white-gypsy-or-irish-traveller",
                                             "white-other",
                                             "mixed-white-black-caribbean",
                                             "mixed-white-black-african",
                                             "mixed-white-asian",
                                             "mixed-other",
                                             "asian-indian",
                                             "asian-pakistani",
                                             "asian-bangladeshi",
                                             "asian-chinese",
                                             "asian-other",
                                             "black-african",
                                             "black-caribbean",
                                             "black-other",
                                             "other-arab",
                                             "other",
                                             "refused",
                                             "undeclared"};
};
template <>
struct EnumNames<PrimarySupportReason> {
    static constexpr std::string_view v[] = {"",
                                             "physical-access-and-mobility-only",
                                             "physical-personal-care",
                                             "sensory-visual",
                                             "sensory-hearing",
                                             "sensory-dual",
                                             "memory-and-cognition",
                                             "learning-disability",
                                             "mental-health",
                                             "social-substance-misuse",
                                             "social-asylum-seeker",
                                             "social-isolation-other",
                                             "not-known"};
};
template <>
struct EnumNames<CaseStatus> {
    static constexpr std::string_view v[] = {"open", "closed"};
};
template <>
struct EnumNames<AllocationRole> {
    static constexpr std::string_view v[] = {"primary", "secondary"};
};
template <>
struct EnumNames<RouteOfAccess> {
    static constexpr std::string_view v[] = {"",
                                             "planned-entry-transition",
                                             "discharge-from-hospital",
                                             "diversion-from-hospital",
                                             "community-other",
                                             "prison",
                                             "self-funder",
                                             "discharge-from-reablement",
                                             "transfer-from-other-la"};
};
template <>
struct EnumNames<NoteType> {
    static constexpr std::string_view v[] = {"visit",
                                             "phone",
                                             "correspondence",
                                             "case-audit",
                                             "record-of-supervision-discussion",
                                             "managers-decision",
                                             "other"};
};
template <>
struct EnumNames<AssessmentKind> {
    static constexpr std::string_view v[] = {"core", "carer", "occupational-therapy", "financial",
                                             "other"};
};
template <>
struct EnumNames<SectionKind> {
    static constexpr std::string_view v[] = {
        "risk", "safeguarding", "mental-capacity", "strengths", "outcomes", "needs", "other"};
};
template <>
struct EnumNames<GivenMethod> {
    static constexpr std::string_view v[] = {"in-person", "post", "email", "portal", "other"};
};
template <>
struct EnumNames<ReviewReason> {
    static constexpr std::string_view v[] = {"planned",
                                             "unplanned-hospital",
                                             "unplanned-carer-related",
                                             "unplanned-safeguarding",
                                             "unplanned-provider-failure",
                                             "unplanned-change-in-commissioning",
                                             "unplanned-other"};
};
template <>
struct EnumNames<ReviewMethod> {
    static constexpr std::string_view v[] = {"", "person", "carer", "person-and-carer"};
};
template <>
struct EnumNames<SafeguardingKind> {
    static constexpr std::string_view v[] = {"concern", "enquiry"};
};
template <>
struct EnumNames<SafeguardingOutcome> {
    static constexpr std::string_view v[] = {"",
                                             "no-further-action",
                                             "progress-to-enquiry",
                                             "risk-removed",
                                             "risk-reduced",
                                             "risk-remains",
                                             "other"};
};
template <>
struct EnumNames<CapacityOutcome> {
    static constexpr std::string_view v[] = {"has-capacity", "lacks-capacity", "not-concluded"};
};
template <>
struct EnumNames<DocumentKind> {
    static constexpr std::string_view v[] = {"email", "letter", "report", "form", "other"};
};
template <>
struct EnumNames<FileFormat> {
    static constexpr std::string_view v[] = {"pdf", "doc", "docx", "msg",  "eml",  "txt",
                                             "rtf", "jpg", "png",  "tiff", "xlsx", "other"};
};
template <>
struct EnumNames<AuditKind> {
    static constexpr std::string_view v[] = {
        "", "first-line", "senior-manager", "professional-standards", "peer", "other"};
};
template <>
struct EnumNames<AuditGrade> {
    static constexpr std::string_view v[] = {"", "outstanding", "good", "requires-improvement",
                                             "inadequate"};
};

// The format's spelling of `value` ("" for Unrecorded).
template <typename E>
std::string_view enum_name(E value) {
    return EnumNames<E>::v[static_cast<std::size_t>(value)];
}

// The enumerator spelt `name`, or nullopt. "" never matches (Unrecorded is not a value
// an extract may spell out).
template <typename E>
std::optional<E> parse_enum(std::string_view name) {
    if (name.empty())
        return std::nullopt;
    std::size_t i = 0;
    for (std::string_view candidate : EnumNames<E>::v) {
        if (candidate == name)
            return static_cast<E>(i);
        ++i;
    }
    return std::nullopt;
}

// "community, hospital, other": the allowed values, for error messages.
template <typename E>
std::string enum_name_list() {
    std::string out;
    for (std::string_view candidate : EnumNames<E>::v) {
        if (candidate.empty())
            continue;
        if (!out.empty())
            out += ", ";
        out += candidate;
    }
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Organisation: metadata, teams, workers, people
// ---------------------------------------------------------------------------

// `metadata`: what the file is and the date it describes.
struct Metadata {
    int format_version = 0;
    DateTime extracted_at;
    Date as_at;
    std::string organisation_name;
    std::string organisation_code;
    std::string source_system;
};

// A team's own caseload limits, overriding the policy's 25 / 28.
struct CaseloadLimits {
    int upper = 0;
    int absolute = 0;
};

// `teams[]`.
struct Team {
    StrId id = k_no_str;
    TextRef name;
    TeamKind kind = TeamKind::Other;
    std::optional<CaseloadLimits> caseload_limits;
};

// `workers[].training[]`: one completed course.
struct Training {
    Index worker = k_no_index;
    TrainingCourse course = TrainingCourse::Other;
    Date completed;
};

// `workers[]`: staff, from practitioners to the Director.
struct Worker {
    StrId id = k_no_str;
    TextRef name;
    Index team = k_no_index;
    WorkerRole role = WorkerRole::Other;
    bool qualified = false;
    Date start;
    std::optional<Date> end;
    float fte = 1.0f;
    std::optional<Date> asye_start;
    std::optional<Date> asye_completed;
    Index line_manager = k_no_index;
    Range training; // into Extract::training
};

// `people[]`: adults receiving care and support.
struct Person {
    StrId id = k_no_str;
    TextRef name;
    Date date_of_birth;
    Gender gender = Gender::Unrecorded;
    Ethnicity ethnicity = Ethnicity::Unrecorded;
    PrimarySupportReason primary_support_reason = PrimarySupportReason::Unrecorded;
};

// ---------------------------------------------------------------------------
// [SECTION] Case files and what they contain
// ---------------------------------------------------------------------------
// Every record below belongs to one case (`case_index`) and sits in the case's Range.

// `cases[].allocations[]`: who held the case, from..to inclusive (to empty: continuing).
struct Allocation {
    Index case_index = k_no_index;
    Index worker = k_no_index;
    Date from;
    std::optional<Date> to;
    AllocationRole role = AllocationRole::Primary;
    // True when the allocation covers `day`.
    bool covers(Date day) const { return from <= day && (!to || day <= *to); }
};

// `cases[].requests[]`: CLD Request event.
struct Request {
    StrId id = k_no_str;
    Index case_index = k_no_index;
    Date received;
    RouteOfAccess route_of_access = RouteOfAccess::Unrecorded;
    TextRef outcome;
};

// `cases[].notes[]`: a case note; both dates are kept because timeliness rules compare them.
struct Note {
    StrId id = k_no_str;
    Index case_index = k_no_index;
    Index author = k_no_index;
    NoteType type = NoteType::Other;
    Date event_date;
    DateTime recorded_at;
    TextRef title;
    TextRef text;
};

// `givenToPerson`: when and how an assessment, plan or review was given to the person.
struct GivenToPerson {
    Date date;
    GivenMethod method = GivenMethod::Other;
};

// `cases[].assessments[].sections[]`: a section of an assessment (risk, strengths...).
struct AssessmentSection {
    Index assessment = k_no_index;
    SectionKind kind = SectionKind::Other;
    bool completed = false;
    std::optional<Date> completed_date;
    TextRef text;
};

// `cases[].assessments[]`: CLD Assessment event; `kind == Core` is the core assessment.
struct Assessment {
    StrId id = k_no_str;
    Index case_index = k_no_index;
    AssessmentKind kind = AssessmentKind::Other;
    Index author = k_no_index;
    Date start;
    std::optional<Date> completed;
    Range sections; // into Extract::sections
    std::optional<GivenToPerson> given_to_person;
};

// `cases[].plans[]`: care and support plan.
struct Plan {
    StrId id = k_no_str;
    Index case_index = k_no_index;
    Index author = k_no_index;
    Date start;
    std::optional<Date> completed;
    std::optional<Date> review_due;
    TextRef text;
    std::optional<GivenToPerson> given_to_person;
};

// `cases[].services[]`: CLD Service event.
struct Service {
    StrId id = k_no_str;
    Index case_index = k_no_index;
    TextRef service_type;
    Date start;
    std::optional<Date> end;
};

// `cases[].reviews[]`: CLD Review event.
struct Review {
    StrId id = k_no_str;
    Index case_index = k_no_index;
    Index author = k_no_index;
    ReviewReason reason = ReviewReason::Planned;
    ReviewMethod method = ReviewMethod::Unrecorded;
    std::optional<Date> due;
    std::optional<Date> completed;
    TextRef text;
    std::optional<GivenToPerson> given_to_person;
};

// `cases[].safeguarding[]`: a safeguarding concern or enquiry (not in CLD).
struct Safeguarding {
    StrId id = k_no_str;
    Index case_index = k_no_index;
    SafeguardingKind kind = SafeguardingKind::Concern;
    Date raised;
    std::optional<Date> decision;
    std::optional<Date> closed;
    Index lead = k_no_index;
    SafeguardingOutcome outcome = SafeguardingOutcome::Unrecorded;
    TextRef text;
};

// `cases[].capacityAssessments[]`: a Mental Capacity Act assessment (not in CLD).
struct CapacityAssessment {
    StrId id = k_no_str;
    Index case_index = k_no_index;
    Index author = k_no_index;
    Date date;
    TextRef decision;
    CapacityOutcome outcome = CapacityOutcome::NotConcluded;
    TextRef text;
};

// `cases[].documents[]`: an uploaded document or piece of correspondence.
struct Document {
    StrId id = k_no_str;
    Index case_index = k_no_index;
    DocumentKind kind = DocumentKind::Other;
    FileFormat file_format = FileFormat::Other;
    bool indexed = false;
    std::optional<Date> received;
    Date uploaded;
    TextRef title;
};

// `cases[]`: one case file. The Ranges index the Extract's flat vectors.
struct Case {
    StrId id = k_no_str;
    Index person = k_no_index;
    Index team = k_no_index;
    CaseStatus status = CaseStatus::Open;
    Date opened;
    std::optional<Date> closed;
    Range allocations;
    Range requests;
    Range notes;
    Range assessments;
    Range plans;
    Range services;
    Range reviews;
    Range safeguarding;
    Range capacity_assessments;
    Range documents;
};

// ---------------------------------------------------------------------------
// [SECTION] Supervision, Director discussions, audits
// ---------------------------------------------------------------------------

// `supervisions[].decisions[]` and `.actions[]`.
struct SupervisionItem {
    Index supervision = k_no_index;
    Index case_index = k_no_index; // k_no_index: not about one case
    TextRef text;
    Index owner = k_no_index; // actions only
    std::optional<Date> due;  // actions only
};

// `supervisions[]`: a supervision record.
struct Supervision {
    StrId id = k_no_str;
    Index supervisee = k_no_index;
    Index supervisor = k_no_index;
    Date held;
    DateTime recorded_at;
    Range cases_discussed; // into Extract::supervision_cases
    Range decisions;       // into Extract::supervision_items
    Range actions;         // into Extract::supervision_items
    TextRef text;
};

// `directorDiscussions[]`: evidence that a caseload deviation was discussed with the
// Director.
struct DirectorDiscussion {
    StrId id = k_no_str;
    Index worker = k_no_index;
    Index director = k_no_index;
    Date date;
    int agreed_caseload = 0;
    Date period_from;
    std::optional<Date> period_to;
    TextRef note;
};

// `audits[]`: a case audit already on file.
struct AuditRecord {
    StrId id = k_no_str;
    Index case_index = k_no_index;
    Index auditor = k_no_index;
    Date date;
    AuditKind kind = AuditKind::Unrecorded;
    AuditGrade grade = AuditGrade::Unrecorded;
    TextRef note;
};

// ---------------------------------------------------------------------------
// [SECTION] Extract
// ---------------------------------------------------------------------------

// Lookup from an interned id to the record that has it: (StrId, Index) pairs sorted by
// StrId, 8 bytes per record and a binary search, instead of a hash map per kind.
class IdIndex {
public:
    void build(std::vector<std::pair<StrId, Index>> pairs); // pairs must have distinct StrIds
    Index find(StrId id) const;
    std::size_t memory_bytes() const { return pairs_.capacity() * sizeof(pairs_[0]); }

private:
    std::vector<std::pair<StrId, Index>> pairs_;
};

// The whole imported data set. Only the importer builds one; everything else reads it.
struct Extract {
    Metadata metadata;
    StringTable ids;
    TextStore text;

    std::vector<Team> teams;
    std::vector<Worker> workers;
    std::vector<Training> training;
    std::vector<Person> people;

    std::vector<Case> cases;
    std::vector<Allocation> allocations;
    std::vector<Request> requests;
    std::vector<Note> notes;
    std::vector<Assessment> assessments;
    std::vector<AssessmentSection> sections;
    std::vector<Plan> plans;
    std::vector<Service> services;
    std::vector<Review> reviews;
    std::vector<Safeguarding> safeguarding;
    std::vector<CapacityAssessment> capacity_assessments;
    std::vector<Document> documents;

    std::vector<Supervision> supervisions;
    std::vector<Index> supervision_cases;
    std::vector<SupervisionItem> supervision_items;
    std::vector<DirectorDiscussion> director_discussions;
    std::vector<AuditRecord> audits;

    // Id indexes, built by the importer once every record is read.
    IdIndex team_by_id;
    IdIndex worker_by_id;
    IdIndex person_by_id;
    IdIndex case_by_id;
    IdIndex note_by_id;
    IdIndex supervision_by_id;

    std::string_view id_of(StrId id) const { return id == k_no_str ? "" : ids.view(id); }
    std::string_view text_of(TextRef ref) const { return text.view(ref); }

    // Record index from an id string; k_no_index when there is none.
    Index find_team(std::string_view id) const { return team_by_id.find(ids.find(id)); }
    Index find_worker(std::string_view id) const { return worker_by_id.find(ids.find(id)); }
    Index find_person(std::string_view id) const { return person_by_id.find(ids.find(id)); }
    Index find_case(std::string_view id) const { return case_by_id.find(ids.find(id)); }
    Index find_note(std::string_view id) const { return note_by_id.find(ids.find(id)); }

    // Record lookups every rule and view uses, so that all of them name the same people.
    // A worker's or team's name by index, bounds-checked: "" for k_no_index or an index out
    // of range (a reference the importer could not resolve).
    std::string_view worker_name(Index w) const;
    std::string_view team_name(Index t) const;
    // The worker holding case `c`'s primary allocation on `day` (Allocation::covers): the
    // case's worker on that day. When two primary allocations cover the day (they overlap,
    // which the import warns about: check_primary_allocations), the one that started later;
    // of two starting on the same day, the later in the file. k_no_index when no primary
    // allocation covers the day, or `c` is out of range.
    Index primary_worker_on(Index c, Date day) const;
    // The case's worker on `day` if it has one, else its last one before: the worker whose
    // primary allocation ended last before `day` (of two ending the same day, the later in
    // the file). Allocations starting after `day` never count. k_no_index when there is none.
    Index last_primary_worker(Index c, Date day) const;

    // Approximate heap bytes held, reported by `caseaudit summary` and the benchmark.
    std::size_t memory_bytes() const;
};

} // namespace ca
