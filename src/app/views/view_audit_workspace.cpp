// Case Audit - the audit workspace of Sampling & audit: the audited record on the left (the
// case file's chronology, or the supervision record), the checklist on the right, with a
// divider the auditor can drag.
//
// The case file viewer (case_file_view.h) and the checklist (audit_checklist.h) are drawn by
// their own files; this one lays them out, says which audit is open, and shows a supervision
// record when that is what is audited.
//
// Index of this file:
// [SECTION] Supervision record
// [SECTION] Header
// [SECTION] The workspace
#include "app/audit_store.h"
#include "app/ui/keyboard.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/audit_checklist.h"
#include "app/views/case_file_view.h"
#include "app/views/views.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace ca::app {
namespace {

// A worker's name (Extract::worker_name), or "(not recorded)" when there is none.
std::string name_of_worker(const Extract& x, Index w) {
    const std::string_view name = x.worker_name(w);
    return name.empty() ? std::string("(not recorded)") : std::string(name);
}

// "C-000123 (Mary Jones)"
std::string case_label(const Extract& x, Index c) {
    if (c >= x.cases.size())
        return "(no case)";
    const Case& k = x.cases[c];
    std::string s(x.id_of(k.id));
    if (k.person < x.people.size())
        s += " (" + std::string(x.text_of(x.people[k.person].name)) + ")";
    return s;
}

void wrapped(std::string_view text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Supervision record
// ---------------------------------------------------------------------------

// What the supervision record says, laid out as the checklist asks about it: when it was
// held and written up, the cases discussed, the decisions, the actions with their owners and
// due dates, then the record's own text.
void draw_supervision_record(const Extract& x, Index supervision) {
    if (supervision >= x.supervisions.size()) {
        paragraph("This supervision record is not in the open extract.");
        return;
    }
    const Supervision& s = x.supervisions[supervision];
    const std::string id(x.id_of(s.id));
    heading_text(("Supervision record " + id).c_str());
    const Index team = s.supervisee < x.workers.size() ? x.workers[s.supervisee].team : k_no_index;
    ImGui::Text("Supervisee: %s%s%s", name_of_worker(x, s.supervisee).c_str(),
                team == k_no_index ? "" : ", ", std::string(x.team_name(team)).c_str());
    ImGui::Text("Supervisor: %s", name_of_worker(x, s.supervisor).c_str());
    ImGui::Text("Held: %s", format_date_long(s.held).c_str());
    const int minute = s.recorded_at.minute_of_day;
    ImGui::Text("Recorded: %s at %02d:%02d", format_date_long(s.recorded_at.date).c_str(),
                minute / 60, minute % 60);

    ImGui::Spacing();
    ImGui::Text("Cases discussed (%u)", s.cases_discussed.count);
    if (s.cases_discussed.count == 0)
        ImGui::TextDisabled("None listed.");
    for (std::uint32_t i = s.cases_discussed.begin; i < s.cases_discussed.end(); ++i)
        ImGui::BulletText("%s", case_label(x, x.supervision_cases[i]).c_str());

    ImGui::Spacing();
    ImGui::Text("Decisions (%u)", s.decisions.count);
    if (s.decisions.count == 0)
        ImGui::TextDisabled("None recorded.");
    for (std::uint32_t i = s.decisions.begin; i < s.decisions.end(); ++i) {
        const SupervisionItem& d = x.supervision_items[i];
        ImGui::Bullet();
        ImGui::BeginGroup();
        wrapped(x.text_of(d.text));
        if (d.case_index != k_no_index)
            muted_textf("About %s", case_label(x, d.case_index).c_str());
        ImGui::EndGroup();
    }

    ImGui::Spacing();
    ImGui::Text("Actions (%u)", s.actions.count);
    if (s.actions.count == 0)
        ImGui::TextDisabled("None recorded.");
    for (std::uint32_t i = s.actions.begin; i < s.actions.end(); ++i) {
        const SupervisionItem& act = x.supervision_items[i];
        ImGui::Bullet();
        ImGui::BeginGroup();
        wrapped(x.text_of(act.text));
        // A missing owner or due date is what the checklist asks about: said in words.
        const std::string owner = act.owner == k_no_index
                                      ? "(!) no owner recorded"
                                      : "Owner: " + name_of_worker(x, act.owner);
        const std::string due =
            act.due ? "due " + format_date_long(*act.due) : std::string("(!) no due date");
        muted_textf("%s; %s%s%s", owner.c_str(), due.c_str(),
                    act.case_index == k_no_index ? "" : "; about ",
                    act.case_index == k_no_index ? "" : case_label(x, act.case_index).c_str());
        ImGui::EndGroup();
    }

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextUnformatted("The record");
    if (s.text.empty())
        ImGui::TextDisabled("No text recorded.");
    else
        wrapped(x.text_of(s.text));
}

namespace {

// ---------------------------------------------------------------------------
// [SECTION] Header
// ---------------------------------------------------------------------------

// The next audit of the same sample still to do, after this one in the workbook's order.
const audit::Audit* next_in_sample(const audit::Workbook& wb, const audit::Audit& au) {
    if (au.sample_id.empty())
        return nullptr;
    bool after = false;
    for (const audit::Audit& o : wb.audits) {
        if (&o == &au) {
            after = true;
            continue;
        }
        if (after && o.sample_id == au.sample_id && o.status != audit::AuditStatus::Completed)
            return &o;
    }
    return nullptr;
}

// Returns the id of an audit to open instead ("" none), and sets `back` for "Back to samples".
std::string draw_header(AppState& state, const audit::Audit& au, const char* back_label,
                        bool& back) {
    const Extract& x = *state.extract;
    const float em = ImGui::GetFontSize();
    std::string open_next;
    if (ImGui::Button(back_label))
        back = true;
    std::string title = "Audit " + au.id + ": ";
    std::string detail;
    if (au.records == audit::RecordSet::Cases) {
        const Index c = x.find_case(au.record_id);
        title += "case " + (c == k_no_index ? au.record_id : case_label(x, c));
        if (c != k_no_index) {
            const Date d = au.audit_date.value_or(x.metadata.as_at);
            // The same worker the training evidence names (Extract::primary_worker_on).
            const Index worker = x.primary_worker_on(c, d);
            detail = worker == k_no_index ? "Not allocated on the audit date"
                                          : "Worker: " + name_of_worker(x, worker) + ", " +
                                                std::string(x.team_name(x.workers[worker].team));
        }
    } else {
        title += "supervision record " + au.record_id;
    }
    // Beside the button when the title fits there, else under it (wrapped if need be), and
    // the status after it on the same terms: at large text sizes nothing is cut off.
    same_line_if_fits(heading_width(title.c_str()), em);
    ImGui::AlignTextToFramePadding();
    heading_text(title.c_str());
    const ImU32 color = au.status == audit::AuditStatus::Completed    ? colors::status_good
                        : au.status == audit::AuditStatus::InProgress ? colors::status_warn
                                                                      : colors::text_muted;
    const std::string status(audit::audit_status_label(au.status));
    same_line_if_fits(ImGui::CalcTextSize(status.c_str()).x, em);
    status_label(color, status.c_str());
    if (const audit::Audit* next = next_in_sample(state.audit.workbook, au)) {
        const std::string label = "Next in " + au.sample_id + ": " + next->id + " >";
        // At the right edge after the status, or on a line of its own when the title and
        // status leave no room (large text): never drawn over them.
        const float width = button_width(label.c_str());
        same_line_if_fits(width + em);
        const float right = ImGui::GetWindowContentRegionMax().x - width;
        if (ImGui::GetCursorPosX() < right)
            ImGui::SetCursorPosX(right);
        if (ImGui::Button(label.c_str()))
            open_next = next->id;
    }
    std::string line = detail;
    line += (line.empty() ? "" : ". ") +
            (au.sample_id.empty() ? std::string("Added by hand") : "Sample " + au.sample_id) +
            ". Judged as on " + format_date_long(au.audit_date.value_or(x.metadata.as_at)) + ".";
    if (!au.auditor.empty())
        line += " Auditor: " + au.auditor + (au.capacity.empty() ? "" : ", " + au.capacity) + ".";
    // Wrapped: at large text sizes the line is longer than the pane, and nothing is cut off.
    muted_text(line.c_str());
    return open_next;
}

// A vertical bar between the panes; dragging it moves the split, which stays within limits
// so that neither pane becomes too narrow to read.
void draw_splitter(float& split, float total, float height) {
    const float em = ImGui::GetFontSize();
    const float w = em * 0.5f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##split", ImVec2(w, height));
    // Invisible buttons are not reported to the test hooks by Dear ImGui itself: this one is,
    // so that browser tests can find the divider and drag it.
    if (GImGui->TestEngineHookItems)
        ImGuiTestEngineHook_ItemInfo(GImGui, ImGui::GetItemID(), "##split", 0);
    const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
    if (hot)
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    if (ImGui::IsItemActive() && total > 0.0f)
        split += ImGui::GetIO().MouseDelta.x / total;
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
        split = 0.5f;
    const float lo = std::min(0.5f, em * 18.0f / std::max(total, 1.0f));
    split = std::clamp(split, lo, 1.0f - std::min(0.5f, em * 24.0f / std::max(total, 1.0f)));
    // A line the height of the panes and a grip in its middle, so that it looks draggable.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 color = hot ? colors::accent : IM_COL32(170, 180, 190, 255);
    const float cx = p.x + w * 0.5f;
    dl->AddLine(ImVec2(cx, p.y), ImVec2(cx, p.y + height), color, hot ? 2.0f : 1.0f);
    const float cy = p.y + height * 0.5f;
    dl->AddRectFilled(ImVec2(cx - 2.5f, cy - em), ImVec2(cx + 2.5f, cy + em), color, 2.5f);
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The workspace
// ---------------------------------------------------------------------------

void draw_audit_workspace(AppState& state, const char* back_label) {
    AuditState& a = state.audit;
    AuditWorkspace& ws = a.workspace;
    audit::Audit* au = a.workbook.find_audit(ws.audit_id);
    if (au == nullptr || !state.extract) {
        close_audit(state);
        return;
    }
    const Extract& x = *state.extract;
    // An audit opens at the top of the page, whatever the page was scrolled to before (at
    // large text the list of audits is scrolled down to reach its Start).
    static std::string shown_audit;
    if (shown_audit != au->id) {
        ImGui::SetScrollY(0.0f);
        shown_audit = au->id;
    }
    bool back = false;
    const std::string open_next = draw_header(state, *au, back_label, back);
    draw_storage_banner(state);

    const float em = ImGui::GetFontSize();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float splitter_w = em * 0.5f;
    const float panes = avail.x - splitter_w;
    // Side by side while both panes keep room to read (about 22 and 26 em); at large text
    // or zoom, one under the other at the page's full width, the checklist at least as tall
    // as the window (the page scrolls), instead of two slivers.
    const bool stacked = panes < em * 48.0f;
    const float left_w = stacked ? 0.0f : std::floor(panes * ws.split);
    const float record_h = stacked ? std::max(em * 14.0f, std::floor(avail.y * 0.45f)) : avail.y;

    begin_pane("##record-pane", ImVec2(left_w, record_h), true);
    if (au->records == audit::RecordSet::Cases) {
        if (x.find_case(au->record_id) != k_no_index) {
            draw_case_file(ws.case_file, x, ws.writing);
            // "Add to dictionary" from a highlight: the word joins the auditor's workbook and
            // the case is analysed again with it (the evidence depends on the dictionary).
            if (case_file_take_dictionary_words(ws.case_file, state.audit.workbook))
                dictionary_changed(state);
        } else {
            paragraph("This case is not in the open extract.");
        }
    } else {
        draw_supervision_record(x, x.supervision_by_id.find(x.ids.find(au->record_id)));
    }
    ImGui::EndChild();
    if (!stacked) {
        ImGui::SameLine(0, 0);
        draw_splitter(ws.split, panes, avail.y);
        ImGui::SameLine(0, 0);
    }
    const float checklist_h = stacked ? std::max(avail.y, em * 20.0f) : avail.y;
    begin_pane("##checklist-pane", ImVec2(0, checklist_h), true);
    draw_audit_checklist(state, *au);
    ImGui::EndChild();

    if (back)
        close_audit(state);
    else if (!open_next.empty())
        open_audit(state, open_next);
}

} // namespace ca::app
