// Case Audit - the oversight report: options, the helpers the sections share, and
// compute_report() (see report.h; each section is in its own report_<section>.cpp).
#include "core/report/report.h"

#include <algorithm>

namespace ca::report {

ReportOptions default_options(const Extract& extract) {
    ReportOptions o;
    o.as_at = extract.metadata.as_at;
    o.period = twelve_months_to(o.as_at);
    return o;
}

namespace detail {

bool in_period_scope(const ReportAudit& a, const ReportOptions& o) {
    return a.done && o.period.contains(a.date) && o.scope.has(a.team, a.worker);
}

std::vector<Index> teams_in_scope(const Extract& extract, const Scope& scope) {
    std::vector<Index> out;
    for (Index t = 0; t < extract.teams.size(); ++t)
        if (scope.team == k_no_index || scope.team == t)
            out.push_back(t);
    std::stable_sort(out.begin(), out.end(), [&](Index a, Index b) {
        return extract.text_of(extract.teams[a].name) < extract.text_of(extract.teams[b].name);
    });
    return out;
}

double percent(int part, int whole) {
    return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace detail

Report compute_report(const Extract& extract, const Policy& policy, CombinedAudits audits,
                      const std::vector<WorkbookInput>& inputs, const ReportOptions& options) {
    Report r;
    r.options = options;
    r.scope_text = scope_text(extract, options.scope);
    r.policy = policy_identity(policy);
    r.organisation = extract.metadata.organisation_name;
    r.extract_as_at = extract.metadata.as_at;
    r.audits = std::move(audits);
    r.programme = compute_programme(extract, policy, r.audits, options);
    add_audit_notes(r.programme, extract, policy, r.audits, inputs, options);
    r.compliance = compute_compliance(extract, policy, r.audits, inputs, options);
    r.grades = compute_grades(extract, r.audits, options);
    r.actions = compute_actions(extract, r.audits, inputs, options);
    r.supervision = compute_supervision(extract, policy, options);
    r.caseloads = compute_caseload_concerns(extract, policy, options);
    r.moderation = compute_moderation(policy, r.audits, inputs, options);
    return r;
}

} // namespace ca::report
