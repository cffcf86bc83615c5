// Case Audit - the audit workbook: all of an auditor's work on one extract.
//
// Samples and their seeds, audits with their results, comments, grades, actions and notes,
// and the words the auditor added to the dictionary: one versioned JSON document
// (docs/workbook-format.md), tied to its extract by the extract's fingerprint. It holds only
// the auditor's own work, never the extract: record ids, not records. The app saves it in the
// browser after every change and restores it when the same extract is opened again; it can
// be saved to and opened from a file.
//
// Index of this file:
// [SECTION] Audits
// [SECTION] Samples
// [SECTION] Workbook
// [SECTION] JSON
// [SECTION] Checking against an extract
#pragma once

#include "core/audit/checklist.h"
#include "core/audit/sampling.h"
#include "core/calendar/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca::audit {

inline constexpr int k_workbook_version = 1;
inline constexpr std::string_view k_workbook_format = "case-audit-workbook";

// ---------------------------------------------------------------------------
// [SECTION] Audits
// ---------------------------------------------------------------------------

enum class AuditStatus : std::uint8_t { Planned, InProgress, Completed };
std::string_view audit_status_key(AuditStatus s); // "planned", "in-progress", "completed"
std::optional<AuditStatus> parse_audit_status_key(std::string_view key);
std::string_view audit_status_label(AuditStatus s); // "Planned", "In progress", "Completed"

struct AreaAnswer {
    std::string key; // CaseAreaInfo::key or ChecklistItem::key
    AreaResult result = AreaResult::Unanswered;
    std::string comment;
};

struct ActionItem {
    std::string text;
    std::string owner; // a worker id from the extract, or a name
    std::optional<Date> due;
    bool done = false;
};

struct Audit {
    std::string id;                       // "A-1", unique in the workbook
    RecordSet records = RecordSet::Cases; // what is audited: a case or a supervision record
    std::string record_id;                // the case's or supervision record's id in the extract
    std::string sample_id;                // the sample it was drawn in ("" when added by hand)
    AuditStatus status = AuditStatus::Planned;
    std::string auditor;            // name
    std::string capacity;           // "first-line manager", "senior manager", ...
    std::optional<Date> audit_date; // the date the records are judged as at; set when started
    // The day the auditor completed it (the device's local date when Complete was pressed),
    // and why it was corrected by hand when the device's clock was wrong ("" not corrected).
    std::optional<Date> completed;
    std::string completed_reason;
    std::vector<AreaAnswer> answers; // one per area or item, in checklist order
    Grade grade_override = Grade::None;
    std::string override_reason;
    std::string summary; // the auditor's overall comment
    std::string recommendations;
    std::vector<ActionItem> actions;
    bool discuss_in_supervision = false;
    bool chosen_for_supervision_review = false;
};

// ---------------------------------------------------------------------------
// [SECTION] Samples
// ---------------------------------------------------------------------------

// A change the auditor made to a drawn sample, with the reason recorded.
struct SampleChange {
    bool added = false; // false: removed
    std::string record_id;
    std::string reason;
};

struct Sample {
    std::string id; // "S-1"
    SampleSpec spec;
    std::vector<DrawnRecord> drawn; // as drawn (index is refreshed against the extract)
    std::vector<SampleChange> changes;
    std::string created; // ISO date-time, local
};

// ---------------------------------------------------------------------------
// [SECTION] Workbook
// ---------------------------------------------------------------------------

// Which extract a workbook belongs to.
struct ExtractIdentity {
    std::string fingerprint; // extract_fingerprint()
    std::string organisation;
    std::string as_at;        // ISO date
    std::string extracted_at; // ISO date-time
};

struct Workbook {
    int version = k_workbook_version;
    ExtractIdentity extract;
    std::string policy_fingerprint; // of the policy in force when last saved
    std::string auditor;            // the default for new audits
    std::string capacity;
    std::vector<Sample> samples;
    std::vector<Audit> audits;
    std::vector<std::string> dictionary; // "Add to dictionary" words
    std::string modified;                // ISO date-time of the last change

    Audit* find_audit(std::string_view id);
    const Audit* find_audit(std::string_view id) const;
    Sample* find_sample(std::string_view id);
    const Sample* find_sample(std::string_view id) const;
    // The next free "A-n" / "S-n".
    std::string next_audit_id() const;
    std::string next_sample_id() const;
};

ExtractIdentity extract_identity(const Extract& extract);

// A new audit of `record_id` with every answer Unanswered, in checklist order (the 14 case
// areas, or the policy's supervision checklist).
Audit new_audit(const Workbook& wb, const Policy& policy, RecordSet records, std::string record_id,
                std::string sample_id);

// The audit's results in checklist order, for scoring.
std::vector<AreaResult> audit_results(const Audit& audit);

// Completed audits of cases, for the sampler's "recently audited" exclusion.
std::vector<WorkbookAudit> completed_case_audits(const Workbook& wb);

// ---------------------------------------------------------------------------
// [SECTION] JSON
// ---------------------------------------------------------------------------

struct WorkbookError {
    std::string path; // JSON path, "audits[2].answers[5].result"
    std::string message;
};

struct WorkbookLoadResult {
    std::optional<Workbook> workbook; // empty when there is an error
    std::vector<WorkbookError> errors;
    // The workbook loads, but: keys this version does not know (written by a newer build;
    // they are dropped when the workbook is next saved), a completed audit without its
    // date or with areas unanswered, an audit naming a sample the workbook does not hold.
    std::vector<WorkbookError> warnings;
    bool ok() const { return workbook.has_value(); }
};

// Every field, keys in a fixed order, 2-space indent, a final newline.
std::string save_workbook_json(const Workbook& wb);
// Strict: every problem is reported with its JSON path, and any error means no workbook.
// The sample's drawn records come back with no index: adopt_workbook() (or
// refresh_workbook_indexes()) finds them in the open extract.
WorkbookLoadResult load_workbook_json(std::string_view text);
// "path: message" lines (errors, then warnings marked "warning:"), for the command line.
std::string format_workbook_errors(const WorkbookLoadResult& result);

// ---------------------------------------------------------------------------
// [SECTION] Checking against an extract
// ---------------------------------------------------------------------------

// The index of a case (RecordSet::Cases) or supervision record in `extract`; k_no_index
// when there is none with that id.
Index find_record(const Extract& extract, RecordSet records, std::string_view id);

// Opening a workbook against an extract: whether it is the same extract, and if not which
// audits and samples still apply (their records exist in this extract).
struct WorkbookMatch {
    bool same_extract = false;
    std::vector<std::string> audits_found;   // audit ids whose record exists here
    std::vector<std::string> audits_missing; // audit ids whose record does not
    std::string message;                     // a sentence for the auditor
};
WorkbookMatch match_workbook(const Workbook& wb, const Extract& extract);

// Keeps only the audits (and the samples) whose records exist in `extract`, and takes on its
// identity: "offer what still applies". A sample is kept when any record it drew exists
// here, with its drawn records and changes cut to those that do; an audit whose sample is
// not kept is kept as added by hand (sample_id ""). Drawn records get their indexes here.
Workbook adopt_workbook(const Workbook& wb, const Extract& extract);

// Sets the index of every sample's drawn records from `extract` (k_no_index when the id is
// not there), after loading a workbook of the same extract.
void refresh_workbook_indexes(Workbook& wb, const Extract& extract);

} // namespace ca::audit
