// Case Audit - the Reports section's charts, drawn with Dear ImGui's draw lists: bars,
// stacked bars and a line. Colour is never the only signal: every bar and point has its
// number written on or beside it, every segment of a stacked bar its short name when it
// fits, hovering shows the numbers in words, and each chart has a table beside it (drawn by
// the view).
#pragma once

#include <string>
#include <vector>

namespace ca::app {

// One bar per label, its count written above it; hovering a bar says "label: n".
void bar_chart(const char* id, const std::vector<std::string>& labels,
               const std::vector<int>& values, float height);

// One horizontal bar per row, made of segments (one per name, in order), each with its
// short name and count written in it when they fit; hovering a row lists every segment.
struct StackedRow {
    std::string label;
    std::vector<int> counts; // one per segment name
};
void stacked_bar_chart(const char* id, const std::vector<std::string>& segment_names,
                       const std::vector<std::string>& segment_short,
                       const std::vector<StackedRow>& rows);

// A line over labelled points, 0 to 100 (percent); a point without a value (`has[i]` false)
// breaks the line and is written "none". Each point's value is written above it.
void percent_line_chart(const char* id, const std::vector<std::string>& labels,
                        const std::vector<double>& values, const std::vector<bool>& has,
                        float height);

} // namespace ca::app
