// Case Audit - colours and spacing. A light, high-contrast theme: managers read this for
// long stretches on ordinary office screens. Status colours never carry meaning alone (every
// status also has a word and an icon-like marker), see ui/widgets.h.
#pragma once

#include <imgui.h>

namespace ca::app {

namespace colors {
inline constexpr ImU32 accent = IM_COL32(29, 95, 168, 255); // links, primary buttons
inline constexpr ImU32 text_muted = IM_COL32(84, 98, 112, 255);
inline constexpr ImU32 nav_bg = IM_COL32(232, 237, 242, 255);
inline constexpr ImU32 header_bg = IM_COL32(27, 39, 51, 255);
inline constexpr ImU32 header_text = IM_COL32(255, 255, 255, 255);
// Status colours: always paired with a word and a marker such as "(x) Error".
inline constexpr ImU32 status_bad = IM_COL32(170, 20, 20, 255);
inline constexpr ImU32 status_warn = IM_COL32(150, 85, 0, 255);
inline constexpr ImU32 status_good = IM_COL32(20, 110, 45, 255);
} // namespace colors

void apply_theme();

} // namespace ca::app
