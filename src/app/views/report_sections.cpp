// Case Audit - the report's six sections on screen (see report_sections.h).
//
// Index of this file:
// [SECTION] Tables shared by the sections
// [SECTION] 1. Audit programme
// [SECTION] 2. Compliance by criterion
// [SECTION] 3. Grades
// [SECTION] 4. Actions register
// [SECTION] 5. Supervision
// [SECTION] 6. Caseloads
// [SECTION] 7. Moderation and calibration
// [SECTION] The tabs
#include "app/views/report_sections.h"

#include "app/audit_store.h"
#include "app/ui/keyboard.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/report_charts.h"
#include "core/audit/scoring.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace ca::app {
namespace {

using report::Report;

constexpr ImGuiTableFlags k_table = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                    ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX;

std::string num(int n) {
    return std::to_string(n);
}

// ---------------------------------------------------------------------------
// [SECTION] Tables shared by the sections
// ---------------------------------------------------------------------------

// Rows of counts, one column per month or quarter, and the total.
void count_table(const char* id, const char* first, const std::vector<report::Bucket>& buckets,
                 const std::vector<report::CountRow>& rows, const report::CountRow* total) {
    const int columns = static_cast<int>(buckets.size()) + 2;
    if (!ImGui::BeginTable(id, columns, k_table))
        return;
    ImGui::TableSetupColumn(first);
    for (const report::Bucket& b : buckets)
        ImGui::TableSetupColumn(b.label.c_str());
    ImGui::TableSetupColumn("Total");
    ImGui::TableHeadersRow();
    const auto row = [](const report::CountRow& r) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        cell_text(r.label.c_str());
        for (const int c : r.counts) {
            ImGui::TableNextColumn();
            cell_text(num(c).c_str());
        }
        ImGui::TableNextColumn();
        cell_text(num(r.total).c_str());
    };
    for (const report::CountRow& r : rows)
        row(r);
    if (total != nullptr)
        row(*total);
    ImGui::EndTable();
}

// A table of plain cells: headers, then rows of text.
void text_table(const char* id, const std::vector<const char*>& headers,
                const std::vector<std::vector<std::string>>& rows) {
    if (!ImGui::BeginTable(id, static_cast<int>(headers.size()), k_table))
        return;
    for (const char* h : headers)
        ImGui::TableSetupColumn(h);
    ImGui::TableHeadersRow();
    for (const std::vector<std::string>& r : rows) {
        ImGui::TableNextRow();
        for (const std::string& cell : r) {
            ImGui::TableNextColumn();
            cell_text(cell.c_str());
        }
    }
    ImGui::EndTable();
}

// A chart on the left and its table on the right, in two panes of the width.
template <class Chart, class Table>
void chart_and_table(const char* id, float height, Chart chart, Table table) {
    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::PushID(id);
    begin_pane("##chart", ImVec2(avail * 0.45f, height), false,
               ImGuiWindowFlags_HorizontalScrollbar);
    chart();
    ImGui::EndChild();
    ImGui::SameLine();
    begin_pane("##table", ImVec2(0, height), false, ImGuiWindowFlags_HorizontalScrollbar);
    table();
    ImGui::EndChild();
    ImGui::PopID();
}

// ---------------------------------------------------------------------------
// [SECTION] 1. Audit programme
// ---------------------------------------------------------------------------

