// Case Audit - the audit checklist panel of the audit workspace: the evidence for each area,
// the auditor's results and comments, the score and grade, the actions, and the audit case
// note to copy into the case management system.
//
// The panel only draws and edits the audit in the workbook; the evidence it shows was
// computed when the audit opened (AuditWorkspace), and every edit calls touch_workbook().
#pragma once

namespace ca::audit {
struct Audit;
}

namespace ca::app {

struct AppState;

// Draws the checklist of `audit` (which lives in state's workbook) into the current window or
// child, filling the space available and scrolling.
void draw_audit_checklist(AppState& state, audit::Audit& audit);

} // namespace ca::app
