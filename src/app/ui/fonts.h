// Case Audit - the UI fonts (Open Sans, compiled in) and their rebuild at the screen's
// pixel density, so that text is sharp on HiDPI screens.
#pragma once

struct ImFont;

namespace ca::app {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* title = nullptr;
    float density = 0.0f; // device pixels per CSS pixel the atlas was built for
    float scale = 0.0f;   // the text size setting it was built for (1 = 100%, 2 = 200%)
};

// Builds (or rebuilds) the font atlas for `density` device pixels per logical pixel and the
// text size `scale`. The glyphs are rasterised at size x scale x density and drawn at
// 1/density scale, which is what Dear ImGui 1.86 offers for HiDPI (its FAQ, "How should I
// handle DPI"): larger text is drawn from larger glyphs, never magnified blurred ones.
// Returns false if the embedded fonts are missing (the app then falls back to ImGui's
// built-in font).
bool build_fonts(Fonts& fonts, float density, float scale = 1.0f);

// The fonts of the running UI (built by the runner before the first frame).
Fonts& ui_fonts();

} // namespace ca::app
