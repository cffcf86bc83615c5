// Case Audit - a case note's text with the recording-quality assistant's findings marked on it.
//
// Concerns (a possible misspelling, jargon, an unlabelled judgement...) are drawn on a soft
// amber background with a solid underline; evidence of good recording (strengths, the
// person's own views, a labelled opinion...) on a soft green one with a dotted underline, so
// colour is never the only signal. Hovering a highlight says what the assistant noticed and
// what to write instead; clicking a possible misspelling offers to add the word to the
// auditor's dictionary. Findings about the whole note ("very long entry") are listed above
// the text.
//
// The text is laid out once per (note, width, report) with core/text/text_layout.h and only
// the lines on screen are drawn, so a note of several thousand words costs little per frame.
#pragma once

#include "core/text/analyser.h"
#include "core/text/text_layout.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ca::app {

class WritingAssistant;

struct NoteTextView {
    // What the layout below was made for: the note's text, the report's generation
    // (writing_report_generation), the width and font size, the words hidden.
    const char* text_data = nullptr;
    std::size_t text_size = 0;
    std::uint32_t generation = 0;
    float width = -1.0f;
    float font_size = 0.0f;
    std::size_t hidden_words = 0;

    text::TextLayout layout;
    std::vector<std::uint32_t> shown; // the highlighted findings (indices into findings)
    text::RunCover cover;             // per run: positions in `shown` covering it

    // Spelling suggestions asked for, by word (asking costs 50 to 100 ms: once per word).
    std::map<std::string, std::vector<std::string>, std::less<>> suggestions;
    // The misspelling under the pointer, and since when: suggestions are asked for only
    // after a short rest on a word, not for every word the pointer crosses.
    std::string hover_word;
    double hover_since = 0.0;
    // The word whose "Add to dictionary" popup is open.
    std::string popup_word;
    // Words sent to the dictionary from here: their highlights are hidden until the
    // assistant's report is replaced (the workspace analyses the case again).
    std::vector<std::string> added_words;
};

// Draws `note` (its text) with `report`'s findings, at the full available width. `writing`:
// the assistant that made the report (its generation says when the layout is out of date; it
// gives the spelling suggestions). A word the auditor adds to the dictionary is pushed onto
// `dictionary_requests`.
void draw_note_text(NoteTextView& view, std::string_view note, const text::NoteTextReport& report,
                    const WritingAssistant& writing, std::vector<std::string>& dictionary_requests);

// One line: what the amber and the green highlights mean.
void draw_note_highlight_legend();

} // namespace ca::app
