// Case Audit - checks on an imported extract that need the whole model, run after the import.
//
// The importer (import.cpp) checks each record and the references between them as it reads.
// These checks read the finished model instead, with its lookups (model.h): today, two
// primary allocations of one case covering the same days, which would make "the case's
// worker" ambiguous. Each problem is a Finding like the importer's, added to its result.
//
// Every caller that imports an extract for a person to use runs them: the app's import job
// and the command-line tool's loader (src/cli/cli_common.cpp).
//
// Index of this file:
// [SECTION] Checks
#pragma once

#include "core/extract/findings.h"
#include "core/extract/import.h"
#include "core/extract/model.h"

#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Checks
// ---------------------------------------------------------------------------

// A warning (code "overlapping-primary-allocations") for each pair of primary allocations
// of one case that cover a common day, naming the case, both allocations (worker and dates)
// and which worker Extract::primary_worker_on() takes on the days both cover. Path:
// "cases[i].allocations[k]" of the later-starting allocation; record id: the case's id.
std::vector<Finding> check_primary_allocations(const Extract& extract);

// Runs every check above on a successful import and adds what they find to `result` (its
// findings and warning count), listing at most k_model_check_findings_listed of them and
// then one "more-findings" line, as the importer does. Nothing is done for a failed import.
inline constexpr std::size_t k_model_check_findings_listed = 1000;
void run_model_checks(ImportResult& result);

} // namespace ca
