// caseaudit - the command-line face of Case Audit. Each subcommand (cmd_*.cpp) is a thin
// shell over a core function, so the CLI, the app and the tests compute the same results.
//
// Index of this file:
// [SECTION] Command table
// [SECTION] Built-in commands
// [SECTION] main
#include "cli/commands.h"
#include "core/version.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace ca::cli {

// ---------------------------------------------------------------------------
// [SECTION] Command table
// ---------------------------------------------------------------------------
namespace {
// A function-local static: registrations in other files run during static initialisation,
// in an order C++ does not fix, so the table must exist before the first of them.
std::vector<Command>& table() {
    static std::vector<Command> t;
    return t;
}
} // namespace

const std::vector<Command>& commands() {
    std::vector<Command>& t = table();
    std::sort(t.begin(), t.end(),
              [](const Command& a, const Command& b) { return std::strcmp(a.name, b.name) < 0; });
    return t;
}

Registration::Registration(const char* name, const char* summary, CommandFn run) {
    table().push_back(Command{name, summary, run});
}

// ---------------------------------------------------------------------------
// [SECTION] Built-in commands
// ---------------------------------------------------------------------------
namespace {
int run_version(int, char**) {
    std::printf("%s %s\n", k_product_name, k_version);
    return 0;
}
const Registration k_version_reg{"version", "print the version", run_version};

void print_usage(std::FILE* out) {
    std::fprintf(out, "usage: caseaudit COMMAND [ARGS...]\n\ncommands:\n");
    for (const Command& c : commands())
        std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
    std::fprintf(out,
                 "\nRun 'caseaudit COMMAND --help' for a command's options; see docs/cli.md.\n");
}
} // namespace

} // namespace ca::cli

// ---------------------------------------------------------------------------
// [SECTION] main
// ---------------------------------------------------------------------------

int main(int argc, char** argv) {
    using namespace ca::cli;
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        print_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const std::string_view name = argv[1];
    for (const Command& c : commands())
        if (name == c.name)
            return c.run(argc - 1, argv + 1);
    std::fprintf(stderr, "caseaudit: unknown command '%s'\n\n", argv[1]);
    print_usage(stderr);
    return 2;
}
