// Case Audit - the Settings section: the policy in force (which produced every result in
// the app), to read, edit, import from a policy file and export to one.
//
// Edits go to a draft, checked by the core's validate_policy() after every change: a valid
// draft replaces the policy in force at once; an invalid one (say, half-way through typing a
// number) is shown with the reason and waits, and the policy in force stays as it was.
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Text size and contrast
// [SECTION] Policy in force, import and export
// [SECTION] Caseload limits
// [SECTION] ASYE protected caseload
// [SECTION] Reports
// [SECTION] Data on this device
// [SECTION] The view
#include "app/audit_store.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/views.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace ca::app {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

// Applies the draft if the core accepts it; otherwise keeps the policy in force and says why.
void apply_draft(AppState& state) {
    PolicyState& ps = state.policy;
    ps.last_errors = validate_policy(ps.draft);
    ps.last_file.clear();
    if (!ps.last_errors.empty())
        return;
    set_policy(state, ps.draft, "edited in this app");
    platform::storage_set(k_policy_storage_key, save_policy_json(ps.policy));
}

template <typename E>
bool enum_checkboxes(const char* id, std::vector<E>& chosen) {
    bool changed = false;
    ImGui::PushID(id);
    std::size_t i = 0;
    for (std::string_view name : EnumNames<E>::v) {
        const E value = static_cast<E>(i++);
        if (name.empty())
            continue;
        bool on = std::find(chosen.begin(), chosen.end(), value) != chosen.end();
        if (ImGui::Checkbox(display_name(name).c_str(), &on)) {
            if (on)
                chosen.push_back(value);
            else
                chosen.erase(std::remove(chosen.begin(), chosen.end(), value), chosen.end());
            changed = true;
        }
    }
    ImGui::PopID();
    return changed;
}

bool int_field(const char* label, int& value, const char* help) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    const bool changed = ImGui::InputInt(label, &value);
    ImGui::SameLine();
    muted_text(help);
    return changed;
}

// ---------------------------------------------------------------------------
// [SECTION] Policy in force, import and export
// ---------------------------------------------------------------------------

