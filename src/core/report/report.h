// Case Audit - the oversight report: what a head of service, a principal social worker and a
// quality assurance team bring to a monthly performance meeting.
//
// compute_report() turns the extract, the policy and the combined audits (report_inputs.h)
// into plain figures, section by section; the app draws them, the HTML document, the CSV
// files and the JSON are written from them (report_export.h), so every view shows the same
// numbers. Each section is computed in its own file (report_<section>.cpp).
//
// Dates: the period (default the 12 months to the as-at date) holds the audits done and the
// supervisions held; the as-at date (default the extract's) decides which cases are open,
// what is overdue and the caseloads. The scoring rule is the core's own (audit/scoring.h):
// share met = (met + half of partly met) / applicable, not applicable left out, an
// unanswered area counted as not met; k_scoring_rule says it in words for every view.
//
// Index of this file:
// [SECTION] Options
// [SECTION] 1. Audit programme
// [SECTION] 2. Compliance by criterion
// [SECTION] 3. Grades
// [SECTION] 4. Actions register
// [SECTION] 5. Supervision across the service
// [SECTION] 6. Caseloads
// [SECTION] 7. Moderation and calibration
// [SECTION] The report
#pragma once

#include "core/audit/checklist.h"
#include "core/policy/policy.h"
#include "core/report/report_inputs.h"
#include "core/report/report_period.h"
#include "core/stats/coefficient.h"
#include "core/training/calibration.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca::report {

inline constexpr std::string_view k_scoring_rule =
    "Share met = (areas met + half of the areas partly met) / areas that apply. Not applicable "
    "is left out; an unanswered area counts as not met. The same rule scores each audit.";

// ---------------------------------------------------------------------------
// [SECTION] Options
// ---------------------------------------------------------------------------

struct ReportOptions {
    Date as_at;    // what is open, overdue, the caseloads
    Period period; // what was done
    Scope scope;
    Granularity granularity = Granularity::Month; // of the audit programme
};
// The extract's as-at date, the 12 months to it, the whole service, by month.
ReportOptions default_options(const Extract& extract);

// ---------------------------------------------------------------------------
// [SECTION] 1. Audit programme
// ---------------------------------------------------------------------------

// A row of counts: one per bucket, and the total.
struct CountRow {
    std::string id; // team or worker id, kind key; "" for a row with none
    std::string label;
    std::vector<int> counts;
    int total = 0;
};

struct ManagerFrequency {
    Index worker = k_no_index;
    std::string id;
    std::string name;
    std::string team; // name
    int audits = 0;   // done in the period, with them as the auditor
    int expected = 0;
    bool meets = false;
};

struct TeamProgramme {
    Index team = k_no_index;
    std::string id;
    std::string name;
    int managers = 0; // first-line managers in post on the as-at date
    int audits = 0;   // audits of the team's records done in the period
    int expected = 0; // per manager per month x months x max(managers, 1)
    bool meets = false;
    int open_cases = 0;           // on the as-at date
    int never_audited = 0;        // of them, no audit on or before the as-at date
    int not_within_12_months = 0; // of them, audited, but not in the 12 months to it
    double never_share = 0.0;     // percent of open_cases (0 when there are none)
    double not_within_share = 0.0;
    int notes_checked = 0; // case audits done in the period checked for their audit case note
    int notes_missing = 0; // of them, no note within the window (missing, or added late)
};

// A case audit done in the period whose Audit Case Note is not on the record in time
// (core/audit/audit_note_check.h: missing, or added after the window).
struct MissingAuditNote {
    std::size_t audit = 0; // into Report::audits.audits
    std::string audit_id;
    std::string file; // the workbook, or "" for the extract's own record
    std::string case_id;
    std::string team; // name
    std::string auditor;
    Date date;
    Date window_end;
    bool late = false; // a note was added, after the window
    std::string message;
};

// The case audits done in the period and scope, checked for their audit case note on the
// report's as-at date.
struct AuditNotesSummary {
    int working_days = 0; // the policy's window
    int checked = 0;
    int found = 0;
    int late = 0;
    int missing = 0;
    int not_due_yet = 0;
    CountRow without_note;              // missing and late, per month or quarter
    std::vector<MissingAuditNote> rows; // missing and late, by date then audit id
};

struct ProgrammeSection {
    std::vector<Bucket> buckets;
    std::vector<CountRow> by_team;    // teams in scope, by name (teams with none included)
    std::vector<CountRow> by_auditor; // by name
    std::vector<CountRow> by_kind;    // first-line, senior manager, ... (all six)
    CountRow total;
    int months = 0;                         // whole months in the period
    int per_manager_per_month = 0;          // the policy file's number
    int expected_per_manager = 0;           // per month x months
    std::vector<ManagerFrequency> managers; // by team, then name
    std::vector<TeamProgramme> teams;       // by name
    AuditNotesSummary notes;                // add_audit_notes()
};

// ---------------------------------------------------------------------------
// [SECTION] 2. Compliance by criterion
// ---------------------------------------------------------------------------

