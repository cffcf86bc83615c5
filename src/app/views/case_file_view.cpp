// Case Audit - the case file viewer: the chronology of the audited case, filtered, listed one
// line per entry, with the selected entry in full below the list.
//
// Built for half the width of a 1366x768 laptop screen: the filter bar takes two lines, the
// list shows date, kind, author and the entry's title with the first line of its text, and
// a splitter shares the height between the list and the entry shown. Every row is one line
// high, so the list is clipped (ImGuiListClipper) and a case with thousands of notes draws
// only the rows on screen. The rows are filtered again only when a filter changes.
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Showing a case, focusing a record
// [SECTION] Filters (the bar, and the rows they pass)
// [SECTION] The list
// [SECTION] The entry in full
// [SECTION] The view
#include "app/views/case_file_view.h"

#include "app/ui/fonts.h"
#include "app/ui/keyboard.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/writing_assist.h"
#include "core/audit/workbook_edit.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

namespace ca::app {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

// The linked row's background: a pale amber, with a "> " marker in its date cell as well
// (colour is never the only signal).
constexpr ImU32 k_linked_bg = IM_COL32(255, 236, 179, 255);
// A one-line preview is cut at this many bytes: the row is clipped to its cell anyway, and
// ImGui measures the whole string it is given.
constexpr std::size_t k_preview_bytes = 240;

// Text straight from the extract's store, with no copy (an empty view may have no data()).
void text(std::string_view s) {
    const char* begin = s.empty() ? "" : s.data();
    ImGui::TextUnformatted(begin, begin + s.size());
}

void wrapped(std::string_view s) {
    ImGui::PushTextWrapPos(0.0f);
    text(s);
    ImGui::PopTextWrapPos();
}

void muted(std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
    wrapped(s);
    ImGui::PopStyleColor();
}

// 5004 -> "5,004".
std::string with_commas(std::size_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

// The kind as a column shows it: one short word.
const char* short_kind(audit::EntryKind k) {
    switch (k) {
    case audit::EntryKind::Note:
        return "Note";
    case audit::EntryKind::Assessment:
        return "Assessment";
    case audit::EntryKind::Plan:
        return "Plan";
    case audit::EntryKind::Review:
        return "Review";
    case audit::EntryKind::Safeguarding:
        return "Safeguarding";
    case audit::EntryKind::CapacityAssessment:
        return "Capacity";
    case audit::EntryKind::Document:
        return "Document";
    case audit::EntryKind::Supervision:
        return "Supervision";
    case audit::EntryKind::Audit:
    case audit::EntryKind::Count:
        break;
    }
    return "Audit";
}

// The first line of the entry's words (its text, else its first part's), at most
// k_preview_bytes long and cut on a UTF-8 character boundary.
std::string_view preview(const audit::Chronology& chron, const Extract& x,
                         const audit::ChronologyEntry& e) {
    std::string_view s = x.text_of(e.text);
    for (std::uint32_t p = e.parts_begin; s.empty() && p < e.parts_begin + e.parts_count; ++p)
        s = x.text_of(chron.parts[p].text);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    s = s.substr(0, std::min(s.find_first_of("\r\n"), s.size()));
    if (s.size() > k_preview_bytes) {
        std::size_t cut = k_preview_bytes;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
            --cut;
        s = s.substr(0, cut);
    }
    return s;
}

bool is_linked(const CaseFileView& v, const audit::ChronologyEntry& e) {
    if (!v.highlighted)
        return false;
    if (e.record == *v.highlighted)
        return true;
    for (std::uint32_t p = e.parts_begin; p < e.parts_begin + e.parts_count; ++p)
        if (v.chronology.parts[p].record == *v.highlighted)
            return true;
    return false;
}

// The position of entry `entry` among the rows, or -1 when the filters hide it.
int row_of(const CaseFileView& v, std::uint32_t entry) {
    const auto it = std::lower_bound(v.rows.begin(), v.rows.end(), entry);
    if (it == v.rows.end() || *it != entry)
        return -1;
    return static_cast<int>(it - v.rows.begin());
}

void reset_filters(CaseFileView& v) {
    v.search[0] = '\0';
    v.kinds = audit::k_all_entry_kinds;
    v.author = k_no_index;
    v.from_text[0] = '\0';
    v.to_text[0] = '\0';
    v.from_invalid = false;
    v.to_invalid = false;
    v.rows_dirty = true;
}

bool filters_active(const CaseFileView& v) {
    return v.search[0] != '\0' || v.kinds != audit::k_all_entry_kinds || v.author != k_no_index ||
           v.from_text[0] != '\0' || v.to_text[0] != '\0';
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Showing a case, focusing a record
// ---------------------------------------------------------------------------

void case_file_show(CaseFileView& view, const Extract& extract, Index case_index) {
    if (view.extract == &extract && view.case_index == case_index)
        return;
    case_file_clear(view);
    if (case_index >= extract.cases.size())
        return;
    view.extract = &extract;
    view.case_index = case_index;
    view.chronology = audit::build_chronology(extract, case_index);
    view.authors = audit::chronology_authors(view.chronology, extract);
    for (const audit::ChronologyEntry& e : view.chronology.entries)
        ++view.kind_counts[static_cast<std::size_t>(e.kind)];
}

void case_file_clear(CaseFileView& view) {
    // The reader's layout and choices outlive the case; so do the suggestions already asked
    // for (slow to ask) and the words not yet taken into the dictionary.
    CaseFileView fresh;
    fresh.list_share = view.list_share;
    fresh.show_highlights = view.show_highlights;
    fresh.note_text.suggestions = std::move(view.note_text.suggestions);
    fresh.dictionary_requests = std::move(view.dictionary_requests);
    view = std::move(fresh);
}

void case_file_focus(CaseFileView& view, audit::RecordRef record) {
    view.focus_hidden = false;
    view.focus_missing.reset();
    const std::uint32_t entry = view.chronology.find(record);
    if (entry == audit::Chronology::k_no_entry) {
        view.focus_missing = record;
        return;
    }
    view.selected = entry;
    view.highlighted = record;
    view.scroll_to_selected = true; // resolved by the next draw, once the rows are current
    view.scroll_to_part = true;
}

namespace {

// ---------------------------------------------------------------------------
// [SECTION] Filters
// ---------------------------------------------------------------------------

void refresh_rows(CaseFileView& v, const Extract& x) {
    if (!v.rows_dirty)
        return;
    v.rows_dirty = false;
    audit::ChronologyFilter f;
    f.kinds = v.kinds;
    f.author = v.author;
    f.search = v.search;
    const std::optional<Date> from = parse_date(v.from_text);
    const std::optional<Date> to = parse_date(v.to_text);
    v.from_invalid = v.from_text[0] != '\0' && !from;
    v.to_invalid = v.to_text[0] != '\0' && !to;
    f.from = from;
    f.to = to;
    audit::filter_chronology(v.chronology, x, f, v.rows);
    v.rows_changed = true;
}

std::string kinds_preview(const CaseFileView& v) {
    int on = 0;
    audit::EntryKind only = audit::EntryKind::Note;
    for (std::size_t k = 0; k < audit::k_entry_kind_count; ++k) {
        const auto kind = static_cast<audit::EntryKind>(k);
        if (v.kinds & audit::kind_bit(kind)) {
            ++on;
            only = kind;
        }
    }
    if (on == static_cast<int>(audit::k_entry_kind_count))
        return "All kinds";
    if (on == 0)
        return "No kinds";
    if (on == 1)
        return std::string(audit::entry_kind_label(only)) + " only";
    return std::to_string(on) + " kinds";
}

void draw_kinds_combo(CaseFileView& v, float width) {
    ImGui::SetNextItemWidth(width);
    const std::string preview_text = kinds_preview(v);
    if (!ImGui::BeginCombo("##kinds", preview_text.c_str(), ImGuiComboFlags_HeightLarge))
        return;
    if (ImGui::SmallButton("All")) {
        v.kinds = audit::k_all_entry_kinds;
        v.rows_dirty = true;
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("None")) {
        v.kinds = 0;
        v.rows_dirty = true;
    }
    for (std::size_t k = 0; k < audit::k_entry_kind_count; ++k) {
        const auto kind = static_cast<audit::EntryKind>(k);
        const std::string label =
            std::string(audit::entry_kind_label(kind)) + " (" + with_commas(v.kind_counts[k]) + ")";
        bool on = (v.kinds & audit::kind_bit(kind)) != 0;
        if (ImGui::Checkbox(label.c_str(), &on)) {
            v.kinds = on ? (v.kinds | audit::kind_bit(kind)) : (v.kinds & ~audit::kind_bit(kind));
            v.rows_dirty = true;
        }
    }
    ImGui::EndCombo();
}

void draw_author_combo(CaseFileView& v, const Extract& x, float width) {
    ImGui::SetNextItemWidth(width);
    const std::string preview_text =
        v.author == k_no_index ? std::string("Any author") : std::string(x.worker_name(v.author));
    if (!ImGui::BeginCombo("##author", preview_text.c_str(), ImGuiComboFlags_HeightLarge))
        return;
    if (ImGui::Selectable("Any author", v.author == k_no_index)) {
        v.author = k_no_index;
        v.rows_dirty = true;
    }
    for (const Index w : v.authors) {
        ImGui::PushID(static_cast<int>(w));
        const std::string name(x.worker_name(w));
        if (ImGui::Selectable(name.c_str(), v.author == w)) {
            v.author = w;
            v.rows_dirty = true;
        }
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void draw_filter_bar(CaseFileView& v, const Extract& x) {
    const float em = ImGui::GetFontSize();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;

    // Line 1: search, kinds, author. The combos keep their width; the search takes the rest.
    // In a narrow pane (large text) the search has a line of its own and the combos follow,
    // rather than running off the pane's right edge.
    const float kinds_w = em * 8.5f;
    const float author_w = em * 9.5f;
    const float beside = kinds_w + author_w + 2.0f * spacing;
    const bool one_line = avail >= em * 8.0f + beside;
    ImGui::SetNextItemWidth(one_line ? avail - beside : avail);
    if (ImGui::InputTextWithHint("##search", "Search titles and texts", v.search, sizeof v.search))
        v.rows_dirty = true;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Finds the words in titles, texts, assessment sections and supervision "
                          "decisions and actions, ignoring capitals.");
    if (one_line)
        ImGui::SameLine();
    draw_kinds_combo(v, kinds_w);
    same_line_if_fits(author_w);
    draw_author_combo(v, x, author_w);

    // Line 2: dates, and clearing the filters.
    const float date_w = em * 7.0f;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("From");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(date_w);
    if (ImGui::InputTextWithHint("##from", "YYYY-MM-DD", v.from_text, sizeof v.from_text))
        v.rows_dirty = true;
    ImGui::SameLine();
    ImGui::TextUnformatted("to");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(date_w);
    if (ImGui::InputTextWithHint("##to", "YYYY-MM-DD", v.to_text, sizeof v.to_text))
        v.rows_dirty = true;
    same_line_if_fits(button_width("Clear filters"));
    if (!filters_active(v)) {
        ImGui::TextDisabled("(no filters)");
    } else if (ImGui::Button("Clear filters")) {
        reset_filters(v);
    }
}

// Notices under the bar: bad dates, a linked record the filters hide or the case lacks.
void draw_notices(CaseFileView& v, const Extract& x) {
    if (v.from_invalid || v.to_invalid)
        status_label(colors::status_bad, v.from_invalid && v.to_invalid
                                             ? "(x) Write both dates as YYYY-MM-DD, for days that "
                                               "exist; they are not applied."
                                         : v.from_invalid
                                             ? "(x) Write the from date as YYYY-MM-DD, for a day "
                                               "that exists; it is not applied."
                                             : "(x) Write the to date as YYYY-MM-DD, for a day "
                                               "that exists; it is not applied.");
    if (v.focus_hidden && v.highlighted) {
        const std::string label = audit::record_label(x, *v.highlighted);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::status_warn);
        ImGui::AlignTextToFramePadding();
        ImGui::Text("(!) %s is hidden by the filters; it is shown below.", label.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::SmallButton("Clear filters##linked")) {
            reset_filters(v);
            v.focus_hidden = false;
            v.scroll_to_selected = true;
        }
    }
    if (v.focus_missing) {
        const std::string label = audit::record_label(x, *v.focus_missing);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::status_warn);
        ImGui::AlignTextToFramePadding();
        ImGui::Text("(!) %s is not part of this case file.", label.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::SmallButton("OK##missing"))
            v.focus_missing.reset();
    }
}

// ---------------------------------------------------------------------------
// [SECTION] The list
// ---------------------------------------------------------------------------

void draw_row(CaseFileView& v, const Extract& x, std::uint32_t entry, bool scroll_here) {
    const audit::Chronology& chron = v.chronology;
    const audit::ChronologyEntry& e = chron.entries[entry];
    const bool linked = is_linked(v, e);
    ImGui::TableNextRow();
    if (linked)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, k_linked_bg);

    ImGui::TableNextColumn();
    const YearMonthDay ymd = to_ymd(e.date);
    char date[24];
    std::snprintf(date, sizeof date, "%s%04d-%02d-%02d", linked ? "> " : "", ymd.year, ymd.month,
                  ymd.day);
    ImGui::PushID(static_cast<int>(entry));
    if (ImGui::Selectable(date, v.selected == entry,
                          ImGuiSelectableFlags_SpanAllColumns |
                              ImGuiSelectableFlags_AllowItemOverlap)) {
        if (v.selected != entry)
            v.highlighted.reset(); // the reader moved on from the linked record
        v.selected = entry;
        v.focus_hidden = false;
    }
    if (scroll_here)
        ImGui::SetScrollHereY(0.4f);
    ImGui::PopID();

    ImGui::TableNextColumn();
    ImGui::TextUnformatted(short_kind(e.kind));

    ImGui::TableNextColumn();
    text(x.worker_name(e.author));

    ImGui::TableNextColumn();
    text(chron.title(e));
    const std::string_view first_line = preview(chron, x, e);
    if (!first_line.empty()) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
        text(first_line);
        ImGui::PopStyleColor();
    }
}

void draw_list(CaseFileView& v, const Extract& x, float height) {
    // The row to bring into view (a focus request), resolved against the current rows.
    int scroll_row = -1;
    if ((v.scroll_to_selected || v.rows_changed) && v.selected != audit::Chronology::k_no_entry) {
        scroll_row = row_of(v, v.selected);
        v.focus_hidden = scroll_row < 0 && v.highlighted.has_value();
    }
    const bool to_top = v.rows_changed && scroll_row < 0;
    v.scroll_to_selected = false;
    v.rows_changed = false;

    // Every title starts with its kind ("Visit: ...", "Document: ...", "Core assessment ..."),
    // so the Kind column starts hidden to leave the title room at half a laptop's width; the
    // header's context menu (right click) shows it.
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_Hideable | ImGuiTableFlags_NoBordersInBody |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!begin_table("##chronology", 4, flags, ImVec2(0, height), true))
        return;
    const float pad = ImGui::GetStyle().CellPadding.x * 2.0f;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoHide,
                            ImGui::CalcTextSize("> 0000-00-00").x + pad);
    ImGui::TableSetupColumn("Kind",
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultHide,
                            ImGui::CalcTextSize("Safeguarding").x + pad);
    ImGui::TableSetupColumn("Author", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::GetFontSize() * 7.5f);
    ImGui::TableSetupColumn("Entry",
                            ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoHide);
    table_headers_row();
    if (to_top)
        ImGui::SetScrollY(0.0f);

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(v.rows.size()));
    if (scroll_row >= 0)
        clipper.ForceDisplayRangeByIndices(scroll_row, scroll_row + 1);
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r)
            draw_row(v, x, v.rows[static_cast<std::size_t>(r)], r == scroll_row);
    ImGui::EndTable();
}

