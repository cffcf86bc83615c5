// Case Audit - the Reports section's state: the workbook files added to the report, the
// report computed from them (again only when an input moved on), and the report leaving the
// app (print, HTML, CSV). The figures are the core's (core/report/); this file only feeds
// it and keeps what it returned.
//
// Index of this file:
// [SECTION] Choices
// [SECTION] Workbook files
// [SECTION] The report
// [SECTION] Files out
#include "app/app.h"
#include "app/reports_state.h"
#include "core/audit/workbook.h"
#include "core/extract/fingerprint.h"
#include "core/report/report_export.h"

#include <algorithm>

namespace ca::app {

// ---------------------------------------------------------------------------
// [SECTION] Choices
// ---------------------------------------------------------------------------

std::vector<report::Bucket> report_period_choices(const ReportsState& r, Date as_at) {
    const report::Granularity g = r.period_kind == ReportPeriodKind::Quarter
                                      ? report::Granularity::Quarter
                                      : report::Granularity::Month;
    // Whole quarters and months: the one holding the as-at date and those before it.
    const report::Period twelve = report::twelve_months_to(as_at);
    const report::Period whole{g == report::Granularity::Quarter
                                   ? report::quarter_of(twelve.from).from
                                   : report::month_of(twelve.from).from,
                               g == report::Granularity::Quarter ? report::quarter_of(as_at).to
                                                                 : report::month_of(as_at).to};
    return report::buckets_of(whole, g);
}

report::ReportOptions chosen_report_options(const AppState& state) {
    const ReportsState& r = state.reports;
    report::ReportOptions o = report::default_options(*state.extract);
    if (r.as_at_set)
        o.as_at = r.as_at;
    o.period = report::twelve_months_to(o.as_at);
    if (r.period_kind != ReportPeriodKind::TwelveMonths) {
        const std::vector<report::Bucket> choices = report_period_choices(r, o.as_at);
        if (!choices.empty()) {
            const int last = static_cast<int>(choices.size()) - 1;
            const int i = r.period_choice < 0 || r.period_choice > last ? last : r.period_choice;
            o.period = choices[static_cast<std::size_t>(i)].period;
        }
    }
    o.granularity = r.granularity;
    o.scope.team = r.team;
    o.scope.worker = r.worker;
    return o;
}

// ---------------------------------------------------------------------------
// [SECTION] Workbook files
// ---------------------------------------------------------------------------

void receive_report_workbook(AppState& state, platform::OpenedFile&& file) {
    // As for the auditor's own workbook: far larger than any workbook is an extract.
    constexpr std::uint64_t k_max_workbook_bytes = 64u << 20;
    ReportsState& r = state.reports;
    if (file.size > k_max_workbook_bytes) {
        r.load_errors.push_back(file.name +
                                ": larger than 64 MB, far larger than any workbook: is it an "
                                "extract? Open extracts in Import.");
        platform::close_file(file.id);
        return;
    }
    platform::request_file_slice(file.id, 0, static_cast<std::uint32_t>(file.size));
    r.reading.push_back(std::move(file));
}

namespace {
// One file's bytes arrived: loaded with the strict loader, added, or its errors kept.
void load_added(ReportsState& r, const std::string& name, std::string_view bytes) {
    audit::WorkbookLoadResult loaded = audit::load_workbook_json(bytes);
    if (!loaded.ok()) {
        if (loaded.errors.empty())
            r.load_errors.push_back(name + ": this file is not a Case Audit workbook.");
        for (const audit::WorkbookError& e : loaded.errors)
            r.load_errors.push_back(name + ": " + (e.path.empty() ? "" : e.path + ": ") +
                                    e.message);
        return;
    }
    r.added.push_back({name, std::move(*loaded.workbook)});
    ++r.added_revision;
}
} // namespace

void pump_report_workbooks(AppState& state) {
    ReportsState& r = state.reports;
    for (std::size_t i = 0; i < r.reading.size();) {
        platform::OpenedFile& f = r.reading[i];
        std::vector<platform::FileSlice> slices = platform::take_file_slices(f.id);
        if (slices.empty()) {
            ++i;
            continue;
        }
        platform::FileSlice& slice = slices.front();
        if (!slice.error.empty())
            r.load_errors.push_back(f.name + ": " + slice.error);
        else
            load_added(r, f.name,
                       std::string_view(reinterpret_cast<const char*>(slice.bytes.data()),
                                        slice.bytes.size()));
        platform::close_file(f.id);
        r.reading.erase(r.reading.begin() + static_cast<std::ptrdiff_t>(i));
        platform::request_redraw();
    }
}

void clear_report_workbooks(AppState& state) {
    ReportsState& r = state.reports;
    for (const platform::OpenedFile& f : r.reading)
        platform::close_file(f.id);
    r.reading.clear();
    r.added.clear();
    r.load_errors.clear();
    r.selected_area = -1;
    ++r.added_revision;
    r.notice = "The added workbooks were cleared from the report. The files themselves are "
               "unchanged.";
    state.announcement = r.notice;
}

// ---------------------------------------------------------------------------
// [SECTION] The report
// ---------------------------------------------------------------------------

namespace {
bool same_options(const report::ReportOptions& a, const report::ReportOptions& b) {
    return a.as_at == b.as_at && a.period.from == b.period.from && a.period.to == b.period.to &&
           a.scope.team == b.scope.team && a.scope.worker == b.scope.worker &&
           a.granularity == b.granularity;
}
} // namespace

void update_report(AppState& state) {
    ReportsState& r = state.reports;
    if (!state.extract)
        return;
    const Extract& ex = *state.extract;
    if (r.fingerprint_built.stale(state.revisions)) {
        r.fingerprint = extract_fingerprint(ex);
        r.fingerprint_built.built(state.revisions);
    }
    const report::ReportOptions options = chosen_report_options(state);
    if (r.report && !r.built.stale(state.revisions) && r.built_added_revision == r.added_revision &&
        same_options(options, r.built_options))
        return;
    // The auditor's own workbook counts when it holds audits: it is the one they work in.
    r.inputs.clear();
    const audit::Workbook& own = state.audit.workbook;
    if (!own.audits.empty())
        r.inputs.push_back({k_own_workbook_name, own});
    r.inputs.insert(r.inputs.end(), r.added.begin(), r.added.end());
    report::CombinedAudits combined =
        report::combine_audits(ex, r.fingerprint, state.policy.policy, r.inputs);
    r.report =
        report::compute_report(ex, state.policy.policy, std::move(combined), r.inputs, options);
    r.built.built(state.revisions);
    r.built_options = options;
    r.built_added_revision = r.added_revision;
    // A selected cell may no longer exist.
    r.selected_area = -1;
}

// ---------------------------------------------------------------------------
// [SECTION] Files out
// ---------------------------------------------------------------------------

namespace {
// "report-2025-03-17-to-2026-03-16", the stem of every file the report saves.
std::string file_stem(const report::Report& rep) {
    return "report-" + format_date(rep.options.period.from) + "-to-" +
           format_date(rep.options.period.to);
}

void say(AppState& state, std::string text) {
    state.reports.notice = std::move(text);
    state.announcement = state.reports.notice;
}
} // namespace

void print_report(AppState& state) {
    const ReportsState& r = state.reports;
    if (!r.report)
        return;
    if (platform::print_html(report::report_html(*r.report)))
        say(state, "The report was sent to the browser's print dialog: choose \"Save as PDF\" "
                   "there for a PDF.");
    else
        say(state, "The report could not be printed: the browser refused. Use \"Save report "
                   "(.html)\" and print the saved file.");
}

void save_report_html(AppState& state) {
    const ReportsState& r = state.reports;
    if (!r.report)
        return;
    const std::string name = file_stem(*r.report) + ".html";
    if (platform::save_file(name, "text/html", report::report_html(*r.report)))
        say(state, "Saved " + name + " to your downloads.");
    else
        say(state, "The report could not be saved: the browser refused the download.");
}

void save_report_csvs(AppState& state) {
    const ReportsState& r = state.reports;
    if (!r.report)
        return;
    const std::string stem = file_stem(*r.report);
    const bool ok =
        platform::save_file(stem + "-compliance.csv", "text/csv",
                            report::compliance_csv(*r.report, r.inputs)) &&
        platform::save_file(stem + "-actions.csv", "text/csv", report::actions_csv(*r.report)) &&
        platform::save_file(stem + "-programme.csv", "text/csv", report::programme_csv(*r.report));
    if (ok)
        say(state, "Saved " + stem +
                       "-compliance.csv, -actions.csv and -programme.csv to your "
                       "downloads.");
    else
        say(state, "The CSV files could not be saved: the browser refused the download.");
}

} // namespace ca::app
