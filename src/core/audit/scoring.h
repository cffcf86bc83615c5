// Case Audit - scoring an audit and grading it.
//
// Score = (met + half of partly met) / applicable areas, where an area is applicable unless
// its result is Not applicable; unanswered areas count in the denominator as not met until
// answered, and the score says how many are unanswered (an audit cannot be completed with
// any left). The percentage is compared unrounded with the policy's grade bands (lower
// bounds): with the defaults, 62.5% is Requires improvement and 63% is Good. The auditor may
// override the grade, with a reason; both grades are kept.
//
// Worked example: 14 areas, 9 met, 2 partly met, 1 not met, 2 not applicable:
// (9 + 1) / 12 = 83.3%, Good (63 <= 83.3 < 88), 4.7 points below Outstanding.
#pragma once

#include "core/audit/checklist.h"
#include "core/policy/policy.h"

#include <string>
#include <vector>

namespace ca::audit {

struct Score {
    int met = 0;
    int partly_met = 0;
    int not_met = 0;
    int not_applicable = 0;
    int unanswered = 0;
    int applicable = 0;        // all - not applicable
    double percent = 0.0;      // 0 when nothing is applicable
    Grade grade = Grade::None; // None when nothing is applicable
    // How near a boundary the score is, so the app can say "4.7 points below Outstanding".
    double to_next_band = 0.0; // points needed for the next grade up (0 at Outstanding)
    double above_band = 0.0;   // points above the current grade's lower bound (0 Inadequate)
};

Score score_results(const std::vector<AreaResult>& results, const GradeBands& bands);

// How a score is written, everywhere it is shown (the workspace, the audit log, the audit case
// note, exported notes, reports): one decimal, cut down rather than rounded, and ".0" left
// off. 80.69 reads "80.6%", 62.96 "62.9%" (rounded it would read 63.0%, Good's lower bound,
// beside Requires improvement), 75 "75%". The grade is compared unrounded (above).
std::string percent_text(double percent);

// Whether every area (or item) has a result: until then the score is no more than a floor
// (unanswered counts as not met) and no grade is shown, only how far the audit has got.
bool fully_answered(const Score& s);
int answered(const Score& s); // areas or items with a result, Not applicable included
Grade grade_for_percent(double percent, const GradeBands& bands);

// The order of the grade bands, best first: Outstanding, Good, Requires improvement,
// Inadequate. The grade one band above or below `g` (Grade::None past either end, and for
// Grade::None), and the lowest percentage that earns `g` (0 for Inadequate and None).
Grade grade_above(Grade g);
Grade grade_below(Grade g);
double band_floor(Grade g, const GradeBands& bands);

} // namespace ca::audit
