// caseaudit audit-notes EXTRACT [WORKBOOK] [--all] [--policy FILE] [--json]
//
// Whether each audit has its Audit Case Note on the record: the extract's audits on file and,
// with a WORKBOOK, its completed case audits whose cases are in the extract (so a workbook of
// an earlier extract is checked against a later one). The rule is core/audit/
// audit_note_check.h; the app's audit log shows the same rows. Prints the totals, then the
// audits without a note in time (every audit with --all). Exit status: 0 checked (also when
// notes are missing: that is a finding, not a failure), 1 the extract does not import or the
// workbook or policy file does not load, 2 usage.
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/audit/audit_note_check.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstring>
#include <optional>
#include <string>

namespace {

using namespace ca::audit;

const char* const k_usage =
    "usage: caseaudit audit-notes EXTRACT [WORKBOOK] [--all] [--policy FILE] [--json]\n";

void print_text(const AuditNoteCheck& r, bool all) {
    std::printf("Audit case notes, as at %s (each due within %d working days of the audit):\n",
                ca::format_date_long(r.as_at).c_str(), r.working_days);
    std::printf("%zu %s checked: %zu found, %zu added late, %zu missing, %zu not due yet.\n",
                r.rows.size(), r.rows.size() == 1 ? "audit" : "audits", r.found, r.late, r.missing,
                r.not_due_yet);
    for (const AuditNoteRow& row : r.rows) {
        const bool follow_up =
            row.status == AuditNoteStatus::Missing || row.status == AuditNoteStatus::Late;
        if (all || follow_up)
            std::printf("%-12s %s\n", std::string(audit_note_status_key(row.status)).c_str(),
                        row.message.c_str());
    }
}

void print_json(const ca::Extract& x, const AuditNoteCheck& r) {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const AuditNoteRow& row : r.rows)
        rows.push_back(
            {{"source", row.source == AuditSource::Extract ? "extract" : "workbook"},
             {"audit", row.audit_id},
             {"case", row.case_id},
             {"auditorId",
              row.auditor == ca::k_no_index
                  ? nlohmann::ordered_json(nullptr)
                  : nlohmann::ordered_json(std::string(x.id_of(x.workers[row.auditor].id)))},
             {"auditor", row.auditor_name},
             {"auditorKnown", row.auditor_known},
             {"auditDate", ca::format_date(row.audit_date)},
             {"windowEnds", ca::format_date(row.window_end)},
             {"status", std::string(audit_note_status_key(row.status))},
             {"note", row.note == ca::k_no_index
                          ? nlohmann::ordered_json(nullptr)
                          : nlohmann::ordered_json(std::string(x.id_of(x.notes[row.note].id)))},
             {"message", row.message}});
    const nlohmann::ordered_json out = {{"asAt", ca::format_date(r.as_at)},
                                        {"workingDays", r.working_days},
                                        {"checked", r.rows.size()},
                                        {"found", r.found},
                                        {"late", r.late},
                                        {"missing", r.missing},
                                        {"notDueYet", r.not_due_yet},
                                        {"audits", rows}};
    std::printf("%s\n", out.dump(2).c_str());
}

int run_audit_notes(int argc, char** argv) {
    ca::cli::CommonArgs common;
    const char* workbook_path = nullptr;
    bool all = false;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--all") == 0)
            all = true;
        else if (std::strcmp(a, "--json") == 0)
            json = true;
        else if (ca::cli::take_common_argument(argc, argv, i, common))
            continue;
        else if (a[0] != '-' && !workbook_path)
            workbook_path = a;
        else
            return ca::cli::usage_error(k_usage);
    }
    const ca::cli::LoadedInputs in = ca::cli::load_inputs(common, k_usage);
    if (!in)
        return in.status;
    std::optional<Workbook> workbook;
    if (workbook_path) {
        workbook = ca::cli::load_workbook_or_report(workbook_path);
        if (!workbook)
            return 1;
    }
    const AuditNoteCheck r =
        audit_note_check(in->extract(), in->policy, workbook ? &*workbook : nullptr);
    if (json)
        print_json(in->extract(), r);
    else
        print_text(r, all);
    return 0;
}

const ca::cli::Registration reg{"audit-notes", "whether each audit has its audit case note",
                                k_usage, run_audit_notes};

} // namespace
