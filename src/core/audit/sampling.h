// Case Audit - drawing small random samples of case and supervision records to audit.
//
// "The key is regular audit of small samples - maybe six or eight such records." The draw is
// random and reproducible: the same extract, scope, filters and seed always give the same
// sample, on every platform (core/random/random.h defines every step of the generator; no
// std:: distribution is used).
//
// THE ALGORITHM (docs/sampling.md repeats it for auditors):
//  1. Candidates: every case (or supervision record) in scope, i.e. whose primary worker on
//     the sample date (supervisions: supervisee) is one of the chosen workers or in one of
//     the chosen teams; an empty scope is the whole service. Supervision records count only
//     if held within the activity period before the sample date.
//  2. Exclusions, each on unless switched off, in this order (a record is counted under the
//     first that applies): closed on the sample date; audited (an audit record on file, or
//     an audit completed in this workbook) within `recently_audited_months` before the
//     sample date; no note dated within `activity_months` before the sample date.
//  3. The eligible records are sorted by id (bytewise), so the file's record order does not
//     matter, and shuffled with Random(seed).shuffle (Fisher-Yates).
//  4. Strata, in the order listed in the spec: for each, the first record in shuffled order
//     that satisfies it and is not yet drawn is drawn (reason: the stratum). A stratum that
//     nothing satisfies is reported, not an error.
//  5. The remaining places are filled from the shuffled order, first to last.
//  The result lists the drawn records in draw order, each with why it was drawn.
//
// Index of this file:
// [SECTION] Specification
// [SECTION] Result
// [SECTION] Drawing
#pragma once

#include "core/extract/model.h"
#include "core/policy/policy.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Specification
// ---------------------------------------------------------------------------

enum class RecordSet : std::uint8_t { Cases, Supervisions };
std::string_view record_set_key(RecordSet s); // "cases", "supervisions"
std::optional<RecordSet> parse_record_set_key(std::string_view key);

// Optional "at least one of..." rules.
enum class Stratum : std::uint8_t {
    OpenSafeguardingEnquiry, // a safeguarding enquiry open on the sample date (cases)
    AsyeWorker,              // the worker (supervisee) is in their ASYE on the sample date
};
std::string_view stratum_key(Stratum s); // "open-safeguarding-enquiry", "asye-worker"
std::optional<Stratum> parse_stratum_key(std::string_view key);
std::string_view stratum_label(Stratum s); // "a case with an open safeguarding enquiry"

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
    bool exclude_inactive = true;
    int activity_months = 3;
    std::vector<Stratum> strata;
};

// A spec with the policy's defaults, the extract's as-at date and the given seed.
SampleSpec default_sample_spec(const Extract& extract, const Policy& policy, std::uint64_t seed);

// A seed for a new sample, from something that changes (the clock): shown and stored, so
// the draw can be repeated. Kept to 9 decimal digits so a person can read it out.
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
    std::vector<std::string> notes;  // e.g. "No eligible case has an open safeguarding enquiry."
    std::vector<std::string> errors; // unknown worker or team ids, size < 1: nothing drawn
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
