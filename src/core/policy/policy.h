// Case Audit - the policy file: this council's local numbers, with the policy's as defaults.
//
// The Supervision and Quality Assurance policy sets numbers that are local rules, not
// national ones (caseload 25 / 28, the ASYE taper 1/3 -> 2/3 -> 9/10...). Every such number
// lives in a Policy, so a council can change them in a JSON file without a new build, and
// every result says which policy produced it (name, version, fingerprint).
//
// The C++ defaults below are the single source of the defaults: save_policy_json(
// default_policy()) is the default file (docs/policy-file.md shows it, a test checks that it
// round-trips). A policy file may give only the values it changes; the rest keep the
// defaults. Unknown keys are errors, so a misspelt key never silently does nothing.
//
// The policy is organised by area: `caseload`, `timescales` (with the bank holidays) and
// `audit` (grade bands, sampling defaults, supervision frequency and checklist) and `text`
// (a council's own terms for the recording-quality assistant).
//
// Index of this file:
// [SECTION] Caseload policy
// [SECTION] Timescales
// [SECTION] Audit policy
// [SECTION] Recording-quality terms
// [SECTION] Reports
// [SECTION] Policy
// [SECTION] Loading, saving, fingerprint
#pragma once

#include "core/calendar/working_days.h"
#include "core/extract/model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Caseload policy
// ---------------------------------------------------------------------------

// How the ASYE fraction moves between two milestones.
enum class AsyeInterpolation : std::uint8_t {
    Linear, // "moving to": a straight line between the milestones either side
    Step    // the fraction of the last milestone reached
};
// What "the average caseload" in the ASYE rule means.
enum class AsyeBasis : std::uint8_t {
    TeamUpper, // the worker's applicable upper caseload (team override or policy)
    TeamMean   // mean caseload on the date of the team's qualified non-ASYE social workers
};

// "1/3 of the average caseload in their first 3 months": from `months` after the ASYE
// start, the protected caseload is `fraction` of the basis.
struct AsyeMilestone {
    double months = 0.0;
    double fraction = 0.0;
};

struct AsyePolicy {
    bool enabled = true;
    std::vector<AsyeMilestone> milestones = {
        {0.0, 1.0 / 3.0}, {3.0, 1.0 / 3.0}, {6.0, 2.0 / 3.0}, {9.0, 9.0 / 10.0}};
    AsyeInterpolation interpolation = AsyeInterpolation::Linear;
    AsyeBasis basis = AsyeBasis::TeamUpper;
    // The ASYE lasts this long from its start unless a completion date is recorded, which
    // then ends it (earlier, or later for an extended ASYE).
    double duration_months = 12.0;
};

// A limit the policy file gives to roles or team kinds outside the main rule (for example
// occupational therapists in hospital teams). Empty lists match everything.
struct OtherCaseloadLimit {
    std::vector<WorkerRole> roles;
    std::vector<TeamKind> team_kinds;
    int upper = 0;
    int absolute = 0;
};

struct CaseloadPolicy {
    // "The upper caseload for qualified social workers in the community teams". Senior
    // practitioners are qualified social workers holding a caseload, so they are included.
    std::vector<WorkerRole> roles = {WorkerRole::QualifiedSocialWorker,
                                     WorkerRole::SeniorPractitioner};
    std::vector<TeamKind> team_kinds = {TeamKind::Community};
    int upper = 25;
    int absolute = 28;
    // Count secondary (co-worker) allocations as well as primary ones.
    bool count_secondary = false;
    // "Some teams may operate to a lower number": a team's caseloadLimits.upper replaces
    // `upper`; with use_team_absolute its caseloadLimits.absolute replaces `absolute` too.
    bool use_team_limits = true;
    bool use_team_absolute = true;
    std::vector<OtherCaseloadLimit> other_limits;
    AsyePolicy asye;
    // A Director discussion with no end to its period is valid for this many days,
    // counting its first day.
    int director_validity_days = 92;
    // The dashboard's caseload history: this many monthly points ending on the date.
    int history_months = 12;
};

// ---------------------------------------------------------------------------
// [SECTION] Timescales
// ---------------------------------------------------------------------------

