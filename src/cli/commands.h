// caseaudit - the command table. Each command lives in its own cmd_<name>.cpp and adds itself
// to the table with a registration object:
//
//     static const ca::cli::Registration reg{"validate", "check an extract", run_validate};
//
// so that adding a command never edits main.cpp. Commands return the process exit status:
// 0 success, 1 the input failed (e.g. an extract that does not import), 2 a usage error.
#pragma once

#include <vector>

namespace ca::cli {

using CommandFn = int (*)(int argc, char** argv); // argv[0] is the command's own name

struct Command {
    const char* name;
    const char* summary;
    CommandFn run;
};

// All registered commands, sorted by name.
const std::vector<Command>& commands();

struct Registration {
    Registration(const char* name, const char* summary, CommandFn run);
};

} // namespace ca::cli
