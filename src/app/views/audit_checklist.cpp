// Case Audit - the audit checklist panel (see audit_checklist.h).
//
// Everything the auditor decides is kept in the workbook's Audit and saved after each change
// (touch_workbook). What this file keeps itself is only what a text field needs between
// frames (a due date typed wrongly, which field is being edited) and the audit case note's
// text, built again only after a change.
//
// Index of this file:
// [SECTION] Panel state
// [SECTION] Text fields
// [SECTION] Wording (percentages, grade boundaries, owners, titles)
// [SECTION] Header (score so far, counts, grade override)
// [SECTION] Areas (proposal, evidence, result, comment)
// [SECTION] Summary, recommendations, actions and flags
// [SECTION] Completing the audit
// [SECTION] Audit case note
// [SECTION] The panel
#include "app/views/audit_checklist.h"

#include "app/app.h"
#include "app/audit_state.h"
#include "app/audit_store.h"
#include "app/ui/fonts.h"
#include "app/ui/keyboard.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/case_file_view.h"
#include "core/audit/case_note.h"
#include "core/audit/checklist.h"
#include "core/audit/chronology.h"
#include "core/audit/evidence.h"
#include "core/audit/scoring.h"
#include "core/audit/workbook.h"
#include "core/audit/workbook_edit.h"
#include "platform/platform.h"

#include <imgui.h>
#include <imgui_internal.h> // the test-engine hook, for the comment boxes

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca::app {
namespace {

using audit::AreaResult;
using audit::AuditStatus;
using audit::Grade;

// ---------------------------------------------------------------------------
// [SECTION] Panel state
// ---------------------------------------------------------------------------

// The panel's own state (ChecklistPanel, audit_checklist.h) lives in the workspace.
ChecklistPanel& panel(AppState& state) {
    return state.audit.workspace.checklist;
}

// The date the case is judged at: the audit's own, else the evidence's, else the extract's
// as-at date.
Date judged_date(const AppState& state, const audit::Audit& a) {
    if (a.audit_date)
        return *a.audit_date;
    const AuditWorkspace& ws = state.audit.workspace;
    if (ws.audit_id == a.id && ws.case_evidence)
        return ws.case_evidence->audit_date;
    return state.extract->metadata.as_at;
}

// Every change to the audit comes through here: the core starts a planned audit (and dates
// it), the case note must be written again, and the workbook is saved at the end of the
// frame. `changed`: what the core operation returned (nothing to do when false).
void edited(AppState& state, audit::Audit& a, bool changed = true) {
    if (!changed)
        return;
    audit::start_audit(state.audit.workbook, a, judged_date(state, a));
    panel(state).copied_at = -1.0; // the note changes: the next copy is of the new one
    touch_workbook(state);
}

// ---------------------------------------------------------------------------
// [SECTION] Text fields
// ---------------------------------------------------------------------------

// Dear ImGui edits a char buffer; this grows the std::string under it as the text grows.
int grow_string(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

bool input_string(const char* label, const char* hint, std::string& text) {
    return ImGui::InputTextWithHint(label, hint, text.data(), text.capacity() + 1,
                                    ImGuiInputTextFlags_CallbackResize, grow_string, &text);
}

// A comment field. Dear ImGui 1.86's multi-line field does not wrap, so a paragraph typed
// into it runs off to the right; the comment is therefore shown as wrapped text in a box the
// size of the text, which becomes a field when clicked and text again when left.
bool text_area(ChecklistPanel& p, const char* id, std::string& text, const char* hint,
               float min_lines, bool locked) {
    ImGui::PushID(id);
    const ImGuiID field = ImGui::GetID("##field");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeight();
    const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 8.0f);
    const float inner = width - style.FramePadding.x * 2.0f;
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    const float text_h = text.empty() ? 0.0f : ImGui::CalcTextSize(begin, end, false, inner).y;
    bool changed = false;
    // Escape leaves the field and keeps what was typed (Dear ImGui's own Escape would put the
    // text back as it was when the field was entered, losing a typed comment). The text is
    // already in `text`: the field writes through to it on every key. (Tab leaves the field
    // for the next widget through ui/keyboard.h.)
    if (p.editing == field && ImGui::GetActiveID() == field &&
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        ImGui::ClearActiveID();
        p.editing = 0;
        p.refocus_box = field;
    }
    if (p.editing == field && !locked) {
        const float h = std::max(text_h + line, line * std::max(min_lines, 3.0f));
        if (p.focus_editing) {
            ImGui::SetKeyboardFocusHere();
            p.focus_editing = false;
            p.editing_frame = ImGui::GetFrameCount();
        }
        changed = ImGui::InputTextMultiline("##field", text.data(), text.capacity() + 1,
                                            ImVec2(width, h + style.FramePadding.y * 2.0f),
                                            ImGuiInputTextFlags_CallbackResize, grow_string, &text);
        const bool active = ImGui::IsItemActive();
        // Focus reaches the field a frame or two after the click; until then keep drawing.
        if (ImGui::IsItemDeactivated() || (!active && ImGui::GetFrameCount() > p.editing_frame + 2))
            p.editing = 0;
        else if (!active)
            platform::request_redraw();
    } else {
        begin_read_only(locked); // readable at full contrast, not greyed
        const float h = std::max(text_h, line * min_lines) + style.FramePadding.y * 2.0f;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const bool clicked = ImGui::InvisibleButton("##box", ImVec2(width, h));
        if (p.refocus_box == field) {
            ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
            ImGui::GetCurrentContext()->NavDisableHighlight = false;
            p.refocus_box = 0;
        }
#ifdef IMGUI_ENABLE_TEST_ENGINE
        // Browser tests find the box by its id ("##comment", "##summary"), as they find fields.
        const std::string test_label = std::string("##") + id;
        ImGuiContext& g = *ImGui::GetCurrentContext();
        IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), test_label.c_str(), 0);
#endif
        const bool hovered = ImGui::IsItemHovered() && !locked;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 max(pos.x + width, pos.y + h);
        dl->AddRectFilled(pos, max,
                          ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                          style.FrameRounding);
        dl->AddRect(pos, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding);
        const ImVec2 text_pos(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y);
        if (text.empty())
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), text_pos,
                        ImGui::GetColorU32(colors::text_muted), hint, nullptr, inner);
        else
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), text_pos,
                        ImGui::GetColorU32(ImGuiCol_Text), begin, end, inner);
        if (hovered)
            ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        if (clicked && !locked) {
            p.editing = field;
            p.focus_editing = true;
            platform::request_redraw();
        }
        end_read_only();
    }
    ImGui::PopID();
    return changed;
}