// "Recording has been completed within the specified timescales" and "the case file is up
// to date": the policy names the areas, the council sets the numbers. Working days skip
// weekends and the bank holidays listed here (see calendar/working_days.h for the exact
// counting rule).
struct TimescalePolicy {
    int note_working_days = 2; // a case note recorded within 2 working days of its event
    int assessment_days = 28;  // an assessment completed within 28 days of its start
    int supervision_record_working_days = 5; // a supervision record written up within 5
    int up_to_date_days = 30;                // last recorded activity on the file within 30 days
    int review_after_plan_min_weeks = 6;     // first review 6-8 weeks after a new plan
    int review_after_plan_max_weeks = 8;
    int review_interval_months = 12; // and at least every 12 months
    int training_months = 1;         // information security and data protection training
                                     // completed within one month of starting
    // "An Audit Case Note should be added to the record by the auditing manager": the
    // auditor's case-audit note recorded within this many working days of the audit
    // (core/audit/audit_note_check.h). The policy gives no number: 5 is the project's
    // assumption (one working week).
    int audit_note_working_days = 5;
    // "Any relevant email or relevant correspondence is uploaded": a case note of type
    // correspondence should have an email or letter uploaded within this many working days
    // of its event. The policy gives no number: 5 is the project's assumption.
    int correspondence_upload_working_days = 5;
    // "Recording has been completed within the specified timescales": the share of notes and
    // assessments on time for Met, and for Partly met (percent, compared exactly: 9 of 10 is
    // 90%). The policy gives no bands: 90 and 50 are the project's assumption.
    int on_time_met_percent = 90;
    int on_time_partly_met_percent = 50;
    // England and Wales bank holidays, 2020-2030 by default (the embedded GOV.UK list).
    std::vector<Date> bank_holidays;
};

// ---------------------------------------------------------------------------
// [SECTION] Audit policy
// ---------------------------------------------------------------------------

// Lower bounds of the overall grades, in percent of the applicable areas met (a partly met
// area counts half). A score is compared unrounded: 62.5% is below 63, so "Requires
// improvement". Defaults are the CQC local authority assessment bands.
struct GradeBands {
    double requires_improvement = 39.0; // below this: Inadequate
    double good = 63.0;
    double outstanding = 88.0;
};

// What the sampler leaves out unless the auditor says otherwise.
struct SamplingDefaults {
    int size = 6;
    bool exclude_recently_audited = true;
    int recently_audited_months = 12;
    bool exclude_closed = true;
    // Off by default: a case with no note for months is exactly the stale file the "case
    // file is up to date" area exists to find. A council may still switch it on.
    bool exclude_inactive = false;
    int activity_months = 3; // "no activity in the period": no note in the last 3 months
};

// How often supervision is expected: the longest gap between two supervisions of one
// worker before it counts as missed. ASYE workers are supervised more often.
struct SupervisionFrequency {
    int asye_days = 14;
    int other_days = 28;
    int grace_days = 7; // leave, sickness: a gap up to days + grace is "partly met"
};

// One item of the supervision record checklist. `rule` names the automatic evidence rule
// that proposes a result ("frequency", "record-timescale", "cases-listed",
// "decisions-actions", "oversight"); an empty rule is an item for the auditor's judgement
// alone. The keys are what the workbook stores results under.
struct ChecklistItem {
    std::string key;
    std::string title;
    std::string rule;
};

struct AuditPolicy {
    GradeBands bands;
    SamplingDefaults sampling;
    SupervisionFrequency supervision_frequency;
    // Days after a supervision discussion within which the discussed case file should show
    // management oversight (a manager's decision or a case audit note).
    int oversight_days = 10;
    // Words and phrases that make a case note a mention of mental capacity, or of
    // safeguarding, for the audit areas of those names. Whole words only, any letter case
    // (core/audit/phrase_match.h): "in my capacity as" is not a mention, nor is "safeguard
    // her savings" (the word "safeguarding" itself is; it comes last so that a line names
    // the more telling phrase when a note has both). A mention in a note alone proposes Partly met;
    // Met needs a structured record (a capacity assessment, a safeguarding concern or enquiry, an
    // assessment section). The lists are the project's assumption; a council can change them.
    std::vector<std::string> capacity_phrases = {"mental capacity",
                                                 "capacity assessment",
                                                 "assessment of capacity",
                                                 "MCA",
                                                 "best interests",
                                                 "best interest",
                                                 "lacks capacity",
                                                 "lack capacity",
                                                 "lacking capacity",
                                                 "has capacity",
                                                 "have capacity",
                                                 "had capacity",
                                                 "capacity to decide",
                                                 "capacity to make",
                                                 "capacity to consent",
                                                 "capacity to manage",
                                                 "capacity to understand",
                                                 "DoLS",
                                                 "LPS",
                                                 "deprivation of liberty",
                                                 "liberty protection safeguards",
                                                 "IMCA",
                                                 "court of protection",
                                                 "lasting power of attorney"};
    std::vector<std::string> safeguarding_phrases = {
        "safeguarding concern", "safeguarding concerns",
        "safeguarding enquiry", "safeguarding enquiries",
        "safeguarding adult",   "safeguarding adults",
        "adult safeguarding",   "safeguarding referral",
        "safeguarding alert",   "safeguarding plan",
        "safeguarding meeting", "safeguarding strategy",
        "section 42",           "s42",
        "adult at risk",        "abuse or neglect",
        "self-neglect",         "financial abuse",
        "protection plan",      "safeguarding"};
    std::vector<ChecklistItem> supervision_checklist = {
        {"frequency", "Supervision held at the expected frequency", "frequency"},
        {"record-timescale", "Record completed within its timescale", "record-timescale"},
        {"cases-listed", "Cases discussed are listed", "cases-listed"},
        {"decisions-actions", "Decisions and actions recorded with owners and dates",
         "decisions-actions"},
        {"oversight", "Management oversight visible on each discussed case file", "oversight"},
        {"reflection", "Reflective discussion and professional development", ""},
    };
};

