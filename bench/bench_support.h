// What the benchmarks share: a clock, the best of several runs, and a synthetic extract of
// about a given size generated straight into the importer (ca::generate_extract, the same
// generator as `caseaudit generate`).
#pragma once

#include "core/extract/import.h"
#include "core/generate/generate.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace ca_bench {

inline double now_ms() {
    using Clock = std::chrono::steady_clock;
    return std::chrono::duration<double, std::milli>(Clock::now().time_since_epoch()).count();
}

// The shortest of `runs` runs of `work`, in milliseconds.
inline double best_of(int runs, const std::function<void()>& work) {
    double best = 1e300;
    for (int r = 0; r < runs; ++r) {
        const double t0 = now_ms();
        work();
        best = std::min(best, now_ms() - t0);
    }
    return best;
}

// A generated extract of about `size_mb` megabytes, imported; not ok() (and a message on
// stderr) if it did not import.
inline ca::ImportResult generated_extract(double size_mb, ca::GenerateStats& stats) {
    ca::GenerateOptions options;
    options.target_mb = size_mb;
    ca::ExtractImporter importer;
    ca::FunctionSink sink([&](std::string_view bytes) { importer.feed(bytes); });
    stats = ca::generate_extract(options, sink);
    ca::ImportResult imported = importer.finish();
    if (!imported.ok())
        std::fprintf(stderr, "the generated extract did not import\n");
    return imported;
}

// A benchmark's usual start: `[SIZE_MB] [RUNS]` from the command line (default 100 and 5),
// and the generated extract of that size.
struct GeneratedRun {
    double size_mb = 100.0;
    int runs = 5;
    ca::GenerateStats stats;
    ca::ImportResult imported;
};
inline GeneratedRun generated_run(int argc, char** argv) {
    GeneratedRun g;
    g.size_mb = argc > 1 ? std::atof(argv[1]) : 100.0;
    g.runs = argc > 2 ? std::atoi(argv[2]) : 5;
    g.imported = generated_extract(g.size_mb, g.stats);
    return g;
}

} // namespace ca_bench
