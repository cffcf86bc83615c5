// caseaudit caseload EXTRACT [--policy FILE] [--as-at DATE] [--json | --csv]
//
// Per worker: the caseload on the date, the level that applies and where it comes from, the
// headroom and the findings; then the findings with their sentences. The same core calls as
// the app's Caseloads view (core/caseload/caseload.h). Exit status: 0 done (whatever the
// findings), 1 the extract does not import or the policy file is invalid, 2 usage.
//
// Index of this file:
// [SECTION] Text table
// [SECTION] Command
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/caseload/caseload.h"
#include "core/extract/import.h"
#include "core/policy/policy.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace {

// ---------------------------------------------------------------------------
// [SECTION] Text table
// ---------------------------------------------------------------------------

// Display width of UTF-8 text: one column per code point (names may have accents).
std::size_t width(const std::string& s) {
    std::size_t n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

void print_table(const std::vector<std::vector<std::string>>& rows,
                 const std::vector<bool>& right_aligned) {
    std::vector<std::size_t> widths(rows.front().size(), 0);
    for (const auto& r : rows)
        for (std::size_t i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], width(r[i]));
    for (const auto& r : rows) {
        std::string line;
        for (std::size_t i = 0; i < r.size(); ++i) {
            const std::string pad(widths[i] - width(r[i]), ' ');
            line += right_aligned[i] ? pad + r[i] : r[i] + (i + 1 < r.size() ? pad : "");
            if (i + 1 < r.size())
                line += "  ";
        }
        std::printf("%s\n", line.c_str());
    }
}

void print_text(const ca::CaseloadResult& r, bool date_is_as_at) {
    std::printf("Caseloads on %s%s\n", ca::format_date_long(r.date).c_str(),
                date_is_as_at ? " (the extract's as-at date)" : "");
    std::printf("Policy: %s, version %s, fingerprint %s\n", r.policy.name.c_str(),
                r.policy.version.c_str(), r.policy.fingerprint.c_str());
    std::printf("Counting %s\n\n", r.count_secondary ? "primary and secondary allocations"
                                                     : "primary allocations only");
    std::vector<std::vector<std::string>> rows;
    rows.push_back(
        {"Team", "Worker", "Id", "Role", "Cases", "Level", "Headroom", "Basis", "Worst finding"});
    for (const ca::WorkerCaseload& w : r.workers) {
        const bool lvl = w.level.applies();
        rows.push_back({w.team_name.empty() ? "(no team)" : w.team_name, w.worker_name, w.worker_id,
                        std::string(ca::enum_name(w.role)), std::to_string(w.caseload),
                        lvl ? std::to_string(w.level.upper) : "-",
                        lvl ? std::to_string(w.headroom) : "-",
                        lvl ? w.level.description : "no limit applies",
                        w.worst ? std::string(ca::caseload_severity_name(*w.worst)) : ""});
    }
    print_table(rows, {false, false, false, false, true, true, true, false, false});

    std::printf("\nTeams\n");
    rows.clear();
    rows.push_back({"Team", "Kind", "Workers", "Cases", "Upper", "Absolute", "Source", "Over level",
                    "Over absolute", "Mean (qualified, non-ASYE)"});
    for (const ca::TeamCaseload& t : r.teams) {
        const bool lvl = t.source != ca::LevelSource::None;
        char mean[32] = "-";
        if (t.mean_of > 0)
            std::snprintf(mean, sizeof mean, "%.1f of %d", t.mean_caseload, t.mean_of);
        rows.push_back({t.team_name, std::string(ca::enum_name(t.kind)), std::to_string(t.workers),
                        std::to_string(t.cases), lvl ? std::to_string(t.upper) : "-",
                        lvl ? std::to_string(t.absolute) : "-",
                        std::string(ca::level_source_name(t.source)), std::to_string(t.over_level),
                        std::to_string(t.over_absolute), mean});
    }
    print_table(rows, {false, false, true, true, true, true, false, true, true, true});

    std::printf("\nFindings: %zu (critical %d, high %d, notice %d, data quality %d)\n",
                r.findings.size(), r.count(ca::CaseloadSeverity::Critical),
                r.count(ca::CaseloadSeverity::High), r.count(ca::CaseloadSeverity::Notice),
                r.count(ca::CaseloadSeverity::DataQuality));
    for (const ca::CaseloadFinding& f : r.findings)
        std::printf("  %-12s %s (%s) [%s]: %s\n",
                    std::string(ca::caseload_severity_name(f.severity)).c_str(),
                    f.worker_name.c_str(), f.worker_id.c_str(), f.code.c_str(), f.message.c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] Command
// ---------------------------------------------------------------------------

const char* const k_usage =
    "usage: caseaudit caseload EXTRACT [--policy FILE] [--as-at DATE] [--json | --csv]\n";

int run_caseload(int argc, char** argv) {
    ca::cli::CommonArgs common{"caseload", "--as-at"};
    bool json = false;
    bool csv = false;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--json") == 0)
            json = true;
        else if (std::strcmp(a, "--csv") == 0)
            csv = true;
        else if (!ca::cli::take_common_argument(argc, argv, i, common))
            return ca::cli::usage_error(k_usage);
    }
    if (json && csv)
        return ca::cli::usage_error(k_usage);
    const ca::cli::LoadedInputs in = ca::cli::load_inputs(common, k_usage);
    if (!in)
        return in.status;
    const ca::Policy& policy = in->policy;
    const ca::CaseloadIndex index(in->extract());
    const std::optional<ca::Date>& date = in->date;
    const ca::Date d = date ? *date : ca::default_caseload_date(in->extract());
    const ca::CaseloadResult result = ca::compute_caseloads(index, policy, d);
    if (json)
        std::fputs(ca::caseload_result_json(result).c_str(), stdout);
    else if (csv) {
        const std::string text = ca::caseload_table_csv(result);
        std::fwrite(text.data(), 1, text.size(), stdout);
    } else
        print_text(result, !date);
    return 0;
}

const ca::cli::Registration reg{"caseload", "caseloads, limits and findings on a date", k_usage,
                                run_caseload};

} // namespace
