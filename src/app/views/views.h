// Case Audit - one view per section of the app, each in its own file (view_<section>.cpp).
// A view draws the state it is given and records what the user asked for; the rules it
// shows come from the core library.
#pragma once

#include "app/app.h"

namespace ca::app {

void draw_import_view(AppState& state);
void draw_caseloads_view(AppState& state);
void draw_sampling_view(AppState& state);
void draw_reports_view(AppState& state);
void draw_training_view(AppState& state);
void draw_settings_view(AppState& state);

// Shown by the sections that need an extract while none is open.
void draw_needs_extract(AppState& state);

} // namespace ca::app
