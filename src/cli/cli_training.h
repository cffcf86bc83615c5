// caseaudit - what the training commands (agreement, train-check, training-pack) share:
// their arguments (the agreement figures, as text and JSON, are the core's).
#pragma once

#include "core/audit/workbook.h"
#include "core/stats/coefficient.h"

#include <optional>
#include <string>
#include <vector>

namespace ca::cli {

// The arguments of agreement and train-check: files, --json and --policy FILE (--help is
// main.cpp's).
// `bad` is set on an unknown option (a usage error).
struct TrainingArgs {
    std::vector<const char*> files;
    const char* policy = nullptr;
    bool json = false;
    bool bad = false;
};
TrainingArgs parse_training_args(int argc, char** argv);

// The figures as text are the core's (stats::coefficient_text), the same as the app's.
using stats::coefficient_text;

// The figures as JSON are the core's too (stats::coefficient_json, core/stats/stats_json.h):
// a coefficient with k_coefficient_json, a proportion with k_proportion_json.

} // namespace ca::cli
