// caseaudit - the command-line face of Case Audit. Each subcommand is a thin shell over a
// core function, so the CLI, the app and the tests compute the same results.
//
// Index of this file:
// [SECTION] Command table
// [SECTION] main
#include "core/version.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace {

// ---------------------------------------------------------------------------
// [SECTION] Command table
// ---------------------------------------------------------------------------

int cmd_version(int, char**) {
    std::printf("%s %s\n", ca::k_product_name, ca::k_version);
    return 0;
}

struct Command {
    const char* name;
    const char* summary;
    int (*run)(int argc, char** argv);
};

const Command k_commands[] = {
    {"version", "print the version", cmd_version},
};

void print_usage(std::FILE* out) {
    std::fprintf(out, "usage: caseaudit COMMAND [ARGS...]\n\ncommands:\n");
    for (const Command& c : k_commands)
        std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
    std::fprintf(out, "\nSee docs/cli.md for each command's options and exit status.\n");
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] main
// ---------------------------------------------------------------------------

int main(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        print_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const std::string_view name = argv[1];
    for (const Command& c : k_commands)
        if (name == c.name)
            return c.run(argc - 1, argv + 1);
    std::fprintf(stderr, "caseaudit: unknown command '%s'\n\n", argv[1]);
    print_usage(stderr);
    return 2;
}
