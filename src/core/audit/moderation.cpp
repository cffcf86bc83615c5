// Case Audit - moderating a completed audit (see moderation.h for the steps).
#include "core/audit/moderation.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace ca::audit {

std::string_view moderation_outcome_key(ModerationOutcome o) {
    switch (o) {
    case ModerationOutcome::Stands:
        return "stands";
    case ModerationOutcome::Adjusted:
        return "adjusted";
    case ModerationOutcome::Undecided:
        break;
    }
    return "";
}

std::optional<ModerationOutcome> parse_moderation_outcome_key(std::string_view key) {
    if (key == "stands") {
        return ModerationOutcome::Stands;
    }
    if (key == "adjusted") {
        return ModerationOutcome::Adjusted;
    }
    return std::nullopt;
}

namespace {

AreaResult first_result(const Audit& first, std::string_view key) {
    for (const AreaAnswer& a : first.answers) {
        if (a.key == key) {
            return a.result;
        }
    }
    return AreaResult::Unanswered;
}

std::string areas_phrase(int n, const char* what) {
    return std::to_string(n) + (n == 1 ? " area " : " areas ") + what;
}

} // namespace

Moderation start_moderation(const Workbook& wb, const Audit& first, std::string moderator,
                            Date today) {
    Moderation m;
    int n = 1;
    for (const Moderation& other : wb.moderations) {
        if (other.id.rfind("M-", 0) == 0) {
            n = std::max(n, std::atoi(other.id.c_str() + 2) + 1);
        }
    }
    m.id = "M-" + std::to_string(n);
    m.audit_id = first.id;
    m.moderator = std::move(moderator);
    m.started = today;
    for (const AreaAnswer& a : first.answers) {
        ModerationArea area;
        area.key = a.key;
        m.areas.push_back(std::move(area));
    }
    return m;
}

std::string submit_blind(Moderation& m) {
    int missing = 0;
    for (const ModerationArea& a : m.areas) {
        missing += a.blind == AreaResult::Unanswered ? 1 : 0;
    }
    if (missing > 0) {
        return areas_phrase(missing, missing == 1 ? "has no result yet." : "have no result yet.");
    }
    m.blind_submitted = true;
    return "";
}

std::vector<ModerationRow> compare_moderation(const Moderation& m, const Audit& first) {
    std::vector<ModerationRow> rows;
    for (const ModerationArea& a : m.areas) {
        ModerationRow r;
        r.key = a.key;
        r.first = first_result(first, a.key);
        r.moderator = a.blind;
        r.disagree = r.first != r.moderator;
        r.outcome = a.outcome;
        r.final_result = a.final_result;
        rows.push_back(r);
    }
    return rows;
}

std::string resolve_area(Moderation& m, const Audit& first, std::string_view key,
                         ModerationOutcome outcome, AreaResult final_result, std::string reason) {
    if (!m.blind_submitted) {
        return "Submit your own grading first: the first auditor's answers are shown only then.";
    }
    for (ModerationArea& a : m.areas) {
        if (a.key != key) {
            continue;
        }
        if (outcome == ModerationOutcome::Undecided) {
            return "Choose \"first result stands\" or \"adjusted\".";
        }
        if (outcome == ModerationOutcome::Adjusted) {
            if (final_result == AreaResult::Unanswered) {
                return "Give the adjusted result.";
            }
            if (final_result == first_result(first, key)) {
                return "The adjusted result is the first auditor's: choose \"first result "
                       "stands\" instead.";
            }
            if (reason.empty()) {
                return "Give the reason for the adjustment: it is kept in the moderation log.";
            }
        }
        a.outcome = outcome;
        a.final_result =
            outcome == ModerationOutcome::Stands ? first_result(first, key) : final_result;
        a.reason = std::move(reason);
        return "";
    }
    return "There is no area \"" + std::string(key) + "\" in this moderation.";
}

std::string finish_moderation(Moderation& m, Date today) {
    int open = 0;
    for (const ModerationArea& a : m.areas) {
        open += a.outcome == ModerationOutcome::Undecided ? 1 : 0;
    }
    if (open > 0) {
        return areas_phrase(open, open == 1 ? "is not decided yet." : "are not decided yet.");
    }
    m.resolved = today;
    return "";
}

} // namespace ca::audit
