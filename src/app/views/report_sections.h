// Case Audit - the six sections of the report on screen, one tab each: the audit programme,
// compliance by criterion (select a cell to list its audits and open one), grades, the
// actions register, supervision and caseloads. Each chart has the table of its numbers
// beside it. The figures are the core's Report, held in ReportsState.
#pragma once

#include "app/app.h"

namespace ca::app {

void draw_report_sections(AppState& state);

} // namespace ca::app
