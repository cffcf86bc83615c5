// Case Audit - colours and spacing. Two themes, both meeting WCAG 2.2 AA contrast (the
// colours are in ui/palette.h, checked by a unit test): the standard light one and a
// high-contrast one. Status colours never carry meaning alone (every status also has a word
// and an icon-like marker), see ui/widgets.h.
#pragma once

#include "app/ui/palette.h"

#include <imgui.h>

namespace ca::app {

// The colours views draw with themselves, set by apply_theme() from the palette in force
// (so they change with the theme; read them at draw time, never copy them into a constant).
namespace colors {
inline ImU32 accent = IM_COL32(29, 95, 168, 255); // links, primary buttons
inline ImU32 accent_hovered = IM_COL32(23, 79, 145, 255);
inline ImU32 accent_active = IM_COL32(18, 64, 120, 255);
inline ImU32 on_accent = IM_COL32(255, 255, 255, 255);
inline ImU32 text_muted = IM_COL32(72, 84, 97, 255);
inline ImU32 nav_bg = IM_COL32(232, 237, 242, 255);
inline ImU32 header_bg = IM_COL32(27, 39, 51, 255);
inline ImU32 header_text = IM_COL32(255, 255, 255, 255);
inline ImU32 border = IM_COL32(112, 122, 134, 255);
// Status colours: always paired with a word and a marker such as "(x) Error".
inline ImU32 status_bad = IM_COL32(170, 20, 20, 255);
inline ImU32 status_warn = IM_COL32(150, 85, 0, 255);
inline ImU32 status_good = IM_COL32(20, 110, 45, 255);
} // namespace colors

ImU32 to_color(Rgb c);

// Sets Dear ImGui's style and the colors above from `palette`, spacing scaled by `scale`
// (the text size setting: 1 at 100%, 2 at 200%).
void apply_theme(const Palette& palette, float scale = 1.0f);

// The palette in force.
const Palette& current_palette();

// Read-only content (a completed audit): input is blocked as by BeginDisabled, but nothing is
// faded, so the auditor's own words keep their full contrast; fields are drawn flat on the
// page colour so that they read as not editable. Pair with end_read_only().
void begin_read_only(bool read_only);
void end_read_only();

} // namespace ca::app
