// Case Audit - the themes' colours as plain sRGB values, with no Dear ImGui in sight, so that
// a unit test (tests/unit/test_a11y_contrast.cpp) can hold every pair of colours the app draws
// together to WCAG 2.2 AA: text 4.5:1, control boundaries and the focus ring 3:1. theme.cpp
// turns a Palette into Dear ImGui's style.
//
// Two themes: the standard light one, and a high-contrast one (black on white, black
// borders, yellow selection) chosen in Settings.
#pragma once

#include "core/a11y/contrast.h"

#include <vector>

namespace ca::app {

using a11y::Rgb;

struct Palette {
    const char* name;
    Rgb text, text_muted, text_disabled;
    Rgb window_bg, child_bg;                         // the page, and panels inside it
    Rgb frame_bg, frame_bg_hovered, frame_bg_active; // text fields, check boxes, radio buttons
    Rgb border;                                      // of fields, buttons, check boxes, radios
    Rgb button, button_hovered, button_active;
    Rgb header, header_hovered, header_active; // selected rows and sections
    Rgb focus;                                 // the keyboard focus ring
    Rgb check_mark;                            // the tick and the radio dot
    Rgb accent, accent_hovered, accent_active; // primary buttons, links
    Rgb on_accent;                             // text on a primary button
    Rgb nav_bg;                                // the navigation bar
    Rgb top_bg, top_text;                      // the title bar
    Rgb table_header_bg, table_row_alt;
    Rgb status_bad, status_warn, status_good;
};

inline constexpr Palette k_standard_palette{
    "Standard",      {28, 38, 51},    {72, 84, 97},    {92, 102, 115},
    {247, 250, 250}, {255, 255, 255}, {255, 255, 255}, {230, 240, 250},
    {214, 230, 247}, {112, 122, 134}, // was (199, 207, 217): 1.5:1, too faint to find a field by
    {227, 235, 242}, {204, 222, 240}, {179, 207, 237}, {214, 230, 247},
    {199, 219, 242}, {179, 207, 237}, {176, 68, 0}, // was amber (245, 158, 13): 2.15:1 on white
    {29, 95, 168},   {29, 95, 168},   {23, 79, 145},   {18, 64, 120},
    {255, 255, 255}, {232, 237, 242}, {27, 39, 51},    {255, 255, 255},
    {232, 237, 242}, {244, 247, 250}, {170, 20, 20},   {150, 85, 0},
    {20, 110, 45},
};

inline constexpr Palette k_high_contrast_palette{
    "High contrast", {0, 0, 0},       {40, 40, 40},    {60, 60, 60},    {255, 255, 255},
    {255, 255, 255}, {255, 255, 255}, {255, 246, 191}, {255, 236, 140}, {0, 0, 0},
    {255, 255, 255}, {255, 246, 191}, {255, 236, 140}, {255, 236, 140}, {255, 246, 191},
    {255, 224, 90},  {160, 0, 120},   {0, 0, 0},       {0, 51, 153},    {0, 38, 115},
    {0, 25, 80},     {255, 255, 255}, {255, 255, 255}, {0, 0, 0},       {255, 255, 255},
    {235, 235, 235}, {245, 245, 245}, {150, 0, 0},     {110, 60, 0},    {0, 90, 30},
};

// One pair of colours the app draws together, and the ratio WCAG asks of it.
struct ContrastRequirement {
    const char* what; // "text on button (pressed)"
    Rgb fg;
    Rgb bg;
    double minimum;
};

// Every pair of a palette's colours that meet on screen: each kind of text on each
// background it is drawn on, and each boundary (field and button borders, the focus ring,
// the tick, a primary button's fill) against what surrounds it. The focus ring is drawn a
// few pixels outside the widget, so it is measured against the backgrounds around widgets.
inline std::vector<ContrastRequirement> contrast_requirements(const Palette& p) {
    using a11y::k_non_text_minimum;
    using a11y::k_text_minimum;
    struct Named {
        const char* name;
        Rgb c;
    };
    const Named all_bgs[] = {
        {"page", p.window_bg},
        {"panel", p.child_bg},
        {"field", p.frame_bg},
        {"field (hovered)", p.frame_bg_hovered},
        {"field (active)", p.frame_bg_active},
        {"button", p.button},
        {"button (hovered)", p.button_hovered},
        {"button (pressed)", p.button_active},
        {"selected row", p.header},
        {"selected row (hovered)", p.header_hovered},
        {"selected row (pressed)", p.header_active},
        {"navigation", p.nav_bg},
        {"table header", p.table_header_bg},
        {"alternate row", p.table_row_alt},
    };
    const Named text_bgs[] = {
        {"page", p.window_bg},
        {"panel", p.child_bg},
        {"alternate row", p.table_row_alt},
        {"selected row", p.header},
        {"table header", p.table_header_bg},
        {"navigation", p.nav_bg},
    };
    std::vector<ContrastRequirement> out;
    auto add = [&out](const char* what, Rgb fg, Rgb bg, double minimum) {
        out.push_back({what, fg, bg, minimum});
    };
    for (const Named& bg : all_bgs) {
        add(bg.name, p.text, bg.c, k_text_minimum);
        add(bg.name, p.text_muted, bg.c, k_text_minimum);
    }
    for (const Named& bg : text_bgs) {
        add(bg.name, p.status_bad, bg.c, k_text_minimum);
        add(bg.name, p.status_warn, bg.c, k_text_minimum);
        add(bg.name, p.status_good, bg.c, k_text_minimum);
        add(bg.name, p.accent, bg.c, k_text_minimum); // links
        add(bg.name, p.text_disabled, bg.c, k_text_minimum);
    }
    add("primary button", p.on_accent, p.accent, k_text_minimum);
    add("primary button (hovered)", p.on_accent, p.accent_hovered, k_text_minimum);
    add("primary button (pressed)", p.on_accent, p.accent_active, k_text_minimum);
    add("title bar", p.top_text, p.top_bg, k_text_minimum);
    for (const Named& bg :
         {Named{"page", p.window_bg}, Named{"panel", p.child_bg}, Named{"navigation", p.nav_bg},
          Named{"field", p.frame_bg}, Named{"alternate row", p.table_row_alt}})
        add(bg.name, p.border, bg.c, k_non_text_minimum);
    for (const Named& bg : text_bgs)
        add(bg.name, p.focus, bg.c, k_non_text_minimum);
    add("field", p.focus, p.frame_bg, k_non_text_minimum);
    add("button", p.focus, p.button, k_non_text_minimum);
    add("field", p.check_mark, p.frame_bg, k_non_text_minimum);
    add("field (hovered)", p.check_mark, p.frame_bg_hovered, k_non_text_minimum);
    add("field (active)", p.check_mark, p.frame_bg_active, k_non_text_minimum);
    add("page", p.accent, p.window_bg, k_non_text_minimum); // a primary button's fill
    add("panel", p.accent, p.child_bg, k_non_text_minimum);
    return out;
}

} // namespace ca::app
