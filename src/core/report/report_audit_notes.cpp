// Case Audit - report section 1, the audit programme's last row: case audits done in the
// period whose Audit Case Note is not on the record in time. The rule is the audit note
// check's own (core/audit/audit_note_check.h), applied to the combined audits on the report's
// as-at date, so `caseaudit audit-notes`, the audit log and the report count alike.
//
// Decisions (also in docs/reports.md):
//   - counted: completed case audits done in the period and scope (the programme's own
//     audits, less those of supervision records, which the policy does not ask a note for);
//   - "without a note" is Missing plus Late (a note added after the window is not the note
//     the policy asks for in time); "not due yet" (the window still open on the as-at date)
//     is counted apart and is not missing;
//   - a workbook audit the extract also holds is checked as the extract's record of it
//     (the check's own rule: one audit is never checked twice).
#include "core/audit/audit_note_check.h"
#include "core/report/report.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

namespace ca::report {

void add_audit_notes(ProgrammeSection& s, const Extract& ex, const Policy& policy,
                     const CombinedAudits& audits, const std::vector<WorkbookInput>& inputs,
                     const ReportOptions& o) {
    AuditNotesSummary& n = s.notes;
    n = AuditNotesSummary{};
    n.working_days = policy.timescales.audit_note_working_days;
    n.without_note.label = "Case audits without an audit case note in time";
    n.without_note.counts.assign(s.buckets.size(), 0);
    // One workbook holding every workbook audit counted, each under the id of its place in
    // the combined audits ("R7"): audit ids repeat between files, and one check covers all.
    audit::Workbook merged;
    std::vector<std::size_t> counted;
    for (std::size_t i = 0; i < audits.audits.size(); ++i) {
        const ReportAudit& a = audits.audits[i];
        if (!detail::in_period_scope(a, o) || a.records != audit::RecordSet::Cases ||
            a.record >= ex.cases.size())
            continue;
        counted.push_back(i);
        if (a.source != AuditSource::Workbook)
            continue;
        audit::Audit au;
        au.id = "R" + std::to_string(i);
        au.records = audit::RecordSet::Cases;
        au.record_id = a.record_id;
        au.status = audit::AuditStatus::Completed;
        au.completed = a.date;
        au.auditor = a.auditor;
        merged.audits.push_back(std::move(au));
    }
    if (counted.empty())
        return;
    const audit::AuditNoteCheck check = audit::audit_note_check(ex, policy, &merged, o.as_at);
    std::map<std::string, const audit::AuditNoteRow*> by_id[2]; // extract's, workbook's
    std::map<std::pair<Index, Date>, const audit::AuditNoteRow*> extract_by_case_day;
    for (const audit::AuditNoteRow& row : check.rows) {
        const bool from_extract = row.source == audit::AuditSource::Extract;
        by_id[from_extract ? 0 : 1][row.audit_id] = &row;
        if (from_extract)
            extract_by_case_day.emplace(std::make_pair(row.case_index, row.audit_date), &row);
    }
    const auto find = [](const auto& map, const auto& key) -> const audit::AuditNoteRow* {
        const auto it = map.find(key);
        return it == map.end() ? nullptr : it->second;
    };

    for (const std::size_t i : counted) {
        const ReportAudit& a = audits.audits[i];
        const bool from_workbook = a.source == AuditSource::Workbook;
        const std::string key = from_workbook ? "R" + std::to_string(i) : a.id;
        const audit::AuditNoteRow* row = find(by_id[from_workbook ? 1 : 0], key);
        if (row == nullptr && from_workbook)
            row = find(extract_by_case_day, std::make_pair(a.record, a.date));
        if (row == nullptr)
            continue;
        ++n.checked;
        const bool without = row->status == audit::AuditNoteStatus::Missing ||
                             row->status == audit::AuditNoteStatus::Late;
        switch (row->status) {
        case audit::AuditNoteStatus::Found:
            ++n.found;
            break;
        case audit::AuditNoteStatus::Late:
            ++n.late;
            break;
        case audit::AuditNoteStatus::NotDueYet:
            ++n.not_due_yet;
            break;
        case audit::AuditNoteStatus::Missing:
            ++n.missing;
            break;
        }
        for (TeamProgramme& t : s.teams)
            if (t.team == a.team) {
                ++t.notes_checked;
                t.notes_missing += without ? 1 : 0;
            }
        if (!without)
            continue;
        if (const int b = bucket_index(s.buckets, a.date); b >= 0)
            ++n.without_note.counts[static_cast<std::size_t>(b)];
        ++n.without_note.total;
        MissingAuditNote m;
        m.audit = i;
        m.audit_id = a.id;
        m.file = from_workbook && a.file < inputs.size() ? inputs[a.file].file : std::string();
        m.case_id = row->case_id;
        m.team = a.team < ex.teams.size() ? std::string(ex.text_of(ex.teams[a.team].name))
                                          : std::string();
        m.auditor = a.auditor;
        m.date = a.date;
        m.window_end = row->window_end;
        m.late = row->status == audit::AuditNoteStatus::Late;
        // The check's sentence names the audit by the id it was checked under: the report's.
        m.message = row->message;
        const std::string checked_as = "Audit " + row->audit_id + " ";
        if (m.message.rfind(checked_as, 0) == 0)
            m.message.replace(0, checked_as.size(), "Audit " + a.id + " ");
        n.rows.push_back(std::move(m));
    }
    std::stable_sort(n.rows.begin(), n.rows.end(),
                     [](const MissingAuditNote& x, const MissingAuditNote& y) {
                         return x.date != y.date ? x.date < y.date : x.audit_id < y.audit_id;
                     });
}

} // namespace ca::report
