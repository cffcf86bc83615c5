// caseaudit - shared by the training commands (see cli_training.h).
#include "cli/cli_training.h"

#include "cli/cli_common.h"

#include <cstdio>
#include <cstring>

namespace ca::cli {

TrainingArgs parse_training_args(int argc, char** argv) {
    TrainingArgs args;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--json") == 0) {
            args.json = true;
        } else if (std::strcmp(a, "--policy") == 0 && i + 1 < argc) {
            args.policy = argv[++i];
        } else if (a[0] != '-') {
            args.files.push_back(a);
        } else {
            args.bad = true;
        }
    }
    return args;
}

} // namespace ca::cli
