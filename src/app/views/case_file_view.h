// Case Audit - the case file viewer of the audit workspace: the chronology of one case
// (core/audit/chronology.h) with a filter bar, a compact list of entries and the selected
// entry's full text below it.
//
// The chronology is built once when the case changes and filtered again only when a filter
// changes, never per frame: a case may have thousands of notes.
//
// A note is shown with the recording-quality assistant's findings marked on its text
// (note_text_view.h) when the assistant has analysed this case (writing_report()).
#pragma once

#include "app/views/note_text_view.h"
#include "app/writing_assist.h"
#include "core/audit/checklist.h"
#include "core/audit/chronology.h"
#include "core/audit/workbook.h"
#include "core/extract/model.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ca::app {

struct CaseFileView {
    // The case shown and the extract it was built from (k_no_index / nullptr: none).
    const Extract* extract = nullptr;
    Index case_index = k_no_index;
    audit::Chronology chronology;
    std::vector<Index> authors; // for the author filter, by name
    std::array<std::uint32_t, audit::k_entry_kind_count> kind_counts{}; // entries of each kind

    // Filters, as typed.
    char search[128] = {};
    audit::KindMask kinds = audit::k_all_entry_kinds;
    Index author = k_no_index; // k_no_index: any
    char from_text[16] = {};   // YYYY-MM-DD or empty
    char to_text[16] = {};
    bool from_invalid = false; // the text is not a date: that bound is not applied
    bool to_invalid = false;

    // The entries that pass the filters (positions in chronology.entries), and whether they
    // must be computed again before the next draw.
    std::vector<std::uint32_t> rows;
    bool rows_dirty = true;

    // The selected entry (a position in chronology.entries), shown in full below the list.
    std::uint32_t selected = audit::Chronology::k_no_entry;
    // A focus request (case_file_focus): scroll to the selected row on the next draw.
    bool scroll_to_selected = false;
    // The rows changed (another case, other filters): back to the top of the list, unless
    // the selected entry is among the rows, which is then brought into view.
    bool rows_changed = true;
    // The record an evidence link pointed at, highlighted until another row is chosen.
    std::optional<audit::RecordRef> highlighted;
    // The entry whose full text is on screen, so that another one starts at its top; and a
    // request to scroll that text to the linked part (an assessment section).
    std::uint32_t detail_entry = audit::Chronology::k_no_entry;
    bool scroll_to_part = false;
    // A focus request for a record that the filters hide: shown as a notice with a button
    // that clears the filters.
    bool focus_hidden = false;
    // A focus request for a record that is not in this case file (its label is shown).
    std::optional<audit::RecordRef> focus_missing;

    // Share of the height given to the list while an entry is shown below it (the splitter).
    float list_share = 0.45f;

    // The recording-quality assistant's highlights on a note's text, and whether to show
    // them (the reader's choice, kept when the case changes).
    bool show_highlights = true;
    NoteTextView note_text;
    // Words the auditor chose to add to the dictionary from a highlight, oldest first. The
    // workspace moves them into the workbook's dictionary and analyses the case again
    // (case_file_take_dictionary_words).
    std::vector<std::string> dictionary_requests;
    // The assistant given to the last draw_case_file() (it lives beside this view, in the
    // workspace); nullptr before the first.
    const WritingAssistant* writing = nullptr;
};

// Shows `case_index` of `extract`; builds the chronology when the case or the extract
// changes (otherwise does nothing, so it may be called every frame).
void case_file_show(CaseFileView& view, const Extract& extract, Index case_index);
// Forgets the case (call when the extract is closed or replaced).
void case_file_clear(CaseFileView& view);
// Selects the entry of `record`, scrolls to it and highlights it (an evidence link was
// clicked). A record hidden by the filters is reported with an offer to clear them.
void case_file_focus(CaseFileView& view, audit::RecordRef record);
// Draws into the current window or child region, filling it.
// `writing`: the assistant whose report on this case is highlighted in its notes.
void draw_case_file(CaseFileView& view, const Extract& extract, const WritingAssistant& writing);
// Adds the words of view.dictionary_requests to the workbook's dictionary
// (audit::add_dictionary_word, which skips the ones it already holds). True when the
// dictionary changed: the workbook must then be saved and the case analysed again.
bool case_file_take_dictionary_words(CaseFileView& view, audit::Workbook& workbook);

} // namespace ca::app
