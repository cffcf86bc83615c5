// Case Audit - the Settings section.
#include "app/ui/widgets.h"
#include "app/views/views.h"

namespace ca::app {

void draw_settings_view(AppState&) {
    title_text("Settings");
    empty_state("The policy this tool applies",
                "This section will show the caseload and audit policy in use (limits, ASYE "
                "milestones, recording timescales, grade bands) so that you can check, edit, "
                "import and export it, and will let you clear all data stored on this device.");
}

} // namespace ca::app