void draw_programme(const Report& rep) {
    const report::ProgrammeSection& p = rep.programme;
    const float em = ImGui::GetFontSize();
    std::vector<std::string> labels;
    for (const report::Bucket& b : p.buckets)
        labels.push_back(b.label);
    // Twelve months of bars need the width: the chart above its table here.
    heading_text("Audits done");
    bar_chart("##programme-chart", labels, p.total.counts, em * 12.0f);
    count_table("##by-kind", "Kind", p.buckets, p.by_kind, &p.total);
    heading_text("By team and by auditor");
    count_table("##by-team", "Team", p.buckets, p.by_team, nullptr);
    ImGui::Spacing();
    count_table("##by-auditor", "Auditor", p.buckets, p.by_auditor, nullptr);

    heading_text("Expected frequency");
    char line[200];
    std::snprintf(line, sizeof line,
                  "Expected: %d audits per first-line manager per month (the policy file's "
                  "figure) x %d months = %d each.",
                  p.per_manager_per_month, p.months, p.expected_per_manager);
    paragraph(line);
    std::vector<std::vector<std::string>> rows;
    for (const report::TeamProgramme& t : p.teams)
        rows.push_back(
            {t.name, num(t.managers), num(t.audits), num(t.expected),
             t.meets ? "Meets" : "(x) Below", num(t.open_cases),
             num(t.never_audited) + " (" + audit::percent_text(t.never_share) + ")",
             num(t.not_within_12_months) + " (" + audit::percent_text(t.not_within_share) + ")"});
    text_table("##team-frequency",
               {"Team", "Managers", "Audits", "Expected", "Frequency", "Open cases",
                "Never audited", "Not within 12 months"},
               rows);
    ImGui::Spacing();
    rows.clear();
    for (const report::ManagerFrequency& m : p.managers)
        rows.push_back(
            {m.name, m.team, num(m.audits), num(m.expected), m.meets ? "Meets" : "(x) Below"});
    if (rows.empty())
        muted_text("No first-line managers in post in scope on the as-at date.");
    else
        text_table("##managers", {"First-line manager", "Team", "Audits", "Expected", "Frequency"},
                   rows);
}

// ---------------------------------------------------------------------------
// [SECTION] 2. Compliance by criterion
// ---------------------------------------------------------------------------

std::string cell_words(const report::ComplianceCell& c) {
    return c.n == 0 ? std::string("-") : audit::percent_text(c.share) + " (n " + num(c.n) + ")";
}

// The areas down, the columns across; a cell with audits can be selected.
void compliance_table(ReportsState& r, const char* id,
                      const std::vector<report::ComplianceColumn>& columns, bool workers) {
    std::vector<const report::ComplianceColumn*> shown;
    for (const report::ComplianceColumn& c : columns)
        if (!c.hidden)
            shown.push_back(&c);
    if (shown.empty())
        return;
    if (!ImGui::BeginTable(id, static_cast<int>(shown.size()) + 1,
                           k_table | ImGuiTableFlags_ScrollY,
                           ImVec2(0, ImGui::GetFontSize() * 18.0f)))
        return;
    ImGui::TableSetupScrollFreeze(1, 1);
    // The areas' titles are long: wrapped in a column of their own width, so that the teams'
    // columns stay on screen beside them.
    ImGui::TableSetupColumn("Area", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 16.0f);
    for (const report::ComplianceColumn* c : shown)
        ImGui::TableSetupColumn((c->name + " (" + num(c->audits) + ")").c_str());
    ImGui::TableHeadersRow();
    const auto& areas = audit::case_areas();
    for (std::size_t a = 0; a < areas.size(); ++a) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%d. %s", static_cast<int>(a) + 1, std::string(areas[a].title).c_str());
        for (std::size_t k = 0; k < shown.size(); ++k) {
            ImGui::TableNextColumn();
            if (a >= shown[k]->cells.size())
                continue;
            const report::ComplianceCell& cell = shown[k]->cells[a];
            const int column = static_cast<int>(shown[k] - columns.data());
            const bool selected = r.selected_area == static_cast<int>(a) &&
                                  r.selected_column == column && r.selected_worker == workers;
            const std::string label =
                cell_words(cell) + "##" + id + num(static_cast<int>(a)) + "-" + num(column);
            if (cell.n == 0) {
                cell_text("-");
            } else if (ImGui::Selectable(label.c_str(), selected)) {
                r.selected_area = static_cast<int>(a);
                r.selected_column = column;
                r.selected_worker = workers;
            }
        }
    }
    ImGui::EndTable();
}

