// Case Audit - the Reports section: the oversight report a head of service, a principal
// social worker or a quality assurance team brings to a monthly performance meeting.
//
// This file draws the frame around the report: the workbooks it counts (added, refused,
// clashing, cleared), the period and scope pickers, the files it leaves the app as, and
// the tabs; each tab's section is drawn by report_sections.cpp. The figures are the core's
// (core/report/), computed by update_report() only when an input moved on.
//
// Index of this file:
// [SECTION] The workbooks counted
// [SECTION] Period and scope
// [SECTION] Print and save
// [SECTION] The view
#include "app/reports_state.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/report_sections.h"
#include "app/views/views.h"

#include <cstdio>

namespace ca::app {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] The workbooks counted
// ---------------------------------------------------------------------------

void draw_inputs(AppState& state) {
    ReportsState& r = state.reports;
    const report::Report& rep = *r.report;
    const report::CombinedAudits& c = rep.audits;
    heading_text("What the report counts");
    char line[160];
    std::snprintf(line, sizeof line, "%d past audits on the extract", c.extract_audits);
    ImGui::BulletText("%s", line);
    for (const report::InputFile& f : c.files) {
        if (f.accepted)
            std::snprintf(line, sizeof line, "%d audits (%d completed%s)", f.audits, f.completed,
                          f.duplicates > 0 ? ", some counted from another file" : "");
        ImGui::Bullet();
        ImGui::PushTextWrapPos(0.0f);
        if (f.accepted)
            ImGui::Text("%s: %s", f.file.c_str(), line);
        else
            status_label(colors::status_bad, ("(x) Refused: " + f.message).c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::PushTextWrapPos(0.0f);
    for (const report::Clash& clash : c.clashes)
        status_label(colors::status_warn, ("(!) " + clash.message).c_str());
    for (const std::string& e : r.load_errors)
        status_label(colors::status_bad, ("(x) Not added: " + e).c_str());
    ImGui::PopTextWrapPos();
    if (!r.reading.empty())
        muted_text(("Reading " + std::to_string(r.reading.size()) + " file(s)...").c_str());

    if (primary_button("Add workbooks...")) {
        state.next_open = OpenPurpose::ReportWorkbooks;
        platform::request_open_file(".json,application/json", true);
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Add workbooks other auditors saved for this extract (several at once, "
                          "or drop them on this page). Nothing is changed in the files.");
    if (!r.added.empty() || !r.load_errors.empty()) {
        same_line_if_fits(button_width("Clear added workbooks"));
        if (ImGui::Button("Clear added workbooks"))
            clear_report_workbooks(state);
    }
    muted_text("Your own workbook counts when it holds audits; drop workbook files on this page "
               "to add them too.");
}

// ---------------------------------------------------------------------------
// [SECTION] Period and scope
// ---------------------------------------------------------------------------

void set_as_at_text(ReportsState& r, Date d) {
    std::snprintf(r.as_at_text, sizeof r.as_at_text, "%s", format_date(d).c_str());
}

void draw_choices(AppState& state) {
    ReportsState& r = state.reports;
    const Extract& ex = *state.extract;
    const report::ReportOptions options = chosen_report_options(state);
    const float em = ImGui::GetFontSize();
    if (r.as_at_text[0] == '\0')
        set_as_at_text(r, options.as_at);

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("As at");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 7.0f);
    if (ImGui::InputText("##report-as-at", r.as_at_text, sizeof r.as_at_text)) {
        if (const std::optional<Date> d = parse_date(r.as_at_text)) {
            r.as_at = *d;
            r.as_at_set = true;
            r.as_at_invalid = false;
        } else {
            r.as_at_invalid = true;
        }
    }
    same_line_if_fits(em * 14.0f);
    ImGui::TextUnformatted("Period");
    ImGui::SameLine();
    static const char* const k_kinds[] = {"12 months to the as-at date", "A quarter", "A month"};
    int kind = static_cast<int>(r.period_kind);
    ImGui::SetNextItemWidth(em * 13.0f);
    if (ImGui::Combo("##report-period", &kind, k_kinds, 3)) {
        r.period_kind = static_cast<ReportPeriodKind>(kind);
        r.period_choice = -1;
    }
    if (r.period_kind != ReportPeriodKind::TwelveMonths) {
        const std::vector<report::Bucket> choices = report_period_choices(r, options.as_at);
        const int last = static_cast<int>(choices.size()) - 1;
        const int current = r.period_choice < 0 || r.period_choice > last ? last : r.period_choice;
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em * 9.0f);
        if (current >= 0 &&
            ImGui::BeginCombo("##report-bucket",
                              choices[static_cast<std::size_t>(current)].label.c_str())) {
            for (int i = 0; i <= last; ++i)
                if (ImGui::Selectable(choices[static_cast<std::size_t>(i)].label.c_str(),
                                      i == current))
                    r.period_choice = i;
            ImGui::EndCombo();
        }
    }
    same_line_if_fits(em * 16.0f);
    ImGui::TextUnformatted("Count by");
    ImGui::SameLine();
    int g = static_cast<int>(r.granularity);
    if (ImGui::RadioButton("Month", &g, 0))
        r.granularity = report::Granularity::Month;
    ImGui::SameLine();
    if (ImGui::RadioButton("Quarter", &g, 1))
        r.granularity = report::Granularity::Quarter;

    // Scope: the service, a team, a worker of that team.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Scope");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 14.0f);
    const std::string team_label = r.team == k_no_index
                                       ? std::string("The whole service")
                                       : std::string(ex.text_of(ex.teams[r.team].name));
    if (ImGui::BeginCombo("##report-team", team_label.c_str())) {
        if (ImGui::Selectable("The whole service", r.team == k_no_index)) {
            r.team = k_no_index;
            r.worker = k_no_index;
        }
        for (Index t : report::detail::teams_in_scope(ex, {}))
            if (ImGui::Selectable(std::string(ex.text_of(ex.teams[t].name)).c_str(), r.team == t)) {
                r.team = t;
                r.worker = k_no_index;
            }
        ImGui::EndCombo();
    }
    if (r.team != k_no_index) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em * 14.0f);
        const std::string worker_label = r.worker == k_no_index
                                             ? std::string("Every worker")
                                             : std::string(ex.worker_name(r.worker));
        if (ImGui::BeginCombo("##report-worker", worker_label.c_str())) {
            if (ImGui::Selectable("Every worker", r.worker == k_no_index))
                r.worker = k_no_index;
            for (Index w = 0; w < ex.workers.size(); ++w)
                if (ex.workers[w].team == r.team &&
                    ImGui::Selectable(std::string(ex.worker_name(w)).c_str(), r.worker == w))
                    r.worker = w;
            ImGui::EndCombo();
        }
    }
    if (r.as_at_invalid)
        status_label(colors::status_bad,
                     "(x) Write the as-at date as YYYY-MM-DD, for a day that exists.");
}

