// Case Audit - the Training section: learning the 14 areas, practising on a training pack
// against its reference audits, moderating completed audits, and calibrating auditors
// against each other. Each page is drawn by its own file (training_views.h); this one draws
// the bar of pages and what they share.
//
// Index of this file:
// [SECTION] Shared drawing
// [SECTION] The section
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/training_views.h"
#include "app/views/views.h"

namespace ca::app {

// ---------------------------------------------------------------------------
// [SECTION] Shared drawing
// ---------------------------------------------------------------------------

bool begin_figures_table(const char* id) {
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable(id, 4,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                               ImGuiTableFlags_SizingStretchProp))
        return false;
    ImGui::TableSetupColumn("Figure", ImGuiTableColumnFlags_WidthFixed, em * 17.0f);
    ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthFixed, em * 6.0f);
    ImGui::TableSetupColumn("n", ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
    ImGui::TableSetupColumn("Band (Landis and Koch) or why undefined",
                            ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    return true;
}

void figure_row(const char* label, const stats::Coefficient& c, bool proportion) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(stats::coefficient_value_text(c, proportion).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", c.n);
    ImGui::TableNextColumn();
    ImGui::PushTextWrapPos(0.0f);
    if (!c.defined())
        ImGui::TextUnformatted(c.reason.c_str());
    else if (!proportion)
        ImGui::TextUnformatted(std::string(stats::band_label(c.band())).c_str());
    else
        ImGui::TextDisabled("(a share: no band)");
    ImGui::PopTextWrapPos();
}

std::string item_title(const AppState& state, const std::string& key) {
    if (const std::optional<audit::CaseArea> area = audit::parse_case_area_key(key))
        return std::string(audit::case_area(*area).title);
    for (const ChecklistItem& item : state.policy.policy.audit.supervision_checklist)
        if (item.key == key)
            return item.title;
    return key;
}

// ---------------------------------------------------------------------------
// [SECTION] The section
// ---------------------------------------------------------------------------

void draw_training_view(AppState& state) {
    TrainingState& t = state.training;
    title_text("Training");
    // The page bar: one selectable per page, on a line, the open one marked.
    for (int i = 0; i < static_cast<int>(TrainingPage::Count); ++i) {
        const auto page = static_cast<TrainingPage>(i);
        const char* name = training_page_name(page);
        if (i > 0)
            ImGui::SameLine();
        const ImVec2 size(ImGui::CalcTextSize(name).x + ImGui::GetFontSize() * 1.5f,
                          ImGui::GetFrameHeight());
        ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.5f, 0.5f));
        if (ImGui::Selectable(name, t.page == page, 0, size))
            t.page = page;
        ImGui::PopStyleVar();
    }
    ImGui::Separator();
    ImGui::Spacing();
    switch (t.page) {
    case TrainingPage::Learn:
        draw_training_learn(state);
        break;
    case TrainingPage::Practise:
        draw_training_practise(state);
        break;
    case TrainingPage::Moderation:
        draw_training_moderation(state);
        break;
    case TrainingPage::Calibration:
        draw_training_calibration(state);
        break;
    case TrainingPage::Author:
        draw_training_author(state);
        break;
    case TrainingPage::Count:
        break;
    }
}

} // namespace ca::app
