// Case Audit - the test API (see test_api.cpp and docs/testing.md).
#pragma once

#include "app/app.h"

namespace ca::app {
void set_test_api_app(App* app);
const char* test_state_json(); // {"section", "sections", "loaded", "lastError", ...}
bool test_select_section(const char* name);
const char* test_item_rect_json(const char* label); // {"x","y","width","height"} or null
const char* test_items_json();                      // labels of the widgets on screen
// The report the Reports section shows, as `caseaudit report --format json` writes it
// (core/report/report_json.cpp), or null before Reports has computed one.
const char* test_report_json();
bool test_load_demo(); // what the "Explore with demo data" button does (for API users)

// Called by App::frame() around drawing, so that widget positions describe the last frame.
void test_api_begin_frame();
void test_api_end_frame();
} // namespace ca::app
