// Extract import benchmark: reads FILE in 8 MiB chunks through ca::ExtractImporter, as the
// app does, and prints MB/s and peak memory. Built by bench/extract_import/run.sh (native
// and wasm), never by the default build.
#include "core/extract/import.h"

#include <chrono>
#include <cstdio>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#endif

static double peak_mib() {
#ifdef __EMSCRIPTEN__
    // Wasm memory only grows, so its current size is the peak.
    return static_cast<double>(emscripten_get_heap_size()) / (1024.0 * 1024.0);
#else
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
#endif
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_import FILE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    std::FILE* f = std::fopen(argv[1], "rb");
    if (!f)
        return 1;
    std::fseek(f, 0, SEEK_END);
    const long size = std::ftell(f);
    std::fclose(f);
    const double mb = static_cast<double>(size) / 1e6;
    double best = 1e30;
    std::size_t notes = 0;
    std::size_t model = 0;
    for (int run = 0; run < runs; ++run) {
        const auto t0 = std::chrono::steady_clock::now();
        ca::ImportResult r = ca::import_extract_file(argv[1]);
        const auto t1 = std::chrono::steady_clock::now();
        if (!r.ok()) {
            for (const auto& fi : r.findings)
                std::fprintf(stderr, "%s\n", ca::format_finding(fi).c_str());
            return 1;
        }
        notes = r.extract->notes.size();
        model = r.extract->memory_bytes();
        const double s = std::chrono::duration<double>(t1 - t0).count();
        best = s < best ? s : best;
    }
    std::printf("{\"file_mb\": %.1f, \"notes\": %zu, \"best_s\": %.3f, \"mb_per_s\": %.0f, "
                "\"model_mib\": %.0f, \"peak_mib\": %.0f, \"peak_over_file\": %.2f}\n",
                mb, notes, best, mb / best, static_cast<double>(model) / (1024.0 * 1024.0),
                peak_mib(), peak_mib() * 1024.0 * 1024.0 / static_cast<double>(size));
    return 0;
}
