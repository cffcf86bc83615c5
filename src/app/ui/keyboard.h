// Case Audit - the keyboard: Tab and Shift+Tab through every widget of the page, panes that
// do not trap the focus, and the shortcuts of the frequent actions.
//
// Dear ImGui 1.86 tabs only between text fields, and only inside one window: on the Import
// page (no text field) Tab did nothing, and in a pane with one field it went round that
// field for ever. Here every enabled widget is a tab stop, in the order it is drawn, and the
// app's panes are part of the page's tab order (begin_pane) instead of windows of their own.
#pragma once

#include <imgui.h>

namespace ca::app {

// Call right before ImGui::NewFrame(): Enter presses the focused button, as Space does
// (Dear ImGui 1.86 maps Enter only to "edit this text"), except while a text field takes the
// keys, where Enter is its own.
void enter_presses_buttons();

// Call right after ImGui::NewFrame(): widens this frame's Tab request (if Tab was pressed) to
// every enabled widget, and makes it start from the widget that has the keyboard focus.
void tab_reaches_every_widget();
// Call at the end of each frame (before ImGui::Render): notes whether the focused widget is
// still drawn.
void keyboard_end_frame();

// ImGui::BeginChild for the app's panes: a scrolling region whose widgets belong to the
// page's tab order. Always pair with ImGui::EndChild().
bool begin_pane(const char* id, ImVec2 size = ImVec2(0, 0), bool border = false,
                ImGuiWindowFlags flags = 0);

// ImGui::BeginTable for the app's tables: a table that scrolls (ScrollY) is a window of its own
// in Dear ImGui 1.86, which Tab skipped (its rows were reached only by Enter and the arrow
// keys); here its rows belong to the page's tab order, in reading order, as a pane's do.
// `one_tab_stop` keeps the old way for a table that can hold thousands of rows (the case
// file's chronology): one stop, entered with Enter, rows by the arrow keys, Escape out.
// Always pair with ImGui::EndTable().
// `inner_width` is ImGui::BeginTable's: the width to lay the columns out in when the table
// scrolls sideways (ScrollX).
bool begin_table(const char* id, int columns, ImGuiTableFlags flags,
                 ImVec2 outer_size = ImVec2(0, 0), bool one_tab_stop = false,
                 float inner_width = 0.0f);
// ImGui::TableHeadersRow: the headers of a table that does not sort do nothing when pressed,
// so they are drawn as words, not tab stops.
void table_headers_row();

// Shortcuts. A key typed as text (a digit or a letter on its own) counts only when no text
// field takes the keys, so that typing a comment never triggers one; the views use them only
// while a widget of theirs has the focus (WCAG 2.1.4: no page-wide single-key shortcuts).
bool shortcut_char_pressed(char c); // a digit or a letter, without Ctrl, Alt or Cmd
bool ctrl_letter_pressed(char c);   // Ctrl (or Cmd) and a letter, even while typing
bool function_key_pressed(int n);   // F1...F12

// Moves the keyboard focus to the last widget drawn, with the focus ring showing: focus
// follows the action ("Next unanswered", opening a case).
void focus_last_item();

} // namespace ca::app