// Wrapped text at the panel's width.
void wrapped(const char* text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
}

void wrapped_muted(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
    wrapped(text);
    ImGui::PopStyleColor();
}

// An area's title: the heading font, wrapped (the policy's wording can be long).
void area_title(const char* text) {
    ImFont* font = ui_fonts().heading;
    if (font != nullptr)
        ImGui::PushFont(font);
    wrapped(text);
    if (font != nullptr)
        ImGui::PopFont();
}

// A status in words and colour, wrapped: "(x) A reason is needed ...".
void wrapped_status(ImU32 color, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    wrapped(text);
    ImGui::PopStyleColor();
}

// ---------------------------------------------------------------------------
// [SECTION] Wording
// ---------------------------------------------------------------------------

std::string str(std::string_view v) {
    return std::string(v);
}

// One decimal, cut rather than rounded ("83.3%", "63%", "62.9%" for 62.96): the grade
// compares the unrounded score with the bands, and a score just below 63 must never read
// as 63%. The small epsilon keeps 28.999999... (0.29 x 100) at 29.
double tenths_down(double v) {
    return std::floor(v * 10.0 + 1e-9) / 10.0;
}

using audit::percent_text; // the one way a score is written (core/audit/scoring.h)

// How near the score is to another grade, whichever boundary is nearer: "4.7 points below
// Outstanding", "1.5 points above the Good boundary" (a drop of 1.5 points would make it
// Requires improvement). Distances below are rounded up and distances above down, so that
// the words never put the score on the wrong side of a boundary.
std::string boundary_text(const audit::Score& s, const GradeBands& bands) {
    const Grade up = audit::grade_above(s.grade);
    const bool has_floor = audit::grade_below(s.grade) != Grade::None;
    const std::string current = str(audit::grade_label(s.grade));
    char text[96];
    if (has_floor && s.above_band < 1e-9) {
        std::snprintf(text, sizeof text, "exactly on the %s boundary of %s", current.c_str(),
                      percent_text(audit::band_floor(s.grade, bands)).c_str());
    } else if (up != Grade::None && (!has_floor || s.to_next_band <= s.above_band)) {
        std::snprintf(text, sizeof text, "%.1f points below %s",
                      std::ceil(s.to_next_band * 10.0 - 1e-9) / 10.0,
                      str(audit::grade_label(up)).c_str());
    } else if (has_floor) {
        const double above = tenths_down(s.above_band);
        if (above < 0.1)
            std::snprintf(text, sizeof text, "less than 0.1 points above the %s boundary",
                          current.c_str());
        else
            std::snprintf(text, sizeof text, "%.1f points above the %s boundary", above,
                          current.c_str());
    } else {
        return {};
    }
    return text;
}

const char* plural(int n, const char* one, const char* many) {
    return n == 1 ? one : many;
}

// A case file audit has areas; a supervision record audit has the checklist's items.
bool of_cases(const audit::Audit& a) {
    return a.records == audit::RecordSet::Cases;
}

const char* units(const audit::Audit& a, int n) {
    return of_cases(a) ? plural(n, "area", "areas") : plural(n, "item", "items");
}

// The title of an answer's area or item, when there is no evidence to give it.
std::string answer_title(const AppState& state, const audit::Audit& a, const std::string& key) {
    if (of_cases(a)) {
        if (const std::optional<audit::CaseArea> area = audit::parse_case_area_key(key))
            return str(audit::case_area(*area).title);
    } else {
        for (const ChecklistItem& item : state.policy.policy.audit.supervision_checklist)
            if (item.key == key)
                return item.title;
    }
    return display_name(key);
}

// ---------------------------------------------------------------------------
// [SECTION] Header
// ---------------------------------------------------------------------------

std::string first_unanswered(const audit::Audit& a) {
    for (const audit::AreaAnswer& ans : a.answers)
        if (ans.result == AreaResult::Unanswered)
            return ans.key;
    return {};
}

