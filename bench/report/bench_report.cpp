// Reports benchmark: a synthetic extract of about SIZE_MB megabytes is generated straight into
// the importer (as bench_caseload does), then 20 workbooks holding 1,000 completed case audits
// between them are made (each audit of a different random case, all 14 areas answered, a
// completion date spread over the 12 months to the as-at date, one action in three audits),
// saved as JSON and read back with the strict loader. Timed, best of RUNS:
//   load_ms     reading the 20 workbook files (load_workbook_json), as "Add workbooks..." does
//   combine_ms  combine_audits (the fingerprint is computed once per extract, not timed here)
//   compute_ms  compute_report: every section
//   html_ms     report_html;  csv_ms  the three CSV files;  json_ms  report_json
//   total_ms    combine + compute + html + csv + json: "computing every report"
// Prints one JSON line. bench/report/run.sh builds it natively and for wasm.
//
// usage: bench_report [SIZE_MB] [RUNS]
#include "bench/bench_support.h"
#include "core/extract/fingerprint.h"
#include "core/report/report_export.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

// 20 workbooks of 50 audits: deterministic, from a fixed seed.
std::vector<std::string> make_workbooks(const ca::Extract& ex, const ca::Policy& policy,
                                        const std::string& fingerprint) {
    std::vector<std::string> files;
    std::uint64_t state = 0x5eed2026u;
    auto next = [&state](std::uint64_t bound) {
        // splitmix64: enough for spreading made-up audits.
        state += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return (z ^ (z >> 31)) % bound;
    };
    const ca::Date as_at = ex.metadata.as_at;
    std::vector<ca::Index> cases(ex.cases.size());
    for (ca::Index i = 0; i < cases.size(); ++i)
        cases[i] = i;
    for (std::size_t i = cases.size(); i > 1; --i)
        std::swap(cases[i - 1], cases[next(i)]);
    constexpr ca::audit::AreaResult k_results[] = {
        ca::audit::AreaResult::Met,    ca::audit::AreaResult::Met,
        ca::audit::AreaResult::Met,    ca::audit::AreaResult::PartlyMet,
        ca::audit::AreaResult::NotMet, ca::audit::AreaResult::NotApplicable};
    std::size_t c = 0;
    for (int w = 0; w < 20; ++w) {
        ca::audit::Workbook wb;
        wb.extract = ca::audit::extract_identity(ex);
        wb.extract.fingerprint = fingerprint;
        wb.auditor = "Auditor " + std::to_string(w + 1);
        wb.capacity = w % 4 == 0 ? "Senior manager" : "First-line manager";
        wb.modified = "2026-03-01T09:00";
        for (int a = 0; a < 50 && c < cases.size(); ++a, ++c) {
            const std::string case_id(ex.id_of(ex.cases[cases[c]].id));
            ca::audit::Audit audit =
                ca::audit::new_audit(wb, policy, ca::audit::RecordSet::Cases, case_id, "");
            audit.status = ca::audit::AuditStatus::Completed;
            audit.auditor = wb.auditor;
            audit.capacity = wb.capacity;
            const ca::Date done = ca::add_days(as_at, -static_cast<int>(next(365)));
            audit.audit_date = done;
            audit.completed = done;
            for (ca::audit::AreaAnswer& ans : audit.answers)
                ans.result = k_results[next(std::size(k_results))];
            if (a % 3 == 0)
                audit.actions.push_back(
                    {"Update the chronology", "", ca::add_days(done, 28), next(2) == 0});
            wb.audits.push_back(std::move(audit));
        }
        files.push_back(ca::audit::save_workbook_json(wb));
    }
    return files;
}

} // namespace

int main(int argc, char** argv) {
    const ca_bench::GeneratedRun g = ca_bench::generated_run(argc, argv);
    if (!g.imported.ok())
        return 1;
    const ca::Extract& ex = *g.imported.extract;
    const int runs = g.runs;
    const ca::GenerateStats& stats = g.stats;
    const ca::Policy policy = ca::default_policy();
    std::string fingerprint;
    const double fingerprint_ms =
        ca_bench::best_of(1, [&] { fingerprint = ca::extract_fingerprint(ex); });
    const std::vector<std::string> files = make_workbooks(ex, policy, fingerprint);

    using namespace ca::report;
    std::vector<WorkbookInput> inputs;
    const double load_ms = ca_bench::best_of(runs, [&] {
        inputs.clear();
        for (std::size_t i = 0; i < files.size(); ++i) {
            ca::audit::WorkbookLoadResult r = ca::audit::load_workbook_json(files[i]);
            if (r.ok())
                inputs.push_back({"workbook-" + std::to_string(i + 1) + ".json", *r.workbook});
        }
    });
    if (inputs.size() != files.size()) {
        std::fprintf(stderr, "a made-up workbook did not load\n");
        return 1;
    }
    CombinedAudits combined;
    const double combine_ms = ca_bench::best_of(
        runs, [&] { combined = combine_audits(ex, fingerprint, policy, inputs); });
    Report report;
    const double compute_ms = ca_bench::best_of(
        runs, [&] { report = compute_report(ex, policy, combined, inputs, default_options(ex)); });
    std::string html;
    const double html_ms = ca_bench::best_of(runs, [&] { html = report_html(report); });
    std::string csv;
    const double csv_ms = ca_bench::best_of(runs, [&] {
        csv = compliance_csv(report, inputs) + actions_csv(report) + programme_csv(report);
    });
    std::string json;
    const double json_ms = ca_bench::best_of(runs, [&] { json = report_json(report); });
    // "Computing every report": the whole path from the loaded workbooks to every output.
    long long checksum = 0; // keeps the optimiser from dropping the work
    const double total_ms = ca_bench::best_of(runs, [&] {
        const Report r = compute_report(ex, policy, combine_audits(ex, fingerprint, policy, inputs),
                                        inputs, default_options(ex));
        checksum += static_cast<long long>(report_html(r).size() + report_json(r).size() +
                                           compliance_csv(r, inputs).size() +
                                           actions_csv(r).size() + programme_csv(r).size());
    });
    std::printf("{\"mb\": %.1f, \"cases\": %zu, \"workers\": %zu, \"supervisions\": %zu, "
                "\"workbooks\": %zu, \"audits\": %zu, \"fingerprint_ms\": %.3f, "
                "\"load_ms\": %.3f, \"combine_ms\": %.3f, \"compute_ms\": %.3f, "
                "\"html_ms\": %.3f, \"csv_ms\": %.3f, \"json_ms\": %.3f, \"total_ms\": %.3f, "
                "\"html_bytes\": %zu, \"runs\": %d, \"checksum\": %lld}\n",
                static_cast<double>(stats.bytes) / 1e6, ex.cases.size(), ex.workers.size(),
                ex.supervisions.size(), files.size(), combined.audits.size(), fingerprint_ms,
                load_ms, combine_ms, compute_ms, html_ms, csv_ms, json_ms, total_ms, html.size(),
                runs, checksum + static_cast<long long>(csv.size() + json.size()));
    return 0;
}