// One area's results over a set of audits.
struct ComplianceCell {
    int met = 0;
    int partly_met = 0;
    int not_met = 0;
    int unanswered = 0;
    int not_applicable = 0;
    int n = 0;                       // applicable: everything but not applicable
    double share = 0.0;              // percent, by the scoring rule; meaningful when n > 0
    std::vector<std::size_t> audits; // into Report::audits.audits, those with this area applicable
};

struct ComplianceColumn {
    Index index = k_no_index; // team or worker; k_no_index for the service column
    std::string id;
    std::string name;
    std::string team;                  // workers: their team's name
    int audits = 0;                    // completed case audits in the column
    bool hidden = false;               // a worker below the minimum: no cells
    std::vector<ComplianceCell> cells; // one per case area, in the policy's order (empty if hidden)
};

struct ComplianceSection {
    int audits = 0;                        // completed case audits with results, in scope
    std::vector<ComplianceColumn> teams;   // teams in scope by name, then "All teams"
    std::vector<ComplianceColumn> workers; // by team, then name; workers with any audit
    int min_audits_per_worker = 0;
};

// ---------------------------------------------------------------------------
// [SECTION] 3. Grades
// ---------------------------------------------------------------------------

// Counts by grade: Outstanding, Good, Requires improvement, Inadequate, not graded.
inline constexpr std::array<audit::Grade, 5> k_grade_order = {
    audit::Grade::Outstanding, audit::Grade::Good, audit::Grade::RequiresImprovement,
    audit::Grade::Inadequate, audit::Grade::None};

struct GradeRow {
    std::string id;
    std::string label;
    std::array<int, 5> counts{}; // in k_grade_order
    int total = 0;
    int scored = 0;          // audits with a score (workbook audits with areas that apply)
    double mean_score = 0.0; // their mean score in percent; 0 when none
};

struct GradesSection {
    std::vector<GradeRow> by_team; // teams in scope by name
    GradeRow service;              // everything in scope
    std::vector<Bucket> quarters;
    std::vector<GradeRow> by_quarter; // one per quarter of the period
};

// ---------------------------------------------------------------------------
// [SECTION] 4. Actions register
// ---------------------------------------------------------------------------

struct ActionRow {
    std::size_t audit = 0; // into Report::audits.audits
    std::string audit_id;
    std::string file;      // the workbook it comes from
    std::string record_id; // the case or supervision record
    std::string team;      // name
    std::string text;
    std::string owner;      // as recorded (a worker id or a name)
    std::string owner_name; // the worker's name when `owner` is a worker id, else `owner`
    std::optional<Date> due;
    bool done = false;
    bool overdue = false; // not done, due before the as-at date
    int days_overdue = 0;
};

struct ActionsSection {
    std::vector<ActionRow> rows; // overdue first (most overdue first), then by due date, none last
    int open = 0;
    int overdue = 0;
    int done = 0;
};

// ---------------------------------------------------------------------------
// [SECTION] 5. Supervision across the service
// ---------------------------------------------------------------------------

struct SupervisionWorker {
    Index worker = k_no_index;
    std::string id;
    std::string name;
    Index team = k_no_index;
    std::string team_name;
    bool asye = false;        // in their ASYE on the as-at date
    int expected_days = 0;    // on the as-at date
    int held = 0;             // supervisions held in the period
    int on_time = 0;          // intervals ending in the period within the expected days
    int within_grace = 0;     // ... longer, but within the grace days
    int late = 0;             // ... longer than that
    int missed = 0;           // supervisions that should have happened in those late gaps
    int longest_gap = 0;      // days
    std::optional<Date> last; // the last supervision on or before the as-at date
    int days_since_last = 0;
    bool overdue = false;      // no supervision for longer than expected + grace on the as-at date
    int records_late = 0;      // records written up after the policy's working days
    int cases_discussed = 0;   // case discussions in the period (a case per supervision)
    int no_oversight = 0;      // of them, no oversight note on the case file in time
    int oversight_pending = 0; // of them, the window still open on the as-at date
};

struct SupervisionTeam {
    Index team = k_no_index;
    std::string id;
    std::string name;
    int workers = 0;
    int held = 0;
    int late = 0;
    int missed = 0;
    int overdue = 0; // workers
    int records_late = 0;
    int cases_discussed = 0;
    int no_oversight = 0;
};

struct SupervisionSection {
    std::vector<SupervisionWorker> workers; // by team name, then name
    std::vector<SupervisionTeam> teams;     // by name
    SupervisionTeam service;
};

// ---------------------------------------------------------------------------
// [SECTION] 6. Caseloads
// ---------------------------------------------------------------------------

struct CaseloadConcern {
    std::string worker_id;
    std::string worker_name;
    std::string team; // name
    std::string code; // "above-absolute", "above-upper", "asye-above-protected"
    int caseload = 0;
    int level = 0;       // the limit exceeded
    std::string message; // the caseload finding's sentence
};

struct ExpiringAgreement {
    std::string id; // the Director discussion
    std::string worker_id;
    std::string worker_name;
    std::string team;
    int agreed_caseload = 0;
    Date ends;
    int days_left = 0;
};