void draw_score(AppState& state, const audit::Audit& a, const audit::Score& s) {
    const GradeBands& bands = state.policy.policy.audit.bands;
    const int total = static_cast<int>(a.answers.size());
    std::string line;
    if (total > 0 && s.unanswered == total) {
        line = std::string("No score yet: no ") + units(a, 1) + " is answered.";
    } else if (s.grade == Grade::None) {
        line = std::string("No score: every ") + units(a, 1) + " is Not applicable.";
    } else if (!audit::fully_answered(s)) {
        // Unanswered areas count as not met, so until all are answered a grade would be a
        // floor ("Inadequate - 3.5%" after one answer): say how far the audit has got.
        line = "In progress: " + std::to_string(audit::answered(s)) + " of " +
               std::to_string(total) + " " + units(a, total) +
               " answered; the score and grade show when all are answered.";
    } else {
        line = str(audit::grade_label(s.grade)) + " - " + percent_text(s.percent);
        const std::string near = boundary_text(s, bands);
        if (!near.empty())
            line += " (" + near + ")";
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Score:");
    ImGui::SameLine();
    wrapped(line.c_str());
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Met counts 1, partly met counts a half, over the %s that apply.\n"
                          "Grade bands: Outstanding from %s, Good from %s, Requires "
                          "improvement from %s, below that Inadequate.",
                          units(a, 2), percent_text(bands.outstanding).c_str(),
                          percent_text(bands.good).c_str(),
                          percent_text(bands.requires_improvement).c_str());
    char counts[160];
    std::snprintf(counts, sizeof counts,
                  "%d met, %d partly met, %d not met, %d not applicable, %d not answered", s.met,
                  s.partly_met, s.not_met, s.not_applicable, s.unanswered);
    // The counts, and the way to the next unanswered one beside them when both fit.
    const char* next = "Next unanswered";
    const ImGuiStyle& style = ImGui::GetStyle();
    const float next_w = ImGui::CalcTextSize(next).x + style.FramePadding.x * 2.0f;
    const bool button = s.unanswered > 0;
    const float need =
        ImGui::CalcTextSize(counts).x + (button ? next_w + style.ItemSpacing.x : 0.0f);
    if (need <= ImGui::GetContentRegionAvail().x) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
        ImGui::TextUnformatted(counts);
        ImGui::PopStyleColor();
        if (button)
            ImGui::SameLine();
    } else {
        wrapped_muted(counts);
    }
    if (button && ImGui::SmallButton(next))
        panel(state).scroll_to = panel(state).focus_area = first_unanswered(a);
}

void draw_override(AppState& state, audit::Audit& a, const audit::Score& s, bool locked) {
    static constexpr Grade k_grades[] = {Grade::None, Grade::Outstanding, Grade::Good,
                                         Grade::RequiresImprovement, Grade::Inadequate};
    begin_read_only(locked); // readable at full contrast, not greyed
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Grade override:");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 13.0f);
    const std::string preview = a.grade_override == Grade::None
                                    ? std::string("None (the score's grade)")
                                    : str(audit::grade_label(a.grade_override));
    if (ImGui::BeginCombo("##override", preview.c_str())) {
        for (const Grade g : k_grades) {
            const std::string label = g == Grade::None ? std::string("None (the score's grade)")
                                                       : str(audit::grade_label(g));
            if (ImGui::Selectable(label.c_str(), a.grade_override == g))
                edited(
                    state, a,
                    audit::set_grade_override(state.audit.workbook, a, judged_date(state, a), g));
        }
        ImGui::EndCombo();
    }
    end_read_only();
    if (a.grade_override == Grade::None)
        return;
    if (s.grade != Grade::None && s.grade != a.grade_override) {
        const std::string text =
            "The audit's grade is " + str(audit::grade_label(a.grade_override)) +
            "; the score alone gives " + str(audit::grade_label(s.grade)) + ". Both are kept.";
        wrapped_muted(text.c_str());
    }
    if (text_area(panel(state), "override-reason", a.override_reason,
                  "Why the grade differs from the score (required)", 1.0f, locked))
        edited(state, a);
    if (a.override_reason.find_first_not_of(" \t\r\n") == std::string::npos)
        wrapped_status(colors::status_bad, "(x) Give the reason for the override.");
}

// The workspace's own header names the record, its status, the sample and the date; this one
// says what the checklist scores so far.
void draw_header(AppState& state, audit::Audit& a, const audit::Score& s, bool locked) {
    draw_score(state, a, s);
    draw_override(state, a, s, locked);
}

// ---------------------------------------------------------------------------
// [SECTION] Areas
// ---------------------------------------------------------------------------

// Records the case file can show: an evidence link opens them there.
bool in_case_file(audit::RecordKind k) {
    switch (k) {
    case audit::RecordKind::Case:
    case audit::RecordKind::Worker:
    case audit::RecordKind::Training:
        return false;
    default:
        return true;
    }
}

// Wrapped text whose lines after the first start at `left` (a hanging indent). It is drawn
// line by line, so that the next item can go on the same line as the text's end (Dear ImGui's
// own wrapped text is one item as wide as the column).
void hanging_text(std::string_view text, float left) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const char* s = text.data();
    const char* end = s + text.size();
    bool first = true;
    while (s < end) {
        if (!first)
            ImGui::SetCursorPosX(left);
        first = false;
        const char* line_end =
            static_cast<const char*>(std::memchr(s, '\n', static_cast<std::size_t>(end - s)));
        if (line_end == nullptr)
            line_end = end;
        const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
        const char* brk = font->CalcWordWrapPositionA(scale, s, line_end, width);
        if (brk == s) // a word longer than the line: break it
            brk = s + 1;
        ImGui::TextUnformatted(s, brk);
        s = brk;
        while (s < end && (*s == ' ' || *s == '\n'))
            ++s;
    }
}

