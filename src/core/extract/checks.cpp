// Case Audit - checks on an imported extract that need the whole model. See checks.h.
//
// Index of this file:
// [SECTION] Primary allocations
// [SECTION] Running the checks
#include "core/extract/checks.h"

#include <algorithm>
#include <string>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Primary allocations
// ---------------------------------------------------------------------------

namespace {

// "W-SW1 (Sam Social-Worker) from 2025-06-01 to 2025-12-31" or "... from 2025-11-01, open".
std::string describe(const Extract& x, const Allocation& a) {
    std::string out;
    if (a.worker < x.workers.size())
        out = std::string(x.id_of(x.workers[a.worker].id)) + " (" +
              std::string(x.worker_name(a.worker)) + ")";
    else
        out = "an unknown worker";
    out += " from " + format_date(a.from);
    out += a.to ? " to " + format_date(*a.to) : std::string(", open");
    return out;
}

bool overlap(const Allocation& a, const Allocation& b) {
    const bool a_before_b = a.to && *a.to < b.from;
    const bool b_before_a = b.to && *b.to < a.from;
    return !a_before_b && !b_before_a;
}

} // namespace

std::vector<Finding> check_primary_allocations(const Extract& x) {
    std::vector<Finding> out;
    for (Index ci = 0; ci < x.cases.size(); ++ci) {
        const Range r = x.cases[ci].allocations;
        const std::uint32_t end =
            std::min<std::uint32_t>(r.end(), static_cast<std::uint32_t>(x.allocations.size()));
        for (std::uint32_t i = r.begin; i < end; ++i) {
            const Allocation& a = x.allocations[i];
            if (a.role != AllocationRole::Primary)
                continue;
            for (std::uint32_t j = i + 1; j < end; ++j) {
                const Allocation& b = x.allocations[j];
                if (b.role != AllocationRole::Primary || !overlap(a, b))
                    continue;
                // The one primary_worker_on() takes where both cover: the later start, and
                // of two starting the same day the later in the file (b).
                const bool b_wins = b.from >= a.from;
                const Allocation& later = b_wins ? b : a;
                const std::uint32_t later_k = (b_wins ? j : i) - r.begin;
                const std::string case_id(x.id_of(x.cases[ci].id));
                Finding f;
                f.severity = Severity::Warning;
                f.code = "overlapping-primary-allocations";
                f.record_id = case_id;
                f.json_path = "cases[" + std::to_string(ci) + "].allocations[" +
                              std::to_string(later_k) + "]";
                f.message =
                    "Case " + case_id +
                    " has two primary allocations covering the same days: " + describe(x, a) +
                    ", and " + describe(x, b) +
                    ". On those days the case's worker is taken to be the one whose "
                    "allocation started later, " +
                    std::string(later.worker < x.workers.size()
                                    ? x.id_of(x.workers[later.worker].id)
                                    : "the unknown worker") +
                    ".";
                out.push_back(std::move(f));
            }
        }
    }
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Running the checks
// ---------------------------------------------------------------------------

void run_model_checks(ImportResult& result) {
    if (!result.extract)
        return;
    std::vector<Finding> found = check_primary_allocations(*result.extract);
    result.warning_count += found.size();
    // As the importer does, a long list is cut (the count above keeps every one).
    const std::size_t listed = std::min(found.size(), k_model_check_findings_listed);
    for (std::size_t i = 0; i < listed; ++i)
        result.findings.push_back(std::move(found[i]));
    if (found.size() > listed) {
        Finding more;
        more.severity = Severity::Warning;
        more.code = "more-findings";
        more.message = std::to_string(found.size() - listed) +
                       " more overlapping primary allocations were found and not "
                       "listed.";
        result.findings.push_back(std::move(more));
    }
}

} // namespace ca
