// Case Audit - a case note's text with the recording-quality assistant's findings marked on it.
//
// Index of this file:
// [SECTION] Colours and wording
// [SECTION] Layout (once per note, width and report)
// [SECTION] Hover and click
// [SECTION] Drawing
#include "app/views/note_text_view.h"

#include "app/ui/theme.h"
#include "app/writing_assist.h"
#include "core/audit/writing_evidence.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace ca::app {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Colours and wording
// ---------------------------------------------------------------------------

constexpr ImU32 k_concern_bg = IM_COL32(255, 226, 150, 255);
constexpr ImU32 k_concern_line = IM_COL32(196, 120, 0, 255);
constexpr ImU32 k_evidence_bg = IM_COL32(206, 236, 208, 255);
constexpr ImU32 k_evidence_line = IM_COL32(36, 130, 60, 255);
// A finding about a whole sentence or passage (a copied sentence, a very long one) is drawn
// paler, so that the words marked inside it (a misspelling) still stand out.
constexpr ImU32 k_concern_passage_bg = IM_COL32(255, 242, 212, 255);
constexpr ImU32 k_evidence_passage_bg = IM_COL32(230, 245, 231, 255);
constexpr std::uint32_t k_passage_bytes = 32;
// How long the pointer rests on a misspelling before suggestions are asked for.
constexpr double k_suggest_delay = 0.25;

// "possible misspelling" -> "Possible misspelling".
std::string capitalised(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

bool is_concern(const text::TextFinding& f) {
    return f.kind == text::FindingKind::Concern;
}
bool is_passage(const text::TextFinding& f) {
    return f.length >= k_passage_bytes;
}

std::string_view finding_text(std::string_view note, const text::TextFinding& f) {
    if (f.offset >= note.size())
        return {};
    return note.substr(f.offset, std::min<std::size_t>(f.length, note.size() - f.offset));
}

void draw_text(std::string_view s) {
    const char* begin = s.empty() ? "" : s.data();
    ImGui::TextUnformatted(begin, begin + s.size());
}

// ---------------------------------------------------------------------------
// [SECTION] Layout
// ---------------------------------------------------------------------------

bool hidden(const NoteTextView& v, std::string_view note, const text::TextFinding& f) {
    if (f.indicator != text::Indicator::Spelling)
        return false;
    const std::string_view word = finding_text(note, f);
    return std::find(v.added_words.begin(), v.added_words.end(), word) != v.added_words.end();
}

void refresh_layout(NoteTextView& v, std::string_view note, const text::NoteTextReport& report,
                    std::uint32_t generation, float width) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    if (generation != v.generation)
        v.added_words.clear(); // the new report knows the dictionary's words
    if (v.text_data == note.data() && v.text_size == note.size() && v.generation == generation &&
        v.width == width && v.font_size == size && v.hidden_words == v.added_words.size())
        return;
    v.text_data = note.data();
    v.text_size = note.size();
    v.generation = generation;
    v.width = width;
    v.font_size = size;
    v.hidden_words = v.added_words.size();

    v.shown.clear();
    std::vector<std::uint32_t> breaks;
    std::vector<text::ByteRange> ranges;
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        const text::TextFinding& f = report.findings[i];
        const std::string_view s = finding_text(note, f);
        if (f.length == 0 || s.empty() || hidden(v, note, f))
            continue;
        const auto offset = static_cast<std::uint32_t>(s.data() - note.data());
        const auto length = static_cast<std::uint32_t>(s.size());
        v.shown.push_back(static_cast<std::uint32_t>(i));
        ranges.push_back({offset, length});
        breaks.push_back(offset);
        breaks.push_back(offset + length);
    }
    const auto measure = [font, size](std::string_view s) {
        return font->CalcTextSizeA(size, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
    };
    v.layout = text::layout_text(note, width, breaks, measure);
    v.cover = text::cover_runs(v.layout, ranges);
}

// ---------------------------------------------------------------------------
// [SECTION] Hover and click
// ---------------------------------------------------------------------------

