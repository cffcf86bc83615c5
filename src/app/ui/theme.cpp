// Case Audit - the light, high-contrast theme (see theme.h): Dear ImGui's style and colours
// set once at start-up.
#include "app/ui/theme.h"

namespace ca::app {

void apply_theme() {
    ImGui::StyleColorsLight();
    ImGuiStyle& s = ImGui::GetStyle();
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

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = ImVec4(0.11f, 0.15f, 0.20f, 1.00f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.40f, 0.44f, 0.49f, 1.00f);
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.98f, 0.98f, 1.00f);
    c[ImGuiCol_ChildBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f);
    c[ImGuiCol_Border] = ImVec4(0.78f, 0.81f, 0.85f, 1.00f);
    c[ImGuiCol_FrameBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.90f, 0.94f, 0.98f, 1.00f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.84f, 0.90f, 0.97f, 1.00f);
    // Dear ImGui 1.86 draws button labels in the text colour, so ordinary buttons are light;
    // primary_button() (ui/widgets.h) swaps in white text on the accent colour.
    c[ImGuiCol_Button] = ImVec4(0.89f, 0.92f, 0.95f, 1.00f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.80f, 0.87f, 0.94f, 1.00f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.70f, 0.81f, 0.93f, 1.00f);
    c[ImGuiCol_Header] = ImVec4(0.84f, 0.90f, 0.97f, 1.00f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.78f, 0.86f, 0.95f, 1.00f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.70f, 0.81f, 0.93f, 1.00f);
    c[ImGuiCol_NavHighlight] = ImVec4(0.96f, 0.62f, 0.05f, 1.00f); // visible keyboard focus
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.91f, 0.93f, 0.95f, 1.00f);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.96f, 0.97f, 0.98f, 1.00f);
}

} // namespace ca::app