// The audits of the selected cell; those in the auditor's own workbook open in the audit
// workspace.
void selected_audits(AppState& state) {
    ReportsState& r = state.reports;
    const Report& rep = *r.report;
    const auto& columns = r.selected_worker ? rep.compliance.workers : rep.compliance.teams;
    if (r.selected_area < 0 || r.selected_column < 0 ||
        r.selected_column >= static_cast<int>(columns.size()))
        return;
    const report::ComplianceColumn& col = columns[static_cast<std::size_t>(r.selected_column)];
    if (static_cast<std::size_t>(r.selected_area) >= col.cells.size())
        return;
    const report::ComplianceCell& cell = col.cells[static_cast<std::size_t>(r.selected_area)];
    const audit::CaseAreaInfo& area =
        audit::case_areas()[static_cast<std::size_t>(r.selected_area)];
    heading_text(("Audits in the cell: " + col.name + ", area " + num(r.selected_area + 1) + " (" +
                  std::string(area.title) + ")")
                     .c_str());
    if (ImGui::SmallButton("Close the list"))
        r.selected_area = -1;
    if (!ImGui::BeginTable("##cell-audits", 7, k_table))
        return;
    for (const char* h : {"Audit", "Workbook", "Case", "Auditor", "Done on", "Result", ""})
        ImGui::TableSetupColumn(h);
    ImGui::TableHeadersRow();
    for (const std::size_t i : cell.audits) {
        const report::ReportAudit& a = rep.audits.audits[i];
        const audit::Audit* au = report::workbook_audit(r.inputs, a);
        std::string result = "-";
        if (au != nullptr)
            for (const audit::AreaAnswer& ans : au->answers)
                if (ans.key == area.key)
                    result = std::string(audit::result_label(ans.result));
        const std::string file =
            a.source == report::AuditSource::Workbook ? r.inputs[a.file].file : "the extract";
        ImGui::TableNextRow();
        for (const std::string& text :
             {a.id, file, a.record_id, a.auditor, format_date(a.date), result}) {
            ImGui::TableNextColumn();
            cell_text(text.c_str());
        }
        ImGui::TableNextColumn();
        const bool own = a.source == report::AuditSource::Workbook &&
                         r.inputs[a.file].file == k_own_workbook_name;
        if (own) {
            if (ImGui::SmallButton(("Open##" + a.id).c_str()) && open_audit(state, a.id))
                state.section = Section::SamplingAudit;
        } else {
            cell_text("in another auditor's workbook");
        }
    }
    ImGui::EndTable();
}

void draw_compliance(AppState& state) {
    ReportsState& r = state.reports;
    const Report& rep = *r.report;
    const report::ComplianceSection& c = rep.compliance;
    paragraph(("The scoring rule: " + std::string(report::k_scoring_rule)).c_str());
    paragraph(("Each cell: share met (n = audits the area applies to). " + num(c.audits) +
               " completed case audits with results in the period and scope. Select a cell to "
               "list its audits.")
                  .c_str());
    if (c.audits == 0) {
        muted_text("No completed case audits with results in this period and scope: add the "
                   "auditors' workbooks, or choose another period.");
        return;
    }
    heading_text("By team");
    compliance_table(r, "##compliance-teams", c.teams, false);
    // The selected cell's audits right under the table it was chosen in.
    if (!r.selected_worker)
        selected_audits(state);
    heading_text("By worker");
    int hidden = 0;
    for (const report::ComplianceColumn& w : c.workers)
        hidden += w.hidden ? 1 : 0;
    paragraph(("Workers are shown with at least " + num(c.min_audits_per_worker) +
               " audits in the period (the policy file's minimum), so one audit does not label "
               "a person; " +
               num(hidden) + " worker(s) below it are not shown.")
                  .c_str());
    compliance_table(r, "##compliance-workers", c.workers, true);
    if (r.selected_worker)
        selected_audits(state);
}

// ---------------------------------------------------------------------------
// [SECTION] 3. Grades
// ---------------------------------------------------------------------------

const std::vector<std::string>& grade_names() {
    static const std::vector<std::string> names = {"Outstanding", "Good", "Requires improvement",
                                                   "Inadequate", "Not graded"};
    return names;
}

StackedRow stacked(const report::GradeRow& g) {
    return {g.label, std::vector<int>(g.counts.begin(), g.counts.end())};
}