// The suggestions for `word`, asked for once the pointer has rested on it; nullptr meanwhile.
const std::vector<std::string>* suggestions_for(NoteTextView& v, std::string_view word,
                                                const WritingAssistant& writing) {
    const auto it = v.suggestions.find(word);
    if (it != v.suggestions.end())
        return &it->second;
    const double now = ImGui::GetTime();
    if (v.hover_word != word) {
        v.hover_word = std::string(word);
        v.hover_since = now;
    }
    if (now - v.hover_since < k_suggest_delay)
        return nullptr;
    return &v.suggestions.emplace(std::string(word), writing.suggestions(word)).first->second;
}

void finding_tooltip(NoteTextView& v, std::string_view note, const text::TextFinding& f,
                     const WritingAssistant& writing) {
    const bool concern = is_concern(f);
    ImGui::PushStyleColor(ImGuiCol_Text, concern ? colors::status_warn : colors::status_good);
    const std::string name = capitalised(audit::indicator_name(f.indicator));
    ImGui::Text("%s %s", concern ? "To look at:" : "Good practice:", name.c_str());
    ImGui::PopStyleColor();
    if (!f.message.empty())
        draw_text(f.message);
    if (!f.suggestion.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
        ImGui::TextUnformatted("Suggestion:");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        draw_text(f.suggestion);
    }
    if (f.indicator != text::Indicator::Spelling)
        return;
    const std::string_view word = finding_text(note, f);
    const std::vector<std::string>* words = suggestions_for(v, word, writing);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
    if (words == nullptr) {
        ImGui::TextUnformatted("Looking for suggestions...");
    } else if (words->empty()) {
        ImGui::TextUnformatted("No suggestions from the dictionary.");
    } else {
        std::string line = "Did you mean: ";
        for (std::size_t i = 0; i < words->size(); ++i)
            line += (i == 0 ? "" : ", ") + (*words)[i];
        line += "?";
        ImGui::PopStyleColor();
        draw_text(line);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
    }
    ImGui::TextUnformatted("Click to add the word to the dictionary if it is right.");
    ImGui::PopStyleColor();
}

// The findings covering run `r`.
std::vector<std::uint32_t> findings_of_run(const NoteTextView& v, const text::NoteTextReport& rep,
                                           std::size_t r) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t c = v.cover.begin[r]; c < v.cover.begin[r + 1]; ++c)
        out.push_back(v.shown[v.cover.cover[c]]);
    // The words' findings before the passages', concerns before evidence.
    const auto rank = [&](std::uint32_t f) {
        return (is_passage(rep.findings[f]) ? 2 : 0) + (is_concern(rep.findings[f]) ? 0 : 1);
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return rank(a) < rank(b); });
    return out;
}

