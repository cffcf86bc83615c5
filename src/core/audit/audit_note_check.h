// Case Audit - is there an Audit Case Note for each audit? (policy: "An Audit Case Note should
// be added to the record by the auditing manager in order to ensure that viewers of the
// record can visibly see that the case has been audited.")
//
// One function, audit_note_check(), used by every view that shows it (the CLI's `caseaudit
// audit-notes`, the app's audit log, the reports' totals), so they all count the same way.
//
// THE RULE. An audit is checked when it is
//   - an audit on file in the extract (`audits[]`) whose case is in the extract, or
//   - a completed case audit of the workbook (when one is given) whose case is in the
//     extract; an extract audit of the same case on the same day stands for it, so one
//     audit is never checked twice.
// Its window starts on the audit date A (an extract audit's date; a workbook audit's
// completion date, else the date it judged at) and ends on W = add_working_days(A,
// policy.timescales.audit_note_working_days) (default 5; weekends and the policy's bank
// holidays do not count; 0 means the same day). The note looked for is a case note of type
// "case-audit" on the audited case, written by the auditor, recorded (recordedAt's date) on
// or after A and on or before W. Then, with the extract's as-at date T:
//   Found       such a note exists;
//   Late        no such note, but a case-audit note by the auditor was recorded after W
//               (on or before T): the note was added, late; counted as missing;
//   NotDueYet   no note yet and T <= W: the window is still open on the as-at date (its
//               last day included: a note may still be added that day), so nothing is
//               missing yet (a workbook audit completed on the extract's own data is here);
//   Missing     no note, and the window closed before T (W < T).
// Who the auditor is: an extract audit names a worker; with none recorded, a case-audit note
// by anyone counts (auditor_known false). A workbook audit gives a name: the extract's one
// worker of that name (ignoring letter case and spaces at either end); when no worker, or
// more than one, has it, a note by anyone counts (auditor_known false), and the row says so.
// Decided where the policy is silent: the window is counted from the audit date, not the
// date an audit record was written; a note recorded before the audit date does not count
// (it cannot record an audit not yet done); supervision records' audits are not checked (the
// policy asks for the note on the case record).
//
// Index of this file:
// [SECTION] Result
// [SECTION] The check
#pragma once

#include "core/audit/workbook.h"
#include "core/extract/model.h"
#include "core/policy/policy.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Result
// ---------------------------------------------------------------------------

enum class AuditNoteStatus : std::uint8_t { Found, Late, NotDueYet, Missing };
// "found", "late", "not-due-yet", "missing"
std::string_view audit_note_status_key(AuditNoteStatus s);
// "Audit case note found", "Audit case note added late", ...
std::string_view audit_note_status_label(AuditNoteStatus s);

enum class AuditSource : std::uint8_t { Extract, Workbook };

struct AuditNoteRow {
    AuditSource source = AuditSource::Extract;
    std::string audit_id; // the extract's audit id, or the workbook's ("A-3")
    Index case_index = k_no_index;
    std::string case_id;
    Index auditor = k_no_index; // the worker, when known
    std::string auditor_name;   // the worker's name, or the workbook's name for the auditor
    bool auditor_known = true;  // false: no worker identified, a note by anyone counts
    Date audit_date;            // A
    Date window_end;            // W, inclusive
    AuditNoteStatus status = AuditNoteStatus::Missing;
    Index note = k_no_index; // the note found (Found) or added late (Late)
    std::string message;     // one sentence a manager reads
};

struct AuditNoteCheck {
    Date as_at;                     // T: the extract's as-at date (or the one given)
    int working_days = 0;           // the policy's window, in working days
    std::vector<AuditNoteRow> rows; // every audit checked, by audit date then audit id
    std::size_t found = 0;
    std::size_t late = 0;
    std::size_t not_due_yet = 0;
    std::size_t missing = 0; // without a note (Missing only; `late` counts the late ones)
    // The rows without a note in time (Missing and Late), in row order: what to follow up.
    std::vector<const AuditNoteRow*> without_note() const;
};

// ---------------------------------------------------------------------------
// [SECTION] The check
// ---------------------------------------------------------------------------

// Every audit of the extract (and of `workbook`, when not null) checked for its audit case
// note, as described at the top of this file. The workbook need not have been made on this
// extract: its audits whose cases are not in the extract are left out. `as_at` stands for
// the extract's as-at date as T when given (a report read on another date): notes recorded
// after it are not seen.
AuditNoteCheck audit_note_check(const Extract& extract, const Policy& policy,
                                const Workbook* workbook = nullptr,
                                std::optional<Date> as_at = std::nullopt);

} // namespace ca::audit
