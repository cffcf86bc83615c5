// Case Audit - report section 5, supervision across the service, from the extract's
// supervision records: each worker's intervals against the policy's frequency (ASYE more
// often), overdue and missed supervisions, records written up late, and cases discussed
// with no oversight note on the file; by worker and by team.
//
// Decisions (also in docs/reports.md):
//   - the workers counted: in scope, in post on some day of the period, not the Director,
//     and either with a line manager recorded or supervised at least once;
//   - an interval ends at a supervision held in the period and starts at the worker's
//     previous supervision (before the period too), or, for the first one on file, at the
//     later of the worker's start and the period's first day. Its expected length is the
//     ASYE's days when the worker was in their ASYE on its last day, else the other days
//     (audit/evidence.h's frequency rule): on time up to that, within grace up to that
//     plus the grace days, late beyond;
//   - missed supervisions: in a late interval of g days, those that fell due in it,
//     floor((g - 1) / expected); after the last supervision, up to the period's end, when
//     longer than expected plus grace: floor(days / expected);
//   - overdue: on the as-at date, more than expected plus grace days since the last
//     supervision (or since the worker started, when never supervised);
//   - a record written up late: more working days between the supervision and its
//     recording than the policy's timescale (the record-timescale rule);
//   - no oversight: the oversight rule's test (audit::oversight_note); a discussion whose
//     window has not closed on the as-at date is "pending", not counted as missing.
#include "core/report/report.h"

#include "core/audit/evidence.h"
#include "core/caseload/caseload.h"

#include <algorithm>

namespace ca::report {

namespace {

bool in_post_during(const Worker& w, const Period& p) {
    return w.start <= p.to && (!w.end || p.from <= *w.end);
}

void add_to(SupervisionTeam& t, const SupervisionWorker& w) {
    ++t.workers;
    t.held += w.held;
    t.late += w.late;
    t.missed += w.missed;
    t.overdue += w.overdue ? 1 : 0;
    t.records_late += w.records_late;
    t.cases_discussed += w.cases_discussed;
    t.no_oversight += w.no_oversight;
}

} // namespace

SupervisionSection compute_supervision(const Extract& ex, const Policy& policy,
                                       const ReportOptions& o) {
    SupervisionSection s;
    const SupervisionFrequency& f = policy.audit.supervision_frequency;
    // As the frequency rule: the ASYE's dates count even when its protected caseload is off.
    AsyePolicy asye = policy.caseload.asye;
    asye.enabled = true;
    const WorkingCalendar calendar = policy_calendar(policy);
    const int record_limit = policy.timescales.supervision_record_working_days;

    // Supervisions by supervisee, by date held.
    std::vector<std::vector<Index>> by_worker(ex.workers.size());
    for (Index i = 0; i < ex.supervisions.size(); ++i)
        if (ex.supervisions[i].supervisee < ex.workers.size())
            by_worker[ex.supervisions[i].supervisee].push_back(i);

    for (Index w = 0; w < ex.workers.size(); ++w) {
        const Worker& wk = ex.workers[w];
        std::vector<Index>& sups = by_worker[w];
        if (!o.scope.has(wk.team, w) || !in_post_during(wk, o.period) ||
            wk.role == WorkerRole::Director || (wk.line_manager == k_no_index && sups.empty()))
            continue;
        std::stable_sort(sups.begin(), sups.end(), [&](Index a, Index b) {
            return ex.supervisions[a].held < ex.supervisions[b].held;
        });
        auto expected_on = [&](Date d) {
            return in_asye_on(wk, asye, d) ? f.asye_days : f.other_days;
        };

        SupervisionWorker r;
        r.worker = w;
        r.id = std::string(ex.id_of(wk.id));
        r.name = std::string(ex.text_of(wk.name));
        r.team = wk.team;
        if (wk.team < ex.teams.size())
            r.team_name = std::string(ex.text_of(ex.teams[wk.team].name));
        r.asye = in_asye_on(wk, asye, o.as_at);
        r.expected_days = expected_on(o.as_at);

        Date anchor = wk.start < o.period.from ? o.period.from : wk.start;
        for (Index i : sups) {
            const Supervision& sup = ex.supervisions[i];
            if (sup.held <= o.as_at)
                r.last = sup.held;
            if (sup.held < o.period.from) {
                anchor = sup.held;
                continue;
            }
            if (o.period.to < sup.held)
                continue;
            ++r.held;
            const int gap = days_between(anchor, sup.held);
            const int e = expected_on(sup.held);
            r.longest_gap = std::max(r.longest_gap, gap);
            if (gap <= e) {
                ++r.on_time;
            } else if (gap <= e + f.grace_days) {
                ++r.within_grace;
            } else {
                ++r.late;
                r.missed += (gap - 1) / e;
            }
            anchor = sup.held;
            if (calendar.working_days_between(sup.held, sup.recorded_at.date) > record_limit)
                ++r.records_late;
            for (Index c = sup.cases_discussed.begin; c < sup.cases_discussed.end(); ++c) {
                const Index ci = ex.supervision_cases[c];
                ++r.cases_discussed;
                if (audit::oversight_note(ex, ci, sup.held, policy.audit.oversight_days) !=
                    k_no_index)
                    continue;
                if (o.as_at < add_days(sup.held, policy.audit.oversight_days))
                    ++r.oversight_pending;
                else
                    ++r.no_oversight;
            }
        }
        // After the last supervision, to the period's end.
        if (anchor <= o.period.to) {
            const int tail = days_between(anchor, o.period.to);
            const int e = expected_on(o.period.to);
            if (tail > e + f.grace_days) {
                r.missed += tail / e;
                r.longest_gap = std::max(r.longest_gap, tail);
            }
        }
        const Date since = r.last ? *r.last : wk.start;
        r.days_since_last = r.last ? days_between(*r.last, o.as_at) : 0;
        r.overdue = days_between(since, o.as_at) > r.expected_days + f.grace_days;
        s.workers.push_back(std::move(r));
    }
    std::stable_sort(s.workers.begin(), s.workers.end(),
                     [](const SupervisionWorker& a, const SupervisionWorker& b) {
                         return a.team_name != b.team_name ? a.team_name < b.team_name
                                                           : a.name < b.name;
                     });

    std::vector<int> team_row(ex.teams.size(), -1);
    for (Index t : detail::teams_in_scope(ex, o.scope)) {
        team_row[t] = static_cast<int>(s.teams.size());
        SupervisionTeam st;
        st.team = t;
        st.id = std::string(ex.id_of(ex.teams[t].id));
        st.name = std::string(ex.text_of(ex.teams[t].name));
        s.teams.push_back(std::move(st));
    }
    s.service.name = o.scope.team == k_no_index && o.scope.worker == k_no_index ? "Whole service"
                                                                                : "All in scope";
    for (const SupervisionWorker& r : s.workers) {
        add_to(s.service, r);
        if (r.team < team_row.size() && team_row[r.team] >= 0)
            add_to(s.teams[static_cast<std::size_t>(team_row[r.team])], r);
    }
    return s;
}

} // namespace ca::report
