// Case Audit - the period and the scope of a report.
//
// A report covers a period (the audits done and the supervisions held in it) and is read on
// one date, the as-at date (which cases are open, what is overdue, the caseloads). The
// default period is the 12 months to the as-at date: from the day after the same date a
// year earlier, to the as-at date itself (2025-03-17 to 2026-03-16). A quarter is a quarter
// of the financial year, as councils report them: Q1 is April to June.
//
// The scope is the whole service, one team or one worker: an audit of a case belongs to the
// case's team and to the worker holding its primary allocation on the audit's date; an
// audit of a supervision record to the supervisee and their team.
//
// Index of this file:
// [SECTION] Period
// [SECTION] Buckets (the months or quarters a period is counted in)
// [SECTION] Scope
#pragma once

#include "core/calendar/date.h"
#include "core/extract/model.h"

#include <string>
#include <vector>

namespace ca::report {

// ---------------------------------------------------------------------------
// [SECTION] Period
// ---------------------------------------------------------------------------

// From..to, both inclusive.
struct Period {
    Date from;
    Date to;
    bool contains(Date d) const { return from <= d && d <= to; }
};

// The 12 months to `as_at`: add_months(as_at, -12) + 1 day .. as_at.
Period twelve_months_to(Date as_at);
// The calendar month holding `d`.
Period month_of(Date d);
// The financial-year quarter holding `d` (April-June, July-September, October-December,
// January-March).
Period quarter_of(Date d);
// "1 April 2025 to 31 March 2026".
std::string period_text(const Period& p);
// Whole months in the period, for expected frequencies: its days divided by the mean month
// (30.4375 days), rounded to the nearest whole month, and at least 1. 12 months to a date
// are 365 or 366 days: 12; a quarter (90 to 92 days): 3; a month (28 to 31 days): 1.
int months_in(const Period& p);

// ---------------------------------------------------------------------------
// [SECTION] Buckets
// ---------------------------------------------------------------------------

enum class Granularity : std::uint8_t { Month, Quarter };

// One month or quarter of a period, cut to the period.
struct Bucket {
    Period period;
    std::string label; // "Mar 2026"; "Q4 2025/26"
};

// The months (or quarters) that overlap `p`, oldest first, each cut to `p`.
std::vector<Bucket> buckets_of(const Period& p, Granularity g);
// The bucket holding `d`, or -1 when `d` is outside them all (buckets are in date order).
int bucket_index(const std::vector<Bucket>& buckets, Date d);

// ---------------------------------------------------------------------------
// [SECTION] Scope
// ---------------------------------------------------------------------------

// k_no_index: no restriction. A worker scope normally comes with their team.
struct Scope {
    Index team = k_no_index;
    Index worker = k_no_index;
    bool has(Index record_team, Index record_worker) const {
        return (team == k_no_index || team == record_team) &&
               (worker == k_no_index || worker == record_worker);
    }
};
// "the whole service", "North Community Team", "Sam Social-Worker (North Community Team)".
std::string scope_text(const Extract& extract, const Scope& scope);

} // namespace ca::report
