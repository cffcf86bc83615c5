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
