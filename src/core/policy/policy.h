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
// The policy is organised by area. Only `caseload` exists so far; later areas (`audit`,
// `timescales`, `bankHolidays`) get a struct and a section of their own beside it.
//
// Index of this file:
// [SECTION] Caseload policy
// [SECTION] Policy
// [SECTION] Loading, saving, fingerprint
#pragma once

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
// [SECTION] Policy
// ---------------------------------------------------------------------------

struct Policy {
    std::string name = "Supervision and Quality Assurance Policy";
    std::string version = "default";
    CaseloadPolicy caseload;
    // Later areas: audit, timescales, bank_holidays.
};

// What a result shows about the policy that produced it.
struct PolicyIdentity {
    std::string name;
    std::string version;
    std::string fingerprint; // 16 lowercase hex digits
};

Policy default_policy();

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
