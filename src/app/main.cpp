// Case Audit - the app's entry point. An empty shell, as in ImHex: everything happens in the
// App (state and views) and the runner (window and loop).
#include "app/app.h"
#include "app/backend/runner.h"

#include <fstream>
#include <iterator>

int main(int argc, char** argv) {
    static ca::app::App app; // static: the browser's main loop outlives main()
    // The desktop build opens files named on its command line, as if dropped on the window.
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        ca::platform::OpenedFile file;
        file.name = argv[i];
        if (!in)
            file.error = "The file could not be read.";
        else
            file.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        ca::platform::push_opened_file(std::move(file));
    }
    return ca::app::run(app);
}
