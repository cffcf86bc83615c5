// Case Audit - an ASYE worker's year, month by month (see asye_trajectory.h): the caseload
// rules (compute_caseloads) run on each month's date from the ASYE start, so the chart shows
// exactly what the Caseloads table would have shown on that day.
#include "core/caseload/asye_trajectory.h"

namespace ca {
namespace {

// The worker's row on `date`, or null when the rules give it none (not in post).
const WorkerCaseload* row_of(const CaseloadResult& r, Index worker) {
    for (const WorkerCaseload& w : r.workers)
        if (w.worker == worker)
            return &w;
    return nullptr;
}

} // namespace

std::vector<AsyePoint> asye_trajectory(const CaseloadIndex& index, const Policy& policy,
                                       Index worker, Date d) {
    std::vector<AsyePoint> points;
    const Extract& x = index.extract();
    if (worker >= x.workers.size() || !policy.caseload.asye.enabled)
        return points;
    const Worker& w = x.workers[worker];
    if (!w.asye_start || *w.asye_start > d)
        return points;

    const Date start = *w.asye_start;
    const auto add = [&](Date date) {
        const CaseloadResult r = compute_caseloads(index, policy, date);
        const WorkerCaseload* row = row_of(r, worker);
        if (row == nullptr || !row->in_asye)
            return false;
        points.push_back(
            AsyePoint{date, row->level.asye_months, row->level.protected_level, row->caseload});
        return true;
    };
    // Month n is add_months(start, n): always from the start, never chained, so that a
    // 31st stays the 31st (or the month's last day) every month.
    for (int n = 0;; ++n) {
        const Date date = add_months(start, n);
        if (date >= d) {
            add(d); // the date asked for ends the chart (when the ASYE still runs then)
            return points;
        }
        if (!add(date))
            return points; // the ASYE has ended
    }
}

} // namespace ca