// ---------------------------------------------------------------------------
// [SECTION] Recording-quality terms
// ---------------------------------------------------------------------------

// A council's own terms for the recording-quality assistant (local jargon, the names of
// its places and services, acronyms it uses): the policy file's `text` object, kept as
// written (compact JSON) and read by text::add_council_terms(), which documents its keys.
// "{}" adds nothing.
struct TextPolicy {
    std::string council_terms_json = "{}";
};

// ---------------------------------------------------------------------------
// [SECTION] Reports
// ---------------------------------------------------------------------------

// The oversight reports' own numbers (core/report/). The policy asks managers to audit
// regularly but gives no number: 2 audits per first-line manager per month is this project's
// assumption, for a council to change.
struct ReportPolicy {
    int audits_per_manager_per_month = 2;
    // Compliance by worker is shown only for workers with at least this many audits in the
    // period, so that one audit does not label a person.
    int min_audits_per_worker = 3;
};

// ---------------------------------------------------------------------------
// [SECTION] Training
// ---------------------------------------------------------------------------

// When a trainee's practice audits pass (core/training/feedback.h): agreement with the
// reference audits on area results at least `pass_agreement_percent`, and Cohen's kappa on
// them at least `pass_kappa` (Gwet's AC1 when kappa is undefined). The policy gives no
// numbers: 85% and 0.61 (the lower bound of Landis and Koch's "substantial") are this
// project's assumptions, for a council to change.
struct TrainingPolicy {
    double pass_agreement_percent = 85.0;
    double pass_kappa = 0.61;
};

// ---------------------------------------------------------------------------
// [SECTION] Policy
// ---------------------------------------------------------------------------

struct Policy {
    std::string name = "Supervision and Quality Assurance Policy";
    std::string version = "default";
    CaseloadPolicy caseload;
    TimescalePolicy timescales; // default_policy() fills bank_holidays
    AuditPolicy audit;
    TextPolicy text;
    ReportPolicy reports;
    TrainingPolicy training;
};

// What a result shows about the policy that produced it.
struct PolicyIdentity {
    std::string name;
    std::string version;
    std::string fingerprint; // 16 lowercase hex digits
};

Policy default_policy();
// The working-day calendar of the policy's bank holidays.
WorkingCalendar policy_calendar(const Policy& policy);

// ---------------------------------------------------------------------------
// [SECTION] Loading, saving, fingerprint
// ---------------------------------------------------------------------------

struct PolicyError {
    std::string path;    // JSON path of the value, e.g. "caseload.asye.milestones[2].fraction"
    std::string message; // a full sentence
};

struct PolicyLoadResult {
    std::optional<Policy> policy; // empty when there is any error
    std::vector<PolicyError> errors;
    bool ok() const { return policy.has_value(); }
};

// Reads a policy file. Every problem is reported (not only the first), each with its path.
PolicyLoadResult load_policy_json(std::string_view text);
// Reads a policy file from disk; a file that cannot be read gives one error.
PolicyLoadResult load_policy_file(const std::string& path);
// Checks the numbers of a policy built in code (the loader runs the same checks).
std::vector<PolicyError> validate_policy(const Policy& policy);
// The complete policy as a JSON file (every key, 2-space indent, keys in a fixed order).
std::string save_policy_json(const Policy& policy);
// FNV-1a 64 of the canonical JSON (every key, sorted, no spaces), as 16 hex digits: two
// policies with the same numbers have the same fingerprint whatever their file's layout.
std::string policy_fingerprint(const Policy& policy);
PolicyIdentity policy_identity(const Policy& policy);
// A fraction for display, as the policy words it: "1/3", "9/10" when it is n/d with
// d <= 100 (within 1e-9), otherwise a decimal rounded to 4 places ("0.3512").
std::string format_fraction(double fraction);
// "path: message" lines, for the command-line tool.
std::string format_policy_errors(const std::vector<PolicyError>& errors);

} // namespace ca