std::vector<std::string> grade_cells(const report::GradeRow& g) {
    std::vector<std::string> row = {g.label};
    for (const int n : g.counts)
        row.push_back(num(n));
    row.push_back(num(g.total));
    row.push_back(g.scored > 0 ? audit::percent_text(g.mean_score) + " (" + num(g.scored) + ")"
                               : "-");
    return row;
}

void draw_grades(const Report& rep) {
    const report::GradesSection& g = rep.grades;
    const float em = ImGui::GetFontSize();
    static const std::vector<std::string> k_short = {"O", "G", "RI", "I", "-"};
    const std::vector<const char*> headers = {
        "",           "Outstanding", "Good",  "Requires improvement",
        "Inadequate", "Not graded",  "Total", "Mean score (scored)"};
    heading_text("Grades by team");
    std::vector<StackedRow> rows;
    std::vector<std::vector<std::string>> table;
    for (const report::GradeRow& t : g.by_team) {
        rows.push_back(stacked(t));
        table.push_back(grade_cells(t));
    }
    rows.push_back(stacked(g.service));
    table.push_back(grade_cells(g.service));
    const float h = em * (5.0f + 1.8f * static_cast<float>(rows.size()));
    chart_and_table(
        "teams", std::max(h, em * 8.0f),
        [&] { stacked_bar_chart("##grades-teams", grade_names(), k_short, rows); },
        [&] { text_table("##grades-teams-table", headers, table); });

    heading_text("Trend by quarter");
    rows.clear();
    table.clear();
    std::vector<std::string> labels;
    std::vector<double> means;
    std::vector<bool> has;
    for (const report::GradeRow& q : g.by_quarter) {
        rows.push_back(stacked(q));
        table.push_back(grade_cells(q));
        labels.push_back(q.label);
        means.push_back(q.mean_score);
        has.push_back(q.scored > 0);
    }
    chart_and_table(
        "quarters", em * (5.0f + 1.8f * static_cast<float>(rows.size())) + em * 12.0f,
        [&] {
            stacked_bar_chart("##grades-quarters", grade_names(), k_short, rows);
            muted_text("Mean overall score by quarter");
            percent_line_chart("##score-trend", labels, means, has, em * 9.0f);
        },
        [&] { text_table("##grades-quarters-table", headers, table); });
}

// ---------------------------------------------------------------------------
// [SECTION] 4. Actions register
// ---------------------------------------------------------------------------

bool contains_text(const report::ActionRow& a, const char* filter) {
    if (filter[0] == '\0')
        return true;
    std::string needle(filter);
    std::transform(needle.begin(), needle.end(), needle.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    for (const std::string* field :
         {&a.audit_id, &a.file, &a.record_id, &a.team, &a.text, &a.owner_name}) {
        std::string hay = *field;
        std::transform(hay.begin(), hay.end(), hay.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        if (hay.find(needle) != std::string::npos)
            return true;
    }
    return false;
}

std::string action_status(const report::ActionRow& a) {
    if (a.done)
        return "Done";
    if (a.overdue)
        return "(x) Overdue " + num(a.days_overdue) + " days";
    return "Open";
}

void draw_actions(ReportsState& r) {
    const report::ActionsSection& s = r.report->actions;
    paragraph(("Every action of every audit in the workbooks, whatever the period: " + num(s.open) +
               " open (" + num(s.overdue) + " overdue on the as-at date), " + num(s.done) +
               " done.")
                  .c_str());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18.0f);
    ImGui::InputTextWithHint("##actions-filter", "Filter by case, team, owner, words",
                             r.actions_filter, sizeof r.actions_filter);
    ImGui::SameLine();
    ImGui::Checkbox("Open actions only", &r.actions_open_only);
    std::vector<const report::ActionRow*> rows;
    for (const report::ActionRow& a : s.rows)
        if ((!r.actions_open_only || !a.done) && contains_text(a, r.actions_filter))
            rows.push_back(&a);
    if (!ImGui::BeginTable("##actions", 8, k_table | ImGuiTableFlags_Sortable))
        return;
    for (const char* h : {"Status", "Due", "Owner", "Action", "Case", "Team", "Audit", "Workbook"})
        ImGui::TableSetupColumn(h);
    ImGui::TableHeadersRow();
    // The register's own order (overdue first) unless a column was chosen.
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
        specs != nullptr && specs->SpecsCount > 0) {
        const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
        const auto key = [&](const report::ActionRow* a) -> std::string {
            switch (spec.ColumnIndex) {
            case 0:
                return a->done ? "2" : a->overdue ? "0" : "1";
            case 1:
                return a->due ? format_date(*a->due) : "9999";
            case 2:
                return a->owner_name;
            case 3:
                return a->text;
            case 4:
                return a->record_id;
            case 5:
                return a->team;
            case 6:
                return a->audit_id;
            default:
                return a->file;
            }
        };
        std::stable_sort(rows.begin(), rows.end(), [&](const auto* x, const auto* y) {
            return spec.SortDirection == ImGuiSortDirection_Descending ? key(y) < key(x)
                                                                       : key(x) < key(y);
        });
    }
    for (const report::ActionRow* a : rows) {
        ImGui::TableNextRow();
        for (const std::string& text :
             {action_status(*a), a->due ? format_date(*a->due) : std::string("none"), a->owner_name,
              a->text, a->record_id, a->team, a->audit_id, a->file}) {
            ImGui::TableNextColumn();
            cell_text(text.c_str());
        }
    }
    ImGui::EndTable();
}

