// caseaudit - the command table. Each command lives in its own cmd_<name>.cpp and adds itself
// to the table with a registration object:
//
//     static const ca::cli::Registration reg{"validate", "check an extract", k_usage,
//                                            run_validate};
//
// so that adding a command never edits main.cpp. Commands return the process exit status:
// 0 success, 1 the input failed (e.g. an extract that does not import), 2 a usage error.
// `caseaudit COMMAND --help` (or -h) and `caseaudit help COMMAND` print the command's usage
// text to standard output and exit 0 (main.cpp): a command never sees --help itself.
#pragma once

#include <vector>

namespace ca::cli {

using CommandFn = int (*)(int argc, char** argv); // argv[0] is the command's own name

struct Command {
    const char* name;
    const char* summary; // one line, for the list of commands
    const char* usage;   // "usage: caseaudit NAME ...\n" and any lines explaining the options
    CommandFn run;
};

// All registered commands, sorted by name.
const std::vector<Command>& commands();

struct Registration {
    Registration(const char* name, const char* summary, const char* usage, CommandFn run);
};

} // namespace ca::cli
