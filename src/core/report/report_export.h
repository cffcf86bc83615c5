// Case Audit - the report leaving the app: one printable HTML document, CSV files and JSON,
// all written from the same Report (report.h), so every copy shows the same figures.
//
// The HTML document is self-contained and safe to open anywhere: semantic (headings, tables
// with captions and <th scope>), charts as inline SVG with <title>, <desc> and the table of
// their numbers beside them, print CSS for A4 (margins, rows never cut across pages, table
// headers repeated, the period and OFFICIAL-SENSITIVE on every page), every text that came
// from an extract or a workbook HTML-escaped, and its own Content-Security-Policy that
// allows no script and no network at all (only its own inline styles).
//
// The CSV files are Excel-safe (core/export/csv.h): the compliance results in long form
// (one row per audit and area), the actions register and the audit programme.
//
// Index of this file:
// [SECTION] HTML
// [SECTION] CSV
// [SECTION] JSON
#pragma once

#include "core/report/report.h"

#include <string>
#include <string_view>

namespace ca::report {

// ---------------------------------------------------------------------------
// [SECTION] HTML
// ---------------------------------------------------------------------------

// `text` with & < > " ' replaced by entities, for text and attribute values.
std::string html_escape(std::string_view text);

// The whole report as one HTML document.
std::string report_html(const Report& report);

// ---------------------------------------------------------------------------
// [SECTION] CSV
// ---------------------------------------------------------------------------

// One row per completed case audit in the period and scope and per area: audit, file, case,
// team, auditor, date, area, result (not applicable included, so the long form is whole),
// and whether it counts in the share. The rule and the report's identity head the file.
std::string compliance_csv(const Report& report, const std::vector<WorkbookInput>& inputs);
// The actions register, in the report's order.
std::string actions_csv(const Report& report);
// The audit programme: audits per month (or quarter) by team, auditor and kind.
std::string programme_csv(const Report& report);

// ---------------------------------------------------------------------------
// [SECTION] JSON
// ---------------------------------------------------------------------------

// Every figure of every section, 2-space indent (`caseaudit report --format json`; the
// browser tests compare the app's figures with it).
std::string report_json(const Report& report);

} // namespace ca::report