// ---------------------------------------------------------------------------
// [SECTION] 5. Supervision
// ---------------------------------------------------------------------------

std::vector<std::string> supervision_cells(const report::SupervisionTeam& t) {
    return {t.name,
            num(t.workers),
            num(t.held),
            num(t.late),
            num(t.missed),
            num(t.overdue),
            num(t.records_late),
            num(t.cases_discussed),
            num(t.no_oversight)};
}

void draw_supervision(const Report& rep) {
    const report::SupervisionSection& s = rep.supervision;
    const float em = ImGui::GetFontSize();
    paragraph("Intervals between supervisions against the policy's frequency (ASYE workers more "
              "often), supervisions missed in late gaps, workers overdue on the as-at date, "
              "records written up late, and cases discussed with no oversight note on the "
              "case file in time.");
    std::vector<StackedRow> rows;
    std::vector<std::vector<std::string>> table;
    for (const report::SupervisionTeam& t : s.teams)
        table.push_back(supervision_cells(t));
    table.push_back(supervision_cells(s.service));
    // Intervals ending in the period, by how they kept to the frequency, per team.
    for (const report::SupervisionTeam& t : s.teams) {
        StackedRow row{t.name, {0, 0, 0}};
        for (const report::SupervisionWorker& w : s.workers)
            if (w.team == t.team) {
                row.counts[0] += w.on_time;
                row.counts[1] += w.within_grace;
                row.counts[2] += w.late;
            }
        rows.push_back(row);
    }
    static const std::vector<std::string> k_names = {"On time", "Within grace", "Late"};
    static const std::vector<std::string> k_short = {"On", "Gr", "Late"};
    heading_text("By team");
    chart_and_table(
        "supervision", std::max(em * 8.0f, em * (5.0f + 1.8f * static_cast<float>(rows.size()))),
        [&] { stacked_bar_chart("##supervision-chart", k_names, k_short, rows); },
        [&] {
            text_table("##supervision-teams",
                       {"Team", "Workers", "Held", "Late", "Missed", "Overdue now", "Records late",
                        "Cases discussed", "No oversight"},
                       table);
        });
    heading_text("By worker");
    table.clear();
    for (const report::SupervisionWorker& w : s.workers)
        table.push_back(
            {w.name, w.team_name, w.asye ? "ASYE" : "", num(w.expected_days), num(w.held),
             num(w.on_time), num(w.within_grace), num(w.late), num(w.missed),
             w.last ? format_date(*w.last) : "never", w.overdue ? "(x) Overdue" : "",
             num(w.records_late),
             num(w.no_oversight) +
                 (w.oversight_pending > 0 ? " (+" + num(w.oversight_pending) + " pending)" : "")});
    text_table("##supervision-workers",
               {"Worker", "Team", "ASYE", "Every (days)", "Held", "On time", "Within grace", "Late",
                "Missed", "Last", "Overdue", "Records late", "No oversight"},
               table);
}

