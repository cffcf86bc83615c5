// Case Audit - report section 4, the actions register: every action of every audit in the
// combined workbooks (whatever the audit's status: an action agreed in an audit not yet
// completed is still an action), in scope, whatever the period: the register is of what is
// still owed. Overdue: not done and due before the as-at date.
#include "core/report/report.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace ca::report {

ActionsSection compute_actions(const Extract& ex, const CombinedAudits& audits,
                               const std::vector<WorkbookInput>& inputs, const ReportOptions& o) {
    ActionsSection s;
    for (std::size_t i = 0; i < audits.audits.size(); ++i) {
        const ReportAudit& a = audits.audits[i];
        const audit::Audit* wa = workbook_audit(inputs, a);
        if (!wa || !o.scope.has(a.team, a.worker))
            continue;
        for (const audit::ActionItem& item : wa->actions) {
            ActionRow r;
            r.audit = i;
            r.audit_id = a.id;
            r.file = inputs[a.file].file;
            r.record_id = a.record_id;
            if (a.team < ex.teams.size())
                r.team = std::string(ex.text_of(ex.teams[a.team].name));
            r.text = item.text;
            r.owner = item.owner;
            const Index w = ex.find_worker(item.owner);
            r.owner_name =
                w < ex.workers.size() ? std::string(ex.text_of(ex.workers[w].name)) : item.owner;
            r.due = item.due;
            r.done = item.done;
            r.overdue = !item.done && item.due && *item.due < o.as_at;
            if (r.overdue)
                r.days_overdue = days_between(*item.due, o.as_at);
            if (r.done)
                ++s.done;
            else
                ++s.open;
            if (r.overdue)
                ++s.overdue;
            s.rows.push_back(std::move(r));
        }
    }
    // Overdue first, most overdue first; then open by due date (none last); then done.
    auto order = [](const ActionRow& r) {
        const int group = r.overdue ? 0 : !r.done ? 1 : 2;
        const int due = r.due ? r.due->days : std::numeric_limits<int>::max();
        return std::make_tuple(group, due, r.audit_id, r.text);
    };
    std::stable_sort(s.rows.begin(), s.rows.end(),
                     [&](const ActionRow& a, const ActionRow& b) { return order(a) < order(b); });
    return s;
}

} // namespace ca::report
