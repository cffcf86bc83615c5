// Case Audit - Training, Learn: the 14 areas of a case file audit one by one: what the
// policy asks, where the evidence is in a record, what Met and Not met look like, and the
// practice cases of the open pack where the area is met and where it is not, each a link
// that opens the case in the audit workspace.
//
// Every word shown comes from the core (the checklist's titles, the training guidance and
// the reference audits' words, core/training/reference_draft.h): nothing is written here.
#include "app/ui/keyboard.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/training_views.h"
#include "core/training/reference_draft.h"

#include <algorithm>
#include <vector>

namespace ca::app {

namespace {

using audit::AreaResult;
using audit::CaseArea;

void section_text(const char* heading, std::string_view body) {
    if (body.empty())
        return;
    ImGui::Spacing();
    heading_text(heading);
    paragraph(std::string(body).c_str());
}

// The open pack's cases whose reference gives the area `result`, as buttons.
void example_links(AppState& state, CaseArea area, AreaResult result, const char* what) {
    const training::TrainingPack& pack = *state.training.practice.pack;
    std::vector<const training::PracticeCase*> cases;
    for (const training::PracticeCase& c : pack.cases)
        if (const training::ReferenceArea* a = c.find(area); a && a->result == result)
            cases.push_back(&c);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s:", what);
    if (cases.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("no case in this pack");
        return;
    }
    for (const training::PracticeCase* c : cases) {
        const std::string label = "Open " + c->case_id + " (" + c->title + ")";
        same_line_if_fits(button_width(label.c_str()));
        if (ImGui::Button(label.c_str()))
            practise_case(state, c->case_id);
    }
}

} // namespace

void draw_training_learn(AppState& state) {
    TrainingState& t = state.training;
    const auto& areas = audit::case_areas();
    t.learn_area = std::clamp(t.learn_area, 0, static_cast<int>(areas.size()) - 1);

    // The areas down the left, the one chosen on the right. The list is as wide as its
    // longest name (up to 40% of the page, so the guidance keeps room at 200% text); a name
    // that is still cut off shows whole when hovered or focused.
    std::vector<std::string> labels;
    float widest = 0.0f;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        // The short name (the key in words): the policy's full wording is on the right.
        labels.push_back(std::to_string(i + 1) + ". " + display_name(areas[i].key));
        widest = std::max(widest, ImGui::CalcTextSize(labels.back().c_str()).x);
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float list_width =
        widest + style.WindowPadding.x * 2.0f + style.ScrollbarSize + style.ItemSpacing.x * 2.0f;
    begin_pane("##learn-areas",
               ImVec2(std::min(list_width, ImGui::GetContentRegionAvail().x * 0.4f), 0), true);
    for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
        const std::string& label = labels[static_cast<std::size_t>(i)];
        if (ImGui::Selectable(label.c_str(), t.learn_area == i))
            t.learn_area = i;
        if (ImGui::CalcTextSize(label.c_str()).x > ImGui::GetItemRectSize().x &&
            (ImGui::IsItemHovered() || ImGui::IsItemFocused()))
            ImGui::SetTooltip("%s", label.c_str());
    }
    ImGui::EndChild();
    ImGui::SameLine();
    begin_pane("##learn-area", ImVec2(0, 0), false);
    const audit::CaseAreaInfo& info = areas[static_cast<std::size_t>(t.learn_area)];
    heading_text(("Area " + std::to_string(t.learn_area + 1) + " of " +
                  std::to_string(areas.size()) +
                  (info.about_writing ? ": the quality of the recording" : ""))
                     .c_str());
    section_text("What the policy asks", info.title);
    section_text("Where the evidence is", training::area_guidance(info.area));
    section_text("What Met looks like", training::area_result_words(info.area, AreaResult::Met));
    section_text("What Partly met looks like",
                 training::area_result_words(info.area, AreaResult::PartlyMet));
    section_text("What Not met looks like",
                 training::area_result_words(info.area, AreaResult::NotMet));
    section_text("When it is Not applicable",
                 training::area_result_words(info.area, AreaResult::NotApplicable));

    ImGui::Spacing();
    heading_text("See it in a practice case");
    if (state.training.practice.pack && practice_pack_open(state)) {
        paragraph("Each link opens the case in the audit workspace as a practice audit: audit "
                  "the whole file, then Submit to see the reference audit.");
        example_links(state, info.area, AreaResult::Met, "Met");
        example_links(state, info.area, AreaResult::NotMet, "Not met");
    } else {
        paragraph("The built-in training pack has six synthetic case files from the fictional "
                  "borough of Eastmere, with a reference audit of each. Open it to see this "
                  "area met and not met in a real-looking file.");
        if (ImGui::Button("Open the built-in training pack")) {
            t.page = TrainingPage::Practise;
            t.practice.confirm_replace = state.extract != nullptr;
            if (!state.extract)
                open_built_in_pack(state);
        }
    }

    ImGui::Spacing();
    ImGui::Separator();
    if (t.learn_area > 0 && ImGui::Button("< Previous area"))
        --t.learn_area;
    if (t.learn_area + 1 < static_cast<int>(areas.size())) {
        if (t.learn_area > 0)
            ImGui::SameLine();
        if (ImGui::Button("Next area >"))
            ++t.learn_area;
    }
    ImGui::EndChild();
}

} // namespace ca::app
