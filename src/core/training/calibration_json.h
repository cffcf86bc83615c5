// Case Audit - calibration results as JSON: each auditor's direction of bias, the rows that
// `caseaudit agreement --json` and the report's calibration (its moderation section) both
// write. The figures around them keep each output's documented keys ("fleissKappa" in the
// tool, "fleiss" in the report; docs/cli.md, docs/reports.md) and are written by the callers
// with stats::coefficient_json.
#pragma once

#include "core/training/calibration.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace ca::training {

// One row per auditor, in the calibration's order: {"auditor", "cases", "meanPoints"
// (unrounded; + is generous), "direction", "gradesAbove", "gradesLevel", "gradesBelow"}.
nlohmann::ordered_json auditor_bias_json(const std::vector<AuditorBias>& bias);

} // namespace ca::training
