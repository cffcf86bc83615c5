// Case Audit - the Caseloads section.
#include "app/ui/widgets.h"
#include "app/views/views.h"

namespace ca::app {

void draw_caseloads_view(AppState& state) {
    title_text("Caseloads");
    empty_state("Check caseloads against the policy",
                "For any date, this section will list every team and worker with their open "
                "cases, the level that applies to them (the upper caseload of 25 and absolute "
                "limit of 28 for qualified social workers in community teams, lower team "
                "limits, the protected caseload of ASYE social workers) and whether each "
                "deviation has been discussed with the Director.");
    draw_needs_extract(state);
}

} // namespace ca::app
