// Case Audit - calibration results as JSON: each auditor's direction of bias, the rows that
// `caseaudit agreement --json` and the report's calibration (its moderation section) both
// write, and the whole calibration as `caseaudit agreement --json` writes it (the app's test
// API gives the Calibration page's figures in the same form, so the browser tests compare
// them with the tool's). The report keeps its own documented keys ("fleiss" there,
// "fleissKappa" in the tool; docs/cli.md, docs/reports.md).
#pragma once

#include "core/training/calibration.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace ca::training {

// One row per auditor, in the calibration's order: {"auditor", "cases", "meanPoints"
// (unrounded; + is generous), "direction", "gradesAbove", "gradesLevel", "gradesBelow"}.
nlohmann::ordered_json auditor_bias_json(const std::vector<AuditorBias>& bias);

// The calibration as `caseaudit agreement --json` writes it (docs/cli.md): "auditors",
// "cases", "observed", the coefficients over all areas and on the grades (each
// stats::k_coefficient_json), "gradeWeights", "areas" (lowest agreement first) and "bias".
nlohmann::ordered_json calibration_json(const Calibration& c);

} // namespace ca::training
