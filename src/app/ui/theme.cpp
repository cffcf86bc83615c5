// Case Audit - the themes (see theme.h): Dear ImGui's style and colours, set at start-up and
// again when the manager changes the theme or the text size in Settings.
#include "app/ui/theme.h"

#include <vector>

namespace ca::app {
namespace {
const Palette* g_palette = &k_standard_palette;
std::vector<bool> g_read_only; // one entry per begin_read_only(), whether it pushed
} // namespace

ImU32 to_color(Rgb c) {
    return IM_COL32(c.r, c.g, c.b, 255);
}

const Palette& current_palette() {
    return *g_palette;
}

void apply_theme(const Palette& p, float scale) {
    g_palette = &p;
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    ImGui::StyleColorsLight(&s);
    s.WindowPadding = ImVec2(16, 14);
    s.FramePadding = ImVec2(10, 6);
    s.ItemSpacing = ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.CellPadding = ImVec2(8, 5);
    s.ScrollbarSize = 16;
    s.WindowRounding = 0;
    s.ChildRounding = 4;
    s.FrameRounding = 4;
    s.PopupRounding = 4;
    s.GrabRounding = 4;
    s.TabRounding = 4;
    s.WindowBorderSize = 0;
    s.FrameBorderSize = 1;
    s.PopupBorderSize = 1;
    s.ScaleAllSizes(scale);

    auto v = [](Rgb c) { return ImGui::ColorConvertU32ToFloat4(to_color(c)); };
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = v(p.text);
    c[ImGuiCol_TextDisabled] = v(p.text_disabled);
    c[ImGuiCol_WindowBg] = v(p.window_bg);
    c[ImGuiCol_ChildBg] = v(p.child_bg);
    c[ImGuiCol_PopupBg] = v(p.child_bg);
    c[ImGuiCol_Border] = v(p.border);
    c[ImGuiCol_FrameBg] = v(p.frame_bg);
    c[ImGuiCol_FrameBgHovered] = v(p.frame_bg_hovered);
    c[ImGuiCol_FrameBgActive] = v(p.frame_bg_active);
    c[ImGuiCol_CheckMark] = v(p.check_mark);
    c[ImGuiCol_SliderGrab] = v(p.accent);
    c[ImGuiCol_SliderGrabActive] = v(p.accent_active);
    // Dear ImGui 1.86 draws button labels in the text colour, so ordinary buttons are light;
    // primary_button() (ui/widgets.h) swaps in the on-accent text on the accent colour.
    c[ImGuiCol_Button] = v(p.button);
    c[ImGuiCol_ButtonHovered] = v(p.button_hovered);
    c[ImGuiCol_ButtonActive] = v(p.button_active);
    c[ImGuiCol_Header] = v(p.header);
    c[ImGuiCol_HeaderHovered] = v(p.header_hovered);
    c[ImGuiCol_HeaderActive] = v(p.header_active);
    c[ImGuiCol_Tab] = v(p.button);
    c[ImGuiCol_TabHovered] = v(p.button_hovered);
    c[ImGuiCol_TabActive] = v(p.header_active);
    c[ImGuiCol_TabUnfocused] = v(p.button);
    c[ImGuiCol_TabUnfocusedActive] = v(p.header);
    c[ImGuiCol_NavHighlight] = v(p.focus); // the keyboard focus ring, 3:1 or more
    c[ImGuiCol_TableHeaderBg] = v(p.table_header_bg);
    c[ImGuiCol_TableRowBgAlt] = v(p.table_row_alt);
    c[ImGuiCol_TableBorderStrong] = v(p.border);
    c[ImGuiCol_Separator] = v(p.border);

    const struct {
        ImU32& color;
        Rgb from;
    } views_colors[] = {
        {colors::accent, p.accent},
        {colors::accent_hovered, p.accent_hovered},
        {colors::accent_active, p.accent_active},
        {colors::on_accent, p.on_accent},
        {colors::text_muted, p.text_muted},
        {colors::nav_bg, p.nav_bg},
        {colors::header_bg, p.top_bg},
        {colors::header_text, p.top_text},
        {colors::border, p.border},
        {colors::status_bad, p.status_bad},
        {colors::status_warn, p.status_warn},
        {colors::status_good, p.status_good},
    };
    for (const auto& vc : views_colors)
        vc.color = to_color(vc.from);
}

void begin_read_only(bool read_only) {
    g_read_only.push_back(read_only);
    if (!read_only) {
        ImGui::BeginDisabled(false);
        return;
    }
    const ImU32 flat = to_color(g_palette->window_bg);
    ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, flat);
    ImGui::PushStyleColor(ImGuiCol_Button, flat);
    ImGui::BeginDisabled(true);
}

void end_read_only() {
    ImGui::EndDisabled();
    const bool pushed = !g_read_only.empty() && g_read_only.back();
    if (!g_read_only.empty())
        g_read_only.pop_back();
    if (pushed) {
        ImGui::PopStyleColor(2);
        ImGui::PopStyleVar();
    }
}

} // namespace ca::app