// ---------------------------------------------------------------------------
// [SECTION] 6. Caseloads
// ---------------------------------------------------------------------------

void draw_caseloads(const Report& rep) {
    const report::CaseloadSection& c = rep.caseloads;
    const float em = ImGui::GetFontSize();
    std::vector<StackedRow> rows;
    std::vector<std::vector<std::string>> table;
    for (const report::CaseloadTeam& t : c.teams) {
        rows.push_back({t.name, {t.above_absolute, t.above_upper, t.asye_above_protected}});
        table.push_back({t.name, num(t.workers), num(t.above_upper), num(t.above_absolute),
                         num(t.asye_above_protected), num(t.agreements_expiring)});
    }
    static const std::vector<std::string> k_names = {"Above the absolute limit", "Above upper",
                                                     "ASYE above protected"};
    static const std::vector<std::string> k_short = {"Abs", "Up", "ASYE"};
    heading_text(("Caseloads on " + format_date_long(rep.options.as_at)).c_str());
    chart_and_table(
        "caseloads", std::max(em * 8.0f, em * (5.0f + 1.8f * static_cast<float>(rows.size()))),
        [&] { stacked_bar_chart("##caseload-chart", k_names, k_short, rows); },
        [&] {
            text_table("##caseload-teams",
                       {"Team", "Workers", "Above upper", "Above absolute", "ASYE above protected",
                        "Agreements expiring"},
                       table);
        });
    heading_text("Workers above a limit");
    table.clear();
    for (const report::CaseloadConcern& w : c.concerns)
        table.push_back({w.worker_name, w.team, num(w.caseload), num(w.level), w.message});
    if (table.empty())
        muted_text("None on the as-at date.");
    else
        text_table("##concerns", {"Worker", "Team", "Caseload", "Limit", "Finding"}, table);
    heading_text(("Director agreements ending within " + num(c.expiring_days) + " days").c_str());
    table.clear();
    for (const report::ExpiringAgreement& a : c.expiring)
        table.push_back(
            {a.worker_name, a.team, num(a.agreed_caseload), format_date(a.ends), num(a.days_left)});
    if (table.empty())
        muted_text("None.");
    else
        text_table("##expiring", {"Worker", "Team", "Agreed caseload", "Ends", "Days left"}, table);
}

// ---------------------------------------------------------------------------
// [SECTION] 7. Moderation and calibration
// ---------------------------------------------------------------------------

// "0.55 (Moderate, n 14)", or "none (n 1): why".
std::string coefficient_words(const stats::Coefficient& c) {
    if (!c.defined())
        return "none (n " + num(c.n) + "): " + c.reason;
    char value[16];
    std::snprintf(value, sizeof value, "%.2f", *c.value);
    return std::string(value) + " (" + std::string(stats::band_label(c.band())) + ", n " +
           num(c.n) + ")";
}

std::string share_words(int agreed, int pairs) {
    return pairs == 0 ? std::string("none")
                      : audit::percent_text(100.0 * agreed / pairs) + " (" + num(agreed) + " of " +
                            num(pairs) + ")";
}

std::string points_words(double points) {
    char text[16];
    std::snprintf(text, sizeof text, "%+.1f", points);
    return text;
}

void draw_moderated(const report::ModerationSection& m);
void draw_calibration(const report::ModerationSection& m);

void draw_moderation(const Report& rep) {
    const report::ModerationSection& m = rep.moderation;
    if (m.moderated == 0)
        muted_text("No audit in this period and scope was moderated (a moderation counts once "
                   "the moderator's blind grading is submitted).");
    else
        draw_moderated(m);
    draw_calibration(m);
}

