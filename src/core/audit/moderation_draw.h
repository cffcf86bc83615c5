// Case Audit - choosing completed audits to moderate ("audit the auditor"): a reproducible
// draw, with the seed shown, of a share of the completed audits in a period, at least one of
// each auditor's, and every audit graded Inadequate.
//
// THE DRAW, step by step (a moderator can repeat it from the seed):
// 1. Eligible: the workbook's completed audits (cases and supervision records) whose
//    completion date is in the period [from, to] (both inclusive; with no period, every
//    completed audit; with one, an audit with no completion date is not eligible), in
//    workbook order. N = how many.
// 2. Every eligible audit whose grade in force (the auditor's override, else the score's
//    under the policy's bands) is Inadequate is drawn first, in workbook order (when
//    `every_inadequate`).
// 3. The other eligible audits are put in a seeded order: a Fisher-Yates shuffle with
//    Random(seed) (core/random/random.h, the sampler's generator), from workbook order.
// 4. When `one_per_auditor`: for each auditor (the audit's auditor, else the workbook's;
//    in order of first appearance among the eligible audits) with no audit drawn yet, the
//    first of their audits in the seeded order is drawn.
// 5. The target is ceil(share_percent * N / 100), at least 1 when N >= 1; the seeded order
//    is followed until that many are drawn in all. Steps 2 and 4 may draw more than the
//    target: every Inadequate and one per auditor are never dropped to meet it.
// Each drawn audit carries the reason it was drawn.
#pragma once

#include "core/audit/workbook.h"
#include "core/policy/policy.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ca::audit {

struct ModerationSpec {
    double share_percent = 10.0;
    bool one_per_auditor = true;
    bool every_inadequate = true;
    std::optional<Date> from; // completion dates, inclusive
    std::optional<Date> to;
    std::uint64_t seed = 1;
};

struct ModerationPick {
    std::string audit_id;
    std::string auditor;
    std::string reason;
};

struct ModerationDraw {
    ModerationSpec spec;
    int eligible = 0;                  // N
    int target = 0;                    // ceil(share * N / 100), at least 1 when N >= 1
    std::vector<ModerationPick> drawn; // in the order drawn
};

ModerationDraw draw_for_moderation(const Workbook& wb, const GradeBands& bands,
                                   const ModerationSpec& spec);

} // namespace ca::audit