// The records of an evidence line as small buttons, after the line's text and as many to a
// row as fit; a long list shows its first few and "N more".
void draw_record_links(AppState& state, const std::vector<audit::RecordRef>& records, float left,
                       bool linkable) {
    constexpr std::size_t k_shown = 6;
    const Extract& x = *state.extract;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID more_id = ImGui::GetID("more");
    const bool all = storage->GetBool(more_id, false);
    const std::size_t n = all ? records.size() : std::min(records.size(), k_shown);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    // Keeps the next button on this row when `w` fits, else starts a row at `left`.
    const auto place = [&](float w) {
        ImGui::SameLine(0.0f, style.ItemSpacing.x * 0.5f);
        if (ImGui::GetCursorScreenPos().x + w > right) {
            ImGui::NewLine();
            ImGui::SetCursorPosX(left);
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        const audit::RecordRef ref = records[i];
        const std::string label = audit::record_label(x, ref);
        place(ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2.0f);
        ImGui::PushID(static_cast<int>(i));
        if (linkable && in_case_file(ref.kind)) {
            ImGui::PushStyleColor(ImGuiCol_Text, colors::accent);
            if (ImGui::SmallButton(label.c_str()))
                case_file_focus(state.audit.workspace.case_file, ref);
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("Show %s in the case file", label.c_str());
        } else {
            ImGui::TextDisabled("[%s]", label.c_str());
        }
        ImGui::PopID();
    }
    if (records.size() > k_shown) {
        char label[32];
        if (all)
            std::snprintf(label, sizeof label, "Fewer");
        else
            std::snprintf(label, sizeof label, "%zu more", records.size() - k_shown);
        place(ImGui::CalcTextSize(label).x + style.FramePadding.x * 2.0f);
        if (ImGui::SmallButton(label))
            storage->SetBool(more_id, !all);
    }
}

// `linkable`: the workspace shows the audited case file, so records can be opened in it (a
// supervision record's audit shows the record itself, and the records are only named).
void draw_evidence(AppState& state, const audit::AreaEvidence& ev, bool linkable) {
    int shortfalls = 0;
    for (const audit::EvidenceLine& l : ev.lines)
        shortfalls += l.ok ? 0 : 1;
    if (ev.lines.empty() && ev.checked.empty())
        return;
    char label[96];
    if (ev.lines.empty())
        std::snprintf(label, sizeof label, "What was checked###evidence");
    else if (shortfalls > 0)
        std::snprintf(label, sizeof label, "Evidence: %zu found, (!) %d %s###evidence",
                      ev.lines.size(), shortfalls, plural(shortfalls, "shortfall", "shortfalls"));
    else
        std::snprintf(label, sizeof label, "Evidence: %zu found###evidence", ev.lines.size());
    if (!ImGui::TreeNodeEx(label, ImGuiTreeNodeFlags_SpanAvailWidth))
        return;
    if (!ev.checked.empty())
        wrapped_muted(ev.checked.c_str());
    const float marker_w = ImGui::CalcTextSize("(!)").x + ImGui::GetStyle().ItemSpacing.x;
    // The lines of one finding close together, the findings apart.
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    for (std::size_t i = 0; i < ev.lines.size(); ++i) {
        const audit::EvidenceLine& line = ev.lines[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, 1.0f));
        const float x0 = ImGui::GetCursorPosX();
        if (line.ok)
            status_label(colors::text_muted, "-");
        else
            status_label(colors::status_warn, "(!)");
        if (ImGui::IsItemHovered() && !line.ok)
            ImGui::SetTooltip("A shortfall");
        ImGui::SameLine(x0 + marker_w);
        hanging_text(line.text, x0 + marker_w);
        if (!line.records.empty())
            draw_record_links(state, line.records, x0 + marker_w, linkable);
        ImGui::PopStyleVar();
        ImGui::Dummy(ImVec2(0.0f, spacing.y * 0.5f));
        ImGui::PopID();
    }
    ImGui::TreePop();
}

// The rule's proposal and its reason. With no proposal the area is the auditor's to judge;
// the core's summary then ends with "Needs your judgement.", which the label already says;
// once the auditor has chosen a result, the label says so instead.
void draw_proposal(const audit::AreaEvidence* ev, bool about_writing, AreaResult chosen) {
    const bool judged = chosen != AreaResult::Unanswered;
    const std::string yours = "(ok) Your judgement: " + str(audit::result_label(chosen));
    if (ev == nullptr) {
        if (judged)
            status_label(colors::status_good, yours.c_str());
        else
            status_label(colors::accent, "(?) Needs your judgement");
        return;
    }
    if (ev->proposal == AreaResult::Unanswered) {
        const bool judgement = about_writing || !ev->automatic;
        if (judged)
            status_label(colors::status_good, yours.c_str());
        else
            status_label(colors::accent,
                         judgement ? "(?) Needs your judgement" : "(?) No proposal");
        std::string_view why = ev->summary;
        constexpr std::string_view k_suffix = "Needs your judgement.";
        if (why.size() >= k_suffix.size() && why.substr(why.size() - k_suffix.size()) == k_suffix)
            why.remove_suffix(k_suffix.size());
        while (!why.empty() && why.back() == ' ')
            why.remove_suffix(1);
        if (!why.empty())
            wrapped(str(why).c_str());
        return;
    }
    std::string text = "Proposed: " + str(audit::result_label(ev->proposal));
    if (!ev->summary.empty())
        text += " - " + ev->summary;
    wrapped(text.c_str());
}

