// Case Audit - small widgets shared by the views, so that every section looks and reads the
// same: titles, paragraphs, the primary action, and the empty state of a section.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace ca::app {

void title_text(const char* text);     // the section's title, large
void heading_text(const char* text);   // a heading inside a section
float heading_width(const char* text); // how wide heading_text() draws it on one line
void paragraph(const char* text);      // wrapped body text, at a readable line length
void muted_text(const char* text);     // secondary information
void muted_textf(const char* fmt, ...) IM_FMTARGS(1); // the same, formatted like ImGui::Text
// One line of text in a narrow place (a table cell): when it does not fit and is cut off,
// hovering it shows it whole.
void cell_text(const char* text);

// Puts the next widget, `width` wide (button_width() for a button), on the same line when it
// fits and on the next line otherwise, so that a row of buttons wraps at large text sizes
// instead of running off the right edge. `spacing` before it as ImGui::SameLine's (-1: the
// style's item spacing).
void same_line_if_fits(float width, float spacing = -1.0f);
float button_width(const char* label);

// The one action a section is built around: white text on the accent colour.
bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0));

// A status in words, in a colour: "(!!) Critical". The words carry the meaning; the colour
// only helps (colour is never the only signal).
void status_label(ImU32 color, const char* text);

// A format enum spelling for people: "qualified-social-worker" -> "Qualified social worker".
std::string display_name(std::string_view kebab);

// What a section will do once there is something to show: a title, a sentence or two and,
// optionally, what the manager can do about it now.
void empty_state(const char* title, const char* body);

} // namespace ca::app
