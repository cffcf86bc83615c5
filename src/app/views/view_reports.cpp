// Case Audit - the Reports section.
#include "app/ui/widgets.h"
#include "app/views/views.h"

namespace ca::app {

void draw_reports_view(AppState& state) {
    title_text("Reports");
    empty_state("Summaries for supervision and management meetings",
                "This section will summarise caseload findings and audit results by team and "
                "worker, and export them as files you can open in Excel or print.");
    draw_needs_extract(state);
}

} // namespace ca::app
