// Case Audit - the accessible view: the essentials of the app as real HTML, for people who
// use a screen reader, speech recognition or their own colours, which cannot read the
// canvas. The page (web/platform.js, shell.html) builds it from accessible_view_json(): the
// caseload table, the sample of the audit open, and the open audit with its areas as
// fieldsets of radio buttons and a text box each. Changes made there come back through
// accessible_set_result() and accessible_set_comment(), the same core calls and the same
// save as the canvas's checklist.
#pragma once

#include "app/app.h"

#include <string>
#include <string_view>

namespace ca::app {

void set_accessible_view_app(App* app);

// {"extract": name or null, "caseloads": {date, workers: [{name, team, caseload, level,
// status}]}, "sample": {id, records: [ids]} or null, "audit": null or {id, record, status,
// editable, score, areas: [{key, number, title, result, comment}]}}. result is a result key
// ("met", ...) or "".
std::string accessible_view_json(const AppState& state);

// Sets the result (a result key, "" to clear) or the comment of area `key` of the open
// audit; false when no audit is open, it is completed, or the key or result is unknown.
bool accessible_set_result(AppState& state, std::string_view key, std::string_view result);
bool accessible_set_comment(AppState& state, std::string_view key, std::string_view text);

} // namespace ca::app
