// Case Audit - changing the audit workbook: every rule about how an auditor's work changes.
//
// The app's views and the workbook loader call these and nothing else to change a workbook,
// so each rule is written once and unit-tested here (tests/unit/test_audit_workbook_edit.cpp):
// keeping a drawn sample, adding a record to a sample by hand and taking one out (each with
// its reason in the sample's log of changes), starting an audit, what stops an audit being
// completed, completing it, correcting its completion date, and reopening it.
//
// An operation that can be refused returns an EditResult: on refusal the workbook is left
// exactly as it was and `error` is a sentence for the auditor. The core never reads a clock:
// dates and times ("completed on", "created") are passed in by the caller.
//
// Saving is not done here: after a change the app stamps the workbook (modified) and saves it
// at the end of the frame (app/audit_state.h, touch_workbook).
//
// Index of this file:
// [SECTION] Samples
// [SECTION] Starting and editing an audit
// [SECTION] Completing and reopening
#pragma once

#include "core/audit/workbook.h"
#include "core/extract/model.h"
#include "core/policy/policy.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ca::audit {

// What an operation that can be refused did: `error` is empty when it was done.
struct EditResult {
    std::string error; // why nothing was changed: "C-5001 is already in S-1."
    std::string id;    // the audit (or sample) the operation made or changed
    bool ok() const { return error.empty(); }
};

// ---------------------------------------------------------------------------
// [SECTION] Samples
// ---------------------------------------------------------------------------

// Keeps a draw as the next sample ("S-n"), created at `created` (ISO local date-time), with a
// planned audit for each record drawn, in draw order. An empty draw is refused (nothing to
// audit). Returns the sample's id.
EditResult keep_sample(Workbook& wb, const Policy& policy, const SampleSpec& spec,
                       const std::vector<DrawnRecord>& drawn, std::string created);

// The audits of record `record_id` already in the workbook, in workbook order.
std::vector<const Audit*> audits_of_record(const Workbook& wb, RecordSet records,
                                           std::string_view record_id);

// "A-3 (In progress), A-7 (Planned)": those audits in words, "" when there are none.
std::string audits_of_record_text(const Workbook& wb, RecordSet records,
                                  std::string_view record_id);

// Adds `record_id` to sample `sample_id` by hand: a planned audit of it in that sample, and
// "added, with the reason" in the sample's changes. Refused when the sample does not exist,
// the record is not in `extract` (of the sample's kind: case or supervision record), the
// reason is blank, or the record is already audited in that sample. Audits of the same
// record in other samples do not stop it (audits_of_record_text says which). Returns the
// new audit's id.
EditResult add_to_sample(Workbook& wb, const Policy& policy, const Extract& extract,
                         std::string_view sample_id, std::string_view record_id,
                         std::string_view reason);

// Takes audit `audit_id` out of its sample: the audit and its answers are deleted, and its
// sample's changes keep "removed, with the reason". Refused for an unknown audit, a blank
// reason, or a completed audit (its result is on record: reopen it first). An audit added
// by hand with no sample is deleted with nothing to log it in.
EditResult remove_from_sample(Workbook& wb, std::string_view audit_id, std::string_view reason);

// The auditor's name and role, used for the audits they start. Refused with a blank name.
EditResult set_auditor(Workbook& wb, std::string_view name, std::string_view capacity);

// "Add to dictionary": the spelling check takes `word` as correct in this workbook's audits.
// Returns false (nothing changes) for an empty word or one already added.
bool add_dictionary_word(Workbook& wb, std::string_view word);

// ---------------------------------------------------------------------------
// [SECTION] Starting and editing an audit
// ---------------------------------------------------------------------------

// The audit is being worked on (opened, or anything in it changed): a planned audit is now
// in progress; it is judged as at `judged_at` (normally the extract's as-at date) unless it
// already has its date; an empty auditor and capacity take the workbook's. A completed
// audit is left as it is. Returns whether anything changed.
bool start_audit(const Workbook& wb, Audit& audit, Date judged_at);

// Whether the auditor may change the audit's results and comments: not once completed.
bool audit_editable(const Audit& audit);

// The result of area or item `key`. Refused (false) for a completed audit or an unknown key;
// otherwise the audit is started as by start_audit(). Returns whether anything changed.
bool set_result(const Workbook& wb, Audit& audit, Date judged_at, std::string_view key,
                AreaResult result);

// The grade override (Grade::None: the score's grade stands). A reason is asked for by
// completion_blockers(), not here: the auditor types it after choosing the grade.
bool set_grade_override(const Workbook& wb, Audit& audit, Date judged_at, Grade grade);

// A new empty action at the end; taking action `index` out. False for a completed audit or
// an index out of range.
bool add_action(const Workbook& wb, Audit& audit, Date judged_at);
bool remove_action(const Workbook& wb, Audit& audit, Date judged_at, std::size_t index);

// ---------------------------------------------------------------------------
// [SECTION] Completing and reopening
// ---------------------------------------------------------------------------

// Why the audit cannot be completed yet, one sentence each, in this order: "3 areas are not
// answered yet." ("items" for a supervision record's checklist), "The grade override needs a
// reason." Empty when it can be completed. The audit's status is not looked at: the workbook
// loader asks the same of audits already completed, to warn about one that could not have
// been (an older build's, or a file edited by hand).
std::vector<std::string> completion_blockers(const Audit& audit);
inline constexpr std::string_view k_override_needs_reason = "The grade override needs a reason.";

// Completes the audit on `completed_on`: the day the auditor pressed Complete, by the
// device's local clock (read by the caller). The date it is judged as at (audit_date) is
// kept apart and unchanged; an audit with none is judged as at `judged_at`. Refused, with
// the first blocker, while completion_blockers() gives any; refused for a completed audit.
EditResult complete_audit(const Workbook& wb, Audit& audit, Date judged_at, Date completed_on);

// Corrects the completion date of a completed audit (the device's clock was wrong), with the
// reason kept in the workbook. Refused for an audit not completed, a blank reason, or a date
// before the date it is judged as at (it cannot be completed before the records it judges).
EditResult set_completed_date(Audit& audit, Date completed_on, std::string_view reason);

// A completed audit back in progress, to be changed: its completion date and any reason for
// correcting it are cleared (completing it again dates it again). False when it was not
// completed.
bool reopen_audit(Audit& audit);

} // namespace ca::audit
