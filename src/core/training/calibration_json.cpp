// Case Audit - calibration results as JSON (see calibration_json.h).
#include "core/training/calibration_json.h"

#include "core/audit/checklist.h"
#include "core/stats/stats_json.h"

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

nlohmann::ordered_json calibration_json(const Calibration& c) {
    nlohmann::ordered_json areas = nlohmann::ordered_json::array();
    for (const AreaAgreement& a : c.areas) {
        areas.push_back(
            {{"area", std::string(audit::case_area(a.area).key)},
             {"observed", a.fleiss.observed},
             {"fleissKappa", stats::coefficient_json(a.fleiss, stats::k_coefficient_json)},
             {"ac1", stats::coefficient_json(a.ac1, stats::k_coefficient_json)}});
    }
    return {
        {"auditors", c.auditors},
        {"cases", c.case_ids},
        {"observed", c.fleiss.observed},
        {"fleissKappa", stats::coefficient_json(c.fleiss, stats::k_coefficient_json)},
        {"ac1", stats::coefficient_json(c.ac1, stats::k_coefficient_json)},
        {"gradeFleissKappa", stats::coefficient_json(c.grade_fleiss, stats::k_coefficient_json)},
        {"cohenKappa", stats::coefficient_json(c.cohen, stats::k_coefficient_json)},
        {"gradeWeightedKappa",
         stats::coefficient_json(c.grade_weighted_kappa, stats::k_coefficient_json)},
        {"gradeWeights", "linear"},
        {"areas", std::move(areas)},
        {"bias", auditor_bias_json(c.bias)}};
}

} // namespace ca::training
