// Case Audit - messages said again to screen readers (see announcer.h).
#include "app/announcer.h"

#include "core/audit/scoring.h"
#include "platform/platform.h"

#include <utility>

namespace ca::app {

namespace {
std::string import_message(const ImportOutcome& o) {
    if (o.status == ImportStatus::Imported)
        return "Imported " + o.file_name + ": " + std::to_string(o.error_count) + " errors, " +
               std::to_string(o.warning_count) +
               " warnings. Next: Caseloads, or Sampling & "
               "audit.";
    if (o.status == ImportStatus::Failed)
        return o.file_name + " could not be imported: " + std::to_string(o.error_count) +
               " errors. They are listed on the Import page.";
    return {};
}

// "Audit A-3 completed: Good, 83.3%.", for the audit open in the workspace, "" unless it is
// completed.
std::string completed_message(const AppState& state) {
    const AuditState& a = state.audit;
    const audit::Audit* au = a.workbook.find_audit(a.workspace.audit_id);
    if (au == nullptr || au->status != audit::AuditStatus::Completed)
        return {};
    const audit::Score s =
        audit::score_results(audit::audit_results(*au), state.policy.policy.audit.bands);
    const audit::Grade g = au->grade_override != audit::Grade::None ? au->grade_override : s.grade;
    return "Audit " + au->id + " completed: " + std::string(audit::grade_label(g)) + ", " +
           audit::percent_text(s.percent) + ".";
}
} // namespace

Messages current_messages(const AppState& state) {
    Messages m;
    m.import = import_message(state.import);
    m.error = state.last_error;
    m.notice = !state.audit.notice.empty() ? state.audit.notice : state.caseloads.export_notice;
    m.warning =
        !state.audit.storage_error.empty() ? state.audit.storage_error : state.audit.warning;
    m.completed = completed_message(state);
    return m;
}

// A message is said when it appears or changes. "Completed" only when the open audit becomes
// completed, not when a completed one is opened; an explicit announcement (an export, which
// may say the same words twice) every time it is made.
void announce_changes(AppState& state) {
    static Messages before;
    static std::string before_audit;
    const Messages now = current_messages(state);
    const bool same_audit = before_audit == state.audit.workspace.audit_id;
    const std::pair<const std::string*, const std::string*> pairs[] = {
        {&now.import, &before.import},
        {&now.error, &before.error},
        {&now.notice, &before.notice},
        {&now.warning, &before.warning},
    };
    std::string say = state.announcement;
    for (const auto& [n, b] : pairs)
        if (!n->empty() && *n != *b && *n != state.announcement)
            say += (say.empty() ? "" : " ") + *n;
    if (same_audit && !now.completed.empty() && before.completed.empty())
        say += (say.empty() ? "" : " ") + now.completed;
    if (!say.empty())
        platform::announce(say);
    state.announcement.clear();
    before = now;
    before_audit = state.audit.workspace.audit_id;
}

} // namespace ca::app
