// Case Audit - moderating a completed audit: the blind second audit and its resolution.
//
// 1. start_moderation(): a moderation record of the audit, with the moderator's areas all
//    unanswered. Until the moderator submits their blind grading the app does not show the
//    first auditor's answers (blind_submitted is the switch the view reads).
// 2. submit_blind(): every area must have the moderator's result.
// 3. compare_moderation(): both results side by side, disagreements marked.
// 4. resolve_area(): per area, "first result stands" (the final result is the first
//    auditor's) or "adjusted" (a final result and a reason, both required); only after the
//    blind grading is submitted. A decision may be changed until the moderation is finished.
// 5. finish_moderation(): every area decided; the resolution date is set.
// The first audit is never changed: the original results stay in it, the final ones and the
// reasons (the log) in the moderation record.
#pragma once

#include "core/audit/workbook.h"

#include <string>
#include <vector>

namespace ca::audit {

// A new moderation of `first` (a completed audit), id the next free "M-n".
Moderation start_moderation(const Workbook& wb, const Audit& first, std::string moderator,
                            Date today);

// "" when done; else why not ("3 areas have no result yet.").
std::string submit_blind(Moderation& m);

struct ModerationRow {
    std::string key;
    AreaResult first = AreaResult::Unanswered;
    AreaResult moderator = AreaResult::Unanswered;
    bool disagree = false; // the two results differ
    ModerationOutcome outcome = ModerationOutcome::Undecided;
    AreaResult final_result = AreaResult::Unanswered;
};
std::vector<ModerationRow> compare_moderation(const Moderation& m, const Audit& first);

// "" when recorded; else why not. `final_result` is ignored when the first result stands.
std::string resolve_area(Moderation& m, const Audit& first, std::string_view key,
                         ModerationOutcome outcome, AreaResult final_result, std::string reason);

// "" when finished; else why not ("2 areas are not decided yet.").
std::string finish_moderation(Moderation& m, Date today);

} // namespace ca::audit
