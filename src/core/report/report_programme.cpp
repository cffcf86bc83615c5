// Case Audit - report section 1, the audit programme: audits done per month or quarter by
// team, auditor and kind; the first-line managers and teams against the expected frequency;
// open cases never audited or not audited within 12 months.
//
// Decisions (also in docs/reports.md):
//   - a first-line manager is a worker with the team-manager role in post on the as-at
//     date; their audits are those with them as the auditor (a workbook's auditor matched
//     by name), whatever the team of the case;
//   - a manager meets the frequency with at least audits-per-month x months in the period;
//     a team with its own records audited at least that many times per manager (at least
//     one manager's worth, for a team with none);
//   - open cases on the as-at date (opened on or before it, not closed on or before it);
//     "within 12 months" is the sampler's: after the date 12 months before, up to the date.
#include "core/report/report.h"

#include <algorithm>
#include <map>

namespace ca::report {

namespace {

using detail::in_period_scope;

CountRow empty_row(std::string id, std::string label, std::size_t buckets) {
    CountRow r;
    r.id = std::move(id);
    r.label = std::move(label);
    r.counts.assign(buckets, 0);
    return r;
}

void add(CountRow& row, int bucket) {
    ++row.counts[static_cast<std::size_t>(bucket)];
    ++row.total;
}

bool open_on(const Case& c, Date d) {
    if (d < c.opened)
        return false;
    if (c.closed)
        return d < *c.closed;
    return c.status == CaseStatus::Open;
}

bool in_post_on(const Worker& w, Date d) {
    return w.start <= d && (!w.end || d <= *w.end);
}

} // namespace

ProgrammeSection compute_programme(const Extract& ex, const Policy& policy,
                                   const CombinedAudits& audits, const ReportOptions& o) {
    ProgrammeSection s;
    s.buckets = buckets_of(o.period, o.granularity);
    const std::size_t nb = s.buckets.size();
    s.months = months_in(o.period);
    s.per_manager_per_month = policy.reports.audits_per_manager_per_month;
    s.expected_per_manager = s.per_manager_per_month * s.months;

    const std::vector<Index> teams = detail::teams_in_scope(ex, o.scope);
    std::vector<int> team_row(ex.teams.size(), -1);
    for (Index t : teams) {
        team_row[t] = static_cast<int>(s.by_team.size());
        s.by_team.push_back(empty_row(std::string(ex.id_of(ex.teams[t].id)),
                                      std::string(ex.text_of(ex.teams[t].name)), nb));
    }
    CountRow no_team = empty_row("", "No team recorded", nb);
    constexpr AuditKind k_kinds[] = {
        AuditKind::FirstLine, AuditKind::SeniorManager, AuditKind::ProfessionalStandards,
        AuditKind::Peer,      AuditKind::Other,         AuditKind::Unrecorded};
    for (AuditKind k : k_kinds)
        s.by_kind.push_back(
            empty_row(k == AuditKind::Unrecorded ? "not-recorded" : std::string(enum_name(k)),
                      std::string(audit_kind_title(k)), nb));
    s.total = empty_row("", "All audits", nb);
    std::map<std::string, CountRow> auditors; // by name
    std::vector<int> audits_by_worker(ex.workers.size(), 0);

    for (const ReportAudit& a : audits.audits) {
        if (!in_period_scope(a, o))
            continue;
        const int b = bucket_index(s.buckets, a.date);
        if (b < 0)
            continue;
        add(s.total, b);
        if (a.team < team_row.size() && team_row[a.team] >= 0)
            add(s.by_team[static_cast<std::size_t>(team_row[a.team])], b);
        else
            add(no_team, b);
        for (std::size_t k = 0; k < std::size(k_kinds); ++k)
            if (k_kinds[k] == a.kind)
                add(s.by_kind[k], b);
        const std::string name = a.auditor.empty() ? "Not recorded" : a.auditor;
        auto it = auditors.find(name);
        if (it == auditors.end())
            it = auditors.emplace(name, empty_row("", name, nb)).first;
        if (a.auditor_worker < ex.workers.size())
            it->second.id = std::string(ex.id_of(ex.workers[a.auditor_worker].id));
        add(it->second, b);
        if (a.auditor_worker < audits_by_worker.size())
            ++audits_by_worker[a.auditor_worker];
    }
    if (no_team.total > 0)
        s.by_team.push_back(std::move(no_team));
    for (auto& [name, row] : auditors)
        s.by_auditor.push_back(std::move(row));

    // First-line managers in scope and post, against the expected frequency.
    std::vector<int> managers_in_team(ex.teams.size(), 0);
    for (Index t : teams)
        for (Index w = 0; w < ex.workers.size(); ++w) {
            const Worker& wk = ex.workers[w];
            if (wk.team != t || wk.role != WorkerRole::TeamManager || !in_post_on(wk, o.as_at))
                continue;
            if (o.scope.worker != k_no_index && o.scope.worker != w)
                continue;
            ++managers_in_team[t];
            ManagerFrequency m;
            m.worker = w;
            m.id = std::string(ex.id_of(wk.id));
            m.name = std::string(ex.text_of(wk.name));
            m.team = std::string(ex.text_of(ex.teams[t].name));
            m.audits = audits_by_worker[w];
            m.expected = s.expected_per_manager;
            m.meets = m.audits >= m.expected;
            s.managers.push_back(std::move(m));
        }
    std::stable_sort(s.managers.begin(), s.managers.end(),
                     [](const ManagerFrequency& a, const ManagerFrequency& b) {
                         return a.team != b.team ? a.team < b.team : a.name < b.name;
                     });

    // Open cases and when each was last audited (any audit on or before the as-at date).
    std::vector<Date> last_audit(ex.cases.size(), Date{});
    std::vector<std::uint8_t> audited(ex.cases.size(), 0);
    for (const ReportAudit& a : audits.audits) {
        if (!a.done || a.records != audit::RecordSet::Cases || a.record >= ex.cases.size() ||
            o.as_at < a.date)
            continue;
        if (!audited[a.record] || last_audit[a.record] < a.date)
            last_audit[a.record] = a.date;
        audited[a.record] = 1;
    }
    const Date twelve_months_before = add_months(o.as_at, -12);
    for (Index t : teams) {
        TeamProgramme tp;
        tp.team = t;
        tp.id = std::string(ex.id_of(ex.teams[t].id));
        tp.name = std::string(ex.text_of(ex.teams[t].name));
        tp.managers = managers_in_team[t];
        tp.audits = s.by_team[static_cast<std::size_t>(team_row[t])].total;
        tp.expected = s.expected_per_manager * std::max(tp.managers, 1);
        tp.meets = tp.audits >= tp.expected;
        for (Index c = 0; c < ex.cases.size(); ++c) {
            const Case& cs = ex.cases[c];
            if (cs.team != t || !open_on(cs, o.as_at))
                continue;
            if (o.scope.worker != k_no_index) {
                bool held = false;
                for (Index i = cs.allocations.begin; i < cs.allocations.end(); ++i)
                    held = held || (ex.allocations[i].worker == o.scope.worker &&
                                    ex.allocations[i].role == AllocationRole::Primary &&
                                    ex.allocations[i].covers(o.as_at));
                if (!held)
                    continue;
            }
            ++tp.open_cases;
            if (!audited[c])
                ++tp.never_audited;
            else if (!(twelve_months_before < last_audit[c]))
                ++tp.not_within_12_months;
        }
        tp.never_share = detail::percent(tp.never_audited, tp.open_cases);
        tp.not_within_share = detail::percent(tp.not_within_12_months, tp.open_cases);
        s.teams.push_back(std::move(tp));
    }
    return s;
}

} // namespace ca::report
