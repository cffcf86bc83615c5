// Case Audit - synthetic case extracts of the fictional London Borough of Eastmere.
//
// `caseaudit generate` and the app's "Explore with demo data" both call generate_extract():
// it writes a complete case extract (docs/extract-format.md) to a Sink, streaming, so that
// a 500 MB file needs only a few megabytes of memory (one case's text at a time, plus a
// small plan of every case: team, worker, dates).
//
// Deterministic: the same options give byte-identical output natively and in wasm. All
// randomness comes from ca::Random (never std:: distributions or <cmath>); each person and
// each case draws from its own stream Random::for_stream(seed, kind << 40 | index), so the
// text of case 7 does not depend on how much text case 6 had.
//
// Scenario built in (see docs/cli.md, "generate"): community teams at the policy limits
// (25 upper, 28 absolute) and one with lower limits (20/22), a hospital team, each
// community team with a qualified worker above 25 and one above 28 on the as-at date, ASYE
// workers 1, 4, 7 and 10 months into their year (and an older worker whose ASYE was
// completed after 12 months), Director discussions that are valid, expired or exceeded,
// training completed on time, late or missing, good and poor recording, late notes,
// overdue reviews, open safeguarding enquiries, unindexed emails and past audits.
//
// Index of this file:
// [SECTION] Options
// [SECTION] Generation
#pragma once

#include "core/calendar/date.h"
#include "core/generate/json_writer.h"

#include <cstdint>
#include <string>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Options
// ---------------------------------------------------------------------------

struct GenerateOptions {
    std::uint64_t seed = 1;
    // Number of cases (and people: one person per case), at least 1.
    int cases = 100;
    // When > 0, overrides `cases`: about this many megabytes (10^6 bytes) of output; see
    // cases_for_target_mb().
    double target_mb = 0.0;
    // The extract's as-at date; caseloads are arranged for this day. extractedAt is the
    // next morning.
    Date as_at = make_date(2026, 10, 30);
    // Newlines and indentation down to case notes (false: one line per top-level array
    // element only; about 3 % smaller).
    bool pretty = true;
};

// The app's built-in demo: 800 cases (4 teams, about 40 workers), seed 20261030, as at
// 2026-10-30. About 16 MB; generated in the browser at run time (0.15 s natively).
GenerateOptions demo_options();

// ---------------------------------------------------------------------------
// [SECTION] Generation
// ---------------------------------------------------------------------------

struct GenerateStats {
    int teams = 0;
    int workers = 0;
    int cases = 0;
    std::uint64_t bytes = 0;
};

// Writes the extract. Throws std::invalid_argument for cases < 1.
GenerateStats generate_extract(const GenerateOptions& options, Sink& sink);

// The number of cases that gives about `target_mb` megabytes with these options: generates
// samples with the same seed (400 cases, then up to 2000) into a byte counter and scales
// (within a few per cent for targets of 1 MB and more; at least 1 case).
int cases_for_target_mb(const GenerateOptions& options, double target_mb);

} // namespace ca
