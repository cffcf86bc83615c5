// Case Audit - how the platform layer wakes the app's main loop. The runner (which owns
// the loop) installs the hook; request_redraw() on either side calls it.
#pragma once

namespace ca::platform {
using WakeHook = void (*)();
void set_wake_hook(WakeHook hook);
} // namespace ca::platform
