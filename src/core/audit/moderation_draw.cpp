// Case Audit - choosing audits to moderate (see moderation_draw.h for the steps).
#include "core/audit/moderation_draw.h"

#include "core/audit/scoring.h"
#include "core/random/random.h"

#include <algorithm>
#include <cmath>

namespace ca::audit {

namespace {

std::string auditor_of(const Workbook& wb, const Audit& a) {
    return a.auditor.empty() ? wb.auditor : a.auditor;
}

bool in_period(const Audit& a, const ModerationSpec& spec) {
    if (!spec.from && !spec.to) {
        return true;
    }
    if (!a.completed) {
        return false;
    }
    return (!spec.from || *a.completed >= *spec.from) && (!spec.to || *a.completed <= *spec.to);
}

Grade grade_in_force(const Audit& a, const GradeBands& bands) {
    return a.grade_override != Grade::None ? a.grade_override
                                           : score_results(audit_results(a), bands).grade;
}

} // namespace

ModerationDraw draw_for_moderation(const Workbook& wb, const GradeBands& bands,
                                   const ModerationSpec& spec) {
    ModerationDraw d;
    d.spec = spec;
    std::vector<const Audit*> eligible;
    for (const Audit& a : wb.audits) {
        if (a.status == AuditStatus::Completed && in_period(a, spec)) {
            eligible.push_back(&a);
        }
    }
    d.eligible = static_cast<int>(eligible.size());
    if (eligible.empty()) {
        return d;
    }
    const double share = std::clamp(spec.share_percent, 0.0, 100.0);
    d.target = std::max(1, static_cast<int>(std::ceil(share * d.eligible / 100.0 - 1e-9)));
    const auto drawn = [&d](const Audit* a) {
        return std::any_of(d.drawn.begin(), d.drawn.end(),
                           [a](const ModerationPick& p) { return p.audit_id == a->id; });
    };
    const auto draw = [&](const Audit* a, std::string reason) {
        d.drawn.push_back({a->id, auditor_of(wb, *a), std::move(reason)});
    };

    std::vector<const Audit*> rest;
    for (const Audit* a : eligible) {
        if (spec.every_inadequate && grade_in_force(*a, bands) == Grade::Inadequate) {
            draw(a, "Graded Inadequate: every Inadequate audit is moderated.");
        } else {
            rest.push_back(a);
        }
    }
    Random random(spec.seed);
    random.shuffle(rest);

    if (spec.one_per_auditor) {
        std::vector<std::string> auditors;
        for (const Audit* a : eligible) {
            const std::string who = auditor_of(wb, *a);
            if (std::find(auditors.begin(), auditors.end(), who) == auditors.end()) {
                auditors.push_back(who);
            }
        }
        for (const std::string& who : auditors) {
            const bool has =
                std::any_of(d.drawn.begin(), d.drawn.end(),
                            [&who](const ModerationPick& p) { return p.auditor == who; });
            if (has) {
                continue;
            }
            for (const Audit* a : rest) {
                if (auditor_of(wb, *a) == who) {
                    draw(a, "At least one audit of each auditor: the first of " +
                                (who.empty() ? std::string("the unnamed auditor") : who) +
                                "'s in the seeded order.");
                    break;
                }
            }
        }
    }
    for (const Audit* a : rest) {
        if (static_cast<int>(d.drawn.size()) >= d.target) {
            break;
        }
        if (!drawn(a)) {
            draw(a, "Drawn at random (seed " + std::to_string(spec.seed) + ") to make up " +
                        std::to_string(d.target) + " of " + std::to_string(d.eligible) + ".");
        }
    }
    return d;
}

} // namespace ca::audit
