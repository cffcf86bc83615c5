// Case Audit - the keyboard (see keyboard.h). This reaches into Dear ImGui 1.86's navigation
// state (imgui_internal.h), which is what its own SetKeyboardFocusHere() does.
#include "app/ui/keyboard.h"

#include <imgui_internal.h>

#include <cctype>

namespace ca::app {

void enter_presses_buttons() {
    ImGuiIO& io = ImGui::GetIO();
    const int enter = io.KeyMap[ImGuiKey_Enter];
    const int keypad_enter = io.KeyMap[ImGuiKey_KeyPadEnter];
    const bool down =
        (enter >= 0 && io.KeysDown[enter]) || (keypad_enter >= 0 && io.KeysDown[keypad_enter]);
    if (down && !io.WantTextInput)
        io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
}

namespace {
bool g_nav_alive = false; // the focused widget was drawn in the last frame
} // namespace

void keyboard_end_frame() {
    g_nav_alive = ImGui::GetCurrentContext()->NavIdIsAlive;
}

void tab_reaches_every_widget() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if ((g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) == 0 || !g.NavMoveScoringItems)
        return;
    // ImGuiNavMoveFlags_FocusApi makes every enabled item a candidate, not only text fields
    // (the same request SetKeyboardFocusHere() makes); text fields are still entered.
    g.NavMoveFlags |= ImGuiNavMoveFlags_FocusApi;
    // 1.86 starts again from the first widget when nothing is being edited, even when a
    // button has the focus ring; go on from the focused widget instead, if it is still
    // there (a button that went away, such as the demo button once the demo is open, leaves
    // nothing to go on from: Tab then starts at the top).
    if (g.NavTabbingDir == 0 && g.NavId != 0 && g_nav_alive)
        g.NavTabbingDir = +1;
}

bool begin_pane(const char* id, ImVec2 size, bool border, ImGuiWindowFlags flags) {
    return ImGui::BeginChild(id, size, border, flags | ImGuiWindowFlags_NavFlattened);
}

bool begin_table(const char* id, int columns, ImGuiTableFlags flags, ImVec2 outer_size,
                 bool one_tab_stop, float inner_width) {
    if (!ImGui::BeginTable(id, columns, flags, outer_size, inner_width))
        return false;
    ImGuiTable* table = ImGui::GetCurrentTable();
    // The table's own scrolling window joins its parent's tab order for this frame, as
    // ImGuiWindowFlags_NavFlattened does for a pane (BeginTable takes no window flags; Begin
    // sets both fields again each frame, before any row is drawn).
    if (!one_tab_stop && table->InnerWindow != table->OuterWindow) {
        table->InnerWindow->Flags |= ImGuiWindowFlags_NavFlattened;
        table->InnerWindow->RootWindowForNav = table->OuterWindow->RootWindowForNav;
    }
    return true;
}

void table_headers_row() {
    if ((ImGui::GetCurrentTable()->Flags & ImGuiTableFlags_Sortable) != 0) {
        ImGui::TableHeadersRow();
        return;
    }
    // Dear ImGui's headers are buttons (they sort and open a menu); these are only words on
    // the header row's colour, which Tab passes by (the tab request takes every item, even
    // one marked NoNav).
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < ImGui::TableGetColumnCount(); ++c)
        if (ImGui::TableSetColumnIndex(c))
            ImGui::TextUnformatted(ImGui::TableGetColumnName(c));
}

// Dear ImGui 1.86 indexes keys by the platform's key codes; the SDL back end maps
// ImGuiKey_A to SDL_SCANCODE_A, and SDL's letters (A = 4 ... Z = 29) and F1...F12 (58...69)
// are consecutive.
bool ctrl_letter_pressed(char c) {
    const ImGuiIO& io = ImGui::GetIO();
    const int letter = std::tolower(static_cast<unsigned char>(c)) - 'a';
    if (letter < 0 || letter >= 26 || !(io.KeyCtrl || io.KeySuper) || io.KeyAlt)
        return false;
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_A) + letter, false);
}

bool function_key_pressed(int n) {
    constexpr int k_sdl_scancode_f1 = 58;
    if (n < 1 || n > 12)
        return false;
    return ImGui::IsKeyPressed(k_sdl_scancode_f1 + n - 1, false);
}

bool shortcut_char_pressed(char c) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper)
        return false;
    for (const ImWchar ch : io.InputQueueCharacters)
        if (std::tolower(static_cast<int>(ch)) == std::tolower(static_cast<unsigned char>(c)))
            return true;
    return false;
}

void focus_last_item() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGui::SetFocusID(g.LastItemData.ID, g.CurrentWindow);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
}

} // namespace ca::app
