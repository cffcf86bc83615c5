// Case Audit - calibration across auditors (see calibration.h for the rules).
#include "core/training/calibration.h"

#include "core/audit/scoring.h"
#include "core/stats/many_raters.h"
#include "core/stats/two_raters.h"
#include "core/training/practice.h"

#include <algorithm>
#include <cmath>

namespace ca::training {

namespace {

using audit::AreaResult;
using audit::Grade;

int answer_index(AreaResult r) {
    return r == AreaResult::Unanswered ? -1 : static_cast<int>(r) - 1; // Met 0 .. N/A 3
}

int grade_index(Grade g) {
    return g == Grade::None ? -1 : static_cast<int>(g) - 1; // Outstanding 0 .. Inadequate 3
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Sort key: kappa ascending, undefined after defined, then observed agreement ascending.
bool lower_agreement(const AreaAgreement& a, const AreaAgreement& b) {
    if (a.fleiss.defined() != b.fleiss.defined()) {
        return a.fleiss.defined();
    }
    if (a.fleiss.defined() && *a.fleiss.value != *b.fleiss.value) {
        return *a.fleiss.value < *b.fleiss.value;
    }
    if (a.fleiss.observed != b.fleiss.observed) {
        return a.fleiss.observed < b.fleiss.observed;
    }
    return a.area < b.area;
}

} // namespace

Calibration calibrate(const std::vector<audit::Workbook>& workbooks,
                      const std::vector<std::string>& names, const GradeBands& bands) {
    Calibration c;
    c.auditors = static_cast<int>(workbooks.size());
    // Cases audited (completed) in two workbooks or more, in first-seen order.
    for (const audit::Workbook& wb : workbooks) {
        for (const audit::Audit& a : wb.audits) {
            if (a.records != audit::RecordSet::Cases ||
                std::find(c.case_ids.begin(), c.case_ids.end(), a.record_id) != c.case_ids.end()) {
                continue;
            }
            int with = 0;
            for (const audit::Workbook& other : workbooks) {
                with += latest_completed_audit(other, a.record_id) ? 1 : 0;
            }
            if (with >= 2) {
                c.case_ids.push_back(a.record_id);
            }
        }
    }

    stats::RatingTable all(4);
    stats::RatingTable grades(4);
    std::vector<stats::RatingTable> per_area(audit::k_case_area_count, stats::RatingTable(4));
    stats::Crosstab pair(4);
    stats::Crosstab pair_grades(4);
    c.bias.resize(workbooks.size());
    std::vector<double> points_sum(workbooks.size(), 0.0);
    for (const std::string& id : c.case_ids) {
        std::vector<const audit::Audit*> audits;
        std::vector<double> scores;
        std::vector<int> case_grades;
        for (const audit::Workbook& wb : workbooks) {
            const audit::Audit* a = latest_completed_audit(wb, id);
            audits.push_back(a);
            if (a) {
                const audit::Score s = audit::score_results(audit::audit_results(*a), bands);
                scores.push_back(s.percent);
                case_grades.push_back(
                    grade_index(a->grade_override != Grade::None ? a->grade_override : s.grade));
            } else {
                scores.push_back(0.0);
                case_grades.push_back(-1);
            }
        }
        for (const audit::CaseAreaInfo& info : audit::case_areas()) {
            std::vector<int> answers;
            for (const audit::Audit* a : audits) {
                int v = -1;
                for (const audit::AreaAnswer& ans :
                     a ? a->answers : std::vector<audit::AreaAnswer>{}) {
                    v = ans.key == info.key ? answer_index(ans.result) : v;
                }
                answers.push_back(v);
            }
            all.add_case(answers);
            per_area[static_cast<std::size_t>(info.area)].add_case(answers);
            if (workbooks.size() == 2) {
                pair.add(answers[0], answers[1]);
            }
        }
        grades.add_case(case_grades);
        if (workbooks.size() == 2) {
            pair_grades.add(case_grades[0], case_grades[1]);
        }
        // Bias against the group's median score and grade on this case.
        std::vector<double> present_scores;
        std::vector<double> present_grades;
        for (std::size_t i = 0; i < audits.size(); ++i) {
            if (audits[i]) {
                present_scores.push_back(scores[i]);
                if (case_grades[i] >= 0) {
                    present_grades.push_back(case_grades[i]);
                }
            }
        }
        const double mid_score = median(present_scores);
        const double mid_grade = present_grades.empty() ? -1.0 : median(present_grades);
        for (std::size_t i = 0; i < audits.size(); ++i) {
            if (!audits[i]) {
                continue;
            }
            AuditorBias& b = c.bias[i];
            ++b.cases;
            points_sum[i] += scores[i] - mid_score;
            if (case_grades[i] >= 0 && mid_grade >= 0.0) {
                // A lower grade index is a better grade: above the group.
                const double d = case_grades[i] - mid_grade;
                (d < 0 ? b.grades_above : d > 0 ? b.grades_below : b.grades_level) += 1;
            }
        }
    }
    for (std::size_t i = 0; i < c.bias.size(); ++i) {
        AuditorBias& b = c.bias[i];
        b.auditor = i < names.size() ? names[i] : "Auditor " + std::to_string(i + 1);
        b.mean_points = b.cases > 0 ? points_sum[i] / b.cases : 0.0;
        // Half a point either way is level: a single partly met area moves a 14-area score
        // by 3.6 points, so anything smaller is rounding, not a habit.
        b.direction = b.cases == 0            ? "no case in common"
                      : b.mean_points >= 0.5  ? "above the group"
                      : b.mean_points <= -0.5 ? "below the group"
                                              : "level with the group";
    }
    c.fleiss = stats::fleiss_kappa(all);
    c.ac1 = stats::gwet_ac1(all);
    c.grade_fleiss = stats::fleiss_kappa(grades);
    if (workbooks.size() == 2) {
        c.cohen = stats::cohen_kappa(pair);
        c.grade_weighted_kappa = stats::weighted_kappa(pair_grades, stats::Weights::Linear);
    } else {
        c.cohen = stats::undefined_coefficient(0, "Cohen's kappa compares two auditors.");
        c.grade_weighted_kappa = stats::undefined_coefficient(0, "Weighted kappa compares two "
                                                                 "auditors.");
    }
    for (const audit::CaseAreaInfo& info : audit::case_areas()) {
        const stats::RatingTable& t = per_area[static_cast<std::size_t>(info.area)];
        c.areas.push_back({info.area, stats::fleiss_kappa(t), stats::gwet_ac1(t)});
    }
    std::stable_sort(c.areas.begin(), c.areas.end(), lower_agreement);
    return c;
}

} // namespace ca::training