void add_word_popup(NoteTextView& v, std::vector<std::string>& dictionary_requests) {
    if (!ImGui::BeginPopup("##add-word"))
        return;
    ImGui::Text("\"%s\" is not in the dictionary.", v.popup_word.c_str());
    const auto known = v.suggestions.find(v.popup_word);
    if (known != v.suggestions.end() && !known->second.empty()) {
        std::string line = "Did you mean: ";
        for (std::size_t i = 0; i < known->second.size(); ++i)
            line += (i == 0 ? "" : ", ") + known->second[i];
        draw_text(line + "?");
    }
    const std::string label = "Add \"" + v.popup_word + "\" to the dictionary";
    if (ImGui::Button(label.c_str())) {
        dictionary_requests.push_back(v.popup_word);
        v.added_words.push_back(v.popup_word);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel"))
        ImGui::CloseCurrentPopup();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::TextUnformatted("Add it only if it is spelt right (a name, a place, a local term): "
                           "the workbook keeps it, and it is not flagged again in any case.");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::EndPopup();
}

// ---------------------------------------------------------------------------
// [SECTION] Drawing
// ---------------------------------------------------------------------------

void whole_note_findings(std::string_view note, const text::NoteTextReport& report) {
    for (const text::TextFinding& f : report.findings) {
        if (f.length != 0 && !finding_text(note, f).empty())
            continue;
        const bool concern = is_concern(f);
        std::string line = concern ? "(!) " : "(+) ";
        line += capitalised(audit::indicator_name(f.indicator));
        if (!f.message.empty())
            line += ": " + f.message;
        if (line.back() != '.')
            line += '.';
        if (!f.suggestion.empty())
            line += " Suggestion: " + f.suggestion + (f.suggestion.back() == '.' ? "" : ".");
        ImGui::PushStyleColor(ImGuiCol_Text, concern ? colors::status_warn : colors::status_good);
        ImGui::PushTextWrapPos(0.0f);
        draw_text(line);
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
}

void dotted_line(ImDrawList* dl, float x0, float x1, float y, ImU32 col, float thick) {
    const float dash = std::max(2.0f, thick * 1.5f);
    for (float x = x0; x < x1; x += dash * 2.0f)
        dl->AddLine(ImVec2(x, y), ImVec2(std::min(x + dash, x1), y), col, thick);
}

// A small sample of a highlight, as the text shows it: background and underline.
void legend_swatch(ImU32 bg, ImU32 line, bool dotted) {
    const float h = ImGui::GetTextLineHeight();
    const float thick = std::max(1.0f, std::round(ImGui::GetFontSize() / 14.0f));
    // On the text's baseline (the legend's line is aligned to frame padding).
    const ImVec2 at(ImGui::GetCursorScreenPos().x,
                    ImGui::GetCursorScreenPos().y + ImGui::GetStyle().FramePadding.y);
    const ImVec2 size(std::round(h * 1.6f), h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), bg);
    const float y = at.y + size.y - thick;
    if (dotted)
        dotted_line(dl, at.x, at.x + size.x, y, line, thick);
    else
        dl->AddLine(ImVec2(at.x, y), ImVec2(at.x + size.x, y), line, thick);
    ImGui::Dummy(ImVec2(size.x, size.y + ImGui::GetStyle().FramePadding.y));
}

} // namespace

constexpr const char* k_legend[] = {"Highlights:", "to look at,",
                                    "good practice; hover one for why."};

void draw_note_highlight_legend() {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(k_legend[0]);
    ImGui::SameLine();
    legend_swatch(k_concern_bg, k_concern_line, false);
    ImGui::SameLine();
    ImGui::TextUnformatted(k_legend[1]);
    ImGui::SameLine();
    legend_swatch(k_evidence_bg, k_evidence_line, true);
    ImGui::SameLine();
    ImGui::TextUnformatted(k_legend[2]);
    ImGui::PopStyleColor();
}

