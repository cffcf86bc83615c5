// Case Audit - report section 2, compliance by criterion: the 14 areas of the case file
// audit by team (and the whole scope), and by worker for workers with enough audits.
//
// Only completed workbook audits of cases carry area results (the extract's past audits
// hold a grade only). A cell's share is the core's scoring rule applied to that area's
// results: audit::score_results() over them, so partly met counts half, not applicable is
// left out and unanswered counts as not met, exactly as an audit's own score.
#include "core/report/report.h"

#include <algorithm>

namespace ca::report {

namespace {

struct Collector {
    // Per case area: the results of the audits in the column, and which audits.
    std::array<std::vector<audit::AreaResult>, audit::k_case_area_count> results;
    std::array<std::vector<std::size_t>, audit::k_case_area_count> audits;
    int count = 0;
};

void collect(Collector& c, const audit::Audit& a, std::size_t report_index) {
    ++c.count;
    for (const audit::AreaAnswer& ans : a.answers) {
        const std::optional<audit::CaseArea> area = audit::parse_case_area_key(ans.key);
        if (!area)
            continue;
        const auto i = static_cast<std::size_t>(*area);
        c.results[i].push_back(ans.result);
        if (ans.result != audit::AreaResult::NotApplicable)
            c.audits[i].push_back(report_index);
    }
}

std::vector<ComplianceCell> cells_of(const Collector& c, const GradeBands& bands) {
    std::vector<ComplianceCell> cells(audit::k_case_area_count);
    for (std::size_t i = 0; i < audit::k_case_area_count; ++i) {
        ComplianceCell& cell = cells[i];
        const audit::Score score = audit::score_results(c.results[i], bands);
        cell.met = score.met;
        cell.partly_met = score.partly_met;
        cell.not_met = score.not_met;
        cell.unanswered = score.unanswered;
        cell.not_applicable = score.not_applicable;
        cell.n = score.applicable;
        cell.share = score.percent;
        cell.audits = c.audits[i];
    }
    return cells;
}

} // namespace

ComplianceSection compute_compliance(const Extract& ex, const Policy& policy,
                                     const CombinedAudits& audits,
                                     const std::vector<WorkbookInput>& inputs,
                                     const ReportOptions& o) {
    ComplianceSection s;
    s.min_audits_per_worker = policy.reports.min_audits_per_worker;
    const GradeBands& bands = policy.audit.bands;
    std::vector<Collector> by_team(ex.teams.size());
    std::vector<Collector> by_worker(ex.workers.size());
    Collector service;
    for (std::size_t i = 0; i < audits.audits.size(); ++i) {
        const ReportAudit& a = audits.audits[i];
        if (a.records != audit::RecordSet::Cases || !detail::in_period_scope(a, o))
            continue;
        const audit::Audit* wa = workbook_audit(inputs, a);
        if (!wa)
            continue;
        collect(service, *wa, i);
        if (a.team < by_team.size())
            collect(by_team[a.team], *wa, i);
        if (a.worker < by_worker.size())
            collect(by_worker[a.worker], *wa, i);
    }
    s.audits = service.count;

    for (Index t : detail::teams_in_scope(ex, o.scope)) {
        ComplianceColumn col;
        col.index = t;
        col.id = std::string(ex.id_of(ex.teams[t].id));
        col.name = std::string(ex.text_of(ex.teams[t].name));
        col.audits = by_team[t].count;
        col.cells = cells_of(by_team[t], bands);
        s.teams.push_back(std::move(col));
    }
    ComplianceColumn all;
    all.name =
        o.scope.team == k_no_index && o.scope.worker == k_no_index ? "All teams" : "All in scope";
    all.audits = service.count;
    all.cells = cells_of(service, bands);
    s.teams.push_back(std::move(all));

    for (Index w = 0; w < ex.workers.size(); ++w) {
        if (by_worker[w].count == 0)
            continue;
        const Worker& wk = ex.workers[w];
        ComplianceColumn col;
        col.index = w;
        col.id = std::string(ex.id_of(wk.id));
        col.name = std::string(ex.text_of(wk.name));
        if (wk.team < ex.teams.size())
            col.team = std::string(ex.text_of(ex.teams[wk.team].name));
        col.audits = by_worker[w].count;
        col.hidden = col.audits < s.min_audits_per_worker;
        if (!col.hidden)
            col.cells = cells_of(by_worker[w], bands);
        s.workers.push_back(std::move(col));
    }
    std::stable_sort(s.workers.begin(), s.workers.end(),
                     [](const ComplianceColumn& a, const ComplianceColumn& b) {
                         return a.team != b.team ? a.team < b.team : a.name < b.name;
                     });
    return s;
}

} // namespace ca::report
