// Case Audit - the Sampling & audit section: draw a small random sample of case or
// supervision records, keep it, and audit each record; the log of every audit in the
// workbook, and the workbook's files.
//
// The page reads top to bottom in the order of the work: who is auditing, drawing a sample
// (folded away once there is one), then the audits. Everything the auditor does goes into
// the workbook (touch_workbook), which the app saves in the browser after the frame.
//
// Index of this file:
// [SECTION] Helpers (names, banners)
// [SECTION] Auditor and workbook files
// [SECTION] Sampling form
// [SECTION] Preview of a draw
// [SECTION] Audit log
// [SECTION] Adding a record by hand, taking one out
// [SECTION] The view
#include "app/audit_store.h"
#include "app/ui/keyboard.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/views.h"
#include "core/audit/audit_note_check.h"
#include "core/audit/case_note.h"
#include "core/audit/chronology.h"
#include "core/audit/scoring.h"
#include "core/audit/workbook_edit.h"
#include "core/caseload/caseload.h"

#include <algorithm>
#include <cctype>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace ca::app {

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

bool banner(ImU32 color, const char* marker, const std::string& text, bool dismiss) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float em = ImGui::GetFontSize();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float x0 = ImGui::GetCursorPosX();
    const float width = ImGui::GetContentRegionAvail().x;
    const char* k_dismiss = "Dismiss";
    const float button_w =
        ImGui::CalcTextSize(k_dismiss).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    const float pad = em * 0.6f;
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + em * 0.35f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(x0 + width - pad - (dismiss ? button_w + em : 0.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(marker);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    float bottom = ImGui::GetItemRectMax().y;
    bool dismissed = false;
    if (dismiss) {
        ImGui::SetCursorScreenPos(
            ImVec2(start.x + width - pad - button_w, start.y + em * 0.35f - 1.0f));
        ImGui::PushID(text.c_str());
        dismissed = ImGui::SmallButton(k_dismiss);
        ImGui::PopID();
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    }
    bottom += em * 0.35f;
    dl->ChannelsSetCurrent(0);
    // A pale band of the message's colour, and a bar of it down the left edge.
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(color);
    dl->AddRectFilled(start, ImVec2(start.x + width, bottom),
                      ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, 0.09f)), 3.0f);
    dl->AddRectFilled(start, ImVec2(start.x + 4.0f, bottom), color);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom + em * 0.3f));
    ImGui::Dummy(ImVec2(0, 0));
    return dismissed;
}

namespace {

using audit::AuditStatus;
using audit::RecordSet;

std::string text_of(const Extract& x, TextRef r) {
    return std::string(x.text_of(r));
}

Index find_supervision(const Extract& x, std::string_view id) {
    return x.supervision_by_id.find(x.ids.find(id));
}

// Who a record is about, for the tables: the person, the worker and the team.
struct RecordNames {
    bool found = false;
    std::string person; // cases: the person; supervision records: the date held
    std::string worker; // primary worker on the date; supervision records: the supervisee
    std::string team;
};

RecordNames record_names(const Extract& x, RecordSet records, std::string_view id, Date date) {
    RecordNames n;
    if (records == RecordSet::Cases) {
        const Index ci = x.find_case(id);
        if (ci == k_no_index)
            return n;
        const Case& c = x.cases[ci];
        n.found = true;
        if (c.person < x.people.size())
            n.person = text_of(x, x.people[c.person].name);
        const Index w = x.primary_worker_on(ci, date);
        n.worker = w == k_no_index ? "not allocated" : std::string(x.worker_name(w));
        n.team = std::string(x.team_name(w != k_no_index ? x.workers[w].team : c.team));
    } else {
        const Index si = find_supervision(x, id);
        if (si == k_no_index)
            return n;
        const Supervision& s = x.supervisions[si];
        n.found = true;
        n.person = format_date_long(s.held);
        n.worker = std::string(x.worker_name(s.supervisee));
        if (s.supervisee < x.workers.size())
            n.team = std::string(x.team_name(x.workers[s.supervisee].team));
    }
    return n;
}

const char* records_word(RecordSet r, std::size_t n) {
    if (r == RecordSet::Cases)
        return n == 1 ? "case" : "cases";
    return n == 1 ? "supervision record" : "supervision records";
}

// The status in words, in a colour that only helps.
void status_cell(AuditStatus s) {
    const ImU32 color = s == AuditStatus::Completed    ? colors::status_good
                        : s == AuditStatus::InProgress ? colors::status_warn
                                                       : colors::text_muted;
    status_label(color, std::string(audit::audit_status_label(s)).c_str());
}

audit::Grade effective_grade(const audit::Audit& a, const audit::Score& s) {
    return a.grade_override != audit::Grade::None ? a.grade_override : s.grade;
}

// "S-1: 6 cases, whole service, 30 October 2026"
std::string sample_title(const Extract& x, const audit::Sample& s) {
    std::string scope = "whole service";
    if (!s.spec.teams.empty() || !s.spec.workers.empty()) {
        scope.clear();
        for (const std::string& t : s.spec.teams) {
            const Index ti = x.find_team(t);
            scope +=
                (scope.empty() ? "" : ", ") + (ti == k_no_index ? t : std::string(x.team_name(ti)));
        }
        for (const std::string& w : s.spec.workers) {
            const Index wi = x.find_worker(w);
            scope += (scope.empty() ? "" : ", ") +
                     (wi == k_no_index ? w : std::string(x.worker_name(wi)));
        }
        if (scope.size() > 48)
            scope = scope.substr(0, 45) + "...";
    }
    return s.id + ": " + std::to_string(s.drawn.size()) + " " +
           records_word(s.spec.records, s.drawn.size()) + ", " + scope + ", " +
           format_date_long(s.spec.date);
}

// ---------------------------------------------------------------------------
// [SECTION] Auditor and workbook files
// ---------------------------------------------------------------------------

const char* const k_capacities[] = {"First-line manager", "Senior manager",
                                    "Professional Standards team"};

void draw_auditor_form(AppState& state) {
    AuditState& a = state.audit;
    const float em = ImGui::GetFontSize();
    if (a.workbook.auditor.empty() && !a.editing_auditor)
        a.editing_auditor = true;
    if (!a.editing_auditor) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Auditor:");
        ImGui::SameLine();
        ImGui::Text("%s%s%s", a.workbook.auditor.c_str(), a.workbook.capacity.empty() ? "" : ", ",
                    a.workbook.capacity.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Change"))
            a.editing_auditor = true;
        return;
    }
    heading_text("Who is auditing?");
    muted_text("Your name and role are written on each audit and its audit case note. They are "
               "kept with your work on this extract.");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Your name");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 12.0f);
    ImGui::InputTextWithHint("##auditor-name", "First and last name", a.auditor, sizeof a.auditor);
    // At large text the name, the role and the button do not fit on one line: each goes
    // under the last instead of off the right edge.
    const auto next_if_fits = [&](float width) {
        ImGui::SameLine(0, em);
        if (ImGui::GetContentRegionAvail().x < width)
            ImGui::NewLine();
    };
    next_if_fits(ImGui::CalcTextSize("Role").x + em * 14.0f);
    ImGui::TextUnformatted("Role");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 12.0f);
    ImGui::InputTextWithHint("##auditor-capacity", "e.g. First-line manager", a.capacity,
                             sizeof a.capacity);
    ImGui::SameLine(0, 0);
    if (ImGui::BeginCombo("##capacity-choices", nullptr, ImGuiComboFlags_NoPreview)) {
        for (const char* c : k_capacities)
            if (ImGui::Selectable(c))
                std::snprintf(a.capacity, sizeof a.capacity, "%s", c);
        ImGui::EndCombo();
    }
    const bool named = a.auditor[0] != '\0';
    next_if_fits(ImGui::CalcTextSize("Save name and role").x + em * 2.0f);
    ImGui::BeginDisabled(!named);
    if (primary_button("Save name and role") &&
        audit::set_auditor(a.workbook, a.auditor, a.capacity).ok()) {
        a.editing_auditor = false;
        a.focus_next = AuditState::FocusNext::DrawSample;
        a.focus_next_frame = ImGui::GetFrameCount();
        touch_workbook(state);
    }
    ImGui::EndDisabled();
    if (!a.workbook.auditor.empty()) {
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) {
            std::snprintf(a.auditor, sizeof a.auditor, "%s", a.workbook.auditor.c_str());
            std::snprintf(a.capacity, sizeof a.capacity, "%s", a.workbook.capacity.c_str());
            a.editing_auditor = false;
        }
    }
}

