// Case Audit - Training, Moderation ("audit the auditor"): the reproducible draw of
// completed audits to moderate (seed shown, share and rules configurable), the blind second
// audit beside the record, then both results side by side with the disagreements marked,
// each area resolved ("first result stands" or "adjusted" with a reason), and finished.
//
// The moderations are records in the workbook (format version 2), saved in the browser
// after every step like any audit work: a reload loses nothing. The rules are the core's
// (core/audit/moderation_draw.h, core/audit/moderation.h); this file draws them.
//
// Index of this file:
// [SECTION] The draw
// [SECTION] Moderations in the workbook
// [SECTION] Blind grading
// [SECTION] Side by side and resolution
// [SECTION] The page
#include "app/audit_store.h"
#include "app/ui/keyboard.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/training_views.h"
#include "app/views/views.h"
#include "core/audit/moderation.h"
#include "core/audit/scoring.h"

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ca::app {

namespace {

using audit::AreaResult;
using audit::Moderation;
using audit::ModerationOutcome;

std::string str(std::string_view s) {
    return std::string(s);
}

struct Choice {
    AreaResult result;
    const char* label;
};
constexpr Choice k_choices[] = {{AreaResult::Met, "Met"},
                                {AreaResult::PartlyMet, "Partly met"},
                                {AreaResult::NotMet, "Not met"},
                                {AreaResult::NotApplicable, "N/A"}};

const Moderation* moderation_of(const audit::Workbook& wb, const std::string& audit_id) {
    for (const Moderation& m : wb.moderations)
        if (m.audit_id == audit_id)
            return &m;
    return nullptr;
}

std::string moderation_status(const Moderation& m) {
    if (m.resolved)
        return "Finished " + format_date(*m.resolved);
    return m.blind_submitted ? "Resolving" : "Blind grading";
}

// ---------------------------------------------------------------------------
// [SECTION] The draw
// ---------------------------------------------------------------------------

void draw_draw_form(AppState& state) {
    ModerationViewState& v = state.training.moderation;
    const float em = ImGui::GetFontSize();
    heading_text("Choose audits to moderate");
    paragraph("A reproducible draw of the completed audits in this workbook: every audit graded "
              "Inadequate, at least one of each auditor's, and a share of the rest in an order "
              "set by the seed. Anyone with the same workbook and seed draws the same audits.");
    // One row at normal text sizes; at large ones each group (a label and its field) moves
    // to the next line when the row has no room left for it, rather than running off.
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto labelled_width = [&](const char* label, float field) {
        return ImGui::CalcTextSize(label).x + style.ItemSpacing.x + field;
    };
    const auto checkbox_width = [&](const char* label) {
        return ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
    };
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Share (%)");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 6.0f);
    if (ImGui::InputFloat("##share", &v.share, 5.0f, 10.0f, "%.0f"))
        v.share = std::clamp(v.share, 1.0f, 100.0f);
    same_line_if_fits(labelled_width("Seed", em * 8.0f) + em);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Seed");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 8.0f);
    ImGui::InputText("##seed", v.seed_text, sizeof v.seed_text, ImGuiInputTextFlags_CharsDecimal);
    same_line_if_fits(checkbox_width("Every Inadequate") + em);
    ImGui::Checkbox("Every Inadequate", &v.spec.every_inadequate);
    same_line_if_fits(checkbox_width("One per auditor"));
    ImGui::Checkbox("One per auditor", &v.spec.one_per_auditor);
    same_line_if_fits(button_width("Draw") + em);
    if (primary_button("Draw")) {
        char* end = nullptr;
        const unsigned long long seed = std::strtoull(v.seed_text, &end, 10);
        v.seed_invalid = end == v.seed_text || *end != '\0';
        if (!v.seed_invalid) {
            v.spec.seed = seed;
            v.spec.share_percent = v.share;
            v.draw = audit::draw_for_moderation(state.audit.workbook,
                                                state.policy.policy.audit.bands, v.spec);
        }
    }
    if (v.seed_invalid)
        status_label(colors::status_bad, "(x) The seed must be a whole number, such as 1 or 2026.");
    if (!v.draw)
        return;
    const audit::ModerationDraw& d = *v.draw;
    ImGui::Text("Seed %" PRIu64 ", share %.0f%%: %zu of %d completed audits drawn (the share "
                "alone would be %d).",
                static_cast<std::uint64_t>(d.spec.seed), d.spec.share_percent, d.drawn.size(),
                d.eligible, d.target);
    if (d.drawn.empty()) {
        muted_text("There is no completed audit in this workbook to moderate yet.");
        return;
    }
    if (!ImGui::BeginTable("##drawn", 4,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Audit", ImGuiTableColumnFlags_WidthFixed, em * 12.0f);
    ImGui::TableSetupColumn("Auditor", ImGuiTableColumnFlags_WidthFixed, em * 10.0f);
    ImGui::TableSetupColumn("Why drawn", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em * 10.0f);
    ImGui::TableHeadersRow();
    for (const audit::ModerationPick& pick : d.drawn) {
        const audit::Audit* au = state.audit.workbook.find_audit(pick.audit_id);
        if (au == nullptr)
            continue;
        ImGui::PushID(pick.audit_id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%s: %s", au->id.c_str(), au->record_id.c_str());
        ImGui::TableNextColumn();
        cell_text(pick.auditor.c_str());
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(pick.reason.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        if (const Moderation* m = moderation_of(state.audit.workbook, pick.audit_id)) {
            if (ImGui::SmallButton(("Open " + m->id).c_str()))
                v.open = m->id;
        } else if (ImGui::SmallButton("Moderate")) {
            std::string moderator = v.moderator;
            if (moderator.empty())
                moderator = state.audit.workbook.auditor;
            Moderation started =
                audit::start_moderation(state.audit.workbook, *au, moderator, today_local());
            v.open = started.id;
            state.audit.workbook.moderations.push_back(std::move(started));
            touch_workbook(state);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// ---------------------------------------------------------------------------
// [SECTION] Moderations in the workbook
// ---------------------------------------------------------------------------

void draw_moderation_list(AppState& state) {
    ModerationViewState& v = state.training.moderation;
    const audit::Workbook& wb = state.audit.workbook;
    heading_text("Moderations");
    if (wb.moderations.empty()) {
        muted_text("None yet: draw audits to moderate above, then Moderate one.");
        return;
    }
    for (const Moderation& m : wb.moderations) {
        ImGui::PushID(m.id.c_str());
        const audit::Audit* first = wb.find_audit(m.audit_id);
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%s of %s (%s, audited by %s), moderator %s: %s", m.id.c_str(),
                    m.audit_id.c_str(), first ? first->record_id.c_str() : "not in the workbook",
                    first && !first->auditor.empty() ? first->auditor.c_str() : "(not given)",
                    m.moderator.empty() ? "(not given)" : m.moderator.c_str(),
                    moderation_status(m).c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Open"))
            v.open = m.id;
        ImGui::PopID();
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Blind grading
// ---------------------------------------------------------------------------

// The moderated record, as the first auditor saw it (never their answers).
void draw_record(AppState& state, const audit::Audit& first) {
    const Extract& x = *state.extract;
    ModerationViewState& v = state.training.moderation;
    if (first.records == audit::RecordSet::Cases) {
        const Index c = x.find_case(first.record_id);
        if (c == k_no_index) {
            paragraph("This case is not in the open extract.");
            return;
        }
        case_file_show(v.case_file, x, c);
        draw_case_file(v.case_file, x, state.audit.workspace.writing);
    } else {
        draw_supervision_record(x, x.supervision_by_id.find(x.ids.find(first.record_id)));
    }
}

void draw_blind_grading(AppState& state, Moderation& m) {
    ModerationViewState& v = state.training.moderation;
    ImGui::PushTextWrapPos(0.0f);
    paragraph("Grade each area from the record alone: the first auditor's answers are hidden "
              "until you submit.");
    ImGui::PopTextWrapPos();
    for (audit::ModerationArea& a : m.areas) {
        ImGui::PushID(a.key.c_str());
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(item_title(state, a.key).c_str());
        ImGui::PopTextWrapPos();
        for (const Choice& c : k_choices) {
            if (&c != &k_choices[0])
                ImGui::SameLine();
            if (ImGui::RadioButton(c.label, a.blind == c.result)) {
                a.blind = c.result;
                touch_workbook(state);
            }
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (primary_button("Submit blind grading")) {
        v.error = audit::submit_blind(m);
        if (v.error.empty()) {
            touch_workbook(state);
            state.announcement = "Blind grading submitted: both results are shown side by side.";
        }
    }
    if (!v.error.empty()) {
        ImGui::SameLine();
        status_label(colors::status_bad, ("(x) " + v.error).c_str());
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Side by side and resolution
// ---------------------------------------------------------------------------

void draw_side_by_side(AppState& state, Moderation& m, const audit::Audit& first) {
    ModerationViewState& v = state.training.moderation;
    const float em = ImGui::GetFontSize();
    const std::vector<audit::ModerationRow> rows = audit::compare_moderation(m, first);
    if (v.drafts_for != m.id) {
        v.drafts_for = m.id;
        v.adjusted.assign(rows.size(), static_cast<int>(AreaResult::Unanswered));
        v.reasons.assign(rows.size(), std::string());
        v.choosing.assign(rows.size(), 0);
        v.changing.assign(rows.size(), 0);
        for (std::size_t i = 0; i < rows.size() && i < m.areas.size(); ++i) {
            v.adjusted[i] = static_cast<int>(m.areas[i].outcome == ModerationOutcome::Adjusted
                                                 ? m.areas[i].final_result
                                                 : rows[i].moderator);
            v.reasons[i] = m.areas[i].reason;
        }
    }
    int differ = 0;
    for (const audit::ModerationRow& r : rows)
        differ += r.disagree;
    ImGui::Text("%d of %zu areas differ. Decide each: the first result stands, or it is adjusted "
                "with a reason.",
                differ, rows.size());
    const bool finished = m.resolved.has_value();
    int agree_undecided = 0;
    for (const audit::ModerationRow& r : rows)
        agree_undecided += !r.disagree && r.outcome == ModerationOutcome::Undecided;
    // Most areas usually agree: one press settles them, leaving the ones that differ.
    if (!finished && agree_undecided > 0 &&
        ImGui::Button("Where both agree: first result stands")) {
        for (const audit::ModerationRow& r : rows)
            if (!r.disagree && r.outcome == ModerationOutcome::Undecided)
                v.error = audit::resolve_area(m, first, r.key, ModerationOutcome::Stands,
                                              AreaResult::Unanswered, {});
        touch_workbook(state);
    }
    if (!ImGui::BeginTable("##side-by-side", 5,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Area", ImGuiTableColumnFlags_WidthFixed, em * 14.0f);
    ImGui::TableSetupColumn("First auditor", ImGuiTableColumnFlags_WidthFixed, em * 6.5f);
    ImGui::TableSetupColumn("Moderator", ImGuiTableColumnFlags_WidthFixed, em * 6.5f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em * 5.5f);
    ImGui::TableSetupColumn("Decision", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const audit::ModerationRow& r = rows[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        if (r.disagree)
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(250, 228, 228, 255));
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(item_title(state, r.key).c_str());
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(str(audit::result_label(r.first)).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(str(audit::result_label(r.moderator)).c_str());
        ImGui::TableNextColumn();
        if (r.disagree)
            status_label(colors::status_bad, "(x) Differs");
        else
            ImGui::TextDisabled("Same");
        ImGui::TableNextColumn();
        const audit::ModerationArea& area = m.areas[i];
        // Decided rows where both agreed are shown as text, with Change to decide again.
        const bool settled = !r.disagree && r.outcome == ModerationOutcome::Stands &&
                             !v.choosing[i] && !v.changing[i];
        if (!finished && settled) {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted("First result stands");
            ImGui::SameLine();
            if (ImGui::SmallButton("Change"))
                v.changing[i] = 1;
            ImGui::PopID();
            continue;
        }
        if (finished) {
            ImGui::PushTextWrapPos(0.0f);
            if (area.outcome == ModerationOutcome::Adjusted)
                ImGui::Text("Adjusted to %s: %s",
                            str(audit::result_label(area.final_result)).c_str(),
                            area.reason.c_str());
            else
                ImGui::Text("First result stands (%s)",
                            str(audit::result_label(area.final_result)).c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopID();
            continue;
        }
        if (ImGui::RadioButton("First result stands", r.outcome == ModerationOutcome::Stands)) {
            v.error = audit::resolve_area(m, first, r.key, ModerationOutcome::Stands,
                                          AreaResult::Unanswered, {});
            if (v.error.empty())
                touch_workbook(state);
            v.choosing[i] = false;
        }
        // On a line of its own: the decision column is too narrow for both at 1366 wide.
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Adjusted to:");
        for (const Choice& c : k_choices) {
            ImGui::SameLine();
            // A result chosen here takes effect only with a reason (Record).
            const bool adjusting = v.choosing[i] || r.outcome == ModerationOutcome::Adjusted;
            if (ImGui::RadioButton(c.label,
                                   adjusting && v.adjusted[i] == static_cast<int>(c.result))) {
                v.adjusted[i] = static_cast<int>(c.result);
                v.choosing[i] = true;
            }
        }
        if (v.choosing[i] || r.outcome == ModerationOutcome::Adjusted) {
            char reason[200];
            std::snprintf(reason, sizeof reason, "%s", v.reasons[i].c_str());
            ImGui::SetNextItemWidth(-button_width("Record") - em * 0.5f);
            if (ImGui::InputTextWithHint("##reason", "Why it is adjusted", reason, sizeof reason))
                v.reasons[i] = reason;
            ImGui::SameLine();
            if (ImGui::Button("Record")) {
                v.error = audit::resolve_area(m, first, r.key, ModerationOutcome::Adjusted,
                                              static_cast<AreaResult>(v.adjusted[i]), v.reasons[i]);
                if (v.error.empty())
                    touch_workbook(state);
            }
            if (r.outcome == ModerationOutcome::Adjusted)
                muted_textf("Recorded: adjusted to %s.",
                            str(audit::result_label(r.final_result)).c_str());
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (finished)
        return;
    if (primary_button("Finish moderation")) {
        v.error = audit::finish_moderation(m, today_local());
        if (v.error.empty()) {
            touch_workbook(state);
            state.announcement = "Moderation " + m.id + " finished.";
        }
    }
    if (!v.error.empty()) {
        ImGui::SameLine();
        status_label(colors::status_bad, ("(x) " + v.error).c_str());
    }
}

void draw_open_moderation(AppState& state, Moderation& m) {
    ModerationViewState& v = state.training.moderation;
    const audit::Audit* first = state.audit.workbook.find_audit(m.audit_id);
    if (ImGui::Button("< Back to moderations")) {
        v.open.clear();
        v.error.clear();
        return;
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    heading_text(("Moderation " + m.id + " of audit " + m.audit_id).c_str());
    ImGui::SameLine();
    status_label(m.resolved ? colors::status_good : colors::status_warn,
                 moderation_status(m).c_str());
    if (first == nullptr) {
        paragraph("The audit moderated is no longer in this workbook.");
        return;
    }
    muted_textf("Record %s. First auditor: %s. Moderator: %s.", first->record_id.c_str(),
                first->auditor.empty() ? "(not given)" : first->auditor.c_str(),
                m.moderator.empty() ? "(not given)" : m.moderator.c_str());
    if (m.blind_submitted) {
        begin_pane("##moderation-compare", ImVec2(0, 0), false);
        draw_side_by_side(state, m, *first);
        ImGui::EndChild();
        return;
    }
    // Blind: the record on the left, the moderator's grading on the right.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    begin_pane("##moderation-record", ImVec2(std::floor(avail.x * 0.55f), avail.y), true);
    draw_record(state, *first);
    ImGui::EndChild();
    ImGui::SameLine();
    begin_pane("##moderation-blind", ImVec2(0, avail.y), true);
    draw_blind_grading(state, m);
    ImGui::EndChild();
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The page
// ---------------------------------------------------------------------------

void draw_training_moderation(AppState& state) {
    ModerationViewState& v = state.training.moderation;
    if (!state.extract) {
        paragraph("Moderation works on the completed audits of the open extract's workbook.");
        draw_needs_extract(state);
        return;
    }
    if (!v.open.empty()) {
        for (Moderation& m : state.audit.workbook.moderations) {
            if (m.id == v.open) {
                draw_open_moderation(state, m);
                return;
            }
        }
        v.open.clear(); // not in this workbook (another was opened)
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Moderator");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    ImGui::InputTextWithHint("##moderator", state.audit.workbook.auditor.c_str(), v.moderator,
                             sizeof v.moderator);
    const char* hint = "(your name, on the moderations you start)";
    same_line_if_fits(ImGui::CalcTextSize(hint).x);
    muted_text(hint);
    ImGui::Spacing();
    draw_draw_form(state);
    ImGui::Spacing();
    draw_moderation_list(state);
}

} // namespace ca::app
