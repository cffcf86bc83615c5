// Case Audit - keyboard shortcuts. Dear ImGui 1.86 indexes keys by the backend's own codes
// (SDL scancodes here), so views ask through this function instead of naming SDL keys.
#pragma once

namespace ca::app {
// True in the frame where Ctrl (Cmd on a Mac) + `letter` ('A'..'Z') was pressed.
bool ctrl_shortcut_pressed(char letter);
} // namespace ca::app