// ---------------------------------------------------------------------------
// [SECTION] Print and save
// ---------------------------------------------------------------------------

void draw_exports(AppState& state) {
    ReportsState& r = state.reports;
    if (primary_button("Print / Save as PDF"))
        print_report(state);
    same_line_if_fits(button_width("Save report (.html)"));
    if (ImGui::Button("Save report (.html)"))
        save_report_html(state);
    same_line_if_fits(button_width("Save CSV files"));
    if (ImGui::Button("Save CSV files"))
        save_report_csvs(state);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Three files: the compliance results (one row per audit and area), the "
                          "actions register and the audit programme.");
    if (!r.notice.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        status_label(colors::status_good, ("(ok) " + r.notice).c_str());
        ImGui::PopTextWrapPos();
    }
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The view
// ---------------------------------------------------------------------------

void draw_reports_view(AppState& state) {
    title_text("Reports");
    if (!state.extract) {
        empty_state("Oversight for senior managers",
                    "The audit programme, compliance by criterion, grades, the actions "
                    "register, supervision and caseloads across the service, from the "
                    "extract's past audits and the auditors' workbooks; printed, or saved as "
                    "HTML and CSV files.");
        draw_needs_extract(state);
        return;
    }
    update_report(state);
    ReportsState& r = state.reports;
    const report::Report& rep = *r.report;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text("%s, %s, as at %s. Scope: %s.", rep.organisation.c_str(),
                report::period_text(rep.options.period).c_str(),
                format_date_long(rep.options.as_at).c_str(), rep.scope_text.c_str());
    ImGui::PopTextWrapPos();
    draw_choices(state);
    ImGui::Spacing();
    draw_exports(state);
    ImGui::Separator();
    if (ImGui::CollapsingHeader("Workbooks counted", ImGuiTreeNodeFlags_DefaultOpen))
        draw_inputs(state);
    draw_report_sections(state);
}

} // namespace ca::app
