// Case Audit - one view per section of the app, each in its own file (view_<section>.cpp).
// A view draws the state it is given and records what the user asked for; the rules it
// shows come from the core library.
#pragma once

#include "app/app.h"

#include <imgui.h>

#include <string>

namespace ca::app {

void draw_import_view(AppState& state);
void draw_caseloads_view(AppState& state);
void draw_sampling_view(AppState& state);
void draw_reports_view(AppState& state);
void draw_training_view(AppState& state);
void draw_settings_view(AppState& state);

// Shown by the sections that need an extract while none is open.
void draw_needs_extract(AppState& state);

// Sampling & audit: the audit workspace (view_audit_workspace.cpp), drawn by
// draw_sampling_view while an audit is open, and the supervision record shown in its left
// pane when the audited record is a supervision record.
// `back`: the label of the button that closes the audit ("< Back to samples").
void draw_audit_workspace(AppState& state, const char* back = "< Back to samples");
void draw_supervision_record(const Extract& extract, Index supervision);

// A message across the section: a marker and words in `color` on a pale band, wrapped.
// With `dismiss`, a "Dismiss" button; returns true when it is pressed.
bool banner(ImU32 color, const char* marker, const std::string& text, bool dismiss);

// Why the auditor's work is not being kept in the browser, if it is not, with "Save
// workbook" beside it (view_storage_banner.cpp).
void draw_storage_banner(AppState& state);

} // namespace ca::app
