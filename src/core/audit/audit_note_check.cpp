// Case Audit - the audit case note check (the rule is in audit_note_check.h).
//
// Index of this file:
// [SECTION] Names
// [SECTION] Finding the auditor and the note
// [SECTION] The check
#include "core/audit/audit_note_check.h"

#include <algorithm>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Names
// ---------------------------------------------------------------------------

std::string_view audit_note_status_key(AuditNoteStatus s) {
    switch (s) {
    case AuditNoteStatus::Found:
        return "found";
    case AuditNoteStatus::Late:
        return "late";
    case AuditNoteStatus::NotDueYet:
        return "not-due-yet";
    case AuditNoteStatus::Missing:
        return "missing";
    }
    return "";
}

std::string_view audit_note_status_label(AuditNoteStatus s) {
    switch (s) {
    case AuditNoteStatus::Found:
        return "Audit case note found";
    case AuditNoteStatus::Late:
        return "Audit case note added late";
    case AuditNoteStatus::NotDueYet:
        return "Audit case note not due yet";
    case AuditNoteStatus::Missing:
        return "Audit case note missing";
    }
    return "";
}

std::vector<const AuditNoteRow*> AuditNoteCheck::without_note() const {
    std::vector<const AuditNoteRow*> out;
    for (const AuditNoteRow& r : rows)
        if (r.status == AuditNoteStatus::Missing || r.status == AuditNoteStatus::Late)
            out.push_back(&r);
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Finding the auditor and the note
// ---------------------------------------------------------------------------

namespace {

// `text` without spaces at either end, in lower case (ASCII letters).
std::string name_key(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return "";
    const std::size_t last = text.find_last_not_of(" \t");
    std::string out(text.substr(first, last - first + 1));
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The one worker called `name`; k_no_index when none is, or more than one.
Index worker_named(const Extract& x, std::string_view name) {
    const std::string key = name_key(name);
    if (key.empty())
        return k_no_index;
    Index found = k_no_index;
    for (Index w = 0; w < x.workers.size(); ++w) {
        if (name_key(x.text_of(x.workers[w].name)) != key)
            continue;
        if (found != k_no_index)
            return k_no_index; // two workers of that name: cannot tell which
        found = w;
    }
    return found;
}

// Fills the row's window, status and note from the case's notes.
void look_for_note(const Extract& x, const WorkingCalendar& calendar, int working_days, Date as_at,
                   AuditNoteRow& row) {
    row.window_end = calendar.add_working_days(row.audit_date, working_days);
    const Case& c = x.cases[row.case_index];
    Index late = k_no_index;
    for (Index i = c.notes.begin; i < c.notes.end(); ++i) {
        const Note& n = x.notes[i];
        if (n.type != NoteType::CaseAudit || (row.auditor_known && n.author != row.auditor))
            continue;
        const Date recorded = n.recorded_at.date;
        if (recorded < row.audit_date || as_at < recorded)
            continue;
        if (recorded <= row.window_end) {
            row.status = AuditNoteStatus::Found;
            row.note = i;
            return;
        }
        if (late == k_no_index || recorded < x.notes[late].recorded_at.date)
            late = i;
    }
    if (late != k_no_index) {
        row.status = AuditNoteStatus::Late;
        row.note = late;
    } else {
        row.status =
            as_at <= row.window_end ? AuditNoteStatus::NotDueYet : AuditNoteStatus::Missing;
    }
}

std::string row_message(const Extract& x, const AuditNoteRow& row) {
    const std::string by = row.auditor_known ? " by " + row.auditor_name : std::string();
    const std::string audit = "Audit " + row.audit_id + " of case " + row.case_id + " on " +
                              format_date_long(row.audit_date) +
                              (row.auditor_name.empty() ? "" : " (" + row.auditor_name + ")");
    const std::string window = format_date_long(row.window_end);
    std::string text;
    switch (row.status) {
    case AuditNoteStatus::Found:
        text = audit + ": audit case note " + std::string(x.id_of(x.notes[row.note].id)) +
               " recorded on " + format_date_long(x.notes[row.note].recorded_at.date) + ".";
        break;
    case AuditNoteStatus::Late:
        text = audit + ": the audit case note " + std::string(x.id_of(x.notes[row.note].id)) +
               " was recorded on " + format_date_long(x.notes[row.note].recorded_at.date) +
               ", after the window that ended on " + window + ".";
        break;
    case AuditNoteStatus::NotDueYet:
        text = audit + ": no audit case note" + by + " yet; one is due by " + window + ".";
        break;
    case AuditNoteStatus::Missing:
        text = audit + ": no audit case note" + by + " recorded between " +
               format_date_long(row.audit_date) + " and " + window + ".";
        break;
    }
    if (!row.auditor_known)
        text += row.auditor_name.empty()
                    ? " No auditor is recorded, so a case-audit note by anyone counts."
                    : " No one worker in the extract is called " + row.auditor_name +
                          ", so a case-audit note by anyone counts.";
    return text;
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The check
// ---------------------------------------------------------------------------

AuditNoteCheck audit_note_check(const Extract& x, const Policy& policy, const Workbook* workbook,
                                std::optional<Date> as_at) {
    AuditNoteCheck out;
    out.as_at = as_at ? *as_at : x.metadata.as_at;
    out.working_days = policy.timescales.audit_note_working_days;
    const WorkingCalendar calendar = policy_calendar(policy);

    for (const AuditRecord& a : x.audits) {
        if (a.case_index >= x.cases.size())
            continue;
        AuditNoteRow row;
        row.source = AuditSource::Extract;
        row.audit_id = std::string(x.id_of(a.id));
        row.case_index = a.case_index;
        row.auditor = a.auditor < x.workers.size() ? a.auditor : k_no_index;
        row.auditor_known = row.auditor != k_no_index;
        if (row.auditor_known)
            row.auditor_name = std::string(x.text_of(x.workers[row.auditor].name));
        row.audit_date = a.date;
        out.rows.push_back(std::move(row));
    }
    if (workbook) {
        for (const Audit& a : workbook->audits) {
            if (a.records != RecordSet::Cases || a.status != AuditStatus::Completed)
                continue;
            const std::optional<Date> date = a.completed ? a.completed : a.audit_date;
            const Index c = x.find_case(a.record_id);
            if (!date || c == k_no_index)
                continue;
            const bool on_file =
                std::any_of(x.audits.begin(), x.audits.end(), [&](const AuditRecord& r) {
                    return r.case_index == c && r.date == *date;
                });
            if (on_file)
                continue; // the extract's record of the same audit is checked instead
            AuditNoteRow row;
            row.source = AuditSource::Workbook;
            row.audit_id = a.id;
            row.case_index = c;
            row.auditor = worker_named(x, a.auditor);
            row.auditor_known = row.auditor != k_no_index;
            row.auditor_name = row.auditor_known
                                   ? std::string(x.text_of(x.workers[row.auditor].name))
                               : name_key(a.auditor).empty() ? std::string()
                                                             : a.auditor;
            row.audit_date = *date;
            out.rows.push_back(std::move(row));
        }
    }

    for (AuditNoteRow& row : out.rows) {
        row.case_id = std::string(x.id_of(x.cases[row.case_index].id));
        look_for_note(x, calendar, out.working_days, out.as_at, row);
        row.message = row_message(x, row);
        switch (row.status) {
        case AuditNoteStatus::Found:
            ++out.found;
            break;
        case AuditNoteStatus::Late:
            ++out.late;
            break;
        case AuditNoteStatus::NotDueYet:
            ++out.not_due_yet;
            break;
        case AuditNoteStatus::Missing:
            ++out.missing;
            break;
        }
    }
    std::stable_sort(out.rows.begin(), out.rows.end(),
                     [](const AuditNoteRow& a, const AuditNoteRow& b) {
                         if (a.audit_date != b.audit_date)
                             return a.audit_date < b.audit_date;
                         return a.audit_id < b.audit_id;
                     });
    return out;
}

} // namespace ca::audit
