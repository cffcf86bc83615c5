// Case Audit - what a report counts: the extract's past audits and the audits of one or
// more workbooks, combined.
//
// The auditor's own workbook and the workbooks other auditors saved for the same extract
// are added together. The rules of combining:
//   - a workbook saved for another extract (another fingerprint) is refused, with a message
//     naming the file and both extracts; nothing of it is counted;
//   - the same audit in two workbooks (the same kind of record, the same record id, the
//     same auditor's name, ignoring case and outer spaces, and the same "judged as at"
//     date: a copy of a colleague's workbook) is counted once, from the workbook saved
//     last (its `modified` time; on a tie the file added first), and the clash is listed,
//     saying whether the two copies' results differ;
//   - a workbook audit that is also on the extract as a past audit (the same case and date,
//     by a worker of the same name) is counted once, as the workbook's audit, which holds
//     its results;
//   - nothing is changed in the files added.
// A workbook audit is "done" when it is completed; its date is the completion date (the
// day the auditor completed it), or the date judged at when none is recorded. Planned and
// in-progress audits count nowhere but the actions register.
//
// Index of this file:
// [SECTION] Inputs
// [SECTION] The combined audits
#pragma once

#include "core/audit/scoring.h"
#include "core/audit/workbook.h"
#include "core/policy/policy.h"

#include <cstddef>
#include <string>
#include <vector>

namespace ca::report {

// ---------------------------------------------------------------------------
// [SECTION] Inputs
// ---------------------------------------------------------------------------

// One workbook added to a report, as loaded by audit::load_workbook_json.
struct WorkbookInput {
    std::string file; // the file's name as the user chose it ("north-team.json")
    audit::Workbook workbook;
};

// What became of each workbook added, in the order added.
struct InputFile {
    std::string file;
    bool accepted = false;
    std::string message; // why it was refused; "" when accepted
    int audits = 0;      // audits the file holds
    int completed = 0;   // of them completed
    int duplicates = 0;  // of them counted from another file instead
};

// The same audit found in two workbooks.
struct Clash {
    std::string kept_file;
    std::string kept_id;
    std::string dropped_file;
    std::string dropped_id;
    bool results_differ = false; // status, answers, grade override or actions differ
    std::string message;         // a sentence for the manager
};

// ---------------------------------------------------------------------------
// [SECTION] The combined audits
// ---------------------------------------------------------------------------

enum class AuditSource : std::uint8_t { Workbook, Extract };

// One audit the report counts, from a workbook or the extract, with what the figures need.
struct ReportAudit {
    AuditSource source = AuditSource::Workbook;
    std::size_t file = 0;  // Workbook: index into WorkbookInput / InputFile
    std::size_t index = 0; // Workbook: into its audits; Extract: into Extract::audits
    std::string id;        // "A-3" (workbook) or "AUD-12" (extract)
    audit::RecordSet records = audit::RecordSet::Cases;
    Index record = k_no_index; // the case or supervision in the extract
    std::string record_id;
    std::string auditor;               // the name
    Index auditor_worker = k_no_index; // the worker of that name in the extract, if any
    AuditKind kind = AuditKind::Unrecorded;
    bool done = false;         // completed (extract audits always are)
    Date date;                 // done on (completed, else judged as at)
    Index team = k_no_index;   // the case's team; the supervisee's team
    Index worker = k_no_index; // the case's primary worker on `date`; the supervisee
    // The overall grade: a workbook audit's override, or its score's grade (the policy's
    // bands); an extract audit's recorded grade. None when not graded.
    audit::Grade grade = audit::Grade::None;
    bool scored = false; // a workbook audit with applicable areas: `score` is meaningful
    audit::Score score;
    bool also_in_extract = false; // the extract holds it too, as a past audit
};

struct CombinedAudits {
    std::string fingerprint; // the extract's
    std::vector<InputFile> files;
    std::vector<ReportAudit> audits; // workbook audits in file order, then the extract's
    std::vector<Clash> clashes;
    int extract_audits = 0;     // past audits in the extract
    int extract_duplicates = 0; // of them counted as a workbook's audit
};

// The kind of an audit from the capacity a workbook records ("First-line manager",
// "senior manager", "Professional standards", "Peer auditor"...): the first words, case
// ignored; anything else is Other, nothing is Unrecorded.
AuditKind kind_from_capacity(std::string_view capacity);
// "First-line", "Senior manager", "Professional standards", "Peer", "Other", "Not recorded".
std::string_view audit_kind_title(AuditKind kind);
// audit::Grade for an extract's recorded grade.
audit::Grade grade_from_extract(AuditGrade g);

// Combines the extract's past audits and the workbooks. `fingerprint` is the extract's
// (extract_fingerprint(), computed once by the caller).
CombinedAudits combine_audits(const Extract& extract, const std::string& fingerprint,
                              const Policy& policy, const std::vector<WorkbookInput>& inputs);

// The workbook audit behind a ReportAudit (nullptr for an extract's audit).
const audit::Audit* workbook_audit(const std::vector<WorkbookInput>& inputs, const ReportAudit& a);

} // namespace ca::report