struct CaseloadTeam {
    Index team = k_no_index;
    std::string id;
    std::string name;
    int workers = 0;
    int above_upper = 0; // above their upper caseload, not above the absolute limit
    int above_absolute = 0;
    int asye_above_protected = 0; // above their ASYE protected level, not above the absolute
    int agreements_expiring = 0;
};

struct CaseloadSection {
    std::vector<CaseloadTeam> teams;         // by name
    std::vector<CaseloadConcern> concerns;   // absolute first, then by team and worker
    std::vector<ExpiringAgreement> expiring; // soonest first
    int expiring_days = 30;
};

// ---------------------------------------------------------------------------
// [SECTION] 7. Moderation and calibration
// ---------------------------------------------------------------------------

// Moderation: the moderation records in the workbooks whose blind grading was submitted, of
// case audits counted in the period and scope; the first auditor's results against the
// moderator's blind ones, area by area (unanswered on either side left out).
struct ModerationAuditor {
    std::string auditor;      // the first auditor, as the workbook names them
    int moderated = 0;        // their audits moderated
    int areas = 0;            // areas both answered
    int agreed = 0;           // of them, the same result
    stats::Coefficient kappa; // Cohen's kappa, the auditor against the moderators
    // The auditor's score minus the moderator's blind score, in points, averaged over their
    // moderated audits: + grades more generously than the moderators.
    double mean_points = 0.0;
    std::string direction; // "above the moderators", "below ...", "level with ..."
    int adjusted = 0;      // areas whose result was adjusted at resolution
};

struct ModerationAreaRow {
    audit::CaseArea area = audit::CaseArea::Adequate;
    int pairs = 0;  // moderated audits where both answered the area
    int agreed = 0; // of them, the same result
    stats::Coefficient kappa;
};

struct ModerationSection {
    int moderated = 0; // moderations counted (blind grading submitted)
    int resolved = 0;  // of them, finished
    int areas = 0;
    int agreed = 0;
    stats::Coefficient kappa;                          // over every area of every moderated audit
    std::vector<ModerationAuditor> auditors;           // by name
    std::vector<ModerationAreaRow> areas_by_agreement; // lowest agreement share first
    // Calibration across the workbooks' auditors (core/training/calibration.h) on their
    // completed case audits in the period and scope: the cases audited in two workbooks or
    // more. Computed with two accepted workbooks or more; `calibration.case_ids` is empty when
    // no case was audited in two.
    bool calibrated = false;
    training::Calibration calibration;
};

// ---------------------------------------------------------------------------
// [SECTION] The report
// ---------------------------------------------------------------------------

struct Report {
    ReportOptions options;
    std::string scope_text;
    PolicyIdentity policy;
    std::string organisation;
    Date extract_as_at;
    CombinedAudits audits;
    ProgrammeSection programme;
    ComplianceSection compliance;
    GradesSection grades;
    ActionsSection actions;
    SupervisionSection supervision;
    CaseloadSection caseloads;
    ModerationSection moderation;
};

// Every section. `inputs` are the workbooks `audits` was combined from (for their results
// and actions).
Report compute_report(const Extract& extract, const Policy& policy, CombinedAudits audits,
                      const std::vector<WorkbookInput>& inputs, const ReportOptions& options);

// The sections one by one (compute_report calls them; tests call them too).
ProgrammeSection compute_programme(const Extract& extract, const Policy& policy,
                                   const CombinedAudits& audits, const ReportOptions& options);
// The programme's audit case note figures (`s.notes`, each team's notes_*): the audit
// note check (core/audit/audit_note_check.h) on the combined audits done in the period and
// scope, read on the report's as-at date.
void add_audit_notes(ProgrammeSection& s, const Extract& extract, const Policy& policy,
                     const CombinedAudits& audits, const std::vector<WorkbookInput>& inputs,
                     const ReportOptions& options);
ComplianceSection compute_compliance(const Extract& extract, const Policy& policy,
                                     const CombinedAudits& audits,
                                     const std::vector<WorkbookInput>& inputs,
                                     const ReportOptions& options);
GradesSection compute_grades(const Extract& extract, const CombinedAudits& audits,
                             const ReportOptions& options);
ActionsSection compute_actions(const Extract& extract, const CombinedAudits& audits,
                               const std::vector<WorkbookInput>& inputs,
                               const ReportOptions& options);
SupervisionSection compute_supervision(const Extract& extract, const Policy& policy,
                                       const ReportOptions& options);
CaseloadSection compute_caseload_concerns(const Extract& extract, const Policy& policy,
                                          const ReportOptions& options);

ModerationSection compute_moderation(const Policy& policy, const CombinedAudits& audits,
                                     const std::vector<WorkbookInput>& inputs,
                                     const ReportOptions& options);

// Helpers the sections share.
namespace detail {
// True when `a` counts in a section about the period: done, dated in the period, in scope.
bool in_period_scope(const ReportAudit& a, const ReportOptions& o);
// Teams in scope, by name.
std::vector<Index> teams_in_scope(const Extract& extract, const Scope& scope);
// percent of part in whole; 0 when whole is 0.
double percent(int part, int whole);
} // namespace detail

} // namespace ca::report
