// Case Audit - report section 7, moderation and calibration: how far auditors agree, per
// auditor and per area, and which way each leans. The statistics are the core's own
// (core/stats/: Cohen's kappa; core/training/calibration.h for the group exercise); this file
// only chooses what they are computed over.
//
// Decisions (also in docs/reports.md):
//   - a moderation counts when the moderator's blind grading was submitted and the audit
//     moderated is counted in the report (a completed case audit, in the period and scope,
//     not dropped as another file's copy); the first auditor's results are those of the
//     audit (never changed by moderation), the moderator's the blind ones;
//   - per auditor: Cohen's kappa over every area both answered (the moderators as the
//     second rater), and the mean of the auditor's score minus the moderator's blind score
//     under the policy's bands; half a point either way is level, as in calibration;
//   - per area: the share of moderated audits where the two results agree, lowest first
//     (a single audit gives no kappa: its reason says so);
//   - calibration runs on the accepted workbooks (two or more), each cut to its completed
//     case audits counted in the period and scope, named by its auditor (else its file).
#include "core/audit/scoring.h"
#include "core/report/report.h"
#include "core/stats/two_raters.h"

#include <algorithm>
#include <map>

namespace ca::report {

namespace {

constexpr int k_categories = 4; // Met, Partly met, Not met, Not applicable

int category(audit::AreaResult r) {
    return r == audit::AreaResult::Unanswered ? -1 : static_cast<int>(r) - 1;
}

audit::AreaResult blind_result(const audit::Moderation& m, std::string_view key) {
    for (const audit::ModerationArea& a : m.areas)
        if (a.key == key)
            return a.blind;
    return audit::AreaResult::Unanswered;
}

audit::AreaResult first_result(const audit::Audit& a, std::string_view key) {
    for (const audit::AreaAnswer& ans : a.answers)
        if (ans.key == key)
            return ans.result;
    return audit::AreaResult::Unanswered;
}

struct AuditorTally {
    ModerationAuditor row;
    stats::Crosstab table{k_categories};
    double points = 0.0;
};

} // namespace

ModerationSection compute_moderation(const Policy& policy, const CombinedAudits& audits,
                                     const std::vector<WorkbookInput>& inputs,
                                     const ReportOptions& o) {
    ModerationSection s;
    // The workbook audits counted in the section, by file and place in the file.
    std::map<std::pair<std::size_t, std::size_t>, const ReportAudit*> counted;
    for (const ReportAudit& a : audits.audits)
        if (a.source == AuditSource::Workbook && a.records == audit::RecordSet::Cases &&
            detail::in_period_scope(a, o))
            counted[{a.file, a.index}] = &a;

    const auto& areas = audit::case_areas();
    stats::Crosstab all(k_categories);
    std::vector<stats::Crosstab> by_area(areas.size(), stats::Crosstab(k_categories));
    std::vector<int> area_pairs(areas.size(), 0);
    std::vector<int> area_agreed(areas.size(), 0);
    std::map<std::string, AuditorTally> tallies;
    for (std::size_t f = 0; f < inputs.size() && f < audits.files.size(); ++f) {
        if (!audits.files[f].accepted)
            continue;
        const audit::Workbook& wb = inputs[f].workbook;
        for (const audit::Moderation& m : wb.moderations) {
            if (!m.blind_submitted)
                continue;
            const auto found =
                std::find_if(wb.audits.begin(), wb.audits.end(),
                             [&](const audit::Audit& a) { return a.id == m.audit_id; });
            if (found == wb.audits.end())
                continue;
            const std::size_t index = static_cast<std::size_t>(found - wb.audits.begin());
            if (counted.find({f, index}) == counted.end())
                continue;
            const audit::Audit& first = *found;
            ++s.moderated;
            s.resolved += m.resolved ? 1 : 0;
            AuditorTally& t = tallies[first.auditor];
            t.row.auditor = first.auditor;
            ++t.row.moderated;
            std::vector<audit::AreaResult> blind;
            for (std::size_t i = 0; i < areas.size(); ++i) {
                const audit::AreaResult a = first_result(first, areas[i].key);
                const audit::AreaResult b = blind_result(m, areas[i].key);
                blind.push_back(b);
                all.add(category(a), category(b));
                by_area[i].add(category(a), category(b));
                t.table.add(category(a), category(b));
                if (category(a) < 0 || category(b) < 0)
                    continue;
                ++area_pairs[i];
                ++t.row.areas;
                ++s.areas;
                if (a == b) {
                    ++area_agreed[i];
                    ++t.row.agreed;
                    ++s.agreed;
                }
            }
            for (const audit::ModerationArea& ma : m.areas)
                t.row.adjusted += ma.outcome == audit::ModerationOutcome::Adjusted ? 1 : 0;
            const GradeBands& bands = policy.audit.bands;
            t.points += audit::score_results(audit::audit_results(first), bands).percent -
                        audit::score_results(blind, bands).percent;
        }
    }
    s.kappa = stats::cohen_kappa(all);
    for (auto& [name, t] : tallies) {
        ModerationAuditor row = std::move(t.row);
        row.kappa = stats::cohen_kappa(t.table);
        row.mean_points = t.points / row.moderated;
        // Half a point either way is level, as in calibration: a single partly met area
        // moves a 14-area score by 3.6 points.
        row.direction = row.mean_points >= 0.5    ? "above the moderators"
                        : row.mean_points <= -0.5 ? "below the moderators"
                                                  : "level with the moderators";
        s.auditors.push_back(std::move(row));
    }
    for (std::size_t i = 0; i < areas.size(); ++i) {
        if (area_pairs[i] == 0)
            continue;
        s.areas_by_agreement.push_back(
            {areas[i].area, area_pairs[i], area_agreed[i], stats::cohen_kappa(by_area[i])});
    }
    std::stable_sort(s.areas_by_agreement.begin(), s.areas_by_agreement.end(),
                     [](const ModerationAreaRow& a, const ModerationAreaRow& b) {
                         // agreed/pairs compared without division
                         return a.agreed * b.pairs < b.agreed * a.pairs;
                     });

    // Calibration across the accepted workbooks, each cut to its audits counted here.
    std::vector<audit::Workbook> cut;
    std::vector<std::string> names;
    for (std::size_t f = 0; f < inputs.size() && f < audits.files.size(); ++f) {
        if (!audits.files[f].accepted)
            continue;
        audit::Workbook w;
        w.auditor = inputs[f].workbook.auditor;
        for (std::size_t i = 0; i < inputs[f].workbook.audits.size(); ++i)
            if (counted.find({f, i}) != counted.end())
                w.audits.push_back(inputs[f].workbook.audits[i]);
        names.push_back(w.auditor.empty() ? inputs[f].file : w.auditor);
        cut.push_back(std::move(w));
    }
    if (cut.size() >= 2) {
        s.calibrated = true;
        s.calibration = training::calibrate(cut, names, policy.audit.bands);
    }
    return s;
}

} // namespace ca::report