void draw_workbook_buttons(AppState& state) {
    AuditState& a = state.audit;
    if (ImGui::Button("Save workbook"))
        save_workbook_file(state);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Download your audit work on this extract as a file, to keep it or "
                          "carry on elsewhere.");
    ImGui::SameLine();
    if (ImGui::Button("Open workbook...")) {
        state.next_open = OpenPurpose::Workbook;
        platform::request_open_file(".json,application/json");
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Carry on with audit work saved as a file.");
    ImGui::SameLine();
    const bool any = !a.workbook.audits.empty();
    ImGui::BeginDisabled(!any);
    if (ImGui::Button("Export audit case notes")) {
        const std::string scope = a.selected_sample.empty() ? "all" : a.selected_sample;
        const std::string text = audit::audit_case_notes(a.workbook, a.selected_sample,
                                                         *state.extract, state.policy.policy);
        const std::string name =
            "audit-case-notes-" + scope + "-" + format_date(today_local()) + ".txt";
        if (platform::save_file(name, "text/plain", text))
            a.notice = "Saved " + name + " to your downloads.";
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", a.selected_sample.empty()
                                    ? "One text file with the audit case note of every audit, "
                                      "to paste into each case record."
                                    : "One text file with the audit case notes of the sample "
                                      "shown below, to paste into each case record.");
}

// An opened workbook waiting for the auditor: another extract's, or one that would replace
// the work already done on this extract.
void draw_held_workbook(AppState& state) {
    WorkbookFileState& f = state.audit.file;
    const char* title = "Open this workbook?###held-workbook";
    if (f.held && !ImGui::IsPopupOpen(title))
        ImGui::OpenPopup(title);
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34.0f, 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    if (!f.held) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const audit::Workbook& wb = *f.held;
    const std::size_t found = f.match.audits_found.size();
    const std::size_t missing = f.match.audits_missing.size();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 33.0f);
    ImGui::Text("%s", f.file_name.c_str());
    bool accept = false;
    if (f.match.same_extract) {
        ImGui::TextUnformatted(
            ("This workbook (" + workbook_counts(wb) +
             ") would replace the audit work already on this device for this extract (" +
             workbook_counts(state.audit.workbook) +
             "). Save your current work first (Save workbook) if you may want it again.")
                .c_str());
        ImGui::Spacing();
        accept = primary_button("Replace my work with this workbook");
    } else {
        // The core's sentence says which extract it was and how many audits still apply.
        ImGui::TextUnformatted(f.match.message.c_str());
        ImGui::Spacing();
        ImGui::BulletText("Can be used: %zu %s, of records in this extract.", found,
                          found == 1 ? "audit" : "audits");
        ImGui::BulletText("Left out: %zu %s, of records this extract does not have.", missing,
                          missing == 1 ? "audit" : "audits");
        if (!state.audit.workbook.audits.empty() || !state.audit.workbook.samples.empty())
            ImGui::TextUnformatted(("Using it replaces the work on this device for this "
                                    "extract (" +
                                    workbook_counts(state.audit.workbook) +
                                    "): save that first (Save workbook) if you may want it.")
                                       .c_str());
        ImGui::Spacing();
        ImGui::BeginDisabled(found == 0);
        accept = primary_button("Use what applies");
        ImGui::EndDisabled();
    }
    ImGui::PopTextWrapPos();
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel");
    if (accept)
        accept_opened_workbook(state);
    else if (cancel)
        cancel_opened_workbook(state);
    if (accept || cancel)
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_banners(AppState& state) {
    AuditState& a = state.audit;
    draw_storage_banner(state);
    if (!a.warning.empty() && banner(colors::status_warn, "(!)", a.warning, true))
        a.warning.clear();
    if (!a.notice.empty() && banner(colors::accent, "(i)", a.notice, true))
        a.notice.clear();
    if (!a.file.errors.empty()) {
        std::string text = a.file.file_name + " was not opened:";
        for (const audit::WorkbookError& e : a.file.errors)
            text += "\n- " + (e.path.empty() ? "" : e.path + ": ") + e.message;
        if (banner(colors::status_bad, "(x)", text, true))
            a.file.errors.clear();
    }
    if (!a.file.warnings.empty() && !a.file.held) {
        std::string text = a.file.file_name + " was opened, with these remarks:";
        for (const audit::WorkbookError& e : a.file.warnings)
            text += "\n- " + (e.path.empty() ? "" : e.path + ": ") + e.message;
        if (banner(colors::status_warn, "(!)", text, true))
            a.file.warnings.clear();
    }
    if (a.file.reading)
        banner(colors::accent, "(i)", "Reading " + a.file.reading->name + "...", false);
}

