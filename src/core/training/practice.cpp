// Case Audit - practising on a training pack (see practice.h for the rules).
#include "core/training/practice.h"

namespace ca::training {

const audit::Audit* latest_completed_audit(const audit::Workbook& wb, std::string_view case_id) {
    const audit::Audit* latest = nullptr;
    for (const audit::Audit& a : wb.audits) {
        if (a.records != audit::RecordSet::Cases || a.record_id != case_id ||
            a.status != audit::AuditStatus::Completed) {
            continue;
        }
        // A later one in the workbook wins unless it was completed before the one held (or
        // has no completion date while the one held has).
        if (!latest || !latest->completed || (a.completed && *a.completed >= *latest->completed)) {
            latest = &a;
        }
    }
    return latest;
}

audit::EditResult practice_audit(audit::Workbook& wb, const Policy& policy, const Extract& extract,
                                 const PracticeCase& practice) {
    if (extract.find_case(practice.case_id) == k_no_index) {
        return {"Case " + practice.case_id + " is not in the open extract.", {}};
    }
    const PracticeProgress p = practice_progress(wb, practice.case_id);
    if (!p.open_audit.empty()) {
        return {{}, p.open_audit};
    }
    audit::Audit a = audit::new_audit(wb, policy, audit::RecordSet::Cases, practice.case_id, {});
    a.audit_date = practice.audit_date;
    std::string id = a.id;
    wb.audits.push_back(std::move(a));
    return {{}, std::move(id)};
}

PracticeProgress practice_progress(const audit::Workbook& wb, std::string_view case_id) {
    PracticeProgress p;
    for (const audit::Audit& a : wb.audits) {
        if (a.records != audit::RecordSet::Cases || a.record_id != case_id) {
            continue;
        }
        if (a.status == audit::AuditStatus::Completed) {
            ++p.attempts;
        } else {
            p.open_audit = a.id; // the latest not completed
        }
    }
    if (const audit::Audit* done = latest_completed_audit(wb, case_id)) {
        p.submitted_audit = done->id;
    }
    p.status = p.attempts > 0          ? PracticeStatus::Submitted
               : !p.open_audit.empty() ? PracticeStatus::InProgress
                                       : PracticeStatus::NotStarted;
    return p;
}

} // namespace ca::training
