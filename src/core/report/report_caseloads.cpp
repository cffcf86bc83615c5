// Case Audit - report section 6, caseloads on the as-at date, per team: workers above their
// upper caseload or the absolute limit, ASYE workers above their protected level, and
// Director agreements that end within the next 30 days. The counts come from the caseload
// rules themselves (caseload/caseload.h), so this section agrees with the Caseloads view.
//
// The three kinds of concern do not overlap: above the absolute limit counts there only;
// an ASYE worker above their protected level (but not the absolute limit) is "ASYE above
// protected", not "above upper". An agreement expiring: one whose period has begun and
// ends on the as-at date or in the 30 days after it (an agreement with no end runs for the
// policy's directorValidityDays, as the caseload rules read it).
#include "core/report/report.h"

#include "core/caseload/caseload.h"

#include <algorithm>

namespace ca::report {

CaseloadSection compute_caseload_concerns(const Extract& ex, const Policy& policy,
                                          const ReportOptions& o) {
    CaseloadSection s;
    const CaseloadIndex index(ex);
    const CaseloadResult result = compute_caseloads(index, policy, o.as_at);

    std::vector<int> team_row(ex.teams.size(), -1);
    for (Index t : detail::teams_in_scope(ex, o.scope)) {
        team_row[t] = static_cast<int>(s.teams.size());
        CaseloadTeam ct;
        ct.team = t;
        ct.id = std::string(ex.id_of(ex.teams[t].id));
        ct.name = std::string(ex.text_of(ex.teams[t].name));
        s.teams.push_back(std::move(ct));
    }
    auto team_of = [&](Index t) -> CaseloadTeam* {
        return t < team_row.size() && team_row[t] >= 0
                   ? &s.teams[static_cast<std::size_t>(team_row[t])]
                   : nullptr;
    };

    for (const WorkerCaseload& w : result.workers) {
        if (!o.scope.has(w.team, w.worker))
            continue;
        CaseloadTeam* ct = team_of(w.team);
        if (ct)
            ++ct->workers;
        if (!w.level.applies())
            continue;
        CaseloadConcern c;
        if (w.caseload > w.level.absolute) {
            c.code = "above-absolute";
            c.level = w.level.absolute;
        } else if (w.caseload > w.level.upper) {
            c.code = w.level.source == LevelSource::Asye ? "asye-above-protected" : "above-upper";
            c.level = w.level.upper;
        } else {
            continue;
        }
        if (ct)
            ++(c.code == "above-absolute" ? ct->above_absolute
               : c.code == "above-upper"  ? ct->above_upper
                                          : ct->asye_above_protected);
        c.worker_id = w.worker_id;
        c.worker_name = w.worker_name;
        c.team = w.team_name;
        c.caseload = w.caseload;
        for (std::size_t fi : w.findings) {
            const CaseloadFinding& finding = result.findings[fi];
            if (finding.severity != CaseloadSeverity::DataQuality) {
                c.message = finding.message;
                break;
            }
        }
        s.concerns.push_back(std::move(c));
    }
    std::stable_sort(s.concerns.begin(), s.concerns.end(),
                     [](const CaseloadConcern& a, const CaseloadConcern& b) {
                         const bool aa = a.code == "above-absolute";
                         const bool ba = b.code == "above-absolute";
                         if (aa != ba)
                             return aa;
                         return a.team != b.team ? a.team < b.team : a.worker_name < b.worker_name;
                     });

    const Date horizon = add_days(o.as_at, s.expiring_days);
    for (const DirectorDiscussion& dd : ex.director_discussions) {
        if (dd.worker >= ex.workers.size())
            continue;
        const Worker& wk = ex.workers[dd.worker];
        if (!o.scope.has(wk.team, dd.worker) || o.as_at < dd.period_from)
            continue;
        const Date ends =
            dd.period_to ? *dd.period_to
                         : add_days(dd.period_from, policy.caseload.director_validity_days - 1);
        if (ends < o.as_at || horizon < ends)
            continue;
        ExpiringAgreement e;
        e.id = std::string(ex.id_of(dd.id));
        e.worker_id = std::string(ex.id_of(wk.id));
        e.worker_name = std::string(ex.text_of(wk.name));
        if (wk.team < ex.teams.size())
            e.team = std::string(ex.text_of(ex.teams[wk.team].name));
        e.agreed_caseload = dd.agreed_caseload;
        e.ends = ends;
        e.days_left = days_between(o.as_at, ends);
        if (CaseloadTeam* ct = team_of(wk.team))
            ++ct->agreements_expiring;
        s.expiring.push_back(std::move(e));
    }
    std::stable_sort(
        s.expiring.begin(), s.expiring.end(),
        [](const ExpiringAgreement& a, const ExpiringAgreement& b) { return a.ends < b.ends; });
    return s;
}

} // namespace ca::report
