// Case Audit - keyboard shortcuts (see keys.h): Ctrl, or Cmd on a Mac, with a letter, read
// from Dear ImGui's key state by SDL scancode.
#include "app/backend/keys.h"

#include <SDL.h>
#include <imgui.h>

namespace ca::app {

bool ctrl_shortcut_pressed(char letter) {
    if (letter < 'A' || letter > 'Z')
        return false;
    const ImGuiIO& io = ImGui::GetIO();
    if (!(io.KeyCtrl || io.KeySuper) || io.KeyAlt)
        return false;
    const int scancode = SDL_SCANCODE_A + (letter - 'A'); // SDL's letter scancodes are contiguous
    return ImGui::IsKeyPressed(scancode, false);
}

} // namespace ca::app
