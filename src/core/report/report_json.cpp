// Case Audit - the report as JSON (see report_export.h): every figure, keys in a fixed order.
#include "core/report/report_export.h"
#include "core/stats/stats_json.h"
#include "core/training/calibration_json.h"

#include <nlohmann/json.hpp>

namespace ca::report {

namespace {

using Json = nlohmann::ordered_json;

Json date_or_null(const std::optional<Date>& d) {
    return d ? Json(format_date(*d)) : Json(nullptr);
}

Json count_rows(const std::vector<CountRow>& rows) {
    Json out = Json::array();
    for (const CountRow& r : rows)
        out.push_back({{"id", r.id}, {"label", r.label}, {"counts", r.counts}, {"total", r.total}});
    return out;
}

Json programme_json(const ProgrammeSection& p) {
    Json buckets = Json::array();
    for (const Bucket& b : p.buckets)
        buckets.push_back({{"label", b.label},
                           {"from", format_date(b.period.from)},
                           {"to", format_date(b.period.to)}});
    Json managers = Json::array();
    for (const ManagerFrequency& m : p.managers)
        managers.push_back({{"id", m.id},
                            {"name", m.name},
                            {"team", m.team},
                            {"audits", m.audits},
                            {"expected", m.expected},
                            {"meets", m.meets}});
    Json teams = Json::array();
    for (const TeamProgramme& t : p.teams)
        teams.push_back({{"id", t.id},
                         {"name", t.name},
                         {"managers", t.managers},
                         {"audits", t.audits},
                         {"expected", t.expected},
                         {"meets", t.meets},
                         {"openCases", t.open_cases},
                         {"neverAudited", t.never_audited},
                         {"notWithin12Months", t.not_within_12_months},
                         {"neverShare", t.never_share},
                         {"notWithinShare", t.not_within_share},
                         {"notesChecked", t.notes_checked},
                         {"notesMissing", t.notes_missing}});
    const AuditNotesSummary& n = p.notes;
    Json note_rows = Json::array();
    for (const MissingAuditNote& m : n.rows)
        note_rows.push_back({{"audit", m.audit_id},
                             {"file", m.file},
                             {"case", m.case_id},
                             {"team", m.team},
                             {"auditor", m.auditor},
                             {"date", format_date(m.date)},
                             {"windowEnd", format_date(m.window_end)},
                             {"late", m.late},
                             {"message", m.message}});
    const Json notes = {{"workingDays", n.working_days},
                        {"checked", n.checked},
                        {"found", n.found},
                        {"late", n.late},
                        {"missing", n.missing},
                        {"notDueYet", n.not_due_yet},
                        {"withoutNote", count_rows({n.without_note})[0]},
                        {"rows", note_rows}};
    return {{"buckets", buckets},
            {"total", count_rows({p.total})[0]},
            {"byTeam", count_rows(p.by_team)},
            {"byAuditor", count_rows(p.by_auditor)},
            {"byKind", count_rows(p.by_kind)},
            {"months", p.months},
            {"perManagerPerMonth", p.per_manager_per_month},
            {"expectedPerManager", p.expected_per_manager},
            {"managers", managers},
            {"teams", teams},
            {"auditNotes", notes}};
}

Json columns_json(const std::vector<ComplianceColumn>& cols) {
    Json out = Json::array();
    for (const ComplianceColumn& c : cols) {
        Json cells = Json::array();
        for (std::size_t i = 0; i < c.cells.size(); ++i) {
            const ComplianceCell& cell = c.cells[i];
            cells.push_back({{"area", audit::case_areas()[i].key},
                             {"n", cell.n},
                             {"met", cell.met},
                             {"partlyMet", cell.partly_met},
                             {"notMet", cell.not_met},
                             {"unanswered", cell.unanswered},
                             {"notApplicable", cell.not_applicable},
                             {"share", cell.n > 0 ? Json(cell.share) : Json(nullptr)}});
        }
        out.push_back({{"id", c.id},
                       {"name", c.name},
                       {"team", c.team},
                       {"audits", c.audits},
                       {"hidden", c.hidden},
                       {"cells", cells}});
    }
    return out;
}

Json grade_row(const GradeRow& r) {
    Json counts = Json::object();
    for (std::size_t g = 0; g < k_grade_order.size(); ++g)
        counts[k_grade_order[g] == audit::Grade::None
                   ? std::string("not-graded")
                   : std::string(audit::grade_key(k_grade_order[g]))] = r.counts[g];
    return {{"id", r.id},         {"label", r.label},
            {"counts", counts},   {"total", r.total},
            {"scored", r.scored}, {"meanScore", r.scored > 0 ? Json(r.mean_score) : Json(nullptr)}};
}

Json grades_json(const GradesSection& g) {
    Json teams = Json::array();
    for (const GradeRow& r : g.by_team)
        teams.push_back(grade_row(r));
    Json quarters = Json::array();
    for (const GradeRow& r : g.by_quarter)
        quarters.push_back(grade_row(r));
    return {{"byTeam", teams}, {"service", grade_row(g.service)}, {"byQuarter", quarters}};
}

Json actions_json(const ActionsSection& a) {
    Json rows = Json::array();
    for (const ActionRow& r : a.rows)
        rows.push_back({{"audit", r.audit_id},
                        {"file", r.file},
                        {"record", r.record_id},
                        {"team", r.team},
                        {"text", r.text},
                        {"owner", r.owner},
                        {"ownerName", r.owner_name},
                        {"due", date_or_null(r.due)},
                        {"done", r.done},
                        {"overdue", r.overdue},
                        {"daysOverdue", r.days_overdue}});
    return {{"open", a.open}, {"overdue", a.overdue}, {"done", a.done}, {"rows", rows}};
}

Json supervision_team(const SupervisionTeam& t) {
    return {{"id", t.id},
            {"name", t.name},
            {"workers", t.workers},
            {"held", t.held},
            {"late", t.late},
            {"missed", t.missed},
            {"overdue", t.overdue},
            {"recordsLate", t.records_late},
            {"casesDiscussed", t.cases_discussed},
            {"noOversight", t.no_oversight}};
}

Json supervision_json(const SupervisionSection& s) {
    Json workers = Json::array();
    for (const SupervisionWorker& w : s.workers)
        workers.push_back({{"id", w.id},
                           {"name", w.name},
                           {"team", w.team_name},
                           {"asye", w.asye},
                           {"expectedDays", w.expected_days},
                           {"held", w.held},
                           {"onTime", w.on_time},
                           {"withinGrace", w.within_grace},
                           {"late", w.late},
                           {"missed", w.missed},
                           {"longestGap", w.longest_gap},
                           {"last", date_or_null(w.last)},
                           {"daysSinceLast", w.days_since_last},
                           {"overdue", w.overdue},
                           {"recordsLate", w.records_late},
                           {"casesDiscussed", w.cases_discussed},
                           {"noOversight", w.no_oversight},
                           {"oversightPending", w.oversight_pending}});
    Json teams = Json::array();
    for (const SupervisionTeam& t : s.teams)
        teams.push_back(supervision_team(t));
    return {{"workers", workers}, {"teams", teams}, {"service", supervision_team(s.service)}};
}

Json caseloads_json(const CaseloadSection& c) {
    Json teams = Json::array();
    for (const CaseloadTeam& t : c.teams)
        teams.push_back({{"id", t.id},
                         {"name", t.name},
                         {"workers", t.workers},
                         {"aboveUpper", t.above_upper},
                         {"aboveAbsolute", t.above_absolute},
                         {"asyeAboveProtected", t.asye_above_protected},
                         {"agreementsExpiring", t.agreements_expiring}});
    Json concerns = Json::array();
    for (const CaseloadConcern& k : c.concerns)
        concerns.push_back({{"workerId", k.worker_id},
                            {"workerName", k.worker_name},
                            {"team", k.team},
                            {"code", k.code},
                            {"caseload", k.caseload},
                            {"level", k.level},
                            {"message", k.message}});
    Json expiring = Json::array();
    for (const ExpiringAgreement& e : c.expiring)
        expiring.push_back({{"id", e.id},
                            {"workerId", e.worker_id},
                            {"workerName", e.worker_name},
                            {"team", e.team},
                            {"agreedCaseload", e.agreed_caseload},
                            {"ends", format_date(e.ends)},
                            {"daysLeft", e.days_left}});
    return {{"expiringDays", c.expiring_days},
            {"teams", teams},
            {"concerns", concerns},
            {"expiring", expiring}};
}

Json inputs_json(const CombinedAudits& a) {
    Json files = Json::array();
    for (const InputFile& f : a.files)
        files.push_back({{"file", f.file},
                         {"accepted", f.accepted},
                         {"message", f.message},
                         {"audits", f.audits},
                         {"completed", f.completed},
                         {"duplicates", f.duplicates}});
    Json clashes = Json::array();
    for (const Clash& c : a.clashes)
        clashes.push_back({{"keptFile", c.kept_file},
                           {"keptId", c.kept_id},
                           {"droppedFile", c.dropped_file},
                           {"droppedId", c.dropped_id},
                           {"resultsDiffer", c.results_differ},
                           {"message", c.message}});
    return {{"files", files},
            {"clashes", clashes},
            {"extractAudits", a.extract_audits},
            {"extractDuplicates", a.extract_duplicates}};
}

// Each agreement figure with its value, n, observed agreement, band and reason.
Json coefficient_json(const stats::Coefficient& c) {
    return stats::coefficient_json(c, stats::k_report_coefficient_json);
}

Json moderation_json(const ModerationSection& m) {
    Json auditors = Json::array();
    for (const ModerationAuditor& a : m.auditors)
        auditors.push_back({{"auditor", a.auditor},
                            {"moderated", a.moderated},
                            {"areas", a.areas},
                            {"agreed", a.agreed},
                            {"kappa", coefficient_json(a.kappa)},
                            {"meanPoints", a.mean_points},
                            {"direction", a.direction},
                            {"adjusted", a.adjusted}});
    Json areas = Json::array();
    for (const ModerationAreaRow& a : m.areas_by_agreement)
        areas.push_back({{"area", static_cast<int>(a.area) + 1},
                         {"key", audit::case_area(a.area).key},
                         {"pairs", a.pairs},
                         {"agreed", a.agreed},
                         {"kappa", coefficient_json(a.kappa)}});
    Json calibration = nullptr;
    if (m.calibrated) {
        const training::Calibration& c = m.calibration;
        Json by_area = Json::array();
        for (const training::AreaAgreement& a : c.areas)
            by_area.push_back({{"area", static_cast<int>(a.area) + 1},
                               {"key", audit::case_area(a.area).key},
                               {"fleiss", coefficient_json(a.fleiss)},
                               {"ac1", coefficient_json(a.ac1)}});
        calibration = {{"auditors", c.auditors},
                       {"cases", c.case_ids},
                       {"fleiss", coefficient_json(c.fleiss)},
                       {"ac1", coefficient_json(c.ac1)},
                       {"gradeFleiss", coefficient_json(c.grade_fleiss)},
                       {"bias", training::auditor_bias_json(c.bias)},
                       {"areas", by_area}};
    }
    return {{"moderated", m.moderated},
            {"resolved", m.resolved},
            {"areas", m.areas},
            {"agreed", m.agreed},
            {"kappa", coefficient_json(m.kappa)},
            {"auditors", auditors},
            {"byArea", areas},
            {"calibration", calibration}};
}

} // namespace

std::string report_json(const Report& r) {
    const Json out = {
        {"format", "case-audit-report"},
        {"version", 1},
        {"organisation", r.organisation},
        {"extractAsAt", format_date(r.extract_as_at)},
        {"extractFingerprint", r.audits.fingerprint},
        {"asAt", format_date(r.options.as_at)},
        {"period",
         {{"from", format_date(r.options.period.from)}, {"to", format_date(r.options.period.to)}}},
        {"scope", r.scope_text},
        {"policy",
         {{"name", r.policy.name},
          {"version", r.policy.version},
          {"fingerprint", r.policy.fingerprint}}},
        {"scoringRule", k_scoring_rule},
        {"inputs", inputs_json(r.audits)},
        {"programme", programme_json(r.programme)},
        {"compliance",
         {{"audits", r.compliance.audits},
          {"minAuditsPerWorker", r.compliance.min_audits_per_worker},
          {"teams", columns_json(r.compliance.teams)},
          {"workers", columns_json(r.compliance.workers)}}},
        {"grades", grades_json(r.grades)},
        {"actions", actions_json(r.actions)},
        {"supervision", supervision_json(r.supervision)},
        {"caseloads", caseloads_json(r.caseloads)},
        {"moderation", moderation_json(r.moderation)}};
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace ca::report
