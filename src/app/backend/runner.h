// Case Audit - the runner owns the window, the GL context and the main loop, and calls
// App::frame() when something changed. See runner.cpp for the idle behaviour.
#pragma once

#include "app/app.h"

namespace ca::app {
// Runs the app until the window closes (desktop) or for the life of the page (browser).
int run(App& app);
} // namespace ca::app
