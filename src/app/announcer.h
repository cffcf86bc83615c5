// Case Audit - what the app says, said again to screen readers. The canvas cannot be read by
// assistive technology, so every message the app shows in words (an import finished or
// failed, a workbook saved or restored, a file exported, a problem, an audit completed) is
// also sent to the page's aria-live region (platform::announce), once, when it appears.
#pragma once

#include "app/app.h"

#include <string>

namespace ca::app {

// The messages of the frame just drawn, in the order they are announced, "" for none.
struct Messages {
    std::string import;    // "Imported Demo extract...: 0 errors, 16 warnings." or a failure
    std::string error;     // AppState::last_error
    std::string notice;    // the audit notice, the caseload export notice, an announcement
    std::string warning;   // the audit warning, a storage error
    std::string completed; // "Audit A-3 completed: Good, 83.3%."
};

// What `state` says now (no ImGui: the messages are in the state).
Messages current_messages(const AppState& state);

// Announces each message that differs from the frame before; call after each frame.
void announce_changes(AppState& state);

} // namespace ca::app
