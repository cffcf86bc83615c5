// Case Audit - a trainee's summary leaving the app: a printable HTML page and a CSV file,
// written from the same feedback and summary the Training section shows (feedback.h), with
// the same figures as `caseaudit train-check`.
//
// The HTML page is self-contained: every text from the pack or the workbook HTML-escaped,
// its own Content-Security-Policy allowing no script and no network (only its inline
// styles), print CSS for A4. The CSV is Excel-safe (core/export/csv.h): one row per figure
// (figure, value, n, band, reason when undefined), then one row per case and area.
#pragma once

#include "core/training/feedback.h"

#include <string>
#include <vector>

namespace ca::training {

// Who and what the summary is about.
struct SummaryHeading {
    std::string pack_title;
    int pack_cases = 0;
    std::string trainee; // the workbook's auditor, "" when not given
    std::string written; // when it was written (ISO local date-time, passed in)
};

std::string summary_html(const SummaryHeading& heading, const std::vector<CaseFeedback>& cases,
                         const TrainingSummary& summary, const PassThresholds& pass);
std::string summary_csv(const SummaryHeading& heading, const std::vector<CaseFeedback>& cases,
                        const TrainingSummary& summary, const PassThresholds& pass);

// The summary's figures in the order the app, the CLI and the exports list them.
struct SummaryFigure {
    const char* label; // "Area results: agreement"
    const stats::Coefficient* value;
    bool proportion;
};
std::vector<SummaryFigure> summary_figures(const TrainingSummary& s);

} // namespace ca::training