// The four results as radio buttons, and the proposal in one click.
void draw_result(AppState& state, audit::Audit& a, audit::AreaAnswer& ans,
                 const audit::AreaEvidence* ev, bool locked) {
    struct Choice {
        AreaResult result;
        const char* label;
    };
    static constexpr Choice k_choices[] = {{AreaResult::Met, "Met"},
                                           {AreaResult::PartlyMet, "Partly met"},
                                           {AreaResult::NotMet, "Not met"},
                                           {AreaResult::NotApplicable, "N/A"}};
    begin_read_only(locked); // readable at full contrast, not greyed
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Result:");
    ImGui::SameLine();
    const float left = ImGui::GetCursorPosX(); // a narrow panel wraps the choices under here
    bool first = true;
    for (const Choice& c : k_choices) {
        if (!first) {
            ImGui::SameLine();
            const float w = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                            ImGui::CalcTextSize(c.label).x;
            if (ImGui::GetContentRegionAvail().x < w) {
                ImGui::NewLine();
                ImGui::SetCursorPosX(left);
            }
        }
        if (ImGui::RadioButton(c.label, ans.result == c.result))
            edited(state, a,
                   audit::set_result(state.audit.workbook, a, judged_date(state, a), ans.key,
                                     c.result));
        // Focus follows "Next unanswered" and the next/previous area keys: to the chosen
        // result, or the first choice when there is none.
        ChecklistPanel& p = panel(state);
        if (p.focus_area == ans.key &&
            (ans.result == c.result || (first && ans.result == AreaResult::Unanswered))) {
            focus_last_item();
            p.focus_area.clear();
        }
        if (ImGui::IsItemFocused())
            p.focused_area = ans.key;
        first = false;
        if (c.result == AreaResult::NotApplicable && ImGui::IsItemHovered())
            ImGui::SetTooltip("Not applicable: the area does not count in the score");
    }
    const bool has_proposal = ev != nullptr && ev->proposal != AreaResult::Unanswered;
    if (has_proposal && ans.result != ev->proposal) {
        const char* label = "Use proposal";
        const float w = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f;
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < w)
            ImGui::NewLine();
        if (ImGui::Button(label))
            edited(state, a,
                   audit::set_result(state.audit.workbook, a, judged_date(state, a), ans.key,
                                     ev->proposal));
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Set the result to %s",
                              str(audit::result_label(ev->proposal)).c_str());
    }
    end_read_only();
    if (ans.result != AreaResult::Unanswered && has_proposal && ans.result != ev->proposal)
        status_label(colors::text_muted, "(i) Differs from the proposal");
}

void draw_area(AppState& state, audit::Audit& a, std::size_t n, audit::AreaAnswer& ans,
               const audit::AreaEvidence* ev, bool locked) {
    ChecklistPanel& p = panel(state);
    ImGui::PushID(ans.key.c_str());
    if (p.scroll_to == ans.key) {
        ImGui::SetScrollHereY(0.0f);
        p.scroll_to.clear();
    }
    bool about_writing = false;
    if (of_cases(a))
        if (const std::optional<audit::CaseArea> area = audit::parse_case_area_key(ans.key))
            about_writing = audit::case_area(*area).about_writing;
    const std::string title =
        std::to_string(n) + ". " + (ev != nullptr ? ev->title : answer_title(state, a, ans.key));
    area_title(title.c_str());
    draw_proposal(ev, about_writing, ans.result);
    if (ev != nullptr)
        draw_evidence(state, *ev, of_cases(a));
    draw_result(state, a, ans, ev, locked);
    if (text_area(panel(state), "comment", ans.comment, "Add a comment (optional)", 1.0f, locked))
        edited(state, a);
    if (ImGui::IsItemFocused())
        p.focused_area = ans.key;
    ImGui::PopID();
}

// The keys of the area that has the focus (keyboard help, F1): 1 Met, 2 Partly met, 3 Not
// met, 4 N/A; N and P the next and previous area; U the next unanswered one.
void area_shortcuts(AppState& state, audit::Audit& a, bool locked) {
    ChecklistPanel& p = panel(state);
    std::size_t at = a.answers.size();
    for (std::size_t i = 0; i < a.answers.size(); ++i)
        if (a.answers[i].key == p.focused_area)
            at = i;
    if (at == a.answers.size())
        return;
    static constexpr AreaResult k_keys[] = {AreaResult::Met, AreaResult::PartlyMet,
                                            AreaResult::NotMet, AreaResult::NotApplicable};
    for (int k = 0; k < 4 && !locked; ++k)
        if (shortcut_char_pressed(static_cast<char>('1' + k))) {
            edited(state, a,
                   audit::set_result(state.audit.workbook, a, judged_date(state, a),
                                     a.answers[at].key, k_keys[k]));
            p.focus_area = a.answers[at].key; // the focus moves to the chosen radio button
        }
    std::string go;
    if (shortcut_char_pressed('n') && at + 1 < a.answers.size())
        go = a.answers[at + 1].key;
    else if (shortcut_char_pressed('p') && at > 0)
        go = a.answers[at - 1].key;
    else if (shortcut_char_pressed('u'))
        go = first_unanswered(a);
    if (!go.empty())
        p.scroll_to = p.focus_area = go;
}

const std::vector<audit::AreaEvidence>* evidence_of(const AppState& state, const audit::Audit& a) {
    const AuditWorkspace& ws = state.audit.workspace;
    if (ws.audit_id != a.id)
        return nullptr;
    if (of_cases(a))
        return ws.case_evidence ? &ws.case_evidence->areas : nullptr;
    return ws.supervision_evidence ? &ws.supervision_evidence->items : nullptr;
}

void draw_areas(AppState& state, audit::Audit& a, bool locked) {
    area_shortcuts(state, a, locked);
    const std::vector<audit::AreaEvidence>* evidence = evidence_of(state, a);
    if (evidence == nullptr)
        wrapped_muted("The evidence for this audit is not ready yet; you can still record "
                      "your results.");
    for (std::size_t i = 0; i < a.answers.size(); ++i) {
        audit::AreaAnswer& ans = a.answers[i];
        const audit::AreaEvidence* ev = nullptr;
        if (evidence != nullptr)
            for (const audit::AreaEvidence& e : *evidence)
                if (e.key == ans.key)
                    ev = &e;
        ImGui::Separator();
        draw_area(state, a, i + 1, ans, ev, locked);
    }
    ImGui::Separator();
}