// ---------------------------------------------------------------------------
// [SECTION] Sampling form
// ---------------------------------------------------------------------------

void set_seed(SampleForm& f, std::uint64_t seed) {
    f.spec.seed = seed;
    std::snprintf(f.seed_text, sizeof f.seed_text, "%" PRIu64, seed);
    f.seed_invalid = false;
}

void set_sample_date(SampleForm& f, Date d) {
    f.spec.date = d;
    const std::string iso = format_date(d);
    std::snprintf(f.date_text, sizeof f.date_text, "%s", iso.c_str());
    f.date_invalid = false;
}

void init_form(AppState& state) {
    SampleForm& f = state.audit.form;
    if (f.initialised)
        return;
    f.initialised = true;
    f.spec = audit::default_sample_spec(*state.extract, state.policy.policy,
                                        audit::seed_from_clock(now_milliseconds()));
    set_seed(f, f.spec.seed);
    set_sample_date(f, f.spec.date);
}

bool parse_seed(const char* text, std::uint64_t& out) {
    if (text[0] == '\0' || std::strlen(text) > 18)
        return false;
    std::uint64_t v = 0;
    for (const char* p = text; *p != '\0'; ++p) {
        if (*p < '0' || *p > '9')
            return false;
        v = v * 10 + static_cast<std::uint64_t>(*p - '0');
    }
    out = v;
    return true;
}

// A list of checkboxes with a filter, for choosing teams or workers by id.
void draw_scope_list(const Extract& x, SampleForm& f, bool teams) {
    const float em = ImGui::GetFontSize();
    std::vector<std::string>& chosen = teams ? f.spec.teams : f.spec.workers;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##scope-filter", teams ? "Filter teams" : "Filter workers or teams",
                             f.scope_filter, sizeof f.scope_filter);
    begin_pane("##scope-list", ImVec2(0, em * 6.2f), true);
    const std::size_t n = teams ? x.teams.size() : x.workers.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Index idx = static_cast<Index>(i);
        std::string id;
        std::string label;
        if (teams) {
            id = std::string(x.id_of(x.teams[i].id));
            label = std::string(x.team_name(idx));
        } else {
            const Worker& w = x.workers[i];
            id = std::string(x.id_of(w.id));
            label = std::string(x.worker_name(idx)) + " (" + std::string(x.team_name(w.team)) + ")";
        }
        if (!audit::contains_ignoring_case(label, f.scope_filter) &&
            !audit::contains_ignoring_case(id, f.scope_filter))
            continue;
        bool on = std::find(chosen.begin(), chosen.end(), id) != chosen.end();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Checkbox(label.c_str(), &on)) {
            if (on)
                chosen.push_back(id);
            else
                chosen.erase(std::remove(chosen.begin(), chosen.end(), id), chosen.end());
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::TextDisabled("%zu chosen", chosen.size());
    if (!chosen.empty()) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Clear"))
            chosen.clear();
    }
}

void draw_strata(SampleForm& f) {
    const RecordSet r = f.spec.records;
    ImGui::TextUnformatted("Make sure the sample includes:");
    const audit::Stratum all[] = {audit::Stratum::OpenSafeguardingEnquiry,
                                  audit::Stratum::AsyeWorker};
    for (const audit::Stratum s : all) {
        if (r == RecordSet::Supervisions && s == audit::Stratum::OpenSafeguardingEnquiry)
            continue;
        std::string label = r == RecordSet::Cases
                                ? std::string(audit::stratum_label(s))
                                : std::string("a supervision record of a worker in their ASYE");
        std::vector<audit::Stratum>& chosen = f.spec.strata;
        bool on = std::find(chosen.begin(), chosen.end(), s) != chosen.end();
        if (ImGui::Checkbox(label.c_str(), &on)) {
            if (on)
                chosen.push_back(s);
            else
                chosen.erase(std::remove(chosen.begin(), chosen.end(), s), chosen.end());
        }
    }
}

void draw_months(const char* id, int& months) {
    ImGui::SameLine(0, 0);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 2.4f);
    ImGui::InputInt(id, &months, 0, 0);
    months = std::clamp(months, 1, 120);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextUnformatted(months == 1 ? "month" : "months");
}