void draw_moderated(const report::ModerationSection& m) {
    paragraph(("Moderated audits (blind grading submitted): " + num(m.moderated) + ", " +
               num(m.resolved) + " resolved. Same result as the moderator in " +
               share_words(m.agreed, m.areas) + " areas; Cohen's kappa " +
               coefficient_words(m.kappa) +
               ". Bias: the auditor's score minus the moderator's, in points (+ more generous).")
                  .c_str());
    std::vector<std::vector<std::string>> table;
    for (const report::ModerationAuditor& a : m.auditors)
        table.push_back({a.auditor, num(a.moderated), share_words(a.agreed, a.areas),
                         coefficient_words(a.kappa), points_words(a.mean_points), a.direction,
                         num(a.adjusted)});
    heading_text("By auditor");
    text_table("##moderation-auditors",
               {"Auditor", "Moderated", "Same result", "Cohen's kappa", "Bias (points)",
                "Direction", "Areas adjusted"},
               table);
    table.clear();
    for (const report::ModerationAreaRow& a : m.areas_by_agreement)
        table.push_back(
            {num(static_cast<int>(a.area) + 1) + ". " + std::string(audit::case_area(a.area).title),
             num(a.pairs), share_words(a.agreed, a.pairs), coefficient_words(a.kappa)});
    if (!table.empty()) {
        heading_text("By area, lowest agreement first");
        text_table("##moderation-areas", {"Area", "Audits", "Same result", "Cohen's kappa"}, table);
    }
}

void draw_calibration(const report::ModerationSection& m) {
    heading_text("Calibration across auditors");
    const training::Calibration& c = m.calibration;
    if (!m.calibrated || c.case_ids.empty()) {
        muted_text(m.calibrated ? "No case was audited in two of the workbooks in this period "
                                  "and scope: nothing to calibrate."
                                : "Calibration compares two workbooks or more: add the other "
                                  "auditors' workbooks.");
        return;
    }
    paragraph((num(c.auditors) + " auditors, " + num(static_cast<int>(c.case_ids.size())) +
               " cases audited in two workbooks or more. Fleiss' kappa " +
               coefficient_words(c.fleiss) + "; Gwet's AC1 " + coefficient_words(c.ac1) +
               "; on the grades " + coefficient_words(c.grade_fleiss) + ".")
                  .c_str());
    std::vector<std::vector<std::string>> table;
    for (const training::AuditorBias& b : c.bias)
        table.push_back({b.auditor, num(b.cases), points_words(b.mean_points), b.direction,
                         num(b.grades_above), num(b.grades_level), num(b.grades_below)});
    text_table("##calibration-bias",
               {"Auditor", "Cases", "Bias (points)", "Direction", "Grades above", "Level", "Below"},
               table);
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The tabs
// ---------------------------------------------------------------------------

void draw_report_sections(AppState& state) {
    ReportsState& r = state.reports;
    const Report& rep = *r.report;
    static constexpr const char* k_tabs[] = {"Audit programme", "Compliance",  "Grades",
                                             "Actions",         "Supervision", "Caseload concerns",
                                             "Moderation"};
    static_assert(sizeof k_tabs / sizeof k_tabs[0] == static_cast<std::size_t>(ReportTab::Count),
                  "one title per tab");
    if (!ImGui::BeginTabBar("##report-tabs"))
        return;
    for (int i = 0; i < static_cast<int>(ReportTab::Count); ++i) {
        const ImGuiTabItemFlags flags = r.select_tab && static_cast<int>(r.tab) == i
                                            ? ImGuiTabItemFlags_SetSelected
                                            : ImGuiTabItemFlags_None;
        if (!ImGui::BeginTabItem(k_tabs[i], nullptr, flags))
            continue;
        r.tab = static_cast<ReportTab>(i);
        switch (r.tab) {
        case ReportTab::Programme:
            draw_programme(rep);
            break;
        case ReportTab::Compliance:
            draw_compliance(state);
            break;
        case ReportTab::Grades:
            draw_grades(rep);
            break;
        case ReportTab::Actions:
            draw_actions(r);
            break;
        case ReportTab::Supervision:
            draw_supervision(rep);
            break;
        case ReportTab::Caseloads:
            draw_caseloads(rep);
            break;
        case ReportTab::Moderation:
        case ReportTab::Count:
            draw_moderation(rep);
            break;
        }
        ImGui::EndTabItem();
    }
    r.select_tab = false;
    ImGui::EndTabBar();
}

} // namespace ca::app
