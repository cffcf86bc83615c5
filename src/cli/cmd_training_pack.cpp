// caseaudit training-pack [--out FILE]
//
// Writes the built-in training pack (core/training/built_in_pack.h: six practice cases of
// the demo borough with their reference audits; docs/training-pack.md), the same bytes as
// the app's. Exit status: 0 written, 1 the file cannot be written, 2 usage.
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/training/built_in_pack.h"

#include <cstdio>
#include <cstring>
#include <fstream>

namespace {

const char* const k_usage = "usage: caseaudit training-pack [--out FILE]\n";

int run_training_pack(int argc, char** argv) {
    const char* out_path = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
            out_path = argv[++i];
        } else {
            return ca::cli::usage_error(k_usage);
        }
    }
    const ca::training::BuiltInPack pack = ca::training::built_in_pack();
    if (!out_path) {
        std::fwrite(pack.json.data(), 1, pack.json.size(), stdout);
        return 0;
    }
    std::ofstream out(out_path, std::ios::binary);
    out.write(pack.json.data(), static_cast<std::streamsize>(pack.json.size()));
    if (!out) {
        std::fprintf(stderr, "%s: cannot write the training pack.\n", out_path);
        return 1;
    }
    std::fprintf(stderr, "caseaudit training-pack: %zu bytes written to %s\n", pack.json.size(),
                 out_path);
    return 0;
}

const ca::cli::Registration reg{"training-pack", "write the built-in training pack", k_usage,
                                run_training_pack};

} // namespace