void draw_sample_form(AppState& state) {
    AuditState& a = state.audit;
    SampleForm& f = a.form;
    const Extract& x = *state.extract;
    const Policy& policy = state.policy.policy;
    const float em = ImGui::GetFontSize();
    init_form(state);

    // Three columns side by side when there is room; at large text or zoom, two or one, the
    // rest under them (a cell of a narrower table goes on to the next row), rather than
    // three slivers that cut the choices short.
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchSame;
    const float room = ImGui::GetContentRegionAvail().x / em;
    const int columns = room >= 66.0f ? 3 : room >= 44.0f ? 2 : 1;
    static const char* const k_form_ids[] = {"##sample-form-1", "##sample-form-2",
                                             "##sample-form-3"};
    if (!begin_table(k_form_ids[columns - 1], columns, flags))
        return;
    ImGui::TableNextRow();

    // What and whose.
    ImGui::TableNextColumn();
    // Every column starts on a frame's baseline, as the first one does (tables carry a
    // row's baseline across its cells).
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("WHAT TO AUDIT");
    int records = f.spec.records == RecordSet::Cases ? 0 : 1;
    if (ImGui::RadioButton("Case records", &records, 0))
        f.spec.records = RecordSet::Cases;
    ImGui::SameLine();
    if (ImGui::RadioButton("Supervision records", &records, 1))
        f.spec.records = RecordSet::Supervisions;
    ImGui::TextDisabled("FROM");
    if (ImGui::RadioButton("Whole service", f.scope == SampleScope::WholeService))
        f.scope = SampleScope::WholeService;
    ImGui::SameLine();
    if (ImGui::RadioButton("Teams", f.scope == SampleScope::Teams))
        f.scope = SampleScope::Teams;
    ImGui::SameLine();
    if (ImGui::RadioButton("Workers", f.scope == SampleScope::Workers))
        f.scope = SampleScope::Workers;
    if (f.scope == SampleScope::Teams)
        draw_scope_list(x, f, true);
    else if (f.scope == SampleScope::Workers)
        draw_scope_list(x, f, false);

    // How many, when, with which seed.
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("HOW MANY");
    // The policy's size (six) and eight, the policy's "maybe six or eight", one click each.
    const int usual = policy.audit.sampling.size;
    int choice = f.size_other || (f.spec.size != usual && f.spec.size != 8)
                     ? 2
                     : (f.spec.size == usual ? 0 : 1);
    char label[24];
    std::snprintf(label, sizeof label, "%d##size-usual", usual);
    if (ImGui::RadioButton(label, &choice, 0)) {
        f.spec.size = usual;
        f.size_other = false;
    }
    if (usual != 8) {
        ImGui::SameLine();
        if (ImGui::RadioButton("8##size-eight", &choice, 1)) {
            f.spec.size = 8;
            f.size_other = false;
        }
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("Other##size-other", &choice, 2))
        f.size_other = true;
    if (choice == 2) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em * 3.0f);
        ImGui::InputInt("##size", &f.spec.size, 0, 0);
        f.spec.size = std::clamp(f.spec.size, 1, 100);
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(records_word(f.spec.records, static_cast<std::size_t>(f.spec.size)));

    ImGui::TextDisabled("AS ON");
    ImGui::SetNextItemWidth(em * 6.5f);
    if (ImGui::InputText("##sample-date", f.date_text, sizeof f.date_text)) {
        if (const std::optional<Date> d = parse_date(f.date_text)) {
            f.spec.date = *d;
            f.date_invalid = false;
        } else {
            f.date_invalid = true;
        }
    }
    ImGui::SameLine();
    if (f.spec.date != x.metadata.as_at && ImGui::SmallButton("As-at date"))
        set_sample_date(f, x.metadata.as_at);
    else if (f.spec.date == x.metadata.as_at)
        ImGui::TextDisabled("the extract's as-at date");
    if (f.date_invalid)
        status_label(colors::status_bad, "(x) Write the date as YYYY-MM-DD.");

    ImGui::TextDisabled("SEED");
    ImGui::SetNextItemWidth(em * 6.5f);
    if (ImGui::InputText("##seed", f.seed_text, sizeof f.seed_text,
                         ImGuiInputTextFlags_CharsDecimal)) {
        std::uint64_t seed = 0;
        f.seed_invalid = !parse_seed(f.seed_text, seed);
        if (!f.seed_invalid)
            f.spec.seed = seed;
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("New seed"))
        set_seed(f, audit::seed_from_clock(now_milliseconds()));
    if (f.seed_invalid)
        status_label(colors::status_bad, "(x) A seed is a whole number of up to 18 digits.");
    else
        muted_text("The same seed and settings draw the same records.");

    // What to leave out, what to include.
    ImGui::TableNextColumn();
    if (f.spec.records == RecordSet::Cases) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("LEAVE OUT");
        ImGui::Checkbox("Closed cases", &f.spec.exclude_closed);
        ImGui::Checkbox("Audited in the last", &f.spec.exclude_recently_audited);
        draw_months("##audited-months", f.spec.recently_audited_months);
        ImGui::Checkbox("No activity in the last", &f.spec.exclude_inactive);
        draw_months("##activity-months", f.spec.activity_months);
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("HELD");
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("In the last");
        draw_months("##held-months", f.spec.activity_months);
    }
    draw_strata(f);
    ImGui::EndTable();

    const bool scope_empty = (f.scope == SampleScope::Teams && f.spec.teams.empty()) ||
                             (f.scope == SampleScope::Workers && f.spec.workers.empty());
    const bool can_draw = !f.seed_invalid && !f.date_invalid && !scope_empty;
    ImGui::BeginDisabled(!can_draw);
    if (primary_button("Draw sample")) {
        audit::SampleSpec spec = f.spec;
        if (f.scope != SampleScope::Teams)
            spec.teams.clear();
        if (f.scope != SampleScope::Workers)
            spec.workers.clear();
        f.preview = audit::draw_sample(x, policy, spec, audit::completed_case_audits(a.workbook));
        f.preview_spec = spec;
    }
    if (a.focus_next == AuditState::FocusNext::DrawSample) {
        focus_last_item();
        a.focus_next = AuditState::FocusNext::None;
    }
    ImGui::EndDisabled();
    if (scope_empty) {
        ImGui::SameLine();
        muted_text(f.scope == SampleScope::Teams ? "Choose at least one team."
                                                 : "Choose at least one "
                                                   "worker.");
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Preview of a draw
// ---------------------------------------------------------------------------

void keep_sample(AppState& state) {
    AuditState& a = state.audit;
    SampleForm& f = a.form;
    const audit::EditResult kept = audit::keep_sample(
        a.workbook, state.policy.policy, f.preview_spec, f.preview->drawn, now_local_iso());
    if (!kept.ok()) {
        a.notice = kept.error;
        return;
    }
    const std::size_t n = f.preview->drawn.size();
    a.selected_sample = kept.id;
    a.log_filter = LogFilter::All;
    a.notice = "Kept " + kept.id + ": " + std::to_string(n) + " " +
               records_word(f.preview_spec.records, n) +
               " to audit, listed below. Open one to start.";
    f.preview.reset();
    f.fold = true;
    // The next draw should not repeat this one by accident.
    set_seed(f, audit::seed_from_clock(now_milliseconds()));
    a.focus_next = AuditState::FocusNext::FirstAudit;
    a.focus_next_frame = ImGui::GetFrameCount();
    touch_workbook(state);
}

void draw_preview(AppState& state) {
    AuditState& a = state.audit;
    SampleForm& f = a.form;
    const audit::SampleResult& r = *f.preview;
    const Extract& x = *state.extract;
    const RecordSet rs = f.preview_spec.records;
    const float em = ImGui::GetFontSize();

    // A pale band behind the draw, as tall as it was last frame (a table cannot be drawn
    // inside a split draw list, so the band cannot be sized after the fact).
    ImGui::Spacing();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddRectFilled(top, ImVec2(top.x + width, top.y + f.preview_height),
                                              IM_COL32(241, 246, 251, 255), 4.0f);
    ImGui::SetCursorScreenPos(ImVec2(top.x + em * 0.6f, top.y + em * 0.5f));
    ImGui::BeginGroup();
    ImGui::PushItemWidth(width - em * 1.2f);

    char head[160];
    std::snprintf(head, sizeof head, "Drawn: %zu of %zu eligible %s", r.drawn.size(), r.eligible,
                  records_word(rs, r.eligible));
    heading_text(head);
    ImGui::SameLine(0, em * 1.5f);
    ImGui::BeginDisabled(r.drawn.empty());
    const bool keep = primary_button("Keep this sample");
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool discard = ImGui::Button("Discard");
    const char* hint = "Keeping it adds a planned audit for each record.";
    same_line_if_fits(ImGui::CalcTextSize(hint).x + em);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", hint);
    ImGui::PopTextWrapPos();

    std::string counts = "Seed " + std::to_string(f.preview_spec.seed) + ", as on " +
                         format_date_long(f.preview_spec.date) + ". " + std::to_string(r.in_scope) +
                         " in scope";
    if (rs == RecordSet::Cases) {
        // Only the exclusions that applied: a count of 0 for one switched off would read as
        // "none found".
        const audit::SampleSpec& sp = f.preview_spec;
        std::string left_out;
        const auto part = [&](bool on, std::size_t n, const char* what) {
            if (on)
                left_out += (left_out.empty() ? "" : ", ") + std::to_string(n) + " " + what;
        };
        part(sp.exclude_closed, r.excluded_closed, "closed");
        part(sp.exclude_recently_audited, r.excluded_recently_audited, "audited recently");
        part(sp.exclude_inactive, r.excluded_inactive, "with no recent activity");
        if (!left_out.empty())
            counts += "; left out: " + left_out;
    }
    counts += "; " + std::to_string(r.eligible) + " eligible.";
    muted_text(counts.c_str());
    if (rs == RecordSet::Cases)
        muted_text(audit::sample_exclusions_text(f.preview_spec).c_str());
    for (const std::string& e : r.errors)
        status_label(colors::status_bad, ("(x) " + e).c_str());
    for (const std::string& n : r.notes)
        status_label(colors::status_warn, ("(!) " + n).c_str());

    if (!r.drawn.empty()) {
        const ImGuiTableFlags flags =
            ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
        if (begin_table("##drawn", 5, flags, ImVec2(width - em * 1.2f, 0))) {
            ImGui::TableSetupColumn(rs == RecordSet::Cases ? "Case" : "Record", 0, 1.0f);
            ImGui::TableSetupColumn(rs == RecordSet::Cases ? "Person" : "Held", 0, 1.6f);
            ImGui::TableSetupColumn(rs == RecordSet::Cases ? "Worker" : "Supervisee", 0, 1.4f);
            ImGui::TableSetupColumn("Team", 0, 1.6f);
            ImGui::TableSetupColumn("Why drawn", 0, 3.0f);
            table_headers_row();
            for (const audit::DrawnRecord& d : r.drawn) {
                const RecordNames n = record_names(x, rs, d.id, f.preview_spec.date);
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(d.id.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(n.person.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(n.worker.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(n.team.c_str());
                ImGui::TableNextColumn();
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextUnformatted(d.reason.c_str());
                const std::string also = audit::audits_of_record_text(a.workbook, rs, d.id);
                if (!also.empty())
                    status_label(colors::status_warn,
                                 ("(!) Already in this workbook: " + also).c_str());
                ImGui::PopTextWrapPos();
            }
            ImGui::EndTable();
        }
    }
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + em * 0.5f;
    if (bottom - top.y != f.preview_height) {
        f.preview_height = bottom - top.y;
        platform::request_redraw(); // the band follows the new height on the next frame
    }
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(0, 0));
    if (keep)
        keep_sample(state);
    else if (discard)
        f.preview.reset();
}

// ---------------------------------------------------------------------------
// [SECTION] Adding a record by hand, taking one out
// ---------------------------------------------------------------------------

// Records of the sample's kind whose id or person matches `text`, at most `limit`.
std::vector<std::pair<std::string, std::string>>
matching_records(const Extract& x, RecordSet r, const char* text, std::size_t limit) {
    std::vector<std::pair<std::string, std::string>> out;
    if (text[0] == '\0')
        return out;
    if (r == RecordSet::Cases) {
        for (const Case& c : x.cases) {
            const std::string_view id = x.id_of(c.id);
            const std::string person =
                c.person < x.people.size() ? text_of(x, x.people[c.person].name) : "";
            if (audit::contains_ignoring_case(id, text) ||
                audit::contains_ignoring_case(person, text))
                out.emplace_back(std::string(id), person);
            if (out.size() >= limit)
                break;
        }
    } else {
        for (const Supervision& s : x.supervisions) {
            const std::string_view id = x.id_of(s.id);
            const std::string who = std::string(x.worker_name(s.supervisee));
            if (audit::contains_ignoring_case(id, text) || audit::contains_ignoring_case(who, text))
                out.emplace_back(std::string(id), who + ", " + format_date_long(s.held));
            if (out.size() >= limit)
                break;
        }
    }
    return out;
}

// The sample was changed through a popup: forget what was typed, save, close.
void edit_done(AppState& state) {
    state.audit.edit = SampleEdit{};
    touch_workbook(state);
    ImGui::CloseCurrentPopup();
}

// "Cancel" beside a popup's action, then the popup's end.
void end_edit_popup(SampleEdit& e) {
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        e = SampleEdit{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_add_record_popup(AppState& state) {
    AuditState& a = state.audit;
    SampleEdit& e = a.edit;
    audit::Workbook& wb = a.workbook;
    const Extract& x = *state.extract;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowSize(ImVec2(em * 32.0f, 0));
    if (!ImGui::BeginPopupModal("Add a record by hand", nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    if (a.selected_sample.empty() && !wb.samples.empty())
        a.selected_sample = wb.samples.back().id;
    audit::Sample* sample = wb.find_sample(a.selected_sample);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("To sample");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 24.0f);
    if (ImGui::BeginCombo("##add-sample", sample ? sample_title(x, *sample).c_str() : "")) {
        for (const audit::Sample& s : wb.samples)
            if (ImGui::Selectable(sample_title(x, s).c_str(), sample == &s))
                a.selected_sample = s.id;
        ImGui::EndCombo();
    }
    sample = wb.find_sample(a.selected_sample);
    if (sample == nullptr) {
        ImGui::TextUnformatted("Draw and keep a sample first.");
        if (ImGui::Button("Close"))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const RecordSet rs = sample->spec.records;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(rs == RecordSet::Cases ? "Case" : "Supervision record");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 14.0f);
    ImGui::InputTextWithHint("##add-record",
                             rs == RecordSet::Cases ? "Case id or person's name"
                                                    : "Record id or supervisee",
                             e.record_id, sizeof e.record_id);
    const bool exact = rs == RecordSet::Cases ? x.find_case(e.record_id) != k_no_index
                                              : find_supervision(x, e.record_id) != k_no_index;
    if (!exact) {
        for (const auto& [id, who] : matching_records(x, rs, e.record_id, 6))
            if (ImGui::Selectable((id + "  " + who).c_str()))
                std::snprintf(e.record_id, sizeof e.record_id, "%s", id.c_str());
    } else {
        const RecordNames n = record_names(x, rs, e.record_id, sample->spec.date);
        muted_textf("%s; %s, %s", n.person.c_str(), n.worker.c_str(), n.team.c_str());
    }
    ImGui::SetNextItemWidth(em * 28.0f);
    ImGui::InputTextWithHint("##add-reason", "Why it is added (required)", e.reason,
                             sizeof e.reason);
    if (!e.error.empty())
        status_label(colors::status_bad, ("(x) " + e.error).c_str());
    ImGui::Spacing();
    const bool ready = exact && e.reason[0] != '\0';
    ImGui::BeginDisabled(!ready);
    if (primary_button("Add to sample")) {
        const std::string also = audit::audits_of_record_text(wb, rs, e.record_id);
        const std::string sample_id = sample->id;
        const audit::EditResult r =
            audit::add_to_sample(wb, state.policy.policy, x, sample_id, e.record_id, e.reason);
        if (!r.ok()) {
            e.error = r.error;
        } else {
            a.notice = "Added " + std::string(e.record_id) + " to " + sample_id +
                       (also.empty() ? "." : " (also audited in " + also + ").");
            edit_done(state);
        }
    }
    end_edit_popup(e);
}

void draw_remove_popup(AppState& state) {
    AuditState& a = state.audit;
    SampleEdit& e = a.edit;
    audit::Workbook& wb = a.workbook;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowSize(ImVec2(em * 30.0f, 0));
    if (!ImGui::BeginPopupModal("Take a record out of its sample", nullptr,
                                ImGuiWindowFlags_AlwaysAutoResize))
        return;
    const audit::Audit* au = wb.find_audit(e.remove_audit);
    if (au == nullptr) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::PushTextWrapPos(em * 29.0f);
    ImGui::Text("%s, audit %s, comes out of %s. The sample's record of changes keeps it, with "
                "your reason.",
                au->record_id.c_str(), au->id.c_str(),
                au->sample_id.empty() ? "the workbook" : au->sample_id.c_str());
    if (au->status == AuditStatus::InProgress)
        status_label(colors::status_warn,
                     "(!) This audit is in progress: its answers so far are deleted.");
    ImGui::PopTextWrapPos();
    ImGui::SetNextItemWidth(em * 28.0f);
    ImGui::InputTextWithHint("##remove-reason", "Why it is taken out (required)", e.reason,
                             sizeof e.reason);
    if (!e.error.empty())
        status_label(colors::status_bad, ("(x) " + e.error).c_str());
    ImGui::Spacing();
    ImGui::BeginDisabled(e.reason[0] == '\0');
    if (primary_button("Take out of the sample")) {
        const std::string record = au->record_id;
        const audit::EditResult r = audit::remove_from_sample(wb, e.remove_audit, e.reason);
        if (!r.ok()) {
            e.error = r.error;
        } else {
            a.notice = "Took " + record + " (" + r.id + ") out of its sample.";
            edit_done(state);
        }
    }
    end_edit_popup(e);
}

// ---------------------------------------------------------------------------
// [SECTION] Audit log
// ---------------------------------------------------------------------------

// Whether each audit (the extract's on file, and the workbook's completed ones) has its
// Audit Case Note on the record: the totals, and the audits without one in time listed
// under them (core/audit/audit_note_check.h decides; this only draws it).
void draw_audit_note_check(const AppState& state) {
    const audit::AuditNoteCheck check =
        audit::audit_note_check(*state.extract, state.policy.policy, &state.audit.workbook);
    if (check.rows.empty())
        return;
    char line[256];
    std::snprintf(line, sizeof line,
                  "Audit case notes (due within %d working days of each audit): %zu found, "
                  "%zu added late, %zu missing, %zu not due yet.",
                  check.working_days, check.found, check.late, check.missing, check.not_due_yet);
    const std::vector<const audit::AuditNoteRow*> follow_up = check.without_note();
    if (follow_up.empty()) {
        muted_text(line);
        return;
    }
    status_label(colors::status_warn, (std::string("(!) ") + line).c_str());
    char label[64];
    std::snprintf(label, sizeof label, "Audits without their note in time (%zu)###audit-notes",
                  follow_up.size());
    if (ImGui::TreeNode(label)) {
        ImGui::PushTextWrapPos(0.0f);
        for (const audit::AuditNoteRow* row : follow_up)
            ImGui::BulletText("%s", row->message.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TreePop();
    }
}

bool passes(LogFilter f, AuditStatus s) {
    switch (f) {
    case LogFilter::All:
        return true;
    case LogFilter::Planned:
        return s == AuditStatus::Planned;
    case LogFilter::InProgress:
        return s == AuditStatus::InProgress;
    case LogFilter::Completed:
        return s == AuditStatus::Completed;
    }
    return true;
}

void draw_log_filters(AppState& state) {
    AuditState& a = state.audit;
    const audit::Workbook& wb = a.workbook;
    const Extract& x = *state.extract;
    const float em = ImGui::GetFontSize();
    int counts[4] = {0, 0, 0, 0};
    for (const audit::Audit& au : wb.audits) {
        if (!a.selected_sample.empty() && au.sample_id != a.selected_sample)
            continue;
        ++counts[0];
        ++counts[1 + static_cast<int>(au.status)];
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Show");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 24.0f);
    const audit::Sample* sel = wb.find_sample(a.selected_sample);
    if (ImGui::BeginCombo("##sample-filter", sel ? sample_title(x, *sel).c_str() : "All samples")) {
        if (ImGui::Selectable("All samples", sel == nullptr))
            a.selected_sample.clear();
        for (const audit::Sample& s : wb.samples)
            if (ImGui::Selectable(sample_title(x, s).c_str(), sel == &s))
                a.selected_sample = s.id;
        ImGui::EndCombo();
    }
    const char* names[] = {"All", "Planned", "In progress", "Completed"};
    int filter = static_cast<int>(a.log_filter);
    // At large text the choices go on to the next line rather than off the right edge.
    const auto next_if_fits = [](float spacing, float width) {
        ImGui::SameLine(0, spacing);
        if (ImGui::GetContentRegionAvail().x < width)
            ImGui::NewLine();
    };
    const ImGuiStyle& style = ImGui::GetStyle();
    for (int i = 0; i < 4; ++i) {
        char label[48];
        std::snprintf(label, sizeof label, "%s (%d)##status%d", names[i], counts[i], i);
        next_if_fits(i == 0 ? em : style.ItemSpacing.x,
                     ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
                         ImGui::CalcTextSize(label, nullptr, true).x);
        if (ImGui::RadioButton(label, &filter, i))
            a.log_filter = static_cast<LogFilter>(filter);
    }
    next_if_fits(em,
                 ImGui::CalcTextSize("Add a record by hand...").x + style.FramePadding.x * 2.0f);
    if (ImGui::Button("Add a record by hand...")) {
        a.edit = SampleEdit{};
        ImGui::OpenPopup("Add a record by hand");
    }
    draw_add_record_popup(state);
    if (sel != nullptr) {
        std::string about = "Drawn";
        if (const std::optional<DateTime> when = parse_date_time(sel->created)) {
            char time[16];
            std::snprintf(time, sizeof time, "%02d:%02d", when->minute_of_day / 60,
                          when->minute_of_day % 60);
            about += " on " + format_date_long(when->date) + " at " + time;
        }
        about += " with seed " + std::to_string(sel->spec.seed) + ".";
        int added = 0;
        int removed = 0;
        for (const audit::SampleChange& c : sel->changes)
            (c.added ? added : removed) += 1;
        if (added + removed > 0)
            about += " Changed by hand: " + std::to_string(added) + " added, " +
                     std::to_string(removed) + " taken out.";
        muted_text(about.c_str());
        if (!sel->changes.empty() && ImGui::IsItemHovered()) {
            std::string tip;
            for (const audit::SampleChange& c : sel->changes)
                tip += std::string(c.added ? "Added " : "Took out ") + c.record_id + ": " +
                       c.reason + "\n";
            ImGui::SetTooltip("%s", tip.c_str());
        }
    }
}

enum LogColumn { ColId, ColRecord, ColPerson, ColWorker, ColSample, ColStatus, ColResult, ColDate };

void draw_log_table(AppState& state) {
    AuditState& a = state.audit;
    audit::Workbook& wb = a.workbook;
    const Extract& x = *state.extract;
    const float em = ImGui::GetFontSize();
    const float height = std::max(em * 12.0f, ImGui::GetContentRegionAvail().y);
    // Nine columns need about 64 em: in less (large text, zoom) the table scrolls sideways
    // instead of squeezing every column to a sliver (a data table may scroll both ways,
    // WCAG 1.4.10).
    const float needed = em * 64.0f;
    const bool narrow = ImGui::GetContentRegionAvail().x < needed;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                                  (narrow ? ImGuiTableFlags_ScrollX : 0);
    if (!begin_table("##audit-log", 9, flags, ImVec2(0, height), false, narrow ? needed : 0.0f))
        return;
    ImGui::TableSetupScrollFreeze(1, 1); // the actions and the headers stay in view
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em * 8.2f);
    ImGui::TableSetupColumn("Audit", 0, 0.6f);
    ImGui::TableSetupColumn("Record", 0, 1.0f);
    ImGui::TableSetupColumn("Person", 0, 1.9f);
    ImGui::TableSetupColumn("Worker", 0, 1.4f);
    ImGui::TableSetupColumn("Sample", 0, 0.6f);
    ImGui::TableSetupColumn("Status", 0, 1.0f);
    ImGui::TableSetupColumn("Result", 0, 1.4f);
    ImGui::TableSetupColumn("Date", 0, 1.2f); // completed, else the date judged at
    table_headers_row();

    std::string open_id;
    bool open_remove = false;
    int shown = 0;
    for (const audit::Audit& au : wb.audits) {
        if (!a.selected_sample.empty() && au.sample_id != a.selected_sample)
            continue;
        if (!passes(a.log_filter, au.status))
            continue;
        ++shown;
        const Date date = au.audit_date.value_or(x.metadata.as_at);
        const RecordNames n = record_names(x, au.records, au.record_id, date);
        const audit::Score score =
            audit::score_results(audit::audit_results(au), state.policy.policy.audit.bands);
        ImGui::TableNextRow();
        ImGui::PushID(au.id.c_str());
        // The actions first: when the table scrolls sideways they stay in view.
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        if (n.found && ImGui::SmallButton(au.status == AuditStatus::Planned ? "Start" : "Open"))
            open_id = au.id;
        if (n.found && a.focus_next == AuditState::FocusNext::FirstAudit) {
            focus_last_item();
            a.focus_next = AuditState::FocusNext::None;
        }
        if (au.status != AuditStatus::Completed) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Take out")) {
                a.edit = SampleEdit{};
                a.edit.remove_audit = au.id;
                open_remove = true;
            }
        }
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(au.id.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(au.record_id.c_str());
        ImGui::TableNextColumn();
        if (n.found && au.records == RecordSet::Supervisions)
            ImGui::Text("Held %s", n.person.c_str());
        else if (n.found)
            ImGui::TextUnformatted(n.person.c_str());
        else
            status_label(colors::status_warn, "(!) not in this extract");
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(n.worker.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(au.sample_id.empty() ? "by hand" : au.sample_id.c_str());
        ImGui::TableNextColumn();
        status_cell(au.status);
        ImGui::TableNextColumn();
        const int answered = static_cast<int>(au.answers.size()) - score.unanswered;
        if (au.status == AuditStatus::Completed || score.unanswered == 0) {
            const audit::Grade g = effective_grade(au, score);
            ImGui::Text("%s, %s", std::string(audit::grade_label(g)).c_str(),
                        audit::percent_text(score.percent).c_str());
            if (au.grade_override != audit::Grade::None && ImGui::IsItemHovered())
                ImGui::SetTooltip("Grade set by the auditor; the score gives %s.",
                                  std::string(audit::grade_label(score.grade)).c_str());
        } else if (au.status == AuditStatus::InProgress) {
            ImGui::TextDisabled("%d of %zu answered", answered, au.answers.size());
        }
        ImGui::TableNextColumn();
        if (au.completed)
            ImGui::TextUnformatted(format_date(*au.completed).c_str());
        else if (au.audit_date)
            ImGui::TextDisabled("As on %s", format_date(*au.audit_date).c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
    // Outside the rows: taking an audit out erases it from the vector the rows walk.
    if (open_remove)
        ImGui::OpenPopup("Take a record out of its sample");
    draw_remove_popup(state);
    if (shown == 0 && !wb.audits.empty())
        muted_text("No audit matches what is shown: choose All.");
    if (!open_id.empty())
        open_audit(state, open_id);
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The view
// ---------------------------------------------------------------------------

void draw_sampling_view(AppState& state) {
    if (!state.extract) {
        title_text("Sampling & audit");
        empty_state("Audit small samples of case and supervision records",
                    "\"The key is regular audit of small samples - maybe six or eight such "
                    "records.\" Draw a random sample of case or supervision records, open each "
                    "case file beside the quality audit checklist with the evidence found in "
                    "the record, keep your results, comments and actions, and write the audit "
                    "case note to paste back into the record.");
        draw_needs_extract(state);
        return;
    }
    AuditState& a = state.audit;
    if (a.page == SamplingPage::Workspace && !a.workspace.audit_id.empty()) {
        draw_audit_workspace(state);
        return;
    }
    a.page = SamplingPage::Samples;
    const float em = ImGui::GetFontSize();

    title_text("Sampling & audit");
    ImGui::SameLine(0, em * 1.5f);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em * 0.35f);
    draw_workbook_buttons(state);
    draw_held_workbook(state);
    draw_banners(state);
    draw_auditor_form(state);
    ImGui::Spacing();

    const bool has_samples = !a.workbook.samples.empty();
    // Open while there is nothing else to do or a draw is shown; folded once a sample is
    // kept (the audits are the work then), and opened again with one click.
    if (!has_samples || a.form.preview)
        ImGui::SetNextItemOpen(true, ImGuiCond_Always);
    else if (a.form.fold)
        ImGui::SetNextItemOpen(false, ImGuiCond_Always);
    a.form.fold = false;
    if (ImGui::CollapsingHeader("Draw a sample")) {
        draw_sample_form(state);
        if (a.form.preview)
            draw_preview(state);
        ImGui::Spacing();
    }

    heading_text(has_samples || !a.workbook.audits.empty() ? "Audits" : "Audits (none yet)");
    draw_audit_note_check(state);
    if (a.workbook.audits.empty()) {
        muted_text("Draw a sample above and keep it: each record in it becomes a planned audit "
                   "here, to open and work through.");
        return;
    }
    draw_log_filters(state);
    draw_log_table(state);
    if (ImGui::GetFrameCount() > a.focus_next_frame + 3)
        a.focus_next = AuditState::FocusNext::None;
}

} // namespace ca::app
