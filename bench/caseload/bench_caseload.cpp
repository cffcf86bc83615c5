// Caseload rules benchmark: a synthetic extract of about SIZE_MB megabytes is generated
// (ca::generate_extract, the same generator as `caseaudit generate`) straight into the
// importer, then the caseload rules are timed on it: building the CaseloadIndex, one date
// (compute_caseloads on the as-at date) and 12 monthly dates (compute_caseloads for each,
// and caseload_history). Prints one JSON line. Not part of the default build or the tests;
// bench/caseload/run.sh builds it natively and for wasm.
//
// usage: bench_caseload [SIZE_MB] [RUNS]
#include "bench/bench_support.h"
#include "core/caseload/caseload.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

using ca_bench::now_ms;

int main(int argc, char** argv) {
    const ca_bench::GeneratedRun g = ca_bench::generated_run(argc, argv);
    if (!g.imported.ok())
        return 1;
    const ca::Extract& ex = *g.imported.extract;
    const int runs = g.runs;
    const ca::GenerateStats& stats = g.stats;
    const ca::Policy policy = ca::default_policy();
    const ca::Date as_at = ca::default_caseload_date(ex);

    double best_index = 1e300;
    double best_one = 1e300;
    double best_twelve = 1e300;
    double best_history = 1e300;
    std::size_t rows = 0;
    std::size_t findings = 0;
    long long checksum = 0; // keeps the optimiser from dropping the work
    for (int run = 0; run < runs; ++run) {
        double t0 = now_ms();
        const ca::CaseloadIndex index(ex);
        double t1 = now_ms();
        best_index = std::min(best_index, t1 - t0);

        t0 = now_ms();
        const ca::CaseloadResult one = ca::compute_caseloads(index, policy, as_at);
        t1 = now_ms();
        best_one = std::min(best_one, t1 - t0);
        rows = one.workers.size();
        findings = one.findings.size();

        t0 = now_ms();
        for (int k = 0; k < 12; ++k) {
            const ca::CaseloadResult r =
                ca::compute_caseloads(index, policy, ca::add_months(as_at, -k));
            checksum += static_cast<long long>(r.findings.size());
        }
        t1 = now_ms();
        best_twelve = std::min(best_twelve, t1 - t0);

        t0 = now_ms();
        const ca::CaseloadHistory h = ca::caseload_history(index, policy, as_at);
        t1 = now_ms();
        best_history = std::min(best_history, t1 - t0);
        checksum += h.teams.empty() ? 0 : h.teams.front().counts.back();
    }
    std::printf("{\"mb\": %.1f, \"cases\": %zu, \"workers\": %zu, \"allocations\": %zu, "
                "\"director_discussions\": %zu, \"rows\": %zu, \"findings\": %zu, "
                "\"index_ms\": %.3f, \"one_date_ms\": %.3f, \"twelve_dates_ms\": %.3f, "
                "\"history_ms\": %.3f, \"runs\": %d, \"checksum\": %lld}\n",
                static_cast<double>(stats.bytes) / 1e6, ex.cases.size(), ex.workers.size(),
                ex.allocations.size(), ex.director_discussions.size(), rows, findings, best_index,
                best_one, best_twelve, best_history, runs, checksum);
    return 0;
}
