// Case Audit - feedback on a trainee's practice audit, and the summary over the cases done.
//
// Per case, the trainee's audit (a workbook audit of the practice case) is set beside the
// reference audit, area by area: the two results, whether they agree (the same answer; an
// area the trainee left unanswered does not agree), the reference rationale, and the
// evidence each cited that the other did not. The trainee cites a record by writing its id
// in the area's comment ("see N-000123"): every word of the comment that is the id of a
// record of this case's file (or a worker, or a supervision) counts.
//
// The summary, over every case compared (docs/agreement-statistics.md):
//   area results   percentage agreement, Cohen's kappa and Gwet's AC1 over the four answers
//                  (Met, Partly met, Not met, Not applicable); unanswered areas left out
//   overall grade  percentage agreement, agreement within one grade, and linearly weighted
//                  kappa over the four grades; a case where either has no grade is left out
// and whether it passes: area agreement at least the pass percentage and kappa on area
// results at least the pass kappa (the policy file's `training` numbers, TrainingPolicy:
// defaults 85% and 0.61, Landis and Koch's "substantial"; both assumptions). When kappa is
// undefined because every answer was the same, Gwet's AC1 is compared with the pass kappa instead,
// and the summary says so.
#pragma once

#include "core/audit/workbook.h"
#include "core/policy/policy.h"
#include "core/stats/coefficient.h"
#include "core/training/pack.h"

#include <set>
#include <string>
#include <vector>

namespace ca::training {

struct PassThresholds {
    double agreement_percent = 85.0;
    double kappa = 0.61;
};

struct AreaFeedback {
    audit::CaseArea area = audit::CaseArea::Adequate;
    audit::AreaResult trainee = audit::AreaResult::Unanswered;
    audit::AreaResult reference = audit::AreaResult::Unanswered;
    bool agree = false;
    std::string rationale;                   // the reference's
    std::string guidance;                    // the reference's, may be ""
    std::vector<std::string> cited_by_both;  // in the reference's order
    std::vector<std::string> only_trainee;   // cited by the trainee, not the reference
    std::vector<std::string> only_reference; // cited by the reference, not the trainee
};

struct CaseFeedback {
    std::string case_id;
    std::vector<AreaFeedback> areas;                 // the 14 areas, in the policy's order
    int agreed = 0;                                  // areas whose results agree
    int unanswered = 0;                              // areas the trainee left unanswered
    audit::Grade trainee_grade = audit::Grade::None; // the grade in force (override, else score)
    audit::Grade reference_grade = audit::Grade::None;
};

// The words of `comment` that are in `ids`, in order, each once.
std::vector<std::string> ids_in_text(std::string_view comment,
                                     const std::set<std::string, std::less<>>& ids);

// Compares the trainee's audit of reference.case_id with the reference. `extract` is the
// pack's (for the citable ids).
CaseFeedback compare_with_reference(const PracticeCase& reference, const audit::Audit& trainee,
                                    const Extract& extract, const GradeBands& bands);

struct TrainingSummary {
    int cases = 0;
    stats::Coefficient area_agreement; // proportion 0..1
    stats::Coefficient area_kappa;
    stats::Coefficient area_ac1;
    stats::Coefficient grade_agreement;
    stats::Coefficient grade_within_one;
    stats::Coefficient grade_weighted_kappa; // linear weights
    int areas_left_out = 0;                  // unanswered
    int grades_left_out = 0;                 // a case with no grade on either side
    bool passed = false;
    std::string verdict; // a sentence: passed or not, and against what
};

TrainingSummary summarise(const std::vector<CaseFeedback>& cases, const PassThresholds& pass);

// The feedback of every practice case the workbook holds a completed audit of (the latest
// completed audit of each case), in the pack's order.
std::vector<CaseFeedback> compare_workbook(const TrainingPack& pack, const Extract& extract,
                                           const audit::Workbook& workbook,
                                           const GradeBands& bands);

} // namespace ca::training
