// Case Audit - the audit checklist panel (see audit_checklist.h).
#include "app/views/audit_checklist.h"

#include "app/app.h"
#include "core/audit/workbook.h"

#include <imgui.h>

namespace ca::app {

void draw_audit_checklist(AppState& state, audit::Audit& audit) {
    (void)state;
    ImGui::TextUnformatted(audit.record_id.c_str());
}

} // namespace ca::app
