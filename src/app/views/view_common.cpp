// Case Audit - the panel shown by sections that need an extract while none is open.
#include "app/ui/widgets.h"
#include "app/views/views.h"

namespace ca::app {

void draw_needs_extract(AppState& state) {
    ImGui::Spacing();
    muted_text("This section works on a case extract. Open one in Import first.");
    if (ImGui::Button("Go to Import"))
        state.section = Section::Import;
}

} // namespace ca::app
