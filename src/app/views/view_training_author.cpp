// Case Audit - Training, Author: a trainer turns completed audits of the open extract into
// practice cases ("Use as a training case": the audit's comments are the rationales a
// trainee reads) and saves them as a training pack file to hand out with the single-file
// app; trainees open it in Practise ("Open a training pack file...").
//
// The rules are the core's (core/training/authoring.h): what makes an audit usable, how
// the pack's records are cut from the open extract, and the check that the pack loads back.
#include "app/audit_store.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/training_views.h"
#include "app/views/views.h"
#include "core/training/authoring.h"

#include <algorithm>
#include <cctype>

namespace ca::app {

namespace {

bool in_pack(const AuthoringState& au, const std::string& case_id) {
    for (const training::PracticeCase& c : au.cases)
        if (c.case_id == case_id)
            return true;
    return false;
}

// "training-pack-north-team.json": the title in lower case, runs of other characters one "-".
std::string pack_file_name(const std::string& title) {
    std::string slug;
    for (const char ch : title) {
        const auto u = static_cast<unsigned char>(ch);
        if (std::isalnum(u))
            slug += static_cast<char>(std::tolower(u));
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return "training-pack" + (slug.empty() ? "" : "-" + slug) + ".json";
}

void draw_completed_audits(AppState& state) {
    AuthoringState& au = state.training.authoring;
    const float em = ImGui::GetFontSize();
    heading_text("Completed case audits in this workbook");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Title for the next case");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(em * 22.0f, ImGui::GetContentRegionAvail().x));
    ImGui::InputTextWithHint("##case-title", "what the case is, in a line", au.case_title,
                             sizeof au.case_title);
    int shown = 0;
    if (ImGui::BeginTable("##author-audits", 4,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                              ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Audit", ImGuiTableColumnFlags_WidthFixed, em * 12.0f);
        ImGui::TableSetupColumn("Auditor", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Completed", ImGuiTableColumnFlags_WidthFixed, em * 7.0f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em * 12.0f);
        ImGui::TableHeadersRow();
        for (const audit::Audit& a : state.audit.workbook.audits) {
            if (a.records != audit::RecordSet::Cases || a.status != audit::AuditStatus::Completed)
                continue;
            ++shown;
            ImGui::PushID(a.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%s: %s", a.id.c_str(), a.record_id.c_str());
            ImGui::TableNextColumn();
            cell_text(a.auditor.empty() ? "(not given)" : a.auditor.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(a.completed ? format_date(*a.completed).c_str() : "");
            ImGui::TableNextColumn();
            if (in_pack(au, a.record_id)) {
                ImGui::TextDisabled("In the pack");
            } else if (ImGui::SmallButton("Use as a training case")) {
                training::AuthoredCase r = training::reference_from_audit(
                    a, *state.extract, state.policy.policy.audit.bands, au.case_title);
                au.error = r.error;
                if (r.practice) {
                    au.cases.push_back(std::move(*r.practice));
                    au.case_title[0] = '\0';
                    au.notice.clear();
                }
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (shown == 0)
        muted_text("None yet. Audit a case in Sampling & audit, writing in each area's comment "
                   "the rationale a trainee should read, and complete it.");
}

void draw_pack(AppState& state) {
    AuthoringState& au = state.training.authoring;
    const float em = ImGui::GetFontSize();
    heading_text(("The pack (" + std::to_string(au.cases.size()) +
                  (au.cases.size() == 1 ? " case)" : " cases)"))
                     .c_str());
    int remove = -1;
    for (std::size_t i = 0; i < au.cases.size(); ++i) {
        const training::PracticeCase& c = au.cases[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::AlignTextToFramePadding();
        ImGui::BulletText("%s: %s, graded %s", c.case_id.c_str(), c.title.c_str(),
                          std::string(audit::grade_label(c.grade)).c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove"))
            remove = static_cast<int>(i);
        ImGui::PopID();
    }
    if (remove >= 0)
        au.cases.erase(au.cases.begin() + remove);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Pack title");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 20.0f);
    ImGui::InputText("##pack-title", au.title, sizeof au.title);
    // On the same line when it fits (large text sizes put it on the next).
    same_line_if_fits(ImGui::CalcTextSize("Author").x + ImGui::GetStyle().ItemSpacing.x +
                      em * 14.0f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Author");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 14.0f);
    ImGui::InputText("##pack-author", au.author, sizeof au.author);
    if (primary_button("Save training pack")) {
        training::TrainingPack pack;
        pack.title = au.title;
        pack.author = au.author;
        pack.cases = au.cases;
        const training::AuthoredPack built = training::build_pack(state.extract_text, pack);
        au.error = built.error;
        if (built.error.empty()) {
            const std::string name = pack_file_name(pack.title);
            au.notice = platform::save_file(name, "application/json", built.json)
                            ? "Saved " + name + " to your downloads: hand it out with the app."
                            : "The pack could not be saved: the browser refused the download.";
            state.announcement = au.notice;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Open training pack...")) {
        state.training.page = TrainingPage::Practise;
        state.training.practice.confirm_replace = true;
    }
}

} // namespace

void draw_training_author(AppState& state) {
    AuthoringState& au = state.training.authoring;
    paragraph("Make a training pack from your own audits: each completed case audit you use "
              "becomes a practice case, its results the reference, its comments the "
              "rationales a trainee reads (cite records by id, \"see N-000123\"). The pack "
              "holds only those cases' records, every team and worker.");
    if (!state.extract) {
        draw_needs_extract(state);
        return;
    }
    if (state.extract_text.empty())
        banner(colors::status_warn, "(!)",
               "This extract was larger than 32 MB, so its text was not kept: a pack cannot be "
               "cut from it. Import a smaller extract (a team's) to author a pack.",
               false);
    draw_completed_audits(state);
    ImGui::Spacing();
    draw_pack(state);
    if (!au.error.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        status_label(colors::status_bad, ("(x) " + au.error).c_str());
        ImGui::PopTextWrapPos();
    }
    if (!au.notice.empty())
        muted_text(au.notice.c_str());
}

} // namespace ca::app
