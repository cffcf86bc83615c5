// Case Audit - the Sampling & audit section.
#include "app/ui/widgets.h"
#include "app/views/views.h"

namespace ca::app {

void draw_sampling_view(AppState& state) {
    title_text("Sampling & audit");
    empty_state("Audit small samples of case and supervision records",
                "This section will draw small random samples (six or eight) of case and "
                "supervision records, open each case file beside the 14-point quality audit "
                "checklist with the evidence found in the record, keep your grades, comments "
                "and actions, and write the audit case note to paste back into the record.");
    draw_needs_extract(state);
}

} // namespace ca::app
