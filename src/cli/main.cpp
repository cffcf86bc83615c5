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

Registration::Registration(const char* name, const char* summary, const char* usage,
                           CommandFn run) {
    table().push_back(Command{name, summary, usage, run});
}

// ---------------------------------------------------------------------------
// [SECTION] Built-in commands
// ---------------------------------------------------------------------------
namespace {
int run_version(int, char**) {
    std::printf("%s %s\n", k_product_name, k_version);
    return 0;
}
const Registration k_version_reg{"version", "print the version", "usage: caseaudit version\n",
                                 run_version};

void print_usage(std::FILE* out) {
    std::fprintf(out, "usage: caseaudit COMMAND [ARGS...]\n\ncommands:\n");
    for (const Command& c : commands())
        std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
    std::fprintf(out, "  %-10s %s\n", "help",
                 "this list, or `help COMMAND` for a command's options");
    std::fprintf(out,
                 "\nRun 'caseaudit COMMAND --help' for a command's options; see docs/cli.md.\n");
}

bool is_help(const char* arg) {
    return std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0;
}

const Command* find_command(std::string_view name) {
    for (const Command& c : commands())
        if (name == c.name)
            return &c;
    return nullptr;
}

int unknown_command(const char* name) {
    std::fprintf(stderr, "caseaudit: unknown command '%s'\n\n", name);
    print_usage(stderr);
    return 2;
}

// `caseaudit help [COMMAND]`: the list of commands, or one command's usage, on stdout.
int run_help(int argc, char** argv) {
    if (argc < 2) {
        print_usage(stdout);
        return 0;
    }
    if (argc > 2) {
        std::fputs("usage: caseaudit help [COMMAND]\n", stderr);
        return 2;
    }
    const Command* c = find_command(argv[1]);
    if (c == nullptr)
        return unknown_command(argv[1]);
    std::fputs(c->usage, stdout);
    return 0;
}
} // namespace

} // namespace ca::cli

// ---------------------------------------------------------------------------
// [SECTION] main
// ---------------------------------------------------------------------------

int main(int argc, char** argv) {
    using namespace ca::cli;
    if (argc < 2 || is_help(argv[1])) {
        print_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (std::strcmp(argv[1], "help") == 0)
        return run_help(argc - 1, argv + 1);
    const Command* c = find_command(argv[1]);
    if (c == nullptr)
        return unknown_command(argv[1]);
    // --help anywhere among a command's arguments asks for its usage, not an error.
    for (int i = 2; i < argc; ++i)
        if (is_help(argv[i])) {
            std::fputs(c->usage, stdout);
            return 0;
        }
    return c->run(argc - 1, argv + 1);
}