void draw_note_text(NoteTextView& v, std::string_view note, const text::NoteTextReport& report,
                    const WritingAssistant& writing,
                    std::vector<std::string>& dictionary_requests) {
    const std::uint32_t generation = writing.generation();
    whole_note_findings(note, report);
    const float size = ImGui::GetFontSize();
    const float width = std::max(size * 8.0f, std::floor(ImGui::GetContentRegionAvail().x));
    refresh_layout(v, note, report, generation, width);

    // Each line is a little taller than the font, to leave room for the underline.
    const float pad = std::round(size * 0.15f);
    const float line_h = std::round(size + pad * 3.0f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float total_h = line_h * static_cast<float>(v.layout.lines.size());
    ImGui::InvisibleButton("##note-text", ImVec2(width, std::max(total_h, 1.0f)));
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);

    // The run under the pointer.
    std::size_t hover_run = v.layout.runs.size();
    if (hovered) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        const auto line = static_cast<std::size_t>(std::max(0.0f, (m.y - origin.y) / line_h));
        if (line < v.layout.lines.size()) {
            const text::LayoutLine& l = v.layout.lines[line];
            for (std::uint32_t r = l.first_run; r < l.first_run + l.run_count; ++r) {
                const text::LayoutRun& run = v.layout.runs[r];
                const float x = m.x - origin.x;
                if (x >= run.x && x < run.x + run.width && v.cover.begin[r] != v.cover.begin[r + 1])
                    hover_run = r;
            }
        }
    }

    // Only the lines on screen.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 clip_min = dl->GetClipRectMin();
    const ImVec2 clip_max = dl->GetClipRectMax();
    const std::size_t lines = v.layout.lines.size();
    const auto first = static_cast<std::size_t>(std::max(0.0f, (clip_min.y - origin.y) / line_h));
    const auto last = std::min(lines, static_cast<std::size_t>(std::max(
                                          0.0f, std::ceil((clip_max.y - origin.y) / line_h))));
    ImFont* font = ImGui::GetFont();
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    const float thick = std::max(1.0f, std::round(size / 14.0f));
    const std::vector<std::uint32_t> hover_findings = hover_run < v.layout.runs.size()
                                                          ? findings_of_run(v, report, hover_run)
                                                          : std::vector<std::uint32_t>{};
    for (std::size_t li = first; li < last; ++li) {
        const text::LayoutLine& l = v.layout.lines[li];
        const float y = origin.y + line_h * static_cast<float>(li);
        // One outline a line around the runs of the finding under the pointer.
        float outline_lo = FLT_MAX;
        float outline_hi = -FLT_MAX;
        ImU32 outline_col = 0;
        for (std::uint32_t r = l.first_run; r < l.first_run + l.run_count; ++r) {
            const text::LayoutRun& run = v.layout.runs[r];
            const ImVec2 at(origin.x + run.x, y + pad);
            bool concern = false;
            bool evidence = false;
            int bg_rank = 4; // the strongest background: a word's concern, evidence, passages'
            bool under_pointer = false;
            for (std::uint32_t c = v.cover.begin[r]; c < v.cover.begin[r + 1]; ++c) {
                const std::uint32_t f = v.shown[v.cover.cover[c]];
                const text::TextFinding& tf = report.findings[f];
                (is_concern(tf) ? concern : evidence) = true;
                bg_rank = std::min(bg_rank, (is_passage(tf) ? 2 : 0) + (is_concern(tf) ? 0 : 1));
                under_pointer =
                    under_pointer || std::find(hover_findings.begin(), hover_findings.end(), f) !=
                                         hover_findings.end();
            }
            if (concern || evidence) {
                const ImVec2 lo(at.x, y + pad * 0.5f);
                const ImVec2 hi(at.x + run.width, y + pad * 1.5f + size);
                constexpr ImU32 k_bg[] = {k_concern_bg, k_evidence_bg, k_concern_passage_bg,
                                          k_evidence_passage_bg};
                dl->AddRectFilled(lo, hi, k_bg[bg_rank]);
                if (under_pointer) { // the finding the tooltip is about: outlined below
                    outline_lo = std::min(outline_lo, lo.x);
                    outline_hi = std::max(outline_hi, hi.x);
                    outline_col = concern ? k_concern_line : k_evidence_line;
                }
                const float uy = y + pad * 1.5f + size - thick;
                if (concern)
                    dl->AddLine(ImVec2(lo.x, uy), ImVec2(hi.x, uy), k_concern_line, thick);
                else
                    dotted_line(dl, lo.x, hi.x, uy, k_evidence_line, thick);
            }
            const char* begin = note.data() + run.offset;
            dl->AddText(font, size, at, text_col, begin, begin + run.length);
        }
        if (outline_lo < outline_hi)
            dl->AddRect(ImVec2(outline_lo, y + pad * 0.5f),
                        ImVec2(outline_hi, y + pad * 1.5f + size), outline_col);
    }

    if (!hover_findings.empty()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(size * 26.0f);
        for (std::size_t i = 0; i < hover_findings.size(); ++i) {
            if (i > 0)
                ImGui::Separator();
            finding_tooltip(v, note, report.findings[hover_findings[i]], writing);
        }
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
        if (clicked)
            for (const std::uint32_t f : hover_findings)
                if (report.findings[f].indicator == text::Indicator::Spelling) {
                    v.popup_word = std::string(finding_text(note, report.findings[f]));
                    ImGui::OpenPopup("##add-word");
                    break;
                }
    }
    add_word_popup(v, dictionary_requests);
}

} // namespace ca::app