// ---------------------------------------------------------------------------
// [SECTION] Summary, recommendations, actions and flags
// ---------------------------------------------------------------------------

// Workers who may own an action on the audit date (not those who had left), by name.
const std::vector<Index>& action_owners(AppState& state, Date on) {
    ChecklistPanel& p = panel(state);
    const Extract& x = *state.extract;
    if (p.owners_built.stale(state.revisions) || p.owners_on != on) {
        p.owners_built.built(state.revisions);
        p.owners_on = on;
        p.owners.clear();
        for (Index i = 0; i < static_cast<Index>(x.workers.size()); ++i)
            if (!x.workers[i].end || *x.workers[i].end >= on)
                p.owners.push_back(i);
        std::sort(p.owners.begin(), p.owners.end(),
                  [&](Index l, Index r) { return x.worker_name(l) < x.worker_name(r); });
    }
    return p.owners;
}

// The worker an action is most likely for: the case's worker (whose training the evidence
// checked), or the supervisee of an audited supervision record.
Index likely_owner(const AppState& state, const audit::Audit& a) {
    const Extract& x = *state.extract;
    if (of_cases(a)) {
        const AuditWorkspace& ws = state.audit.workspace;
        return ws.audit_id == a.id && ws.case_evidence ? ws.case_evidence->worker : k_no_index;
    }
    const Index s = x.supervision_by_id.find(x.ids.find(a.record_id));
    return s == k_no_index ? k_no_index : x.supervisions[s].supervisee;
}

std::string worker_label(const Extract& x, Index w) {
    std::string label = str(x.worker_name(w));
    if (const std::string_view team = x.team_name(x.workers[w].team); !team.empty())
        label += " - " + str(team);
    return label;
}

