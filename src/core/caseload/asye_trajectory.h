// Case Audit - an ASYE worker's year, month by month: the protected caseload the policy
// allows at each point against the caseload the worker actually held, for the dashboard's
// ASYE chart.
#pragma once

#include "core/caseload/caseload.h"

#include <vector>

namespace ca {

struct AsyePoint {
    Date date;
    double months = 0.0;     // months since the ASYE start (calendar months + fraction)
    int protected_level = 0; // the ASYE protected caseload on that date
    int caseload = 0;        // the worker's caseload on that date
};

// Points at the ASYE start and each whole month after it, up to and including the last one
// on or before `d` and before the ASYE ended, followed by `d` itself when the ASYE was still
// running then. Each point is exactly what compute_caseloads() says for that date, so the
// chart can never disagree with the table. Empty when the worker has no ASYE start date,
// the ASYE rule is off, or the ASYE starts after `d`.
std::vector<AsyePoint> asye_trajectory(const CaseloadIndex& index, const Policy& policy,
                                       Index worker, Date d);

} // namespace ca
