// Case Audit - scoring an audit and grading it (the rule is stated in scoring.h).
#include "core/audit/scoring.h"

namespace ca::audit {

Grade grade_for_percent(double percent, const GradeBands& bands) {
    // Compared unrounded: a score shown as "63%" may be 62.96 and still Requires improvement,
    // which is why the app shows the distance to the boundary as well.
    if (percent >= bands.outstanding)
        return Grade::Outstanding;
    if (percent >= bands.good)
        return Grade::Good;
    if (percent >= bands.requires_improvement)
        return Grade::RequiresImprovement;
    return Grade::Inadequate;
}

Score score_results(const std::vector<AreaResult>& results, const GradeBands& bands) {
    Score s;
    for (AreaResult r : results) {
        switch (r) {
        case AreaResult::Met:
            ++s.met;
            break;
        case AreaResult::PartlyMet:
            ++s.partly_met;
            break;
        case AreaResult::NotMet:
            ++s.not_met;
            break;
        case AreaResult::NotApplicable:
            ++s.not_applicable;
            break;
        case AreaResult::Unanswered:
            ++s.unanswered;
            break;
        }
    }
    s.applicable = s.met + s.partly_met + s.not_met + s.unanswered;
    if (s.applicable == 0)
        return s; // nothing to grade: percent 0, Grade::None
    s.percent = (s.met + 0.5 * s.partly_met) * 100.0 / s.applicable;
    s.grade = grade_for_percent(s.percent, bands);
    switch (s.grade) {
    case Grade::Outstanding:
        s.above_band = s.percent - bands.outstanding;
        break;
    case Grade::Good:
        s.to_next_band = bands.outstanding - s.percent;
        s.above_band = s.percent - bands.good;
        break;
    case Grade::RequiresImprovement:
        s.to_next_band = bands.good - s.percent;
        s.above_band = s.percent - bands.requires_improvement;
        break;
    case Grade::Inadequate:
        s.to_next_band = bands.requires_improvement - s.percent;
        break;
    case Grade::None:
        break;
    }
    return s;
}

} // namespace ca::audit