// The owner: a worker chosen from the extract (kept as their id) or a name typed in. Enter
// takes the one worker matching what was typed, or else the name as typed.
bool owner_picker(AppState& state, const audit::Audit& a, audit::ActionItem& action) {
    ChecklistPanel& p = panel(state);
    const Extract& x = *state.extract;
    const std::string shown = audit::action_owner_name(x, action.owner);
    std::optional<std::string> chosen;
    if (!ImGui::BeginCombo("##owner", shown.empty() ? "Choose..." : shown.c_str(),
                           ImGuiComboFlags_HeightLarge))
        return false;
    if (ImGui::IsWindowAppearing()) {
        p.owner_search[0] = '\0';
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    const bool enter =
        ImGui::InputTextWithHint("##who", "Type a name, or search the workers", p.owner_search,
                                 sizeof p.owner_search, ImGuiInputTextFlags_EnterReturnsTrue);
    const bool searching = p.owner_search[0] != '\0';
    if (searching) {
        const std::string use = std::string("Use \"") + p.owner_search + "\" as typed";
        if (ImGui::Selectable(use.c_str()))
            chosen = p.owner_search;
    }
    if (!action.owner.empty() && ImGui::Selectable("No owner"))
        chosen = std::string();
    const Index likely = likely_owner(state, a);
    if (!searching && likely != k_no_index) {
        const std::string label =
            worker_label(x, likely) + (of_cases(a) ? " (the case's worker)" : " (the supervisee)");
        if (ImGui::Selectable(label.c_str()))
            chosen = str(x.id_of(x.workers[likely].id));
    }
    ImGui::Separator();
    int listed = 0;
    Index only = k_no_index;
    for (const Index w : action_owners(state, judged_date(state, a))) {
        const Worker& worker = x.workers[w];
        if (!audit::contains_ignoring_case(x.text_of(worker.name), p.owner_search))
            continue;
        only = listed == 0 ? w : k_no_index;
        if (++listed > 200) {
            muted_text("More workers match: type more of the name.");
            break;
        }
        ImGui::PushID(static_cast<int>(w));
        const std::string id = str(x.id_of(worker.id));
        if (ImGui::Selectable(worker_label(x, w).c_str(), action.owner == id))
            chosen = id;
        ImGui::PopID();
    }
    if (enter && searching) {
        chosen = only != k_no_index ? str(x.id_of(x.workers[only].id)) : p.owner_search;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndCombo();
    if (!chosen || *chosen == action.owner)
        return false;
    action.owner = *chosen;
    return true;
}

void draw_due(AppState& state, audit::Audit& a, audit::ActionItem& action, DueDraft& d) {
    if (!d.invalid) { // follow the action's date unless a wrong one is being corrected
        const std::string iso = action.due ? format_date(*action.due) : std::string();
        std::snprintf(d.text, sizeof d.text, "%s", iso.c_str());
    }
    if (ImGui::InputTextWithHint("##due", "YYYY-MM-DD", d.text, sizeof d.text)) {
        const std::string_view typed(d.text);
        if (typed.empty()) {
            d.invalid = false;
            if (action.due) {
                action.due.reset();
                edited(state, a);
            }
        } else if (const std::optional<Date> due = parse_date(typed)) {
            d.invalid = false;
            if (action.due != due) {
                action.due = *due;
                edited(state, a);
            }
        } else {
            d.invalid = true;
        }
    }
}

// One action a row of two lines, not a table: at half the window's width a table of five
// columns leaves the action's own words too little room.
void draw_action(AppState& state, audit::Audit& a, std::size_t i, DueDraft& due, bool& remove) {
    audit::ActionItem& action = a.actions[i];
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    ImGui::PushID(static_cast<int>(i));
    char number[24]; // room for any size_t: GCC checks the snprintf bound
    std::snprintf(number, sizeof number, "%zu.", i + 1);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(number);
    ImGui::SameLine(em * 1.8f);
    const float indent = ImGui::GetCursorPosX();
    const float remove_w = ImGui::CalcTextSize("Remove").x + style.FramePadding.x * 2.0f;
    ImGui::SetNextItemWidth(
        std::max(em * 8.0f, ImGui::GetContentRegionAvail().x - remove_w - style.ItemSpacing.x));
    ChecklistPanel& p = panel(state);
    if (p.focus_new_action && i + 1 == a.actions.size()) {
        ImGui::SetKeyboardFocusHere();
        p.focus_new_action = false;
    }
    if (input_string("##text", "What is to be done", action.text))
        edited(state, a);
    ImGui::SameLine();
    remove = ImGui::Button("Remove");

    ImGui::SetCursorPosX(indent);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Owner");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 11.0f);
    if (owner_picker(state, a, action))
        edited(state, a);
    same_line_if_fits(em * 10.0f);
    if (ImGui::GetCursorPosX() < indent)
        ImGui::SetCursorPosX(indent);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Due");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 6.5f);
    draw_due(state, a, action, due);
    same_line_if_fits(em * 4.0f);
    if (ImGui::Checkbox("Done", &action.done))
        edited(state, a);
    if (due.invalid) {
        ImGui::SetCursorPosX(indent);
        wrapped_status(colors::status_bad, "(x) Not a date: write it as YYYY-MM-DD, for a day "
                                           "that exists. Until then the action keeps the date "
                                           "it had.");
    }
    ImGui::PopID();
}

void draw_actions(AppState& state, audit::Audit& a, bool locked) {
    ChecklistPanel& p = panel(state);
    heading_text("Actions");
    if (p.due.size() != a.actions.size())
        p.due.resize(a.actions.size());
    std::size_t remove = a.actions.size();
    begin_read_only(locked); // readable at full contrast, not greyed
    if (a.actions.empty())
        wrapped_muted("No actions yet. An action has an owner and a due date, and both go into "
                      "the audit case note.");
    for (std::size_t i = 0; i < a.actions.size(); ++i) {
        bool removed = false;
        draw_action(state, a, i, p.due[i], removed);
        if (removed)
            remove = i;
        ImGui::Spacing();
    }
    const Date judged = judged_date(state, a);
    if (remove < a.actions.size() &&
        audit::remove_action(state.audit.workbook, a, judged, remove)) {
        p.due.erase(p.due.begin() + static_cast<std::ptrdiff_t>(remove));
        edited(state, a);
    }
    if (ImGui::Button("Add action") && audit::add_action(state.audit.workbook, a, judged)) {
        p.due.emplace_back();
        p.focus_new_action = true;
        edited(state, a);
    }
    end_read_only();
}

void draw_conclusions(AppState& state, audit::Audit& a, bool locked) {
    heading_text("Summary");
    if (text_area(panel(state), "summary", a.summary,
                  of_cases(a) ? "Your overall comment on the case file"
                              : "Your overall comment on the supervision record",
                  3.0f, locked))
        edited(state, a);
    ImGui::Spacing();
    heading_text("Recommendations");
    if (text_area(panel(state), "recommendations", a.recommendations,
                  "What should change, and who should do it", 3.0f, locked))
        edited(state, a);
    ImGui::Spacing();
    draw_actions(state, a, locked);
    ImGui::Spacing();
    begin_read_only(locked); // readable at full contrast, not greyed
    if (ImGui::Checkbox("Discuss in supervision", &a.discuss_in_supervision))
        edited(state, a);
    if (ImGui::Checkbox("Chosen for supervision review", &a.chosen_for_supervision_review))
        edited(state, a);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("One of the cases the manager selects to review in supervision");
    end_read_only();
}

// ---------------------------------------------------------------------------
// [SECTION] Completing the audit
// ---------------------------------------------------------------------------

// A completed audit: when it was completed and the date it judged the records as at, the
// correction of a wrong completion date (the device's clock), and reopening.
void draw_completed(AppState& state, audit::Audit& a) {
    ChecklistPanel& p = panel(state);
    std::string done = "(ok) Completed";
    if (a.completed)
        done += " on " + format_date_long(*a.completed);
    if (a.audit_date && a.audit_date != a.completed)
        done += ", judging the records as at " + format_date_long(*a.audit_date);
    done += ". Reopen it to change anything.";
    wrapped_status(colors::status_good, done.c_str());
    if (!a.completed_reason.empty())
        wrapped_muted(("Completion date corrected: " + a.completed_reason).c_str());
    if (ImGui::Button("Reopen audit") && audit::reopen_audit(a)) {
        p.correcting_date = false;
        edited(state, a);
        return;
    }
    ImGui::SameLine();
    if (!p.correcting_date) {
        if (ImGui::Button("Correct the completion date")) {
            p.correcting_date = true;
            p.date_error.clear();
            const std::string iso = a.completed ? format_date(*a.completed) : std::string();
            std::snprintf(p.completed_text, sizeof p.completed_text, "%s", iso.c_str());
            p.completed_reason[0] = '\0';
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("If this computer's date was wrong when the audit was completed");
        return;
    }
    ImGui::NewLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Completed on");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
    ImGui::InputTextWithHint("##completed-on", "YYYY-MM-DD", p.completed_text,
                             sizeof p.completed_text);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##completed-reason", "Why the date is corrected (required)",
                             p.completed_reason, sizeof p.completed_reason);
    if (primary_button("Save the date")) {
        const std::optional<Date> day = parse_date(p.completed_text);
        const audit::EditResult r =
            day ? audit::set_completed_date(a, *day, p.completed_reason)
                : audit::EditResult{"Not a date: write it as YYYY-MM-DD, for a day that exists.",
                                    {}};
        p.date_error = r.error;
        if (r.ok()) {
            p.correcting_date = false;
            edited(state, a);
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel##completed-on"))
        p.correcting_date = false;
    if (!p.date_error.empty())
        wrapped_status(colors::status_bad, ("(x) " + p.date_error).c_str());
}

void draw_completion(AppState& state, audit::Audit& a, const audit::Score& s) {
    if (a.status == AuditStatus::Completed) {
        draw_completed(state, a);
        return;
    }
    const std::vector<std::string> reasons = audit::completion_blockers(a);
    // Completed today, by this computer's clock; judged as at the audit's own date.
    const Date today = today_local();
    const Date judged = judged_date(state, a);
    ImGui::BeginDisabled(!reasons.empty());
    if (primary_button("Complete audit") &&
        audit::complete_audit(state.audit.workbook, a, judged, today).ok()) {
        panel(state).correcting_date = false;
        panel(state).focus_copy = true;
        edited(state, a);
    }
    ImGui::EndDisabled();
    if (reasons.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        const std::string when =
            "Dated today, " + format_date_long(today) +
            (today == judged ? std::string() : "; records as at " + format_date_long(judged));
        ImGui::TextDisabled("%s", when.c_str());
        return;
    }
    for (const std::string& r : reasons)
        wrapped_status(colors::status_warn, ("(!) " + r).c_str());
    if (s.unanswered > 0 && ImGui::SmallButton(of_cases(a) ? "Go to the next unanswered area"
                                                           : "Go to the next unanswered item"))
        panel(state).scroll_to = first_unanswered(a);
}

// ---------------------------------------------------------------------------
// [SECTION] Audit case note
// ---------------------------------------------------------------------------

void draw_case_note(AppState& state, const audit::Audit& a) {
    ChecklistPanel& p = panel(state);
    const Extract& x = *state.extract;
    // Built again after a change, or when the panel comes back (the policy may have changed).
    // Built again when the audit, the extract or the policy changed (BuiltFrom), or another
    // audit is shown.
    if (p.note_built.stale(state.revisions) || p.note_audit != a.id) {
        p.note = audit::audit_case_note(a, x, state.policy.policy);
        p.note_audit = a.id;
        p.note_built.built(state.revisions);
    }

    heading_text("Audit case note");
    wrapped_muted(of_cases(a) ? "Paste this into the case record, so that anyone reading the "
                                "record can see that the case has been audited."
                              : "Paste this into the supervision record, so that anyone reading "
                                "it can see that it has been audited.");
    if (a.status != AuditStatus::Completed)
        wrapped_status(colors::status_warn,
                       "(!) The audit is not completed: the note is marked as a draft.");
    if (primary_button("Copy audit case note")) {
        platform::set_clipboard_text(p.note);
        p.copied_at = ImGui::GetTime();
    }
    if (p.focus_copy) {
        focus_last_item();
        p.focus_copy = false;
    }
    if (p.copied_at >= 0.0 && ImGui::GetTime() - p.copied_at < 8.0) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        status_label(colors::status_good, "(ok) Copied");
    }
    int lines = 1;
    for (const char ch : p.note)
        lines += ch == '\n' ? 1 : 0;
    const float h = ImGui::GetTextLineHeight() * static_cast<float>(std::min(lines, 16) + 1) +
                    ImGui::GetStyle().FramePadding.y * 2.0f;
    ImGui::InputTextMultiline("##case-note", p.note.data(), p.note.size() + 1, ImVec2(-FLT_MIN, h),
                              ImGuiInputTextFlags_ReadOnly);
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The panel
// ---------------------------------------------------------------------------

void draw_audit_checklist(AppState& state, audit::Audit& audit) {
    if (!state.extract)
        return;
    ChecklistPanel& p = panel(state);
    if (p.audit_id != audit.id) {
        p.audit_id = audit.id;
        p.due.assign(audit.actions.size(), DueDraft{});
        p.editing = 0;
        p.scroll_to.clear();
        p.copied_at = -1.0;
        p.correcting_date = false;
        // Opening an audit puts the keyboard focus in it: on the first unanswered area (the
        // first area when all are answered), so that Tab and the area keys start there.
        const std::string first = first_unanswered(audit);
        p.focus_area = !first.empty()          ? first
                       : audit.answers.empty() ? std::string()
                                               : audit.answers.front().key;
        p.scroll_to = p.focus_area;
    }
    const bool locked = !audit::audit_editable(audit);
    const audit::Score score =
        audit::score_results(audit::audit_results(audit), state.policy.policy.audit.bands);

    ImGui::PushID("audit-checklist");
    draw_header(state, audit, score, locked);
    ImGui::Spacing();
    begin_pane("##checklist-body", ImVec2(0, 0), false);
    if (locked)
        wrapped_muted("This audit is completed: its results are shown as recorded. Reopen it "
                      "(at the end of the checklist) to change them.");
    draw_areas(state, audit, locked);
    ImGui::Spacing();
    draw_conclusions(state, audit, locked);
    ImGui::Spacing();
    ImGui::Separator();
    draw_completion(state, audit, score);
    ImGui::Spacing();
    ImGui::Separator();
    draw_case_note(state, audit);
    ImGui::Dummy(ImVec2(0.0f, ImGui::GetFontSize()));
    ImGui::EndChild();
    ImGui::PopID();
}

Date audit_judged_date(const AppState& state, const audit::Audit& a) {
    return judged_date(state, a);
}

void audit_edited(AppState& state, audit::Audit& a, bool changed) {
    edited(state, a, changed);
}

} // namespace ca::app
