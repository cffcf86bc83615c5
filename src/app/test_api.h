// Case Audit - the test API (see test_api.cpp and docs/testing.md).
#pragma once

#include "app/app.h"

namespace ca::app {
void set_test_api_app(App* app);
const char* test_state_json(); // {"section", "sections", "loaded", "lastError", ...}
bool test_select_section(const char* name);
} // namespace ca::app
