// Case Audit - caseload rules (policy section "Caseload limits").
//
// "The upper caseload for qualified social workers in the community teams is set at 25, with
// an absolute limit of 28. [...] Some teams may operate to a lower number. [...] ASYE Social
// Workers initially should have approximately 1/3 of the average caseload in their first 3
// months, the 2/3 at 6 months moving to 9/10 at 9 months. Where there may be deviations from
// the average caseload, there should be evidence that this has been discussed with the
// Director." Every number comes from the Policy (core/policy/policy.h).
//
// How a view uses it (the CLI does exactly this):
//     ca::CaseloadIndex index(extract);                 // once per extract, O(allocations)
//     ca::CaseloadResult r = ca::compute_caseloads(index, policy, date);  // per date
//     for (const ca::WorkerCaseload& w : r.workers) draw a row;            // plain structs
//     for (std::size_t f : w.findings) r.findings[f].message ...          // findings
//     ca::worker_case_list(index, policy, w.worker, r.date)                // drill down
//     ca::caseload_history(index, policy, r.date)                         // 12 monthly points
//     ca::caseload_table_csv(r), ca::caseload_result_json(r)              // export
//
// Definitions (docs/policy-file.md says the same for users):
//   - a worker's caseload on D: distinct cases open on D (opened <= D, and not closed before
//     D) with an allocation to the worker covering D (from <= D <= to; both inclusive),
//     primary only unless the policy counts secondary allocations. A case with status
//     "closed" and no closed date is counted as closed at every date (its end is unknown).
//   - employed on D: start <= D and (no end or D <= end).
//   - a team's own caseloadLimits only lower the policy's ("some teams may operate to a
//     lower number"): a team upper or absolute above the policy's is capped at the policy's
//     and reported as a data-quality finding of the team (code team-limit-above-policy,
//     worker fields empty).
//   - Director discussions: of those valid on D (held on or before D, period started and
//     not ended), the latest held decides. It covers the caseload when it agreed at least
//     as many cases (a notice), else the agreement is exceeded (high), whatever an older
//     discussion still in its period agreed: the Director's newest decision is in force.
//
// Index of this file:
// [SECTION] CaseloadIndex (allocations by worker, built once)
// [SECTION] Result types (one table row per worker and per team)
// [SECTION] Rules
// [SECTION] Drill-down and history
// [SECTION] Export (CSV, JSON)
#pragma once

#include "core/extract/model.h"
#include "core/policy/policy.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] CaseloadIndex
// ---------------------------------------------------------------------------

// Every allocation of the extract grouped by worker and sorted by case, with the allocation
// already cut to the days its case was open, so that one worker's caseload on a date is a
// scan of a few contiguous 16-byte entries. Also the Director discussions by worker.
// The index refers to the extract, which must outlive it.
class CaseloadIndex {
public:
    struct Entry {
        Index case_index = k_no_index;
        Index allocation = k_no_index;
        std::int32_t from = 0; // days, as Date::days; the allocation cut to the case's opening
        std::int32_t to = 0;   // inclusive; INT32_MAX when continuing
        AllocationRole role = AllocationRole::Primary;
    };
    struct Span {
        const Index* first = nullptr;
        const Index* last = nullptr;
        const Index* begin() const { return first; }
        const Index* end() const { return last; }
    };

    explicit CaseloadIndex(const Extract& extract);

    const Extract& extract() const { return *extract_; }
    const Entry* entries_begin(Index worker) const { return &entries_[offsets_[worker]]; }
    const Entry* entries_end(Index worker) const { return &entries_[offsets_[worker + 1]]; }
    // Indexes into Extract::director_discussions, by date.
    Span discussions(Index worker) const {
        return {discussions_.data() + discussion_offsets_[worker],
                discussions_.data() + discussion_offsets_[worker + 1]};
    }

