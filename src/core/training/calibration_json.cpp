// Case Audit - calibration results as JSON (see calibration_json.h).
#include "core/training/calibration_json.h"

namespace ca::training {

nlohmann::ordered_json auditor_bias_json(const std::vector<AuditorBias>& bias) {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const AuditorBias& b : bias)
        rows.push_back({{"auditor", b.auditor},
                        {"cases", b.cases},
                        {"meanPoints", b.mean_points},
                        {"direction", b.direction},
                        {"gradesAbove", b.grades_above},
                        {"gradesLevel", b.grades_level},
                        {"gradesBelow", b.grades_below}});
    return rows;
}

} // namespace ca::training
