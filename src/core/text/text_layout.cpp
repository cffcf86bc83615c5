// Case Audit - recording-quality assistant: laying out a note's text for highlighting.
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Layout
// [SECTION] Which ranges cover each run
#include "core/text/text_layout.h"

#include <algorithm>

namespace ca::text {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

bool is_space(char c) {
    return c == ' ' || c == '\t';
}

// A UTF-8 continuation byte (10xxxxxx): never the start of a run.
bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::uint32_t u32(std::size_t n) {
    return static_cast<std::uint32_t>(n);
}

struct Builder {
    std::string_view text;
    const std::vector<std::uint32_t>& breaks; // sorted, unique, on character starts
    const MeasureText& measure;
    TextLayout out;
    float x = 0.0f;

    void new_line() {
        out.lines.push_back({u32(out.runs.size()), 0});
        x = 0.0f;
    }
    bool line_empty() const { return out.lines.back().run_count == 0; }

    // Places bytes [begin, end) at the current x, in runs that end at every break between.
    void place(std::uint32_t begin, std::uint32_t end) {
        auto it = std::upper_bound(breaks.begin(), breaks.end(), begin);
        while (begin < end) {
            std::uint32_t stop = end;
            if (it != breaks.end() && *it < end)
                stop = *it++;
            const float w = measure(text.substr(begin, stop - begin));
            out.runs.push_back({begin, stop - begin, x, w});
            ++out.lines.back().run_count;
            x += w;
            begin = stop;
        }
    }

    // A word wider than the line, on a line of its own: cut between characters.
    void place_cut(std::uint32_t begin, std::uint32_t end, float max_width) {
        std::uint32_t piece = begin;
        float piece_w = 0.0f;
        std::uint32_t k = begin;
        while (k < end) {
            std::uint32_t next = k + 1;
            while (next < end && is_continuation(text[next]))
                ++next;
            const float w = measure(text.substr(k, next - k));
            if (k > piece && x + piece_w + w > max_width) {
                place(piece, k);
                new_line();
                piece = k;
                piece_w = 0.0f;
            }
            piece_w += w;
            k = next;
        }
        place(piece, end);
    }
};

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Layout
// ---------------------------------------------------------------------------

TextLayout layout_text(std::string_view text, float max_width,
                       const std::vector<std::uint32_t>& breaks, const MeasureText& measure) {
    std::vector<std::uint32_t> cuts;
    cuts.reserve(breaks.size());
    for (const std::uint32_t b : breaks)
        if (b > 0 && b < text.size() && !is_continuation(text[b]))
            cuts.push_back(b);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    Builder b{text, cuts, measure, {}, 0.0f};
    b.new_line();
    const std::uint32_t n = u32(text.size());
    std::uint32_t i = 0;
    while (i < n) {
        if (text[i] == '\n') {
            b.new_line();
            ++i;
            continue;
        }
        if (text[i] == '\r') {
            ++i;
            continue;
        }
        // The spaces before a word, then the word.
        const std::uint32_t spaces = i;
        while (i < n && is_space(text[i]))
            ++i;
        const std::uint32_t word = i;
        while (i < n && !is_space(text[i]) && text[i] != '\n' && text[i] != '\r')
            ++i;
        if (word == i) // spaces at the end of a line or of the text: not drawn
            continue;
        const float space_w = word > spaces ? measure(text.substr(spaces, word - spaces)) : 0.0f;
        const float word_w = measure(text.substr(word, i - word));
        if (!b.line_empty() && b.x + space_w + word_w > max_width)
            b.new_line(); // the spaces where the line wraps are dropped
        else
            b.place(spaces, word);
        if (b.x + word_w > max_width)
            b.place_cut(word, i, max_width);
        else
            b.place(word, i);
    }
    return std::move(b.out);
}

// ---------------------------------------------------------------------------
// [SECTION] Which ranges cover each run
// ---------------------------------------------------------------------------

RunCover cover_runs(const TextLayout& layout, const std::vector<ByteRange>& ranges) {
    RunCover out;
    out.begin.reserve(layout.runs.size() + 1);
    for (const LayoutRun& run : layout.runs) {
        out.begin.push_back(u32(out.cover.size()));
        const std::uint64_t run_end = std::uint64_t{run.offset} + run.length;
        for (std::size_t r = 0; r < ranges.size(); ++r) {
            const ByteRange& range = ranges[r];
            const std::uint64_t range_end = std::uint64_t{range.offset} + range.length;
            if (range.length > 0 && range.offset < run_end && range_end > run.offset)
                out.cover.push_back(u32(r));
        }
    }
    out.begin.push_back(u32(out.cover.size()));
    return out;
}

} // namespace ca::text
