// Case Audit - Training, Calibration: the workbooks of a group calibration exercise (several
// auditors audit the same case files), and how far they agree: Fleiss' kappa and Gwet's AC1
// over all areas and per area, the areas with the lowest agreement first (their guidance
// needs rewriting first), and each auditor's direction of bias against the group.
//
// The figures are the core's (core/training/calibration.h), the same as `caseaudit
// agreement`; the workbooks are read here and kept only while the page is open (they are
// other auditors' files, not this browser's work).
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/training_views.h"

#include <cstdio>

namespace ca::app {

namespace {

void draw_workbooks(AppState& state) {
    CalibrationState& c = state.training.calibration;
    heading_text("Workbooks compared");
    if (c.workbooks.empty())
        muted_text("None yet. Add the workbook file of each auditor who audited the same cases "
                   "(at least two).");
    int remove = -1;
    for (std::size_t i = 0; i < c.workbooks.size(); ++i) {
        const CalibrationWorkbook& w = c.workbooks[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::AlignTextToFramePadding();
        ImGui::BulletText("%s (%s): %zu audits", w.name.c_str(), w.file.c_str(),
                          w.workbook.audits.size());
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove"))
            remove = static_cast<int>(i);
        ImGui::PopID();
    }
    if (remove >= 0)
        c.workbooks.erase(c.workbooks.begin() + remove);
    if (primary_button("Add a workbook file...")) {
        state.next_open = OpenPurpose::CalibrationWorkbook;
        platform::request_open_file(".json,application/json");
    }
    if (state.extract) {
        ImGui::SameLine();
        if (ImGui::Button("Add this browser's workbook")) {
            const audit::Workbook& wb = state.audit.workbook;
            c.workbooks.push_back(
                {wb.auditor.empty() ? "This browser" : wb.auditor, "this browser", wb});
        }
    }
    if (!c.reading.empty())
        muted_text("Reading...");
    for (const std::string& e : c.errors) {
        ImGui::PushTextWrapPos(0.0f);
        status_label(colors::status_bad, ("(x) Not added: " + e).c_str());
        ImGui::PopTextWrapPos();
    }
}

void draw_result(const training::Calibration& r) {
    const float em = ImGui::GetFontSize();
    heading_text(("Agreement of " + std::to_string(r.auditors) + " auditors over " +
                  std::to_string(r.case_ids.size()) + " cases")
                     .c_str());
    if (begin_figures_table("##calibration")) {
        figure_row("All areas: Fleiss' kappa", r.fleiss, false);
        figure_row("All areas: Gwet's AC1", r.ac1, false);
        figure_row("Overall grade: Fleiss' kappa", r.grade_fleiss, false);
        if (r.auditors == 2) {
            figure_row("All areas: Cohen's kappa", r.cohen, false);
            figure_row("Overall grade: weighted kappa (linear)", r.grade_weighted_kappa, false);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    heading_text("Per area, lowest agreement first");
    muted_text("The areas at the top are where auditors read the guidance differently: rewrite "
               "their guidance first.");
    if (ImGui::BeginTable("##areas", 5,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                              ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Area", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Fleiss' kappa", ImGuiTableColumnFlags_WidthFixed, em * 13.0f);
        ImGui::TableSetupColumn("Gwet's AC1", ImGuiTableColumnFlags_WidthFixed, em * 6.0f);
        ImGui::TableSetupColumn("Pairs agreeing", ImGuiTableColumnFlags_WidthFixed, em * 7.0f);
        ImGui::TableSetupColumn("n", ImGuiTableColumnFlags_WidthFixed, em * 3.0f);
        ImGui::TableHeadersRow();
        for (const training::AreaAgreement& a : r.areas) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            cell_text(std::string(audit::case_area(a.area).title).c_str());
            ImGui::TableNextColumn();
            const std::string kappa =
                a.fleiss.defined() ? stats::coefficient_value_text(a.fleiss, false) + " (" +
                                         std::string(stats::band_label(a.fleiss.band())) + ")"
                                   : "undefined";
            cell_text(kappa.c_str());
            if (!a.fleiss.defined() && ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", a.fleiss.reason.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(stats::coefficient_value_text(a.ac1, false).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%.1f%%", a.fleiss.observed * 100.0);
            ImGui::TableNextColumn();
            ImGui::Text("%d", a.fleiss.n);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    heading_text("Each auditor's direction of bias");
    muted_text("Score against the group's median score on the same case, in percentage points: "
               "above is more generous than the group.");
    if (ImGui::BeginTable("##bias", 4,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                              ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Auditor", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Cases", ImGuiTableColumnFlags_WidthFixed, em * 4.0f);
        ImGui::TableSetupColumn("Mean points", ImGuiTableColumnFlags_WidthFixed, em * 6.0f);
        ImGui::TableSetupColumn("Grades above / level / below; direction",
                                ImGuiTableColumnFlags_WidthFixed, em * 20.0f);
        ImGui::TableHeadersRow();
        for (const training::AuditorBias& b : r.bias) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            cell_text(b.auditor.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", b.cases);
            ImGui::TableNextColumn();
            ImGui::Text("%+.1f", b.mean_points);
            ImGui::TableNextColumn();
            ImGui::Text("%d / %d / %d; %s", b.grades_above, b.grades_level, b.grades_below,
                        b.direction.c_str());
        }
        ImGui::EndTable();
    }
}

} // namespace

void draw_training_calibration(AppState& state) {
    paragraph("A group calibration exercise: several auditors audit the same case files, each in "
              "their own workbook. Add their workbook files to see how far they agree, which "
              "areas they disagree on most, and whether each grades above or below the group.");
    draw_workbooks(state);
    ImGui::Spacing();
    const CalibrationState& c = state.training.calibration;
    if (c.result)
        draw_result(*c.result);
    else if (!c.workbooks.empty())
        muted_text("Add at least one more workbook to compare.");
}

} // namespace ca::app
