// Case Audit - recording-quality assistant: laying out a note's text for highlighting.
//
// The case file viewer draws a note word by word so that the assistant's findings (byte
// ranges of the note's UTF-8 text) can be marked behind the words they cover. The layout is
// pure (no drawing library): the caller gives a function that measures a piece of text, and
// gets back lines of runs, each run a byte range with its x position and width. A run never
// crosses a break offset (the findings' starts and ends), so every run is either wholly
// inside a finding or wholly outside it; a run never splits a UTF-8 character.
//
// Wrapping: at spaces, word by word; a newline starts a new line (an empty line for a blank
// one); the spaces where a line wraps are dropped; a word wider than the line is cut between
// characters. Computed once per (note, width), never per frame.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace ca::text {

struct LayoutRun {
    std::uint32_t offset = 0; // bytes into the text
    std::uint32_t length = 0;
    float x = 0.0f; // from the start of the line
    float width = 0.0f;
};

struct LayoutLine {
    std::uint32_t first_run = 0; // into TextLayout::runs
    std::uint32_t run_count = 0;
};

struct TextLayout {
    std::vector<LayoutLine> lines;
    std::vector<LayoutRun> runs;
};

// Width of a piece of text (the font's advance), for the layout.
using MeasureText = std::function<float(std::string_view)>;

// Lays out `text` in lines at most `max_width` wide (a word wider than that is cut). `breaks`:
// byte offsets at which a run must end (any order, duplicates and offsets out of range are
// ignored). Carriage returns are skipped; a tab counts as a space.
TextLayout layout_text(std::string_view text, float max_width,
                       const std::vector<std::uint32_t>& breaks, const MeasureText& measure);

// For each run of `layout`, the ranges (offset, length; a length of 0 covers nothing) that
// cover it, as indices into `ranges`: run r's are cover[begin[r]] .. cover[begin[r + 1] - 1]
// (begin has one element more than the runs).
struct RunCover {
    std::vector<std::uint32_t> begin;
    std::vector<std::uint32_t> cover;
};
struct ByteRange {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};
RunCover cover_runs(const TextLayout& layout, const std::vector<ByteRange>& ranges);

} // namespace ca::text