void draw_policy_identity(AppState& state) {
    PolicyState& ps = state.policy;
    const PolicyIdentity id = policy_identity(ps.policy);
    heading_text("Policy in force");
    ImGui::Text("%s, version %s", id.name.c_str(), id.version.c_str());
    muted_textf("From: %s.  Fingerprint: %s (shown with every result it produced)",
                ps.source.c_str(), id.fingerprint.c_str());
    if (ImGui::Button("Import policy file...")) {
        state.next_open = OpenPurpose::Policy;
        platform::request_open_file(".json,application/json");
    }
    ImGui::SameLine();
    if (ImGui::Button("Export policy file")) {
        std::string name = "policy-" + id.fingerprint + ".json";
        platform::save_file(name, "application/json", save_policy_json(ps.policy));
    }
    ImGui::SameLine();
    if (ImGui::Button("Restore the policy's defaults")) {
        set_policy(state, default_policy(), "built-in defaults");
        ps.last_errors.clear();
        platform::storage_remove(k_policy_storage_key);
    }
    if (!ps.last_errors.empty()) {
        ImGui::Spacing();
        status_label(colors::status_bad,
                     ps.last_file.empty()
                         ? "(x) Not applied yet: the policy in force is unchanged until this is "
                           "put right."
                         : "(x) The policy file was not loaded:");
        if (!ps.last_file.empty())
            ImGui::Text("%s", ps.last_file.c_str());
        for (const PolicyError& e : ps.last_errors)
            ImGui::BulletText("%s%s%s", e.path.c_str(), e.path.empty() ? "" : ": ",
                              e.message.c_str());
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Caseload limits
// ---------------------------------------------------------------------------

void draw_caseload_settings(AppState& state) {
    CaseloadPolicy& c = state.policy.draft.caseload;
    bool changed = false;
    heading_text("Caseload limits");
    muted_text("\"The upper caseload for qualified social workers in the community teams is set "
               "at 25, with an absolute limit of 28.\"");
    changed |= int_field("Upper caseload", c.upper, "the level workers are held to");
    changed |= int_field("Absolute limit", c.absolute, "never acceptable to exceed");
    changed |=
        ImGui::Checkbox("Teams' own lower limits replace the upper caseload", &c.use_team_limits);
    changed |= ImGui::Checkbox("... and their absolute limit too", &c.use_team_absolute);
    changed |= ImGui::Checkbox("Count secondary (co-worker) allocations", &c.count_secondary);
    changed |= int_field("Director agreement valid for (days)", c.director_validity_days,
                         "when a discussion gives no end to its period");
    if (ImGui::TreeNode("Who the limits apply to")) {
        ImGui::TextUnformatted("Roles:");
        changed |= enum_checkboxes("roles", c.roles);
        ImGui::TextUnformatted("Team kinds:");
        changed |= enum_checkboxes("kinds", c.team_kinds);
        ImGui::TreePop();
    }
    if (changed)
        apply_draft(state);
}

// ---------------------------------------------------------------------------
// [SECTION] ASYE protected caseload
// ---------------------------------------------------------------------------

void draw_asye_settings(AppState& state) {
    AsyePolicy& a = state.policy.draft.caseload.asye;
    bool changed = false;
    heading_text("ASYE protected caseload");
    muted_text("\"ASYE Social Workers initially should have approximately 1/3 of the average "
               "caseload in their first 3 months, the 2/3 at 6 months moving to 9/10 at 9 "
               "months.\"");
    changed |= ImGui::Checkbox("Protect the caseload of ASYE social workers", &a.enabled);
    int interpolation = static_cast<int>(a.interpolation);
    ImGui::TextUnformatted("Between milestones:");
    ImGui::SameLine();
    changed |= ImGui::RadioButton("move in a straight line", &interpolation, 0);
    ImGui::SameLine();
    changed |= ImGui::RadioButton("keep the last milestone's fraction", &interpolation, 1);
    a.interpolation = static_cast<AsyeInterpolation>(interpolation);
    int basis = static_cast<int>(a.basis);
    ImGui::TextUnformatted("\"The average caseload\" is:");
    ImGui::SameLine();
    changed |= ImGui::RadioButton("the team's upper caseload", &basis, 0);
    ImGui::SameLine();
    changed |=
        ImGui::RadioButton("the mean caseload of the team's qualified social workers", &basis, 1);
    a.basis = static_cast<AsyeBasis>(basis);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    changed |= ImGui::InputDouble("ASYE length (months)", &a.duration_months, 1.0, 3.0, "%.1f");

    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("##milestones", 3, flags)) {
        ImGui::TableSetupColumn("From month");
        ImGui::TableSetupColumn("Fraction of the average caseload");
        ImGui::TableSetupColumn("");
        ImGui::TableHeadersRow();
        std::size_t remove = a.milestones.size();
        for (std::size_t i = 0; i < a.milestones.size(); ++i) {
            AsyeMilestone& m = a.milestones[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
            changed |= ImGui::InputDouble("##months", &m.months, 0.0, 0.0, "%.2f");
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
            changed |= ImGui::InputDouble("##fraction", &m.fraction, 0.0, 0.0, "%.4f");
            ImGui::SameLine();
            ImGui::TextDisabled("(%s)", format_fraction(m.fraction).c_str());
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("Remove"))
                remove = i;
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (remove < a.milestones.size()) {
            a.milestones.erase(a.milestones.begin() + static_cast<std::ptrdiff_t>(remove));
            changed = true;
        }
    }
    if (ImGui::Button("Add a milestone")) {
        const double last = a.milestones.empty() ? 0.0 : a.milestones.back().months;
        const double fraction = a.milestones.empty() ? 1.0 : a.milestones.back().fraction;
        a.milestones.push_back(AsyeMilestone{last + 1.0, fraction});
        changed = true;
    }
    if (changed)
        apply_draft(state);
}

// ---------------------------------------------------------------------------
// [SECTION] Reports
// ---------------------------------------------------------------------------

// The oversight report's two numbers. The policy sets neither: 2 audits a month and 3 audits
// before a worker is shown are this project's assumptions, for a council to change.
void draw_report_settings(AppState& state) {
    ReportPolicy& r = state.policy.draft.reports;
    bool changed = false;
    heading_text("Reports");
    muted_text("The policy asks first-line managers to audit regularly but sets no number: "
               "these are this app's assumptions, for your council to set.");
    changed |= int_field("Audits per first-line manager per month", r.audits_per_manager_per_month,
                         "the expected frequency (0 to 100)");
    changed |= int_field("Audits before a worker is shown", r.min_audits_per_worker,
                         "compliance by worker, so one audit does not label a person (1 to 100)");
    if (changed)
        apply_draft(state);
}

// ---------------------------------------------------------------------------
// [SECTION] Data on this device
// ---------------------------------------------------------------------------

// What the app keeps in this browser, and the one button that removes all of it: a shared
// or handed-on computer must not keep anyone's audit work.
void draw_device_data(AppState& state) {
    heading_text("Data on this device");
    const std::size_t stored = stored_workbook_keys().size();
    paragraph("Case Audit keeps your audit work on each extract (samples, results, comments "
              "and actions) and the policy you set in this browser, so that they are there when "
              "you come back. Extracts themselves are never kept.");
    muted_textf("Stored here: %zu audit workbook%s; policy: %s.", stored, stored == 1 ? "" : "s",
                platform::storage_get(k_policy_storage_key) ? "set on this device"
                                                            : "the built-in defaults");
    if (!state.audit.notice.empty() && state.audit.notice.rfind("All Case Audit data", 0) == 0) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 42.0f);
        status_label(colors::status_good, ("(ok) " + state.audit.notice).c_str());
        ImGui::PopTextWrapPos();
    }
    const char* title = "Clear all data on this device?";
    if (ImGui::Button("Clear all data on this device"))
        ImGui::OpenPopup(title);
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30.0f, 0));
    if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 29.0f);
        ImGui::TextUnformatted(
            "This removes from this browser the audit work on every extract and the policy "
            "you set; the built-in policy is back in force. Workbook and policy files you "
            "saved are not affected. It cannot be undone.");
        if (!state.audit.workbook.audits.empty())
            status_label(colors::status_warn,
                         "(!) Your work on the open extract goes too: save the workbook to a "
                         "file first (Sampling & audit, Save workbook) if you need it.");
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Button, colors::status_bad);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colors::status_bad);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, colors::status_bad);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::on_accent);
        const bool clear = ImGui::Button("Clear all data");
        ImGui::PopStyleColor(4);
        ImGui::SameLine();
        if (clear) {
            clear_device_data(state);
            ImGui::CloseCurrentPopup();
        } else if (ImGui::Button("Cancel")) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Text size and contrast
