// Case Audit - calibration across auditors: several workbooks whose auditors audited the
// same case files (a group calibration exercise), and how far they agree.
//
// Cases: every case with a completed audit in at least two of the workbooks; from each
// workbook its latest completed audit of the case (by completion date, then the later in the
// workbook). Per area and over all areas (each case-and-area one subject), Fleiss' kappa and
// Gwet's AC1 over the four answers (Met, Partly met, Not met, Not applicable; unanswered left
// out), with the observed agreement; the areas listed lowest agreement first (kappa; an
// undefined kappa after every defined one, then by observed agreement), because their
// guidance needs rewriting first. With exactly two workbooks, Cohen's kappa on area results
// and linearly weighted kappa on the grades as well.
//
// Each auditor's direction of bias: on each case, the auditor's score against the median
// of all the auditors' scores on that case (the group's consensus, until moderation gives a
// moderated result), in percentage points, averaged over the auditor's cases; positive means
// grading above the group (more generous). With the grades: how many of the auditor's
// grades were above, level with or below the median grade.
#pragma once

#include "core/audit/workbook.h"
#include "core/policy/policy.h"
#include "core/stats/coefficient.h"

#include <string>
#include <vector>

namespace ca::training {

struct AreaAgreement {
    audit::CaseArea area = audit::CaseArea::Adequate;
    stats::Coefficient fleiss; // .observed: the share of agreeing pairs of answers
    stats::Coefficient ac1;
};

struct AuditorBias {
    std::string auditor;
    int cases = 0;
    double mean_points = 0.0; // score minus the group's median, averaged; + is generous
    int grades_above = 0;
    int grades_level = 0;
    int grades_below = 0;
    std::string direction; // "above the group", "below the group", "level with the group"
};

struct Calibration {
    int auditors = 0;
    std::vector<std::string> case_ids; // compared cases, in first-seen order
    stats::Coefficient fleiss;         // all areas of all cases
    stats::Coefficient ac1;
    stats::Coefficient grade_fleiss;         // the overall grades
    stats::Coefficient cohen;                // two workbooks only
    stats::Coefficient grade_weighted_kappa; // two workbooks only, linear weights
    std::vector<AreaAgreement> areas;        // lowest agreement first
    std::vector<AuditorBias> bias;           // in the workbooks' order
};

// `names[i]` names workbooks[i]'s auditor (the caller's choice: the workbook's auditor, or
// its file name when that is empty).
Calibration calibrate(const std::vector<audit::Workbook>& workbooks,
                      const std::vector<std::string>& names, const GradeBands& bands);

} // namespace ca::training
