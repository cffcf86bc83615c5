// Case Audit - the app's entry point. An empty shell, as in ImHex: everything happens in the
// App (state and views) and the runner (window and loop).
#include "app/app.h"
#include "app/backend/runner.h"

int main(int argc, char** argv) {
    static ca::app::App app; // static: the browser's main loop outlives main()
    // The desktop build opens files named on its command line, as if dropped on the window.
    for (int i = 1; i < argc; ++i)
        ca::platform::open_path(argv[i]);
    return ca::app::run(app);
}
