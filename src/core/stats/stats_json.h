// Case Audit - an agreement figure as JSON, one writer for the command-line tool, the report
// and the app's test interface, so a figure reads the same wherever it is written.
//
// The members come in a fixed order: "value" (unrounded, null when undefined), "n", then
// those each output asks for: "observed" (the report's), "band" (the Landis and Koch key,
// null when undefined; never for a proportion, which has no band), "reason" (why it is
// undefined, "" when defined). The key a figure is written under ("fleissKappa" in the
// tool, "fleiss" in the report) is the caller's.
#pragma once

#include "core/stats/coefficient.h"

#include <nlohmann/json.hpp>

namespace ca::stats {

// Which members follow "value" and "n".
struct CoefficientJsonMembers {
    bool observed = false;
    bool band = false;
    bool reason = false;
};

// A chance-corrected coefficient in the tool: value, n, band, reason.
inline constexpr CoefficientJsonMembers k_coefficient_json{false, true, true};
// A proportion (a percentage agreement) in the tool: value, n, reason.
inline constexpr CoefficientJsonMembers k_proportion_json{false, false, true};
// A coefficient in the report: value, n, observed, band, reason.
inline constexpr CoefficientJsonMembers k_report_coefficient_json{true, true, true};
// The value and n alone (the app's test interface).
inline constexpr CoefficientJsonMembers k_value_and_n_json{false, false, false};

// {"value": 0.43 or null, "n": 30, ...the members asked for}.
nlohmann::ordered_json coefficient_json(const Coefficient& c, CoefficientJsonMembers members);

} // namespace ca::stats
