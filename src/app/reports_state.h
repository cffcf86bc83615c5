// Case Audit - what the Reports section holds: the workbooks added to the report, the
// period and scope chosen, and the report the core computed from them (kept until an input
// moves on, see core/revisions.h).
//
// The report counts the extract's past audits, the auditor's own workbook (the one in this
// browser, when it holds audits) and the workbooks added with "Add workbooks..." or dropped
// on the section. Added files are read whole and loaded with the strict workbook loader;
// nothing is ever written back to them.
//
// Index of this file:
// [SECTION] Choices
// [SECTION] ReportsState
#pragma once

#include "core/report/report.h"
#include "core/revisions.h"
#include "platform/platform.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ca::app {

struct AppState;

// ---------------------------------------------------------------------------
// [SECTION] Choices
// ---------------------------------------------------------------------------

// The period: the 12 months to the as-at date (the default), or one quarter or month of
// them.
enum class ReportPeriodKind : int { TwelveMonths, Quarter, Month };

// The section's tabs, one per part of the report.
enum class ReportTab : int {
    Programme,
    Compliance,
    Grades,
    Actions,
    Supervision,
    Caseloads,
    Moderation,
    Count
};

// ---------------------------------------------------------------------------
// [SECTION] ReportsState
// ---------------------------------------------------------------------------

// The name the auditor's own workbook has in the list of files.
inline constexpr const char* k_own_workbook_name = "Your workbook (this browser)";

struct ReportsState {
    // Added workbook files that loaded, in the order added.
    std::vector<report::WorkbookInput> added;
    // Files that did not load: "north.json: audits[2].status: ...". Cleared with the files.
    std::vector<std::string> load_errors;
    std::vector<platform::OpenedFile> reading; // files asked for, their bytes not yet here
    std::uint64_t added_revision = 0;          // moves on when a file is added or cleared

    // The period and scope chosen.
    bool as_at_set = false; // false: the extract's as-at date
    Date as_at;
    char as_at_text[16] = {};
    bool as_at_invalid = false;
    ReportPeriodKind period_kind = ReportPeriodKind::TwelveMonths;
    int period_choice = -1; // the quarter or month chosen, -1 the last
    report::Granularity granularity = report::Granularity::Month;
    Index team = k_no_index;
    Index worker = k_no_index;

    // The report, and what it was computed from.
    std::string fingerprint; // the extract's, worked out once per extract
    BuiltFrom fingerprint_built{k_input_extract};
    std::vector<report::WorkbookInput> inputs; // the own workbook (if any), then `added`
    std::optional<report::Report> report;
    BuiltFrom built{k_depends_report};
    report::ReportOptions built_options;
    std::uint64_t built_added_revision = 0;

    // What the view shows.
    ReportTab tab = ReportTab::Programme;
    bool select_tab = false;      // bring `tab` forward next frame
    int selected_area = -1;       // a compliance cell: the area (index into the case areas)
    int selected_column = -1;     // ... and the column
    bool selected_worker = false; // ... of the workers' table rather than the teams'
    char actions_filter[64] = {};
    bool actions_open_only = false;
    std::string notice; // "Saved report-....html to your downloads."
};

// The report's period and scope as chosen, on the extract's dates.
report::ReportOptions chosen_report_options(const AppState& state);

// The quarters or months the period picker offers: those of the 12 months to the as-at date.
std::vector<report::Bucket> report_period_choices(const ReportsState& r, Date as_at);

// Workbook files for the report (Add workbooks..., or dropped on Reports).
void receive_report_workbook(AppState& state, platform::OpenedFile&& file);
// Loads the files whose bytes arrived. Called once a frame.
void pump_report_workbooks(AppState& state);
// Lets go of the added files (the auditor's own workbook stays).
void clear_report_workbooks(AppState& state);

// Computes the report again when the extract, the policy, the auditor's workbook, the files
// added or the choices changed (called by the view, so nothing is computed while Reports is
// not shown).
void update_report(AppState& state);

// Files out: the printable HTML (through the platform's print), the HTML saved, the three
// CSV files. Each sets `notice`.
void print_report(AppState& state);
void save_report_html(AppState& state);
void save_report_csvs(AppState& state);

} // namespace ca::app
