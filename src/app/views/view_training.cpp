// Case Audit - the Training section.
#include "app/ui/widgets.h"
#include "app/views/views.h"

namespace ca::app {

void draw_training_view(AppState&) {
    title_text("Training");
    empty_state("Learn to audit with the audit tool",
                "This section will walk new managers through a case audit on synthetic demo "
                "data: what each of the 14 areas asks for, where the evidence is found, and "
                "worked examples of good and poor recording. No real person's data is used.");
}

} // namespace ca::app