    // The distinct cases counted on `d`: `primary` have a primary allocation, `secondary_only`
    // only a secondary one. `cases` (optional) receives the counted case indexes.
    struct Count {
        int primary = 0;
        int secondary_only = 0;
        int total(bool count_secondary) const {
            return primary + (count_secondary ? secondary_only : 0);
        }
    };
    Count count(Index worker, Date d, bool count_secondary,
                std::vector<Index>* cases = nullptr) const;

private:
    const Extract* extract_;
    std::vector<std::uint32_t> offsets_; // workers + 1
    std::vector<Entry> entries_;
    std::vector<std::uint32_t> discussion_offsets_;
    std::vector<Index> discussions_;
};

// ---------------------------------------------------------------------------
// [SECTION] Result types
// ---------------------------------------------------------------------------

enum class CaseloadSeverity : std::uint8_t { Critical, High, Notice, DataQuality };
std::string_view caseload_severity_name(CaseloadSeverity s); // "critical", ..., "data-quality"

// Where a worker's level comes from.
enum class LevelSource : std::uint8_t {
    None,       // no limit applies (role or team kind outside the rule, or missing data)
    Policy,     // the policy's upper / absolute
    Team,       // the team's own caseloadLimits
    OtherLimit, // a policy "otherLimits" entry
    Asye        // the ASYE protected caseload
};
std::string_view level_source_name(LevelSource s); // "none", "policy", "team", ...

struct CaseloadLevel {
    LevelSource source = LevelSource::None;
    int upper = 0;    // the level the worker is held to (for ASYE: the protected level)
    int absolute = 0; // never acceptable to exceed
    // Before ASYE protection: the upper caseload and where it comes from.
    int normal_upper = 0;
    LevelSource normal_source = LevelSource::None;
    // ASYE only (source == Asye).
    double asye_months = 0.0;   // calendar months since the ASYE start, with the fraction
    double asye_fraction = 0.0; // from the milestone table
    double asye_basis = 0.0;    // "the average caseload"
    AsyeBasis asye_basis_kind = AsyeBasis::TeamUpper;
    int protected_level = 0; // fraction x basis, rounded halves up (before capping at upper)
    // One phrase for a table cell: "25 (policy)", "20 (team)", "13 (ASYE month 4.5: 1/2 of
    // team upper 25)".
    std::string description;

    bool applies() const { return source != LevelSource::None; }
};

struct CaseloadFinding {
    CaseloadSeverity severity = CaseloadSeverity::Notice;
    std::string code;    // stable: "above-absolute", "above-upper", ... (docs/policy-file.md)
    std::string message; // a sentence a manager understands
    Index worker = k_no_index;
    Index team = k_no_index;
    std::string worker_id;
    std::string worker_name;
    std::string team_id;
    // The records behind the finding, for drill-down.
    std::vector<std::string> case_ids; // the cases counted on the date
    Index director_discussion = k_no_index;
    std::string director_discussion_id; // "" when none is involved
};

struct WorkerCaseload {
    Index worker = k_no_index;
    std::string worker_id;
    std::string worker_name;
    Index team = k_no_index;
    std::string team_id;
    std::string team_name;
    WorkerRole role = WorkerRole::Other;
    bool employed = true; // in post on the date
    bool in_asye = false;
    int caseload = 0;        // what the rules compare: primary (+ secondary when counted)
    int primary_cases = 0;   // distinct cases with a primary allocation
    int secondary_cases = 0; // distinct cases with only a secondary allocation
    CaseloadLevel level;
    int headroom = 0; // level.upper - caseload (negative when over); 0 when no level applies
    std::vector<std::size_t> findings; // indexes into CaseloadResult::findings
    std::optional<CaseloadSeverity> worst;
};

struct TeamCaseload {
    Index team = k_no_index;
    std::string team_id;
    std::string team_name;
    TeamKind kind = TeamKind::Other;
    int workers = 0;         // rows of this team in CaseloadResult::workers
    int cases = 0;           // sum of the workers' caseloads
    int limited_workers = 0; // workers a level applies to
    int over_level = 0;      // above their level (upper or ASYE protected)
    int over_absolute = 0;
    // The team's levels for the policy's workers (none when the team kind is outside it).
    LevelSource source = LevelSource::None;
    int upper = 0;
    int absolute = 0;
    // Mean caseload of the qualified non-ASYE social workers in post (the ASYE "team-mean"
    // basis); mean_of == 0 when there are none.
    double mean_caseload = 0.0;
    int mean_of = 0;
};

