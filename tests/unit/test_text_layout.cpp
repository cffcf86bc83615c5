// Unit tests: laying out a note's text for highlighting (src/core/text/text_layout.h).
//
// The measure used here gives every character (UTF-8 code point) a width of 10, so the
// expected positions are worked by counting characters: "aa bb" is 50 wide.
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Wrapping
// [SECTION] Runs end at the findings' edges
// [SECTION] UTF-8
// [SECTION] Which ranges cover each run
#include "core/text/text_layout.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using ca::text::layout_text;
using ca::text::TextLayout;

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

namespace {

float ten_per_character(std::string_view s) {
    float w = 0.0f;
    for (const char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            w += 10.0f;
    return w;
}

// Each line as its runs' texts joined by '|', e.g. "aa| |bb".
std::vector<std::string> lines_of(std::string_view text, const TextLayout& layout) {
    std::vector<std::string> out;
    for (const ca::text::LayoutLine& line : layout.lines) {
        std::string s;
        for (std::uint32_t r = line.first_run; r < line.first_run + line.run_count; ++r) {
            if (r > line.first_run)
                s += '|';
            s += text.substr(layout.runs[r].offset, layout.runs[r].length);
        }
        out.push_back(s);
    }
    return out;
}

TextLayout lay(std::string_view text, float width, const std::vector<std::uint32_t>& breaks = {}) {
    return layout_text(text, width, breaks, ten_per_character);
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Wrapping
// ---------------------------------------------------------------------------

TEST_CASE("layout: wraps at spaces, a word that just fits stays on the line", "[text]") {
    // "aa bb" = 5 characters = 50, exactly the width: stays. " cc" would reach 80 > 50.
    const std::string text = "aa bb cc";
    const TextLayout l = lay(text, 50.0f);
    CHECK(lines_of(text, l) == std::vector<std::string>{"aa| |bb", "cc"});
    REQUIRE(l.runs.size() == 4);
    CHECK(l.runs[0].offset == 0);
    CHECK(l.runs[0].x == 0.0f);
    CHECK(l.runs[0].width == 20.0f);
    CHECK(l.runs[1].offset == 2); // the space between
    CHECK(l.runs[1].x == 20.0f);
    CHECK(l.runs[2].offset == 3);
    CHECK(l.runs[2].x == 30.0f);
    // The wrapped line starts at x 0 with "cc" (byte 6); the space at byte 5 is dropped.
    CHECK(l.runs[3].offset == 6);
    CHECK(l.runs[3].length == 2);
    CHECK(l.runs[3].x == 0.0f);
    // One pixel narrower: "aa bb" no longer fits, every word on its own line.
    CHECK(lines_of(text, lay(text, 49.0f)) == std::vector<std::string>{"aa", "bb", "cc"});
}

TEST_CASE("layout: newlines, blank lines, carriage returns and spaces at line ends", "[text]") {
    // "ab  \r\ncd": the two spaces before the line end are not drawn, \r is skipped.
    const std::string text = "ab  \r\n\ncd";
    const TextLayout l = lay(text, 500.0f);
    CHECK(lines_of(text, l) == std::vector<std::string>{"ab", "", "cd"});
    CHECK(l.runs.back().offset == 7);
    // Spaces at the start of a paragraph are kept (an indent), at x 0.
    const std::string indented = "  ab";
    CHECK(lines_of(indented, lay(indented, 500.0f)) == std::vector<std::string>{"  |ab"});
    CHECK(lay(indented, 500.0f).runs[1].x == 20.0f);
}

TEST_CASE("layout: empty text and text of spaces only give one empty line", "[text]") {
    CHECK(lines_of("", lay("", 100.0f)) == std::vector<std::string>{""});
    CHECK(lines_of("   ", lay("   ", 100.0f)) == std::vector<std::string>{""});
}

TEST_CASE("layout: a word wider than the line is cut between characters", "[text]") {
    // 7 characters at width 30: 3 + 3 + 1; the first line starts fresh (after "a").
    const std::string text = "a abcdefg";
    CHECK(lines_of(text, lay(text, 30.0f)) == std::vector<std::string>{"a", "abc", "def", "g"});
}

// ---------------------------------------------------------------------------
// [SECTION] Runs end at the findings' edges
// ---------------------------------------------------------------------------

TEST_CASE("layout: a break inside a word splits it into runs side by side", "[text]") {
    // A finding at bytes 2..4 of "unkown": runs "un" (x 0), "ko" (x 20), "wn" (x 40).
    const std::string text = "unkown";
    const TextLayout l = lay(text, 500.0f, {2, 4});
    CHECK(lines_of(text, l) == std::vector<std::string>{"un|ko|wn"});
    CHECK(l.runs[1].x == 20.0f);
    CHECK(l.runs[2].x == 40.0f);
    CHECK(l.runs[2].width == 20.0f);
    // Breaks at 0, at the end, beyond the end, repeated and unsorted change nothing more.
    CHECK(lines_of(text, lay(text, 500.0f, {4, 0, 6, 99, 2, 4})) ==
          std::vector<std::string>{"un|ko|wn"});
}

TEST_CASE("layout: a break at a space keeps the space apart from the words", "[text]") {
    // "the the cat", a repeated-word finding at 0..7: the space at 7 is its own run.
    const std::string text = "the the cat";
    const TextLayout l = lay(text, 500.0f, {0, 7});
    CHECK(lines_of(text, l) == std::vector<std::string>{"the| |the| |cat"});
}

// ---------------------------------------------------------------------------
// [SECTION] UTF-8
// ---------------------------------------------------------------------------

TEST_CASE("layout: multi-byte characters are measured whole and never split", "[text]") {
    // "café" is 5 bytes, 4 characters (40): fits a 40 line exactly. "naïve" is 6 bytes
    // (n a ï=2 bytes v e) at 6..11, 5 characters (50) > 40: cut after "naïv" (bytes 6..10).
    const std::string text = "caf\xc3\xa9 na\xc3\xafve";
    REQUIRE(text.size() == 12);
    const TextLayout l = lay(text, 40.0f);
    CHECK(lines_of(text, l) == std::vector<std::string>{"caf\xc3\xa9", "na\xc3\xafv", "e"});
    CHECK(l.runs[0].length == 5);
    CHECK(l.runs[0].width == 40.0f);
    CHECK(l.runs[1].offset == 6);
    CHECK(l.runs[1].length == 5);
    CHECK(l.runs[2].offset == 11);
    // A break on the second byte of "ï" (9) would split the character: ignored. One on its
    // first byte (8) is kept.
    CHECK(lines_of(text, lay(text, 500.0f, {9})) ==
          std::vector<std::string>{"caf\xc3\xa9| |na\xc3\xafve"});
    CHECK(lines_of(text, lay(text, 500.0f, {8})) ==
          std::vector<std::string>{"caf\xc3\xa9| |na|\xc3\xafve"});
}

TEST_CASE("layout: cutting a long word never splits a multi-byte character", "[text]") {
    // Four 2-byte characters "éééé" (8 bytes, 40 wide) at width 20: "éé" | "éé".
    const std::string text = "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9";
    const TextLayout l = lay(text, 20.0f);
    REQUIRE(l.runs.size() == 2);
    CHECK(l.runs[0].length == 4);
    CHECK(l.runs[1].offset == 4);
    CHECK(l.runs[1].length == 4);
}

// ---------------------------------------------------------------------------
// [SECTION] Which ranges cover each run
// ---------------------------------------------------------------------------

TEST_CASE("layout: each run knows the ranges that cover it", "[text]") {
    // Runs of "the the cat" with breaks 0, 7: the(0) ' '(3) the(4) ' '(7) cat(8).
    // Range 0 = the repeated words (0..7), range 1 = the second "the" (4..7), range 2 =
    // "cat" (8..11), range 3 = a whole-note finding (length 0): covers nothing.
    const std::string text = "the the cat";
    const std::vector<ca::text::ByteRange> ranges = {{0, 7}, {4, 3}, {8, 3}, {0, 0}};
    const TextLayout l = lay(text, 500.0f, {0, 7, 4, 8, 11});
    REQUIRE(l.runs.size() == 5);
    const ca::text::RunCover c = ca::text::cover_runs(l, ranges);
    REQUIRE(c.begin.size() == 6);
    const auto of = [&](std::size_t r) {
        std::vector<std::uint32_t> out;
        for (std::uint32_t i = c.begin[r]; i < c.begin[r + 1]; ++i)
            out.push_back(c.cover[i]);
        return out;
    };
    CHECK(of(0) == std::vector<std::uint32_t>{0});
    CHECK(of(1) == std::vector<std::uint32_t>{0});    // the space inside "the the"
    CHECK(of(2) == std::vector<std::uint32_t>{0, 1}); // both
    CHECK(of(3).empty());                             // the space after: neither
    CHECK(of(4) == std::vector<std::uint32_t>{2});
}
