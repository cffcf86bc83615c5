// Case Audit - report section 3, grades: the distribution of overall grades by team and for
// the whole scope, and the trend by quarter with the mean overall score.
//
// A workbook audit's grade is its override when the auditor gave one, else its score's
// grade under the policy's bands; a past audit on the extract has the grade recorded there
// (or none). The mean score is over the workbook audits that have one (past audits on the
// extract hold no score).
#include "core/report/report.h"

namespace ca::report {

namespace {

void add(GradeRow& row, const ReportAudit& a) {
    for (std::size_t g = 0; g < k_grade_order.size(); ++g)
        if (k_grade_order[g] == a.grade)
            ++row.counts[g];
    ++row.total;
    if (a.scored) {
        // A running mean, so that a thousand audits add no rounding of their own.
        ++row.scored;
        row.mean_score += (a.score.percent - row.mean_score) / static_cast<double>(row.scored);
    }
}

} // namespace

GradesSection compute_grades(const Extract& ex, const CombinedAudits& audits,
                             const ReportOptions& o) {
    GradesSection s;
    std::vector<int> team_row(ex.teams.size(), -1);
    for (Index t : detail::teams_in_scope(ex, o.scope)) {
        team_row[t] = static_cast<int>(s.by_team.size());
        GradeRow row;
        row.id = std::string(ex.id_of(ex.teams[t].id));
        row.label = std::string(ex.text_of(ex.teams[t].name));
        s.by_team.push_back(std::move(row));
    }
    s.service.label = o.scope.team == k_no_index && o.scope.worker == k_no_index ? "Whole service"
                                                                                 : "All in scope";
    s.quarters = buckets_of(o.period, Granularity::Quarter);
    for (const Bucket& q : s.quarters) {
        GradeRow row;
        row.label = q.label;
        s.by_quarter.push_back(std::move(row));
    }
    for (const ReportAudit& a : audits.audits) {
        if (!detail::in_period_scope(a, o))
            continue;
        add(s.service, a);
        if (a.team < team_row.size() && team_row[a.team] >= 0)
            add(s.by_team[static_cast<std::size_t>(team_row[a.team])], a);
        const int q = bucket_index(s.quarters, a.date);
        if (q >= 0)
            add(s.by_quarter[static_cast<std::size_t>(q)], a);
    }
    return s;
}

} // namespace ca::report
