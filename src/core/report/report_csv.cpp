// Case Audit - the report's CSV files (see report_export.h). Each starts with the lines that
// say what it is: the report, the period and as-at date, the scope, the policy, and for the
// compliance file the scoring rule; then one header row and the data.
#include "core/report/report_export.h"

#include "core/export/csv.h"

namespace ca::report {

namespace {

void head(CsvWriter& csv, const Report& r, std::string_view title) {
    csv.cell(title).cell(r.organisation).end_row();
    csv.cell("Period")
        .cell(format_date(r.options.period.from))
        .cell(format_date(r.options.period.to))
        .cell("as at")
        .cell(format_date(r.options.as_at))
        .end_row();
    csv.cell("Scope").cell(r.scope_text).end_row();
    csv.cell("Policy")
        .cell(r.policy.name)
        .cell("version " + r.policy.version)
        .cell("fingerprint " + r.policy.fingerprint)
        .end_row();
}

void count_rows(CsvWriter& csv, std::string_view by, const std::vector<CountRow>& rows) {
    for (const CountRow& row : rows) {
        csv.cell(by).cell(row.label).cell(row.id);
        for (int c : row.counts)
            csv.number(static_cast<long long>(c));
        csv.number(static_cast<long long>(row.total)).end_row();
    }
}

} // namespace

std::string compliance_csv(const Report& r, const std::vector<WorkbookInput>& inputs) {
    CsvWriter csv;
    head(csv, r, "Compliance by criterion (one row per audit and area)");
    csv.cell("Scoring rule").cell(k_scoring_rule).end_row();
    csv.row({"Audit", "Workbook", "Case", "Team", "Auditor", "Kind", "Completed", "Area number",
             "Area", "Area key", "Result", "Counts in the share", "Value in the share"});
    for (const ReportAudit& a : r.audits.audits) {
        if (a.records != audit::RecordSet::Cases || !detail::in_period_scope(a, r.options))
            continue;
        const audit::Audit* wa = workbook_audit(inputs, a);
        if (!wa)
            continue;
        std::string team;
        for (const ComplianceColumn& c : r.compliance.teams)
            if (c.index == a.team && c.index != k_no_index)
                team = c.name;
        for (const audit::AreaAnswer& ans : wa->answers) {
            const std::optional<audit::CaseArea> area = audit::parse_case_area_key(ans.key);
            if (!area)
                continue;
            const audit::CaseAreaInfo& info = audit::case_area(*area);
            const bool counts = ans.result != audit::AreaResult::NotApplicable;
            csv.cell(a.id).cell(inputs[a.file].file).cell(a.record_id).cell(team).cell(a.auditor);
            csv.cell(audit_kind_title(a.kind)).cell(format_date(a.date));
            csv.number(static_cast<long long>(*area) + 1).cell(info.title).cell(info.key);
            csv.cell(audit::result_label(ans.result)).cell(counts ? "yes" : "no");
            if (!counts)
                csv.empty();
            else
                csv.number(ans.result == audit::AreaResult::Met         ? 1.0
                           : ans.result == audit::AreaResult::PartlyMet ? 0.5
                                                                        : 0.0,
                           1);
            csv.end_row();
        }
    }
    return csv.str();
}

std::string actions_csv(const Report& r) {
    CsvWriter csv;
    head(csv, r, "Actions register");
    csv.row({"Audit", "Workbook", "Record", "Team", "Action", "Owner", "Owner name", "Due",
             "Status", "Overdue", "Days overdue"});
    for (const ActionRow& a : r.actions.rows) {
        csv.cell(a.audit_id).cell(a.file).cell(a.record_id).cell(a.team).cell(a.text);
        csv.cell(a.owner).cell(a.owner_name).cell(a.due ? format_date(*a.due) : "");
        csv.cell(a.done ? "done" : "open").cell(a.overdue ? "yes" : "no");
        csv.number(static_cast<long long>(a.days_overdue)).end_row();
    }
    return csv.str();
}

std::string programme_csv(const Report& r) {
    CsvWriter csv;
    head(csv, r, "Audit programme (audits done)");
    std::vector<std::string> header = {"By", "Row", "Id"};
    for (const Bucket& b : r.programme.buckets)
        header.push_back(b.label);
    header.emplace_back("Total");
    csv.row(header);
    count_rows(csv, "All", {r.programme.total});
    count_rows(csv, "Team", r.programme.by_team);
    count_rows(csv, "Auditor", r.programme.by_auditor);
    count_rows(csv, "Kind", r.programme.by_kind);
    count_rows(csv, "Audit case notes", {r.programme.notes.without_note});
    return csv.str();
}

} // namespace ca::report
