// Case Audit - the panel shown by sections that need an extract while none is open.
#include "app/ui/widgets.h"
#include "app/views/views.h"

namespace ca::app {

// Shown only while no extract is open: with one open (the demo included) the section says
// which one it works on, instead of asking for one.
void draw_needs_extract(AppState& state) {
    ImGui::Spacing();
    if (state.extract) {
        muted_text(
            ("This section works on the open extract: " + state.extract_file_name + ".").c_str());
        return;
    }
    muted_text("This section works on a case extract. Open one in Import first.");
    if (ImGui::Button("Go to Import"))
        state.section = Section::Import;
}

} // namespace ca::app
