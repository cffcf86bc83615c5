// Case Audit - Training, Practise: open a training pack (the built-in one or a file), audit
// its practice cases blind in the audit workspace, Submit, and see the feedback per area
// and the summary over the cases done, with every figure, its n and band, and whether it
// passes; the summary saved as HTML (printable) and CSV.
//
// The practice audits are audits of the pack's extract in its workbook, kept in the browser
// like any audit work (training_state.h); the feedback and the summary are the core's
// (core/training/feedback.h), the same figures as `caseaudit train-check`.
//
// Index of this file:
// [SECTION] Opening a pack
// [SECTION] The practice audit
// [SECTION] Feedback on one case
// [SECTION] The summary
// [SECTION] The cases of the pack
// [SECTION] The page
#include "app/audit_store.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/training_views.h"
#include "app/views/views.h"
#include "core/audit/workbook_edit.h"
#include "core/training/practice.h"
#include "core/training/summary_export.h"

#include <cstdio>

namespace ca::app {

namespace {

using training::CaseFeedback;
using training::PracticeCase;

std::string str(std::string_view s) {
    return std::string(s);
}

std::string id_list(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Opening a pack
// ---------------------------------------------------------------------------

void draw_open_pack(AppState& state) {
    PracticeState& p = state.training.practice;
    if (p.confirm_replace && state.extract) {
        banner(colors::status_warn, "(!)",
               "Opening a training pack closes the extract open now (" + state.extract_file_name +
                   "). Your audit work on it stays saved in this browser: import the extract "
                   "again to go back to it.",
               false);
        if (primary_button("Open the built-in pack")) {
            p.confirm_replace = false;
            open_built_in_pack(state);
        }
        ImGui::SameLine();
        if (ImGui::Button("Open a training pack file...")) {
            p.confirm_replace = false;
            state.next_open = OpenPurpose::TrainingPack;
            platform::request_open_file(".json,application/json");
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel"))
            p.confirm_replace = false;
        return;
    }
    paragraph("Practise auditing on a training pack: synthetic case files, each with a "
              "reference audit written by a trainer. Audit a case blind in the audit "
              "workspace, Submit, and compare your answers with the reference, area by area. "
              "Your practice audits are kept in this browser.");
    const bool other_extract = state.extract != nullptr;
    if (primary_button("Open the built-in pack")) {
        if (other_extract)
            p.confirm_replace = true;
        else
            open_built_in_pack(state);
    }
    ImGui::SameLine();
    if (ImGui::Button("Open a training pack file...")) {
        if (other_extract) {
            p.confirm_replace = true;
        } else {
            state.next_open = OpenPurpose::TrainingPack;
            platform::request_open_file(".json,application/json");
        }
    }
    if (p.reading)
        muted_text(("Reading " + p.reading->name + "...").c_str());
}

void draw_pack_errors(const PracticeState& p) {
    if (p.errors.empty())
        return;
    banner(colors::status_bad, "(x)",
           p.errors_file + " was not opened: it is not a training pack this version can use (" +
               std::to_string(p.errors.size()) +
               (p.errors.size() == 1 ? " problem)." : " problems)."),
           false);
    constexpr std::size_t k_shown = 20;
    for (std::size_t i = 0; i < p.errors.size() && i < k_shown; ++i) {
        const training::PackProblem& e = p.errors[i];
        std::string where = e.path;
        if (e.line > 0)
            where = "line " + std::to_string(e.line) + ", column " + std::to_string(e.column) +
                    (where.empty() ? "" : " (" + where + ")");
        ImGui::Bullet();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(((where.empty() ? "" : where + ": ") + e.message).c_str());
        ImGui::PopTextWrapPos();
    }
    if (p.errors.size() > k_shown)
        muted_text(("and " + std::to_string(p.errors.size() - k_shown) + " more.").c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] The practice audit
// ---------------------------------------------------------------------------

// The practice audit open in the workspace, with Submit above it. Returns false once it is
// closed (Back, or submitted: the feedback is then shown).
bool draw_practice_audit(AppState& state) {
    PracticeState& p = state.training.practice;
    audit::Audit* au = state.audit.workbook.find_audit(state.audit.workspace.audit_id);
    if (au == nullptr || state.audit.workspace.audit_id.empty()) {
        p.practising.clear();
        return false;
    }
    if (au->status == audit::AuditStatus::Completed) { // submitted (here or by Complete audit)
        close_audit(state);
        p.shown_case = p.practising;
        p.practising.clear();
        state.announcement = "Submitted. The feedback on " + p.shown_case + " is shown.";
        return false;
    }
    const PracticeCase* pc = p.pack->find_case(p.practising);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text("Practice case %s%s%s: audit it blind, as you would a real file, then Submit "
                "to compare your audit with the reference.",
                p.practising.c_str(), pc ? ", " : "", pc ? pc->title.c_str() : "");
    ImGui::PopTextWrapPos();
    if (primary_button("Submit for feedback")) {
        const Date judged = au->audit_date.value_or(state.extract->metadata.as_at);
        const audit::EditResult r =
            audit::complete_audit(state.audit.workbook, *au, judged, today_local());
        p.submit_error = r.error;
        if (r.ok())
            touch_workbook(state);
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (!p.submit_error.empty())
        status_label(colors::status_bad, ("(x) Not submitted: " + p.submit_error).c_str());
    else
        muted_text("Submit completes the audit: answer all 14 areas first.");
    ImGui::Separator();
    draw_audit_workspace(state, "< Back to the pack");
    if (state.audit.workspace.audit_id.empty())
        p.practising.clear();
    return true;
}

// ---------------------------------------------------------------------------
// [SECTION] Feedback on one case
// ---------------------------------------------------------------------------

void draw_case_feedback(AppState& state, const CaseFeedback& f) {
    PracticeState& p = state.training.practice;
    const PracticeCase* pc = p.pack->find_case(f.case_id);
    heading_text(("Feedback on " + f.case_id + (pc ? ": " + pc->title : "")).c_str());
    ImGui::Text("%d of %zu areas agree with the reference. Your grade: %s; the reference's: %s.",
                f.agreed, f.areas.size(), str(audit::grade_label(f.trainee_grade)).c_str(),
                str(audit::grade_label(f.reference_grade)).c_str());
    if (f.unanswered > 0)
        ImGui::Text("%d areas were left unanswered: they count as not agreeing.", f.unanswered);
    if (pc && !pc->summary.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::Text("The trainer's summary: %s", pc->summary.c_str());
        ImGui::PopTextWrapPos();
    }
    const float em = ImGui::GetFontSize();
    if (ImGui::BeginTable("##feedback", 4,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                              ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Area", ImGuiTableColumnFlags_WidthFixed, em * 15.0f);
        ImGui::TableSetupColumn("You", ImGuiTableColumnFlags_WidthFixed, em * 5.5f);
        ImGui::TableSetupColumn("Reference", ImGuiTableColumnFlags_WidthFixed, em * 5.5f);
        ImGui::TableSetupColumn("Agree? Why the reference says so, and the evidence",
                                ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableHeadersRow();
        for (const training::AreaFeedback& a : f.areas) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(str(audit::case_area(a.area).title).c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(str(audit::result_label(a.trainee)).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(str(audit::result_label(a.reference)).c_str());
            ImGui::TableNextColumn();
            if (a.agree)
                status_label(colors::status_good, "(ok) Agree");
            else
                status_label(colors::status_bad, "(x) Differs");
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(a.rationale.c_str());
            if (!a.cited_by_both.empty())
                muted_textf("You both cited: %s", id_list(a.cited_by_both).c_str());
            if (!a.only_reference.empty())
                ImGui::Text("Evidence the reference cites and you did not: %s",
                            id_list(a.only_reference).c_str());
            if (!a.only_trainee.empty())
                ImGui::Text("Evidence you cited and the reference did not: %s",
                            id_list(a.only_trainee).c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
    muted_text("Cite a record by writing its id in the area's comment (\"see N-000123\").");
}

// ---------------------------------------------------------------------------
// [SECTION] The summary
// ---------------------------------------------------------------------------

std::string summary_file_name(const std::string& ext) {
    std::string day = now_local_iso().substr(0, 10);
    return "training-summary-" + day + "." + ext;
}

void draw_summary(AppState& state) {
    PracticeState& p = state.training.practice;
    const training::TrainingSummary& s = p.summary;
    const TrainingPolicy& tp = state.policy.policy.training;
    heading_text(
        ("Summary over " + std::to_string(s.cases) + (s.cases == 1 ? " case" : " cases") + " done")
            .c_str());
    banner(s.passed ? colors::status_good : colors::status_bad, s.passed ? "(ok)" : "(x)",
           s.verdict, false);
    if (begin_figures_table("##summary")) {
        for (const training::SummaryFigure& f : training::summary_figures(s))
            figure_row(f.label, *f.value, f.proportion);
        ImGui::EndTable();
    }
    ImGui::PushTextWrapPos(0.0f);
    muted_textf("To pass: agreement on area results at least %.1f%% and Cohen's kappa at "
                "least %.2f (Settings: the policy's training thresholds, assumptions "
                "to agree locally). Gwet's AC1 is shown beside kappa because kappa "
                "misleads when nearly every answer is Met.",
                tp.pass_agreement_percent, tp.pass_kappa);
    if (s.areas_left_out > 0)
        muted_textf("%d unanswered areas are left out of the area figures.", s.areas_left_out);
    ImGui::PopTextWrapPos();
    const training::PassThresholds pass{tp.pass_agreement_percent, tp.pass_kappa};
    const training::SummaryHeading heading{p.pack->title, static_cast<int>(p.pack->cases.size()),
                                           state.audit.workbook.auditor, now_local_iso()};
    const auto save = [&](const char* ext, const char* mime, const std::string& bytes) {
        const std::string name = summary_file_name(ext);
        p.notice = platform::save_file(name, mime, bytes)
                       ? "Saved " + name + " to your downloads."
                       : "The summary could not be saved: the browser refused the download.";
        state.announcement = p.notice;
    };
    if (ImGui::Button("Save summary (.html, to print)"))
        save("html", "text/html", training::summary_html(heading, p.feedback, s, pass));
    ImGui::SameLine();
    if (ImGui::Button("Save summary (.csv)"))
        save("csv", "text/csv", training::summary_csv(heading, p.feedback, s, pass));
    if (!p.notice.empty())
        muted_text(p.notice.c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] The cases of the pack
// ---------------------------------------------------------------------------

void draw_pack_cases(AppState& state) {
    PracticeState& p = state.training.practice;
    const float em = ImGui::GetFontSize();
    int submitted = 0;
    for (const PracticeCase& c : p.pack->cases)
        submitted += training::practice_progress(state.audit.workbook, c.case_id).status ==
                     training::PracticeStatus::Submitted;
    heading_text(p.pack->title.c_str());
    muted_textf("%s. %d of %zu cases submitted.", p.pack_name.c_str(), submitted,
                p.pack->cases.size());
    paragraph(p.pack->description.c_str());
    if (!ImGui::BeginTable("##pack-cases", 4,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Case", ImGuiTableColumnFlags_WidthFixed, em * 15.0f);
    ImGui::TableSetupColumn("What it teaches", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Your audit", ImGuiTableColumnFlags_WidthFixed, em * 9.0f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em * 13.0f);
    ImGui::TableHeadersRow();
    for (const PracticeCase& c : p.pack->cases) {
        ImGui::PushID(c.case_id.c_str());
        const training::PracticeProgress pr =
            training::practice_progress(state.audit.workbook, c.case_id);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(c.case_id.c_str());
        ImGui::TextDisabled("%s", c.title.c_str());
        ImGui::TableNextColumn();
        std::string teaches;
        for (const std::string& t : c.teaches)
            teaches += (teaches.empty() ? "" : ", ") + t;
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(teaches.empty() ? "Met and not met areas" : teaches.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        const CaseFeedback* f = nullptr;
        for (const CaseFeedback& x : p.feedback)
            if (x.case_id == c.case_id)
                f = &x;
        if (pr.status == training::PracticeStatus::Submitted && f)
            status_label(colors::status_good,
                         ("Submitted: " + std::to_string(f->agreed) + " of 14 agree").c_str());
        else if (pr.status == training::PracticeStatus::InProgress)
            status_label(colors::status_warn, "In progress");
        else
            ImGui::TextDisabled("Not started");
        ImGui::TableNextColumn();
        if (pr.status == training::PracticeStatus::Submitted) {
            if (ImGui::SmallButton("Feedback"))
                p.shown_case = c.case_id;
            ImGui::SameLine();
            if (ImGui::SmallButton(pr.open_audit.empty() ? "Audit again" : "Continue"))
                practise_case(state, c.case_id);
        } else if (ImGui::SmallButton(pr.status == training::PracticeStatus::InProgress
                                          ? "Continue"
                                          : "Audit this case")) {
            practise_case(state, c.case_id);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

} // namespace

bool practise_case(AppState& state, const std::string& case_id) {
    PracticeState& p = state.training.practice;
    if (!practice_pack_open(state))
        return false;
    const PracticeCase* pc = p.pack->find_case(case_id);
    if (pc == nullptr)
        return false;
    const audit::EditResult r =
        training::practice_audit(state.audit.workbook, state.policy.policy, *state.extract, *pc);
    if (!r.ok()) {
        p.submit_error = r.error;
        return false;
    }
    touch_workbook(state);
    p.practising = case_id;
    p.submit_error.clear();
    state.training.page = TrainingPage::Practise;
    return open_audit(state, r.id);
}

// ---------------------------------------------------------------------------
// [SECTION] The page
// ---------------------------------------------------------------------------

void draw_training_practise(AppState& state) {
    PracticeState& p = state.training.practice;
    if (!p.practising.empty() && practice_pack_open(state) && draw_practice_audit(state))
        return;
    draw_pack_errors(p);
    if (!practice_pack_open(state)) {
        draw_open_pack(state);
        return;
    }
    // The trainee's name, for the summary: the workbook's auditor, as Sampling & audit asks.
    AuditState& a = state.audit;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Your name");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    ImGui::InputText("##trainee", a.auditor, sizeof a.auditor);
    if (ImGui::IsItemDeactivatedAfterEdit() &&
        audit::set_auditor(a.workbook, a.auditor, a.workbook.capacity).ok())
        touch_workbook(state);
    ImGui::SameLine();
    muted_text("(on your practice audits and the summary)");
    // After Submit (or "Feedback"), the case's feedback comes first, then the summary; else
    // the pack's cases.
    const CaseFeedback* shown = nullptr;
    for (const CaseFeedback& f : p.feedback)
        if (f.case_id == p.shown_case)
            shown = &f;
    if (shown != nullptr) {
        if (ImGui::Button("< All practice cases"))
            p.shown_case.clear();
        ImGui::Spacing();
        draw_case_feedback(state, *shown);
    } else {
        draw_pack_cases(state);
    }
    ImGui::Spacing();
    if (!p.feedback.empty())
        draw_summary(state);
    else
        muted_text("Submit a practice case to see your feedback and the summary here.");
    ImGui::Spacing();
    ImGui::Separator();
    if (ImGui::Button("Open another training pack...")) {
        p.confirm_replace = true;
        p.pack.reset();
    }
}

} // namespace ca::app
