// Case Audit - practising on a training pack: which audit of a practice case the trainee
// works on, and where each practice case stands.
//
// The trainee's practice audits are ordinary audits in the workbook of the pack's extract
// (kept in the browser like any workbook, so progress survives a reload), added by hand
// with no sample. A case's practice audit is its latest audit not yet completed; when there
// is none (never practised, or every attempt submitted) a new one is made, judged as at the
// practice case's audit date. Submitting is completing the audit; the feedback compares the
// latest completed audit of each case (feedback.h, compare_workbook).
#pragma once

#include "core/audit/workbook.h"
#include "core/audit/workbook_edit.h"
#include "core/policy/policy.h"
#include "core/training/pack.h"

#include <string>

namespace ca::training {

// The id of the trainee's practice audit of `practice` in `wb`: its latest audit of the case
// not yet completed, or a new one (added to the workbook, judged as at practice.audit_date,
// with the workbook's auditor). Refused when the case is not in `extract`.
audit::EditResult practice_audit(audit::Workbook& wb, const Policy& policy, const Extract& extract,
                                 const PracticeCase& practice);

// The latest completed audit of case `case_id` (by completion date; on the same date the
// later in the workbook; one with no completion date only while no dated one came after it
// in the workbook), nullptr when there is none: the one the feedback
// compares.
const audit::Audit* latest_completed_audit(const audit::Workbook& wb, std::string_view case_id);

enum class PracticeStatus { NotStarted, InProgress, Submitted };

struct PracticeProgress {
    PracticeStatus status = PracticeStatus::NotStarted;
    int attempts = 0;            // completed audits of the case
    std::string open_audit;      // the audit not yet completed ("" none)
    std::string submitted_audit; // the latest completed audit ("" none)
};

// Where the trainee is with one practice case: submitted once any audit of it is completed
// (a new attempt in progress does not take that back), else in progress once an audit of it
// exists.
PracticeProgress practice_progress(const audit::Workbook& wb, std::string_view case_id);

} // namespace ca::training