// ---------------------------------------------------------------------------

// First in Settings, so that someone who cannot read the small text finds it at once. The
// change is kept in the browser and applied before the next frame (the runner rebuilds the
// fonts and the theme).
void draw_display_settings(AppState& state) {
    heading_text("Text size and contrast");
    DisplaySettings d = state.display;
    ImGui::TextUnformatted("Text size:");
    for (int pct = k_text_percent_min; pct <= k_text_percent_max; pct += k_text_percent_step) {
        ImGui::SameLine();
        char label[16];
        std::snprintf(label, sizeof label, "%d%%", pct);
        if (ImGui::RadioButton(label, d.text_percent == pct))
            d.text_percent = pct;
    }
    ImGui::Checkbox("High-contrast colours (black on white, black borders)", &d.high_contrast);
    muted_text("Browser zoom (Ctrl and + or -) works too: the text is redrawn sharp at the new "
               "size.");
    if (d.text_percent != state.display.text_percent ||
        d.high_contrast != state.display.high_contrast) {
        state.display = d;
        store_display_settings(d);
    }
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The view
// ---------------------------------------------------------------------------

void draw_settings_view(AppState& state) {
    title_text("Settings");
    paragraph("The numbers of the Supervision and Quality Assurance Policy are this council's "
              "own rules. They live in a policy file that you can check, change, export and "
              "share; every result in Case Audit names the policy that produced it.");
    ImGui::Spacing();
    draw_display_settings(state);
    ImGui::Spacing();
    ImGui::Separator();
    draw_policy_identity(state);
    ImGui::Spacing();
    ImGui::Separator();
    draw_caseload_settings(state);
    ImGui::Spacing();
    ImGui::Separator();
    draw_asye_settings(state);
    ImGui::Spacing();
    draw_report_settings(state);
    ImGui::Spacing();
    ImGui::Separator();
    draw_device_data(state);
}

} // namespace ca::app
