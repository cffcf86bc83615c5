// caseaudit report EXTRACT [WORKBOOK...] [--as-at DATE] [--from DATE --to DATE]
//                 [--by month|quarter] [--team ID] [--worker ID] [--policy FILE]
//                 --format html|csv|json [--out PATH]
//
// The oversight report (core/report/): the audit programme, compliance by criterion, grades,
// the actions register, supervision and caseloads, from the extract's past audits and the
// workbooks given, with the same core calls as the app's Reports view.
//   html  one printable document (stdout, or the file --out names)
//   json  every figure (stdout, or --out FILE)
//   csv   three files written into the folder --out names (made if missing):
//         compliance.csv (one row per audit and area), actions.csv, programme.csv
// The period defaults to the 12 months to the as-at date (default: the extract's); --from
// and --to go together. A workbook saved for another extract is refused with a warning on
// stderr naming both extracts, and the report says so; a workbook that does not load stops
// the command. Exit status: 0 written, 1 an input does not load or the output cannot be
// written, 2 usage.
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/extract/fingerprint.h"
#include "core/report/report_export.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace ca::report;

const char* const k_usage =
    "usage: caseaudit report EXTRACT [WORKBOOK...] [--as-at DATE] [--from DATE --to DATE]\n"
    "                        [--by month|quarter] [--team ID] [--worker ID] [--policy FILE]\n"
    "                        --format html|csv|json [--out PATH]\n"
    "  html: one printable document; json: every figure (stdout, or the file --out names)\n"
    "  csv:  compliance.csv, actions.csv and programme.csv in the folder --out names\n"
    "  The period defaults to the 12 months to the as-at date (default: the extract's).\n";

bool write_file(const std::string& path, const std::string& text) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        std::fprintf(stderr, "caseaudit report: cannot open %s: %s\n", path.c_str(),
                     std::strerror(errno));
        return false;
    }
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (std::fclose(f) != 0 || !ok) {
        std::fprintf(stderr, "caseaudit report: cannot write %s\n", path.c_str());
        return false;
    }
    return true;
}

// The file name without its folders, as the report names a workbook.
std::string base_name(const char* path) {
    return std::filesystem::path(path).filename().string();
}

int run_report(int argc, char** argv) {
    ca::cli::CommonArgs common;
    std::vector<const char*> workbook_paths;
    const char* as_at_text = nullptr;
    const char* from_text = nullptr;
    const char* to_text = nullptr;
    const char* team_id = nullptr;
    const char* worker_id = nullptr;
    const char* out_path = nullptr;
    std::string format;
    std::string by = "month";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
        const char** option = a == "--as-at"    ? &as_at_text
                              : a == "--from"   ? &from_text
                              : a == "--to"     ? &to_text
                              : a == "--team"   ? &team_id
                              : a == "--worker" ? &worker_id
                              : a == "--out"    ? &out_path
                                                : nullptr;
        if (option && value) {
            *option = value;
            ++i;
        } else if ((a == "--format" || a == "--by") && value) {
            (a == "--format" ? format : by) = value;
            ++i;
        } else if (ca::cli::take_common_argument(argc, argv, i, common)) {
            continue;
        } else if (!a.empty() && a[0] != '-' && common.extract_path) {
            workbook_paths.push_back(argv[i]);
        } else {
            return ca::cli::usage_error(k_usage);
        }
    }
    if (!common.extract_path || (format != "html" && format != "csv" && format != "json") ||
        (by != "month" && by != "quarter"))
        return ca::cli::usage_error(k_usage);
    if ((from_text == nullptr) != (to_text == nullptr)) {
        std::fputs("caseaudit report: --from and --to go together.\n", stderr);
        return 2;
    }
    if (format == "csv" && !out_path) {
        std::fputs("caseaudit report: --format csv writes three files: give --out FOLDER.\n",
                   stderr);
        return 2;
    }
    std::optional<ca::Date> as_at;
    std::optional<ca::Date> from;
    std::optional<ca::Date> to;
    if (!ca::cli::parse_date_option("report", "--as-at", as_at_text, as_at) ||
        !ca::cli::parse_date_option("report", "--from", from_text, from) ||
        !ca::cli::parse_date_option("report", "--to", to_text, to))
        return 2;
    if (from && to && *to < *from) {
        std::fputs("caseaudit report: --to is before --from.\n", stderr);
        return 2;
    }

    std::vector<WorkbookInput> inputs;
    for (const char* path : workbook_paths) {
        std::optional<ca::audit::Workbook> wb = ca::cli::load_workbook_or_report(path);
        if (!wb)
            return 1;
        inputs.push_back({base_name(path), std::move(*wb)});
    }
    const ca::cli::LoadedInputs in = ca::cli::load_inputs(common, k_usage);
    if (!in)
        return in.status;
    const ca::Policy& policy = in->policy;
    const ca::Extract& ex = in->extract();

    ReportOptions options = default_options(ex);
    if (as_at) {
        options.as_at = *as_at;
        options.period = twelve_months_to(*as_at);
    }
    if (from)
        options.period = {*from, *to};
    options.granularity = by == "quarter" ? Granularity::Quarter : Granularity::Month;
    if (team_id) {
        options.scope.team = ex.find_team(team_id);
        if (options.scope.team == ca::k_no_index) {
            std::fprintf(stderr, "caseaudit report: no team %s in the extract.\n", team_id);
            return 1;
        }
    }
    if (worker_id) {
        options.scope.worker = ex.find_worker(worker_id);
        if (options.scope.worker == ca::k_no_index) {
            std::fprintf(stderr, "caseaudit report: no worker %s in the extract.\n", worker_id);
            return 1;
        }
    }

    CombinedAudits combined = combine_audits(ex, ca::extract_fingerprint(ex), policy, inputs);
    for (const InputFile& f : combined.files)
        if (!f.accepted)
            std::fprintf(stderr, "warning: %s\n", f.message.c_str());
    for (const Clash& c : combined.clashes)
        std::fprintf(stderr, "warning: %s\n", c.message.c_str());
    const Report report = compute_report(ex, policy, std::move(combined), inputs, options);

    if (format == "csv") {
        std::error_code ec;
        std::filesystem::create_directories(out_path, ec);
        const std::filesystem::path dir(out_path);
        return write_file((dir / "compliance.csv").string(), compliance_csv(report, inputs)) &&
                       write_file((dir / "actions.csv").string(), actions_csv(report)) &&
                       write_file((dir / "programme.csv").string(), programme_csv(report))
                   ? 0
                   : 1;
    }
    const std::string text = format == "html" ? report_html(report) : report_json(report);
    if (out_path)
        return write_file(out_path, text) ? 0 : 1;
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

const ca::cli::Registration reg{"report", "the oversight report (HTML, CSV or JSON)", k_usage,
                                run_report};

} // namespace
