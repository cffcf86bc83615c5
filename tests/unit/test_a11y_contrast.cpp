// WCAG 2.2 relative luminance and contrast ratio (core/a11y/contrast.h), and every pair of
// colours of the app's two themes (app/ui/palette.h) held to AA.
#include "app/ui/palette.h"
#include "core/a11y/contrast.h"

#include <catch2/catch.hpp>

using namespace ca::a11y;

TEST_CASE("relative luminance of black, white and greys", "[a11y]") {
    CHECK(relative_luminance({0, 0, 0}) == Approx(0.0));
    CHECK(relative_luminance({255, 255, 255}) == Approx(1.0));
    // 119/255 = 0.46667 > 0.04045: ((0.46667 + 0.055) / 1.055)^2.4 = 0.49447^2.4 = 0.18447,
    // and R, G and B are equal, so L = (0.2126 + 0.7152 + 0.0722) x 0.18447 = 0.18447.
    CHECK(relative_luminance({119, 119, 119}) == Approx(0.18447).epsilon(1e-4));
    // 10/255 = 0.039216 <= 0.04045, the straight part: 0.039216 / 12.92 = 0.0030353.
    CHECK(relative_luminance({10, 10, 10}) == Approx(0.0030353).epsilon(1e-4));
    // Pure red: only R counts, linear(1) = 1, so L = 0.2126.
    CHECK(relative_luminance({255, 0, 0}) == Approx(0.2126));
    // Pure green weighs most: 0.7152.
    CHECK(relative_luminance({0, 255, 0}) == Approx(0.7152));
}

TEST_CASE("contrast ratio: 1 to 21, order does not matter", "[a11y]") {
    // (1 + 0.05) / (0 + 0.05) = 21.
    CHECK(contrast_ratio({0, 0, 0}, {255, 255, 255}) == Approx(21.0));
    CHECK(contrast_ratio({255, 255, 255}, {0, 0, 0}) == Approx(21.0));
    CHECK(contrast_ratio({90, 12, 200}, {90, 12, 200}) == Approx(1.0));
    // The boundary of 4.5:1 on white: #777777 just fails, #767676 just passes.
    // #777: 1.05 / (0.18447 + 0.05) = 4.478.
    CHECK(contrast_ratio({119, 119, 119}, {255, 255, 255}) == Approx(4.478).epsilon(1e-3));
    CHECK(contrast_ratio({119, 119, 119}, {255, 255, 255}) < k_text_minimum);
    // #767676: 118/255 = 0.46275; ((0.46275 + 0.055) / 1.055)^2.4 = 0.49076^2.4 = 0.18116;
    // 1.05 / 0.23116 = 4.542.
    CHECK(contrast_ratio({118, 118, 118}, {255, 255, 255}) == Approx(4.542).epsilon(1e-3));
    CHECK(contrast_ratio({118, 118, 118}, {255, 255, 255}) >= k_text_minimum);
    // Red on white: 1.05 / (0.2126 + 0.05) = 3.998: enough for a boundary, not for text.
    CHECK(contrast_ratio({255, 0, 0}, {255, 255, 255}) == Approx(3.998).epsilon(1e-3));
}

TEST_CASE("blend: a translucent colour measured as it shows", "[a11y]") {
    // Black at half opacity over white: 0 x 0.5 + 255 x 0.5 = 127.5, rounded to 128.
    const Rgb half = blend({0, 0, 0}, {255, 255, 255}, 0.5);
    CHECK(half.r == 128);
    CHECK(half.g == 128);
    CHECK(half.b == 128);
    // Opacity 1 is the colour itself, 0 the background; out of range is clamped.
    CHECK(blend({10, 20, 30}, {200, 200, 200}, 1.0).g == 20);
    CHECK(blend({10, 20, 30}, {200, 200, 200}, 0.0).g == 200);
    CHECK(blend({10, 20, 30}, {200, 200, 200}, 7.0).b == 30);
    CHECK(blend({10, 20, 30}, {200, 200, 200}, -1.0).b == 200);
}

TEST_CASE("the colours the old theme had fail, so the checks below can fail", "[a11y]") {
    // Field borders (199, 207, 217) on white were 1.57:1, the amber focus ring
    // (245, 158, 13) 2.15:1, and a completed audit's text dimmed to 60% by Dear ImGui's
    // disabled style over a white field, 4.15:1.
    CHECK(contrast_ratio({199, 207, 217}, {255, 255, 255}) < k_non_text_minimum);
    CHECK(contrast_ratio({245, 158, 13}, {255, 255, 255}) < k_non_text_minimum);
    const Rgb dimmed = blend({28, 38, 51}, {255, 255, 255}, 0.6);
    CHECK(contrast_ratio(dimmed, {255, 255, 255}) < k_text_minimum);
}

namespace {
void check_palette(const ca::app::Palette& p) {
    const auto reqs = ca::app::contrast_requirements(p);
    REQUIRE(reqs.size() > 60);
    for (const ca::app::ContrastRequirement& r : reqs) {
        INFO(p.name << ": on " << r.what << ", (" << int(r.fg.r) << "," << int(r.fg.g) << ","
                    << int(r.fg.b) << ") on (" << int(r.bg.r) << "," << int(r.bg.g) << ","
                    << int(r.bg.b) << ") needs " << r.minimum);
        CHECK(contrast_ratio(r.fg, r.bg) >= r.minimum);
    }
}
} // namespace

TEST_CASE("the standard theme meets WCAG 2.2 AA contrast", "[a11y]") {
    check_palette(ca::app::k_standard_palette);
}

TEST_CASE("the high-contrast theme meets WCAG 2.2 AA contrast, with room", "[a11y]") {
    check_palette(ca::app::k_high_contrast_palette);
    // Its text is at least 7:1 (AAA) everywhere it is drawn.
    for (const ca::app::ContrastRequirement& r :
         ca::app::contrast_requirements(ca::app::k_high_contrast_palette))
        if (r.minimum == k_text_minimum)
            CHECK(contrast_ratio(r.fg, r.bg) >= 7.0);
}