// A bar between the list and the entry: drag it to share the height differently.
void draw_splitter(CaseFileView& v, float total_height) {
    const float thickness = std::max(6.0f, ImGui::GetFontSize() * 0.4f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::InvisibleButton("##split", ImVec2(width, thickness));
    const bool active = ImGui::IsItemActive();
    if (active || ImGui::IsItemHovered())
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
    if (active && total_height > 0.0f)
        v.list_share =
            std::clamp(v.list_share + ImGui::GetIO().MouseDelta.y / total_height, 0.15f, 0.85f);
    const float mid = at.y + thickness * 0.5f;
    ImGui::GetWindowDrawList()->AddLine(
        ImVec2(at.x + width * 0.45f, mid), ImVec2(at.x + width * 0.55f, mid),
        active ? colors::accent : IM_COL32(160, 170, 180, 255), 2.0f);
}

// ---------------------------------------------------------------------------
// [SECTION] The entry in full
// ---------------------------------------------------------------------------

void heading_wrapped(std::string_view s) {
    ImFont* font = ui_fonts().heading;
    if (font != nullptr)
        ImGui::PushFont(font);
    wrapped(s);
    if (font != nullptr)
        ImGui::PopFont();
}

// "Note, 5 November 2025 (recorded 6 November 2025 at 09:15), by Sam Social-Worker. N-1"
std::string entry_meta(const Extract& x, const audit::ChronologyEntry& e) {
    std::string out(audit::entry_kind_label(e.kind));
    out += ", " + format_date_long(e.date);
    if (e.recorded_at) {
        char time[16];
        std::snprintf(time, sizeof time, "%02d:%02d", e.recorded_at->minute_of_day / 60,
                      e.recorded_at->minute_of_day % 60);
        out += " (recorded " + format_date_long(e.recorded_at->date) + " at " + time + ")";
    }
    const std::string_view author = x.worker_name(e.author);
    if (!author.empty()) {
        out += e.kind == audit::EntryKind::Supervision ? ", supervisor " : ", by ";
        out += author;
    }
    out += ". Record " + audit::record_label(x, e.record) + ".";
    return out;
}

// The assistant's findings for the note shown by `e`, when it has analysed this case.
const text::NoteTextReport* note_report(const CaseFileView& v, const Extract& x,
                                        const audit::ChronologyEntry& e) {
    if (e.kind != audit::EntryKind::Note || e.record.kind != audit::RecordKind::Note)
        return nullptr;
    const text::CaseTextReport* report =
        v.writing == nullptr ? nullptr : v.writing->report(x, v.case_index);
    if (report == nullptr || v.case_index >= x.cases.size())
        return nullptr;
    const Range notes = x.cases[v.case_index].notes;
    if (e.record.index < notes.begin || e.record.index >= notes.end())
        return nullptr;
    // The report follows the case's notes, less those the writing areas do not read
    // (is_writing_note, core/audit/writing_evidence.h): this note is at its place in the
    // case or a few places before it, or not in the report at all.
    const std::string_view id = x.id_of(x.notes[e.record.index].id);
    std::size_t i = std::min<std::size_t>(e.record.index - notes.begin + 1, report->notes.size());
    while (i > 0) {
        --i;
        if (report->notes[i].id == id)
            return &report->notes[i];
    }
    return nullptr;
}

void draw_highlights_toggle(CaseFileView& v) {
    // Beside the buttons above when there is room: the pane is short at half a laptop's
    // height, and every line taken here is a line less of the note.
    const char* label = "Show recording-quality highlights";
    // As small as the buttons beside it.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, 0.0f));
    const float w = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                    ImGui::CalcTextSize(label).x;
    ImGui::SameLine(0.0f, ImGui::GetFontSize());
    if (ImGui::GetContentRegionAvail().x < w)
        ImGui::NewLine();
    ImGui::Checkbox(label, &v.show_highlights);
    ImGui::PopStyleVar();
}

void draw_entry(CaseFileView& v, const Extract& x) {
    const audit::Chronology& chron = v.chronology;
    const std::uint32_t entry = v.selected;
    const audit::ChronologyEntry& e = chron.entries[entry];

    // Walk the list from here: newer is up, older is down.
    const int row = row_of(v, entry);
    const bool has_newer = row > 0;
    const bool has_older = row >= 0 && static_cast<std::size_t>(row) + 1 < v.rows.size();
    ImGui::BeginDisabled(!has_newer);
    if (ImGui::SmallButton("< Newer")) {
        v.selected = v.rows[static_cast<std::size_t>(row - 1)];
        v.scroll_to_selected = true;
        v.highlighted.reset();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!has_older);
    if (ImGui::SmallButton("Older >")) {
        v.selected = v.rows[static_cast<std::size_t>(row + 1)];
        v.scroll_to_selected = true;
        v.highlighted.reset();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::SmallButton("Close")) {
        v.selected = audit::Chronology::k_no_entry;
        v.highlighted.reset();
        return;
    }
    if (note_report(v, x, e) != nullptr)
        draw_highlights_toggle(v);
    if (v.selected != entry) // moved to another entry: drawn from the next frame
        return;

    begin_pane("##entry-text", ImVec2(0, 0), false);
    if (v.detail_entry != entry) {
        v.detail_entry = entry;
        ImGui::SetScrollY(0.0f);
    }
    // The record itself was linked (a section's link is marked on the section, below).
    if (v.highlighted && e.record == *v.highlighted)
        status_label(colors::accent, "> Linked from the evidence");
    heading_wrapped(chron.title(e));
    muted(entry_meta(x, e));
    ImGui::Spacing();

    const std::string_view body = x.text_of(e.text);
    const text::NoteTextReport* report = note_report(v, x, e);
    if (report != nullptr && v.show_highlights) {
        draw_note_highlight_legend();
        ImGui::Spacing();
    }
    if (!body.empty() && report != nullptr && v.show_highlights)
        draw_note_text(v.note_text, body, *report, *v.writing, v.dictionary_requests);
    else if (!body.empty())
        wrapped(body);
    else
        switch (e.kind) {
        case audit::EntryKind::Note:
            muted("(The note has no text.)");
            break;
        case audit::EntryKind::Document:
            muted("The extract holds the document's details, not its contents.");
            break;
        case audit::EntryKind::Assessment:
            if (e.parts_count == 0)
                muted("The assessment has no sections in the extract.");
            break;
        case audit::EntryKind::Supervision:
            if (e.parts_count == 0)
                muted("The case was discussed; no decision or action about it was recorded.");
            break;
        default:
            muted("(No text recorded.)");
            break;
        }

    for (std::uint32_t p = e.parts_begin; p < e.parts_begin + e.parts_count; ++p) {
        const audit::EntryPart& part = chron.parts[p];
        ImGui::Spacing();
        const bool part_linked = v.highlighted && part.record == *v.highlighted &&
                                 part.record.kind != audit::RecordKind::Supervision;
        ImGui::Separator();
        if (part_linked) {
            status_label(colors::accent, "> Linked from the evidence");
            if (v.scroll_to_part) {
                ImGui::SetScrollHereY(0.1f);
                v.scroll_to_part = false;
            }
        }
        ImGui::PushStyleColor(ImGuiCol_Text, colors::accent);
        wrapped(chron.str(part.label));
        ImGui::PopStyleColor();
        const std::string_view part_text = x.text_of(part.text);
        if (part_text.empty())
            muted("(No text.)");
        else
            wrapped(part_text);
    }
    v.scroll_to_part = false; // the record itself, or nothing of it, was linked
    ImGui::EndChild();
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The view
// ---------------------------------------------------------------------------

void draw_case_file(CaseFileView& view, const Extract& extract, const WritingAssistant& writing) {
    view.writing = &writing;
    CaseFileView& v = view;
    if (v.extract != &extract || v.case_index >= extract.cases.size()) {
        muted("No case file is open.");
        return;
    }
    const Case& c = extract.cases[v.case_index];
    {
        std::string about = "Case file " + std::string(extract.id_of(c.id));
        if (c.person < extract.people.size())
            about += ", " + std::string(extract.text_of(extract.people[c.person].name));
        about += ": opened " + format_date_long(c.opened);
        if (c.closed)
            about += ", closed " + format_date_long(*c.closed);
        about += ".";
        muted(about);
    }
    if (v.chronology.entries.empty()) {
        draw_notices(v, extract);
        paragraph("The extract holds no notes, assessments, plans, reviews, safeguarding "
                  "records, capacity assessments, documents, supervision discussions or audits "
                  "for this case.");
        return;
    }

    draw_filter_bar(v, extract);
    refresh_rows(v, extract);
    const bool showing_entry = v.selected < v.chronology.entries.size();

    // The count, and what to do next.
    {
        std::string count = "Showing " + with_commas(v.rows.size()) + " of " +
                            with_commas(v.chronology.entries.size()) + " entries";
        if (v.rows.empty())
            count += ": none matches the filters.";
        else if (!showing_entry)
            count += ". Select one to read it in full.";
        else
            count += ", newest first.";
        ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
        ImGui::TextUnformatted(count.c_str());
        ImGui::PopStyleColor();
    }
    draw_notices(v, extract);

    const float avail = ImGui::GetContentRegionAvail().y;
    const float min_list = ImGui::GetFrameHeightWithSpacing() * 4.0f;
    if (!showing_entry) {
        draw_list(v, extract, std::max(min_list, avail));
        return;
    }
    const float list_h = std::max(min_list, std::floor(avail * v.list_share));
    draw_list(v, extract, list_h);
    draw_splitter(v, avail);
    begin_pane("##entry", ImVec2(0, 0), true);
    draw_entry(v, extract);
    ImGui::EndChild();
}

bool case_file_take_dictionary_words(CaseFileView& view, audit::Workbook& workbook) {
    bool changed = false;
    for (const std::string& word : view.dictionary_requests)
        changed |= audit::add_dictionary_word(workbook, word);
    view.dictionary_requests.clear();
    return changed;
}

} // namespace ca::app