struct CaseloadResult {
    Date date;
    PolicyIdentity policy;
    bool count_secondary = false;
    std::vector<WorkerCaseload> workers;   // by team name, then worker name
    std::vector<TeamCaseload> teams;       // by team name
    std::vector<CaseloadFinding> findings; // by severity, then team and worker
    int count(CaseloadSeverity s) const;
};

// ---------------------------------------------------------------------------
// [SECTION] Rules
// ---------------------------------------------------------------------------

// The date used when the user picks none: the extract's as-at date.
Date default_caseload_date(const Extract& extract);

// Everything on one date: a row per worker who is in post and subject to a limit or holds
// cases, a row per team, and the findings.
CaseloadResult compute_caseloads(const CaseloadIndex& index, const Policy& policy, Date d);

// True when worker `w` is in their ASYE on `d`: from the ASYE start until the recorded
// completion date (exclusive), or duration_months after the start when none is recorded;
// always false when the ASYE rule is off. The audit's supervision-frequency rule uses it too.
bool in_asye_on(const Worker& w, const AsyePolicy& asye, Date d);

// The ASYE fraction `months` after the start, from the milestone table (before the first
// milestone: its fraction; after the last: the last one's).
double asye_fraction(const AsyePolicy& asye, double months);
// fraction x basis rounded to the nearest whole case, halves up. A tolerance of 1e-9 keeps
// binary rounding (1/3 + 1/2 x 1/3 = 0.49999999999999994) from turning 12.5 into 12.
int protected_caseload(double fraction, double basis);

// ---------------------------------------------------------------------------
// [SECTION] Drill-down and history
// ---------------------------------------------------------------------------

struct CaseListRow {
    Index case_index = k_no_index;
    std::string case_id;
    std::string person_name;
    std::string team_id; // the case's team
    AllocationRole role = AllocationRole::Primary;
    bool counted = true; // false for a secondary allocation when those are not counted
    Date allocated_from;
    std::optional<Date> allocated_to;
    Date case_opened;
};

// The cases open on `d` allocated to `worker` (primary and secondary), by case id.
std::vector<CaseListRow> worker_case_list(const CaseloadIndex& index, const Policy& policy,
                                          Index worker, Date d);

struct CaseloadHistory {
    std::vector<Date> dates; // oldest first; the last is the date asked for
    struct Row {
        Index index = k_no_index; // worker or team
        std::string id;
        std::string name;
        std::vector<int> counts; // one per date
    };
    std::vector<Row> workers; // the workers with a row in compute_caseloads on the date
    std::vector<Row> teams;   // sum of the caseloads of the team's workers
};

// Monthly points ending on `d`: d, d - 1 month, ... (policy.caseload.history_months points),
// from the allocation history. A worker's team is the team recorded now (the extract holds
// no team history).
CaseloadHistory caseload_history(const CaseloadIndex& index, const Policy& policy, Date d);

// ---------------------------------------------------------------------------
// [SECTION] Export
// ---------------------------------------------------------------------------

// The worker table as CSV (Excel-safe; see core/export/csv.h), with the policy identity and
// the date in the first lines.
std::string caseload_table_csv(const CaseloadResult& result);

// The rows the manager is looking at: `rows` are indices into result.workers, in the order
// shown; `shown` says how they were chosen ("Only workers with findings; names containing
// \"ash\""), written as a third line ("Shown,<shown>,<n> of <all> workers") so that a file
// of some workers is never taken for the whole service. An index out of range is skipped.
std::string caseload_table_csv(const CaseloadResult& result, const std::vector<int>& rows,
                               std::string_view shown);
// The whole result as JSON (for `caseaudit caseload --json`).
std::string caseload_result_json(const CaseloadResult& result);

} // namespace ca
