// Case Audit - small widgets shared by the views (see widgets.h): drawn the same way in every
// section, with the status colours always beside a word and a marker.
#include "app/ui/widgets.h"

#include "app/ui/fonts.h"
#include "app/ui/theme.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <string>

namespace ca::app {
namespace {
// Lines longer than about 80 characters are hard to read; wrap body text at this width
// (in multiples of the font size, so it scales with the text).
constexpr float k_max_line_ems = 42.0f;

// Titles and headings wrap at the pane's edge: at large text sizes a long one (an audit's
// case and person) would otherwise be cut off there.
void with_font(ImFont* font, const char* text) {
    if (font != nullptr)
        ImGui::PushFont(font);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    if (font != nullptr)
        ImGui::PopFont();
}
} // namespace

void title_text(const char* text) {
    with_font(ui_fonts().title, text);
}

void heading_text(const char* text) {
    with_font(ui_fonts().heading, text);
}

float heading_width(const char* text) {
    ImFont* font = ui_fonts().heading;
    if (font != nullptr)
        ImGui::PushFont(font);
    const float width = ImGui::CalcTextSize(text).x;
    if (font != nullptr)
        ImGui::PopFont();
    return width;
}

void paragraph(const char* text) {
    const float wrap = ImGui::GetCursorPosX() + ImGui::GetFontSize() * k_max_line_ems;
    ImGui::PushTextWrapPos(std::min(wrap, ImGui::GetContentRegionMax().x));
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
}

void muted_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
    paragraph(text);
    ImGui::PopStyleColor();
}

void muted_textf(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    va_list again;
    va_copy(again, args);
    const int length = std::vsnprintf(nullptr, 0, fmt, args);
    va_end(args);
    std::string text(static_cast<std::size_t>(std::max(length, 0)), '\0');
    std::vsnprintf(text.data(), text.size() + 1, fmt, again);
    va_end(again);
    muted_text(text.c_str());
}

void same_line_if_fits(float width, float spacing) {
    ImGui::SameLine(0.0f, spacing);
    if (ImGui::GetContentRegionAvail().x < width)
        ImGui::NewLine();
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

void cell_text(const char* text) {
    const float room = ImGui::GetContentRegionAvail().x;
    ImGui::TextUnformatted(text);
    if (ImGui::CalcTextSize(text).x > room && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", text);
}

bool primary_button(const char* label, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::on_accent);
    ImGui::PushStyleColor(ImGuiCol_Button, colors::accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colors::accent_hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colors::accent_active);
    const bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleColor(4);
    return pressed;
}

void status_label(ImU32 color, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

std::string display_name(std::string_view kebab) {
    std::string out(kebab);
    for (char& ch : out)
        if (ch == '-')
            ch = ' ';
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

void empty_state(const char* title, const char* body) {
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));
    heading_text(title);
    paragraph(body);
}

} // namespace ca::app
