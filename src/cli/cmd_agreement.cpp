// caseaudit agreement WORKBOOK WORKBOOK... [--json] [--policy FILE]
//
// Calibration across auditors: several workbooks whose auditors audited the same case files
// (core/training/calibration.h). Prints Fleiss' kappa and Gwet's AC1 over all areas and on
// the grades (with two workbooks, Cohen's kappa and linearly weighted kappa too), the areas
// lowest agreement first, and each auditor's direction of bias. Each auditor is named by
// the workbook's auditor, else by its file name. Exit status: 0 printed, 1 a workbook or the
// policy does not load, 2 usage (fewer than two workbooks).
#include "cli/cli_common.h"
#include "cli/cli_training.h"
#include "cli/commands.h"
#include "core/training/calibration.h"
#include "core/training/calibration_json.h"

#include <cstdio>
#include <cstring>

namespace {

using namespace ca;
using namespace ca::training;
using ca::cli::coefficient_text;

const char* const k_usage =
    "usage: caseaudit agreement WORKBOOK WORKBOOK... [--json] [--policy FILE]\n";

void print_calibration(const Calibration& c) {
    std::printf("Calibration: %d auditors, %zu %s audited by two or more\n", c.auditors,
                c.case_ids.size(), c.case_ids.size() == 1 ? "case" : "cases");
    std::printf("All areas: Fleiss' kappa %s\n", coefficient_text(c.fleiss, false).c_str());
    std::printf("           Gwet's AC1 %s\n", coefficient_text(c.ac1, false).c_str());
    std::printf("           observed agreement %.1f%%\n", c.fleiss.observed * 100.0);
    std::printf("Overall grade: Fleiss' kappa %s\n",
                coefficient_text(c.grade_fleiss, false).c_str());
    if (c.auditors == 2) {
        std::printf("Two auditors: Cohen's kappa on area results %s\n",
                    coefficient_text(c.cohen, false).c_str());
        std::printf("              weighted kappa (linear) on grades %s\n",
                    coefficient_text(c.grade_weighted_kappa, false).c_str());
    }
    std::printf("\nAreas, lowest agreement first (their guidance needs rewriting first):\n");
    for (const AreaAgreement& a : c.areas) {
        std::printf("  %-60s kappa %s; AC1 %s; agreement %.1f%%\n",
                    std::string(audit::case_area(a.area).title).c_str(),
                    coefficient_text(a.fleiss, false).c_str(),
                    coefficient_text(a.ac1, false).c_str(), a.fleiss.observed * 100.0);
    }
    std::printf("\nDirection of bias (score against the group's median on each case):\n");
    for (const AuditorBias& b : c.bias) {
        std::printf("  %s: %+.1f points over %d %s, %s; grades %d above, %d level, %d below\n",
                    b.auditor.c_str(), b.mean_points, b.cases, b.cases == 1 ? "case" : "cases",
                    b.direction.c_str(), b.grades_above, b.grades_level, b.grades_below);
    }
}

int run_agreement(int argc, char** argv) {
    const ca::cli::TrainingArgs args = ca::cli::parse_training_args(argc, argv);
    if (args.bad) {
        return ca::cli::usage_error(k_usage);
    }
    const std::vector<const char*>& paths = args.files;
    const char* policy_path = args.policy;
    const bool json = args.json;
    if (paths.size() < 2) {
        std::fputs("caseaudit agreement: give two workbooks or more (one per auditor).\n", stderr);
        return ca::cli::usage_error(k_usage);
    }
    const std::optional<Policy> policy = ca::cli::load_policy_option(policy_path);
    if (!policy) {
        return 1;
    }
    std::vector<audit::Workbook> workbooks;
    std::vector<std::string> names;
    for (const char* p : paths) {
        std::optional<audit::Workbook> wb = ca::cli::load_workbook_or_report(p);
        if (!wb) {
            return 1;
        }
        names.push_back(wb->auditor.empty() ? std::string(p) : wb->auditor);
        workbooks.push_back(std::move(*wb));
    }
    const Calibration c = calibrate(workbooks, names, policy->audit.bands);
    if (json) {
        std::printf("%s\n", calibration_json(c).dump(2).c_str());
    } else {
        print_calibration(c);
    }
    return 0;
}

const ca::cli::Registration reg{"agreement", "agreement between auditors' workbooks", k_usage,
                                run_agreement};

} // namespace
