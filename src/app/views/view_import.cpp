// Case Audit - the Import section: open a case extract from the user's own disk, follow the
// import, and see what the extract holds and what in it needs correcting.
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Summary of the open extract
// [SECTION] Findings of the last import
// [SECTION] The view
#include "app/backend/keys.h"
#include "app/ui/keyboard.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/views.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace ca::app {
namespace {
const char* k_accept = ".json,application/json";

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

std::string size_text(std::uint64_t bytes) {
    char out[32];
    const double b = static_cast<double>(bytes);
    if (bytes < 1024)
        std::snprintf(out, sizeof out, "%llu bytes", static_cast<unsigned long long>(bytes));
    else if (b < 1024.0 * 1024.0)
        std::snprintf(out, sizeof out, "%.1f KB", b / 1024.0);
    else
        std::snprintf(out, sizeof out, "%.1f MB", b / (1024.0 * 1024.0));
    return out;
}

// Severity is shown as a word and a marker, never by colour alone.
void severity_cell(Severity s) {
    switch (s) {
    case Severity::Error:
        status_label(colors::status_bad, "(x) Error");
        break;
    case Severity::Warning:
        status_label(colors::status_warn, "(!) Warning");
        break;
    case Severity::Notice:
        status_label(colors::text_muted, "(i) Notice");
        break;
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Summary of the open extract
// ---------------------------------------------------------------------------

void count_row(const char* what, std::size_t n) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(what);
    ImGui::TableNextColumn();
    ImGui::Text("%zu", n);
}

void draw_summary(const AppState& state) {
    const Extract& x = *state.extract;
    heading_text("Open extract");
    // Wrapped: the summary is a narrow column, and a council's name or a file name can be
    // long enough to be cut off at its edge.
    ImGui::TextWrapped("%s", state.extract_file_name.c_str());
    ImGui::TextWrapped("%s, as at %s (extracted %s)", x.metadata.organisation_name.c_str(),
                       format_date_long(x.metadata.as_at).c_str(),
                       format_date_long(x.metadata.extracted_at.date).c_str());
    std::size_t open_cases = 0;
    for (const Case& c : x.cases)
        open_cases += c.status == CaseStatus::Open ? 1 : 0;
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (begin_table("##counts", 2, flags, ImVec2(ImGui::GetFontSize() * 26.0f, 0))) {
        ImGui::TableSetupColumn("Records", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Count", ImGuiTableColumnFlags_WidthFixed,
                                ImGui::GetFontSize() * 5.0f);
        table_headers_row();
        count_row("Teams", x.teams.size());
        count_row("Workers", x.workers.size());
        count_row("People", x.people.size());
        count_row("Cases", x.cases.size());
        count_row("  of which open", open_cases);
        count_row("Case notes", x.notes.size());
        count_row("Assessments", x.assessments.size());
        count_row("Care and support plans", x.plans.size());
        count_row("Reviews", x.reviews.size());
        count_row("Safeguarding concerns and enquiries", x.safeguarding.size());
        count_row("Mental capacity assessments", x.capacity_assessments.size());
        count_row("Documents and correspondence", x.documents.size());
        count_row("Supervision records", x.supervisions.size());
        count_row("Director discussions", x.director_discussions.size());
        count_row("Audits on file", x.audits.size());
        ImGui::EndTable();
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Findings of the last import
// ---------------------------------------------------------------------------

void draw_findings(const ImportOutcome& outcome) {
    ImGui::Text("%zu errors, %zu warnings, %zu notices", outcome.error_count, outcome.warning_count,
                outcome.notice_count);
    if (outcome.findings.empty())
        return;
    // Up to 15 rows the table is as tall as its rows; beyond that it scrolls.
    const bool scroll = outcome.findings.size() > 15;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                            ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable;
    if (scroll)
        flags |= ImGuiTableFlags_ScrollY;
    const float height =
        scroll ? std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 12.0f) : 0.0f;
    if (begin_table("##findings", 4, flags, ImVec2(0, height))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Severity", ImGuiTableColumnFlags_WidthFixed,
                                ImGui::GetFontSize() * 7.0f);
        ImGui::TableSetupColumn("What", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("Where", ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("Record", ImGuiTableColumnFlags_WidthStretch, 0.8f);
        table_headers_row();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(outcome.findings.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const Finding& f = outcome.findings[static_cast<std::size_t>(i)];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                severity_cell(f.severity);
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", f.message.c_str());
                ImGui::TableNextColumn();
                if (f.line > 0)
                    ImGui::Text("line %d, column %d", f.line, f.column);
                if (!f.json_path.empty())
                    ImGui::TextWrapped("%s", f.json_path.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(f.record_id.c_str());
            }
        }
        ImGui::EndTable();
    }
}
// What the checks mean for a manager: whether they can carry on, and who can put the
// problems right. The table under this says where each one is, for the data team.
void explain_findings(const ImportOutcome& outcome) {
    if (outcome.warning_count == 0 && outcome.notice_count == 0) {
        status_label(colors::status_good, "(ok) No problems found in the file.");
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(
        "The extract is open and every section works. The checks below are things in the "
        "file that look wrong or unusual, such as a note with no text or a date that cannot "
        "be right. The records concerned are still shown, as they are in the file.");
    ImGui::PopTextWrapPos();
    muted_text("What to do: nothing is needed to carry on. Pass this list to the data team "
               "who produced the extract: \"Where\" is the exact place in the file (for "
               "example cases[128].notes[17].text is the 18th note of the 129th case), "
               "\"Record\" the record's id in your case management system.");
}

// After an import, the way on: the two things a manager opens an extract for.
void draw_next_steps(AppState& state) {
    ImGui::Spacing();
    heading_text("Next steps");
    if (primary_button("Check caseloads"))
        state.section = Section::Caseloads;
    ImGui::SameLine();
    if (ImGui::Button("Draw a sample and audit"))
        state.section = Section::SamplingAudit;
}
} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The view
// ---------------------------------------------------------------------------

void draw_import_view(AppState& state) {
    title_text("Import");
    paragraph("Open the JSON case extract exported from your council's case management "
              "system. Case Audit reads it here, inside this browser: nothing is uploaded and "
              "nothing leaves this computer.");
    ImGui::Spacing();
    const bool importing = state.import.status == ImportStatus::Importing ||
                           state.import.status == ImportStatus::Preparing;
    if (!importing && (primary_button("Open extract...") || ctrl_shortcut_pressed('O')))
        platform::request_open_file(k_accept);
    if (!importing) {
        ImGui::SameLine();
        muted_text("or drag the file onto this window.  (Ctrl+O)");
    }

    const ImportOutcome& outcome = state.import;
    if (outcome.status == ImportStatus::Preparing) {
        ImGui::Text("Preparing the demo extract...");
    } else if (importing) {
        ImGui::Text("Reading %s (%s)...", outcome.file_name.c_str(),
                    state.received ? size_text(state.received->bytes).c_str() : "");
        char label[32];
        std::snprintf(label, sizeof label, "%.0f%%", outcome.progress * 100.0);
        ImGui::ProgressBar(static_cast<float>(outcome.progress),
                           ImVec2(ImGui::GetFontSize() * 24.0f, 0), label);
    } else if (outcome.status == ImportStatus::Failed) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, colors::status_bad);
        heading_text("The extract could not be imported");
        ImGui::PopStyleColor();
        ImGui::Text("%s", outcome.file_name.c_str());
        paragraph(state.extract
                      ? "Nothing was changed: the extract that was open before is still open. "
                        "Correct the problems below (or ask the data team who produced the "
                        "file) and open it again."
                      : "Nothing was imported. Correct the problems below (or ask the data "
                        "team who produced the file) and open it again.");
        draw_findings(outcome);
    }

    if (state.extract) {
        if (outcome.status == ImportStatus::Imported)
            draw_next_steps(state);
        ImGui::Spacing();
        ImGui::Separator();
        // The summary on the left, the checks beside it when both fit (a 1366x768 screen at
        // 100% text); one under the other, the page scrolling, when they do not (larger text,
        // browser zoom, a narrow window), rather than two slivers.
        const float em = ImGui::GetFontSize();
        const bool side_by_side = ImGui::GetContentRegionAvail().x >= em * 56.0f;
        if (side_by_side)
            begin_pane("##summary", ImVec2(em * 28.0f, 0));
        draw_summary(state);
        if (side_by_side)
            ImGui::EndChild();
        if (outcome.status == ImportStatus::Imported) {
            if (side_by_side) {
                ImGui::SameLine(0, em * 1.5f);
                begin_pane("##checks", ImVec2(0, 0));
            } else {
                ImGui::Spacing();
            }
            heading_text("Checks");
            explain_findings(outcome);
            draw_findings(outcome);
            if (side_by_side)
                ImGui::EndChild();
        }
    } else if (!importing && outcome.status != ImportStatus::Failed) {
        empty_state("No extract open",
                    "Once an extract is open, this section shows what it holds: teams, "
                    "workers, people, cases and notes, the date it was taken, and anything in "
                    "it that needs correcting, with the exact place in the file.");
    }
    if (!importing && !state.extract) {
        ImGui::Spacing();
        heading_text("New to Case Audit?");
        paragraph("Explore every section with the demo extract: a fictional borough with "
                  "four teams, about forty workers and eight hundred cases. Every name and "
                  "record in it is invented.");
        if (ImGui::Button("Explore with demo data"))
            state.demo_requested = true;
    }
}

} // namespace ca::app
