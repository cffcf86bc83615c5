// Case Audit - what the fuzz targets share: a failed property stops the run with a message
// (libFuzzer then saves the input as crash-*), and the check that a message shown to a user
// holds no control character.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace ca::fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "fuzz property failed: %s\n%.*s\n", what, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

// Messages and paths are written to the screen, the terminal and CSV files: a control
// character in them would cut a row short or garble the terminal (tab and line breaks
// included: a message is one line).
inline void check_printable(std::string_view text, const char* what) {
    for (char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            fail(what, text);
}

} // namespace ca::fuzz
