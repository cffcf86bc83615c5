// Case Audit - colour contrast as WCAG 2.2 defines it, so that the app's themes can be
// checked by a unit test instead of by eye.
//
// Relative luminance (WCAG 2.2, "relative luminance"): each sRGB channel c in 0..1 is made
// linear (c / 12.92 when c <= 0.04045, else ((c + 0.055) / 1.055) ^ 2.4), then
// L = 0.2126 R + 0.7152 G + 0.0722 B. Contrast ratio = (L1 + 0.05) / (L2 + 0.05), L1 the
// lighter: 1 (same colour) to 21 (black on white).
//
// Success criteria the themes are held to: 1.4.3 text at least 4.5:1 (AA); 1.4.11 the
// boundaries of controls and the focus indicator at least 3:1 against what is next to them.
#pragma once

#include <cstdint>

namespace ca::a11y {

inline constexpr double k_text_minimum = 4.5;     // WCAG 1.4.3, normal-size text
inline constexpr double k_non_text_minimum = 3.0; // WCAG 1.4.11, controls and focus

struct Rgb {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
};

double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b); // order does not matter

// `fg` drawn with opacity `alpha` (0..1) over `bg`, as the GPU blends it (each channel
// rounded to the nearest 8-bit value): the colour a translucent fill or a dimmed text
// actually shows, to be measured like any other.
Rgb blend(Rgb fg, Rgb bg, double alpha);

} // namespace ca::a11y
