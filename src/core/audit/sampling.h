// Case Audit - drawing small random samples of case and supervision records to audit.
//
// "The key is regular audit of small samples - maybe six or eight such records." The draw is
// random and reproducible: the same extract, scope, filters and seed always give the same
// sample, on every platform (core/random/random.h defines every step of the generator; no
// std:: distribution is used).
//
// THE ALGORITHM (docs/sampling.md repeats it for auditors). "Within N months before the
// sample date D" always means after add_months(D, -N) and on or before D: (D - N months, D].
//  1. Candidates (the records in scope). An empty scope (no worker, no team) is the whole
//     service; otherwise the union of the chosen workers' and the chosen teams' records.
//     Cases: a case opened after D is never a candidate. A case is a chosen worker's when
//     that worker holds a primary allocation covering D (Allocation::covers); a chosen
//     team's when a worker holding such an allocation is in that team, or, when no one holds
//     the case on D, when the case's own team is that team.
//     Supervision records: held within `activity_months` before D; in scope when the
//     supervisee is a chosen worker or is in a chosen team.
//  2. Exclusions, cases only, each as the spec says (by default closed and recently audited
//     cases are left out, inactive ones kept: policy.audit.sampling), in this order (a case is
//     counted under the first that applies): closed on D (its closed date is on or before D, or it
//     is "closed" with no closed date); audited within `recently_audited_months` before D
//     (an audit record on file, or an audit completed in this workbook); no note whose event
//     date is within `activity_months` before D. Supervision records have no exclusions:
//     none of them is "closed", no audit of one is on file, and being held within the
//     activity period is already what makes one a candidate.
//  3. The eligible records are sorted by id (bytewise), so the file's record order does not
//     matter, and shuffled with Random(seed).shuffle (Fisher-Yates).
//  4. Strata, in the order listed in the spec, while places remain: for each, unless a
//     record already drawn satisfies it, the first record in shuffled order that satisfies
//     it is drawn (reason: the stratum). A stratum that nothing eligible satisfies, that
//     does not apply to the record set, or for which no place is left, is reported in the
//     notes, not an error.
//  5. The remaining places are filled from the shuffled order, first to last.
//  The result lists the drawn records in draw order, each with why it was drawn.
//  Strata: a case "with an open safeguarding enquiry" has an enquiry (not a concern) raised
//  on or before D and not closed on or before D. A case "held by a worker in their ASYE" has
//  a primary allocation covering D to a worker in their ASYE on D (in_asye_on of
//  core/caseload, so the sampler and the Caseloads view agree); a supervision record "of a
//  worker in their ASYE" has a supervisee in their ASYE on D.
//
// Index of this file:
// [SECTION] Specification
// [SECTION] Result
// [SECTION] Drawing
#pragma once

#include "core/extract/model.h"
#include "core/policy/policy.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Specification
// ---------------------------------------------------------------------------

enum class RecordSet : std::uint8_t { Cases, Supervisions };
std::string_view record_set_key(RecordSet s); // "cases", "supervisions"
std::optional<RecordSet> parse_record_set_key(std::string_view key);
std::string_view record_set_label(RecordSet s); // "cases", "supervision records"

// Optional "at least one of..." rules.
enum class Stratum : std::uint8_t {
    OpenSafeguardingEnquiry, // a safeguarding enquiry open on the sample date (cases)
    AsyeWorker,              // the worker (supervisee) is in their ASYE on the sample date
};
std::string_view stratum_key(Stratum s); // "open-safeguarding-enquiry", "asye-worker"
std::optional<Stratum> parse_stratum_key(std::string_view key);
std::string_view stratum_label(Stratum s); // "a case with an open safeguarding enquiry"
// The label for a sample of `records`: "a supervision record of a worker in their ASYE".
std::string_view stratum_label(Stratum s, RecordSet records);

struct SampleSpec {
    RecordSet records = RecordSet::Cases;
    std::vector<std::string> workers; // worker ids; with teams: the union of both
    std::vector<std::string> teams;   // team ids; both empty: the whole service
    int size = 6;
    std::uint64_t seed = 0;
    Date date; // the sample date: usually the extract's as-at date
    bool exclude_recently_audited = true;
    int recently_audited_months = 12;
    bool exclude_closed = true;
    // Off by default: a case with no recent note is the stale file the "up to date" area
    // exists to find (core/policy/policy.h, SamplingDefaults).
    bool exclude_inactive = false;
    int activity_months = 3;
    std::vector<Stratum> strata;
};

// Which exclusions the spec applies, one phrase each, in the algorithm's order: "closed
// cases", "cases audited within 12 months (after 16 March 2025)", "cases with no note within
// 3 months (after 16 December 2025)". Empty for supervision records, which have none.
std::vector<std::string> sample_exclusions(const SampleSpec& spec);
// The sample's description of them, for a person: "Left out: closed cases; cases audited
// within 12 months (after 16 March 2025). Cases with no recent note are included." or
// "Nothing left out." (cases); "" for supervision records.
std::string sample_exclusions_text(const SampleSpec& spec);

// A spec with the policy's defaults, the extract's as-at date and the given seed.
SampleSpec default_sample_spec(const Extract& extract, const Policy& policy, std::uint64_t seed);

// A seed for a new sample, from something that changes (the clock): shown and stored, so
// the draw can be repeated. Kept to 9 decimal digits so a person can read it out:
// milliseconds_since_epoch % 1,000,000,000, except that 0 becomes 1 (0 is SampleSpec's
// default, so a stored 0 would look like "no seed chosen"). Any seed, from here or typed
// in, is valid for draw_sample.
std::uint64_t seed_from_clock(std::uint64_t milliseconds_since_epoch);

// ---------------------------------------------------------------------------
// [SECTION] Result
// ---------------------------------------------------------------------------

struct DrawnRecord {
    Index index = k_no_index; // into Extract::cases or Extract::supervisions
    std::string id;
    std::string reason; // "drawn at random from 212 eligible cases", "to include ..."
};

struct SampleResult {
    std::vector<DrawnRecord> drawn;
    std::size_t in_scope = 0;
    std::size_t eligible = 0;
    std::size_t excluded_closed = 0;
    std::size_t excluded_recently_audited = 0;
    std::size_t excluded_inactive = 0;
    std::vector<std::string> notes; // e.g. "No eligible case has an open safeguarding enquiry."
    // Unknown worker or team ids, size < 1, a period used outside 1..120 months: nothing
    // is drawn, and every problem is listed.
    std::vector<std::string> errors;
};

// ---------------------------------------------------------------------------
// [SECTION] Drawing
// ---------------------------------------------------------------------------

// `also_audited`: case ids audited in the workbook (completed audits, with their dates),
// which count like audit records on file for the "recently audited" exclusion.
struct WorkbookAudit {
    std::string case_id;
    Date date;
};
// The policy says who is in their ASYE (AsyePolicy::duration_months) for the AsyeWorker stratum.
SampleResult draw_sample(const Extract& extract, const Policy& policy, const SampleSpec& spec,
                         const std::vector<WorkbookAudit>& also_audited = {});

} // namespace ca::audit
