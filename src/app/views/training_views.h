// Case Audit - the Training section's pages, one file each (view_training_<page>.cpp), and
// what they share (view_training.cpp): the page bar and the way an agreement figure is drawn.
#pragma once

#include "app/app.h"
#include "core/audit/checklist.h"
#include "core/stats/coefficient.h"

#include <string>

namespace ca::app {

void draw_training_learn(AppState& state);
void draw_training_practise(AppState& state);
void draw_training_moderation(AppState& state);
void draw_training_calibration(AppState& state);
void draw_training_author(AppState& state);

// Starts (or continues) the trainee's practice audit of pack case `case_id` and opens it in
// the audit workspace on the Practise page (view_training_practise.cpp). False when the pack
// is not open or the case is not in it.
bool practise_case(AppState& state, const std::string& case_id);

// One row of a figures table (a table of 4 columns: figure, value, n, band): the value,
// its n, and its Landis and Koch band, or why it is undefined, in words.
void figure_row(const char* label, const stats::Coefficient& c, bool proportion);
bool begin_figures_table(const char* id);

// An area's or checklist item's title from its key ("risk-assessment" -> the policy's words).
std::string item_title(const AppState& state, const std::string& key);

} // namespace ca::app
