// Case Audit - scoring an audit and grading it (the rule is stated in scoring.h).
#include "core/audit/scoring.h"

#include <cmath>
#include <cstdio>

namespace ca::audit {

std::string percent_text(double percent) {
    // The small epsilon keeps 28.999999... (0.29 x 100) at 29.
    const double tenths = std::floor(percent * 10.0 + 1e-9) / 10.0;
    char text[24];
    std::snprintf(text, sizeof text, "%.1f", tenths);
    std::string out = text;
    if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0)
        out.resize(out.size() - 2);
    return out + "%";
}

bool fully_answered(const Score& s) {
    return s.unanswered == 0;
}

int answered(const Score& s) {
    return s.met + s.partly_met + s.not_met + s.not_applicable;
}

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

Grade grade_above(Grade g) {
    switch (g) {
    case Grade::Good:
        return Grade::Outstanding;
    case Grade::RequiresImprovement:
        return Grade::Good;
    case Grade::Inadequate:
        return Grade::RequiresImprovement;
    default:
        return Grade::None;
    }
}

Grade grade_below(Grade g) {
    switch (g) {
    case Grade::Outstanding:
        return Grade::Good;
    case Grade::Good:
        return Grade::RequiresImprovement;
    case Grade::RequiresImprovement:
        return Grade::Inadequate;
    default:
        return Grade::None;
    }
}

double band_floor(Grade g, const GradeBands& bands) {
    switch (g) {
    case Grade::Outstanding:
        return bands.outstanding;
    case Grade::Good:
        return bands.good;
    case Grade::RequiresImprovement:
        return bands.requires_improvement;
    default:
        return 0.0;
    }
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
    // The distance up to the next band's floor, and down to this band's own.
    if (const Grade up = grade_above(s.grade); up != Grade::None)
        s.to_next_band = band_floor(up, bands) - s.percent;
    if (grade_below(s.grade) != Grade::None)
        s.above_band = s.percent - band_floor(s.grade, bands);
    return s;
}

} // namespace ca::audit
