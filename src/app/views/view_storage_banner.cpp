// Case Audit - the message shown when the auditor's work cannot be kept in the browser
// (app/storage_status.h), with what to do about it right beside it: "Save workbook" always,
// and "Use the other tab's work" when another tab changed the stored workbook.
#include "app/audit_store.h"
#include "app/storage_status.h"
#include "app/ui/theme.h"
#include "app/views/views.h"

namespace ca::app {

void draw_storage_banner(AppState& state) {
    AuditState& a = state.audit;
    if (a.storage_error.empty())
        return;
    banner(colors::status_bad, "(!)", a.storage_error, false);
    // Distinct ids: the section has its own "Save workbook" button further down.
    if (ImGui::Button("Save workbook##storage"))
        save_workbook_file(state);
    if (a.storage_trouble == StorageTrouble::OtherTab) {
        ImGui::SameLine();
        if (ImGui::Button("Use the other tab's work##storage"))
            take_stored_workbook(state);
    }
    ImGui::Spacing();
}

} // namespace ca::app
