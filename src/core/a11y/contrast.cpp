// Case Audit - WCAG relative luminance and contrast ratio (the formulas are in contrast.h).
#include "core/a11y/contrast.h"

#include <algorithm>
#include <cmath>

namespace ca::a11y {
namespace {
double linear(std::uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint8_t mix(std::uint8_t fg, std::uint8_t bg, double alpha) {
    const double v = fg * alpha + bg * (1.0 - alpha);
    return static_cast<std::uint8_t>(std::clamp(std::lround(v), 0L, 255L));
}
} // namespace

double relative_luminance(Rgb c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a);
    const double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb blend(Rgb fg, Rgb bg, double alpha) {
    alpha = std::clamp(alpha, 0.0, 1.0);
    return {mix(fg.r, bg.r, alpha), mix(fg.g, bg.g, alpha), mix(fg.b, bg.b, alpha)};
}

} // namespace ca::a11y
