// caseaudit - what the training commands (agreement, train-check, training-pack) share:
// agreement figures as text and JSON.
#pragma once

#include "core/audit/workbook.h"
#include "core/stats/coefficient.h"

#include <nlohmann/json.hpp>

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

// {"value": 0.43 or null, "n": 30, "band": "moderate" or null, "reason": ""}; a proportion
// has no "band" member. Values are unrounded.
nlohmann::ordered_json coefficient_json(const stats::Coefficient& c, bool proportion);

} // namespace ca::cli
