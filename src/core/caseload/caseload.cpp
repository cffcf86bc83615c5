// Case Audit - caseload rules. See caseload.h for the definitions and how a view calls them.
//
// Index of this file:
// [SECTION] CaseloadIndex
// [SECTION] Names
// [SECTION] Levels (policy, team, other limits, ASYE)
// [SECTION] Director discussions and findings
// [SECTION] compute_caseloads
// [SECTION] Drill-down and history
#include "core/caseload/caseload.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] CaseloadIndex
// ---------------------------------------------------------------------------

CaseloadIndex::CaseloadIndex(const Extract& extract) : extract_(&extract) {
    const std::size_t n_workers = extract.workers.size();
    offsets_.assign(n_workers + 1, 0);
    // Counting sort by worker: two passes over the allocations, no per-worker vectors.
    auto window = [&](const Allocation& a, std::int32_t& from, std::int32_t& to) {
        const Case& c = extract.cases[a.case_index];
        from = std::max(a.from.days, c.opened.days);
        to = a.to ? a.to->days : INT32_MAX;
        if (c.closed)
            to = std::min(to, c.closed->days);
        else if (c.status == CaseStatus::Closed)
            to = INT32_MIN; // closed on an unknown date: never counted
        return from <= to;
    };
    for (const Allocation& a : extract.allocations) {
        std::int32_t from = 0;
        std::int32_t to = 0;
        if (a.worker < n_workers && a.case_index < extract.cases.size() && window(a, from, to))
            ++offsets_[a.worker + 1];
    }
    for (std::size_t w = 0; w < n_workers; ++w)
        offsets_[w + 1] += offsets_[w];
    entries_.resize(offsets_[n_workers]);
    std::vector<std::uint32_t> fill(offsets_.begin(), offsets_.end() - 1);
    for (std::size_t i = 0; i < extract.allocations.size(); ++i) {
        const Allocation& a = extract.allocations[i];
        std::int32_t from = 0;
        std::int32_t to = 0;
        if (a.worker < n_workers && a.case_index < extract.cases.size() && window(a, from, to))
            entries_[fill[a.worker]++] = {a.case_index, static_cast<Index>(i), from, to, a.role};
    }
    // Sorted by case so that distinct cases are adjacent; then primary before secondary.
    for (std::size_t w = 0; w < n_workers; ++w)
        std::sort(entries_.begin() + static_cast<std::ptrdiff_t>(offsets_[w]),
                  entries_.begin() + static_cast<std::ptrdiff_t>(offsets_[w + 1]),
                  [](const Entry& x, const Entry& y) {
                      if (x.case_index != y.case_index)
                          return x.case_index < y.case_index;
                      return x.role < y.role;
                  });

    discussion_offsets_.assign(n_workers + 1, 0);
    for (const DirectorDiscussion& d : extract.director_discussions)
        if (d.worker < n_workers)
            ++discussion_offsets_[d.worker + 1];
    for (std::size_t w = 0; w < n_workers; ++w)
        discussion_offsets_[w + 1] += discussion_offsets_[w];
    discussions_.resize(discussion_offsets_[n_workers]);
    fill.assign(discussion_offsets_.begin(), discussion_offsets_.end() - 1);
    for (std::size_t i = 0; i < extract.director_discussions.size(); ++i) {
        const Index w = extract.director_discussions[i].worker;
        if (w < n_workers)
            discussions_[fill[w]++] = static_cast<Index>(i);
    }
    for (std::size_t w = 0; w < n_workers; ++w)
        std::stable_sort(
            discussions_.begin() + static_cast<std::ptrdiff_t>(discussion_offsets_[w]),
            discussions_.begin() + static_cast<std::ptrdiff_t>(discussion_offsets_[w + 1]),
            [&](Index x, Index y) {
                return extract.director_discussions[x].date < extract.director_discussions[y].date;
            });
}

CaseloadIndex::Count CaseloadIndex::count(Index worker, Date d, bool count_secondary,
                                          std::vector<Index>* cases) const {
    Count c;
    const Entry* e = entries_begin(worker);
    const Entry* end = entries_end(worker);
    while (e != end) {
        // One case's entries are adjacent, primary first.
        const Index case_index = e->case_index;
        bool primary = false;
        bool secondary = false;
        for (; e != end && e->case_index == case_index; ++e) {
            if (e->from <= d.days && d.days <= e->to) {
                primary = primary || e->role == AllocationRole::Primary;
                secondary = secondary || e->role == AllocationRole::Secondary;
            }
        }
        if (primary)
            ++c.primary;
        else if (secondary)
            ++c.secondary_only;
        if (cases && (primary || (secondary && count_secondary)))
            cases->push_back(case_index);
    }
    return c;
}

// ---------------------------------------------------------------------------
// [SECTION] Names
// ---------------------------------------------------------------------------

std::string_view caseload_severity_name(CaseloadSeverity s) {
    switch (s) {
    case CaseloadSeverity::Critical:
        return "critical";
    case CaseloadSeverity::High:
        return "high";
    case CaseloadSeverity::Notice:
        return "notice";
    case CaseloadSeverity::DataQuality:
        return "data-quality";
    }
    return "";
}

std::string_view level_source_name(LevelSource s) {
    switch (s) {
    case LevelSource::None:
        return "none";
    case LevelSource::Policy:
        return "policy";
    case LevelSource::Team:
        return "team";
    case LevelSource::OtherLimit:
        return "other-limit";
    case LevelSource::Asye:
        return "asye";
    }
    return "";
}

int CaseloadResult::count(CaseloadSeverity s) const {
    int n = 0;
    for (const CaseloadFinding& f : findings)
        n += f.severity == s ? 1 : 0;
    return n;
}

Date default_caseload_date(const Extract& extract) {
    return extract.metadata.as_at;
}

// ---------------------------------------------------------------------------
// [SECTION] Levels
// ---------------------------------------------------------------------------

double asye_fraction(const AsyePolicy& asye, double months) {
    const std::vector<AsyeMilestone>& m = asye.milestones;
    if (m.empty())
        return 1.0;
    if (months <= m.front().months)
        return m.front().fraction;
    for (std::size_t i = 1; i < m.size(); ++i) {
        if (months < m[i].months) {
            if (asye.interpolation == AsyeInterpolation::Step)
                return m[i - 1].fraction;
            const double t = (months - m[i - 1].months) / (m[i].months - m[i - 1].months);
            return m[i - 1].fraction + t * (m[i].fraction - m[i - 1].fraction);
        }
    }
    return m.back().fraction;
}

int protected_caseload(double fraction, double basis) {
    return static_cast<int>(std::floor(fraction * basis + 0.5 + 1e-9));
}

namespace {

template <typename E>
bool contains(const std::vector<E>& list, E value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool employed_on(const Worker& w, Date d) {
    return w.start <= d && (!w.end || d <= *w.end);
}

} // namespace

// The ASYE ends on the recorded completion date when there is one (an extended ASYE keeps
// its protection until it is passed), otherwise duration_months after the start.
bool in_asye_on(const Worker& w, const AsyePolicy& asye, Date d) {
    if (!asye.enabled || !w.asye_start || d < *w.asye_start)
        return false;
    if (w.asye_completed)
        return d < *w.asye_completed;
    return months_between(*w.asye_start, d) < asye.duration_months;
}

namespace {

std::string one_decimal(double v) {
    char buf[32];
    const long long tenths = std::llround(v * 10.0);
    std::snprintf(buf, sizeof buf, "%lld.%lld", tenths / 10, tenths % 10);
    std::string s = buf;
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0)
        s.resize(s.size() - 2);
    return s;
}

std::string cases_text(int n) {
    return std::to_string(n) + (n == 1 ? " case" : " cases");
}

// The upper and absolute limits of a team for the policy's workers: the policy's, or the
// team's own when the policy lets teams set them. None when the team kind is outside the
// rule. "Some teams may operate to a lower number", never a higher one: a team limit above
// the policy's is capped at the policy's (`raised` is set, for a data-quality finding). An
// impossible override (upper above absolute) is ignored: the policy's numbers are used.
// The source is Team when the team's own upper is used, else Policy.
LevelSource team_levels(const CaseloadPolicy& p, const Team& team, int& upper, int& absolute,
                        bool* raised = nullptr) {
    if (raised)
        *raised = false;
    if (!contains(p.team_kinds, team.kind))
        return LevelSource::None;
    upper = p.upper;
    absolute = p.absolute;
    if (!p.use_team_limits || !team.caseload_limits)
        return LevelSource::Policy;
    const int team_upper = team.caseload_limits->upper;
    const int team_absolute = p.use_team_absolute ? team.caseload_limits->absolute : p.absolute;
    if (team_upper > team_absolute)
        return LevelSource::Policy;
    if (raised)
        *raised = team_upper > p.upper || team_absolute > p.absolute;
    upper = std::min(team_upper, p.upper);
    absolute = std::min(team_absolute, p.absolute);
    return team_upper <= p.upper ? LevelSource::Team : LevelSource::Policy;
}

// The policy's (or team's) upper/absolute for a worker, before ASYE protection.
CaseloadLevel normal_level(const Extract& ex, const CaseloadPolicy& p, const Worker& w) {
    CaseloadLevel level;
    if (w.team >= ex.teams.size())
        return level;
    const Team& team = ex.teams[w.team];
    if (contains(p.roles, w.role) && contains(p.team_kinds, team.kind)) {
        level.source = team_levels(p, team, level.upper, level.absolute);
    } else {
        for (const OtherCaseloadLimit& o : p.other_limits) {
            if ((o.roles.empty() || contains(o.roles, w.role)) &&
                (o.team_kinds.empty() || contains(o.team_kinds, team.kind))) {
                level.source = LevelSource::OtherLimit;
                level.upper = o.upper;
                level.absolute = o.absolute;
                break;
            }
        }
    }
    level.normal_upper = level.upper;
    level.normal_source = level.source;
    level.description = level.applies() ? std::to_string(level.upper) + " (" +
                                              std::string(level_source_name(level.source)) + ")"
                                        : "";
    return level;
}

// ---------------------------------------------------------------------------
// [SECTION] Director discussions and findings
// ---------------------------------------------------------------------------

Date discussion_end(const DirectorDiscussion& d, const CaseloadPolicy& p) {
    return d.period_to ? *d.period_to : add_days(d.period_from, p.director_validity_days - 1);
}

// The discussion state for a deviation on date d with caseload n.
struct DirectorCheck {
    Index agreed = k_no_index;   // the latest valid on d, and it agreed >= n
    Index exceeded = k_no_index; // the latest valid on d, and it agreed < n
    Index expired = k_no_index;  // held before d, period ended before d (latest end)
    Index upcoming = k_no_index; // recorded but its period (or the discussion) is after d
};

DirectorCheck check_director(const CaseloadIndex& index, const CaseloadPolicy& p, Index worker,
                             Date d, int n) {
    const Extract& ex = index.extract();
    DirectorCheck out;
    Index latest_valid = k_no_index;
    for (Index i : index.discussions(worker)) {
        const DirectorDiscussion& dd = ex.director_discussions[i];
        const Date end = discussion_end(dd, p);
        if (dd.date > d || dd.period_from > d) {
            if (out.upcoming == k_no_index)
                out.upcoming = i;
        } else if (d <= end) {
            latest_valid = i; // discussions are by date: the latest held replaces the others
        } else if (out.expired == k_no_index ||
                   discussion_end(ex.director_discussions[out.expired], p) <= end) {
            out.expired = i;
        }
    }
    // The latest valid discussion decides, even when it agreed fewer cases than an older one
    // that is still in its period: the Director's newest decision is the one in force.
    if (latest_valid != k_no_index) {
        if (ex.director_discussions[latest_valid].agreed_caseload >= n)
            out.agreed = latest_valid;
        else
            out.exceeded = latest_valid;
    }
    return out;
}

// The first day of the current run of days on which the caseload is above `level`, found by
// walking back over the days the caseload can change (allocation and case boundaries).
Date above_since(const CaseloadIndex& index, Index worker, Date d, int level, bool secondary) {
    std::vector<std::int32_t> changes;
    for (const CaseloadIndex::Entry* e = index.entries_begin(worker);
         e != index.entries_end(worker); ++e) {
        if (e->from <= d.days)
            changes.push_back(e->from);
        if (e->to < d.days)
            changes.push_back(e->to + 1);
    }
    std::sort(changes.begin(), changes.end(), std::greater<std::int32_t>());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
    Date since = d;
    for (std::int32_t change : changes) {
        // The count is constant on [change, since]; look at the day before.
        since = Date{change};
        const Date before{change - 1};
        if (index.count(worker, before, secondary).total(secondary) <= level)
            break;
    }
    return since;
}

struct FindingSink {
    CaseloadResult& result;
    const Extract& ex;

    void add(WorkerCaseload& row, CaseloadSeverity severity, std::string code, std::string message,
             std::vector<std::string> case_ids = {}, Index discussion = k_no_index) {
        CaseloadFinding f;
        f.severity = severity;
        f.code = std::move(code);
        f.message = std::move(message);
        f.worker = row.worker;
        f.team = row.team;
        f.worker_id = row.worker_id;
        f.worker_name = row.worker_name;
        f.team_id = row.team_id;
        f.case_ids = std::move(case_ids);
        if (discussion != k_no_index) {
            f.director_discussion = discussion;
            f.director_discussion_id =
                std::string(ex.id_of(ex.director_discussions[discussion].id));
        }
        result.findings.push_back(std::move(f));
    }
    // A finding about a team, not one worker (no worker row refers to it).
    void add_team(Index team, CaseloadSeverity severity, std::string code, std::string message) {
        CaseloadFinding f;
        f.severity = severity;
        f.code = std::move(code);
        f.message = std::move(message);
        f.team = team;
        f.team_id = std::string(ex.id_of(ex.teams[team].id));
        result.findings.push_back(std::move(f));
    }
};

std::string level_phrase(const CaseloadLevel& level) {
    if (level.source == LevelSource::Asye)
        return "protected ASYE caseload " + level.description;
    return "upper caseload " + level.description;
}

void add_limit_findings(const CaseloadIndex& index, const CaseloadPolicy& p, WorkerCaseload& row,
                        const std::vector<Index>& counted, FindingSink& sink) {
    const Extract& ex = index.extract();
    const int n = row.caseload;
    const CaseloadLevel& level = row.level;
    if (!level.applies() || n <= level.upper)
        return;
    std::vector<std::string> case_ids;
    case_ids.reserve(counted.size());
    for (Index c : counted)
        case_ids.emplace_back(ex.id_of(ex.cases[c].id));
    const std::string head = std::to_string(n) + " open cases; ";
    const DirectorCheck dc = check_director(index, p, row.worker, sink.result.date, n);
    auto dd_text = [&](Index i) {
        const DirectorDiscussion& dd = ex.director_discussions[i];
        return "the Director agreed " + cases_text(dd.agreed_caseload) + " on " +
               format_date_long(dd.date) + " (" + std::string(ex.id_of(dd.id)) + ")";
    };

    if (n > level.absolute) {
        // Nothing makes the absolute limit acceptable, a Director's agreement included.
        std::string msg = head + "absolute limit " + std::to_string(level.absolute) + " (" +
                          std::string(level_source_name(level.normal_source)) +
                          "); above the absolute limit is never acceptable";
        msg += dc.agreed != k_no_index ? ", even though " + dd_text(dc.agreed) + "." : ".";
        sink.add(row, CaseloadSeverity::Critical, "above-absolute", std::move(msg),
                 std::move(case_ids), dc.agreed);
        return;
    }
    const bool asye = level.source == LevelSource::Asye;
    const std::string code = asye ? "asye-above-protected" : "above-upper";
    const std::string what = head + level_phrase(level) + "; ";
    if (dc.agreed != k_no_index) {
        const DirectorDiscussion& dd = ex.director_discussions[dc.agreed];
        sink.add(row, CaseloadSeverity::Notice, code + "-agreed",
                 what + dd_text(dc.agreed) + ", valid until " +
                     format_date_long(discussion_end(dd, p)) + ".",
                 std::move(case_ids), dc.agreed);
    } else if (dc.exceeded != k_no_index) {
        const DirectorDiscussion& dd = ex.director_discussions[dc.exceeded];
        sink.add(row, CaseloadSeverity::High, "director-agreement-exceeded",
                 what + dd_text(dc.exceeded) + ", " + std::to_string(n - dd.agreed_caseload) +
                     " fewer than now.",
                 std::move(case_ids), dc.exceeded);
    } else if (dc.expired != k_no_index) {
        const DirectorDiscussion& dd = ex.director_discussions[dc.expired];
        sink.add(row, CaseloadSeverity::High, "director-agreement-expired",
                 what + dd_text(dc.expired) + " for a period that ended on " +
                     format_date_long(discussion_end(dd, p)) + ".",
                 std::move(case_ids), dc.expired);
    } else {
        const Date since =
            above_since(index, row.worker, sink.result.date, level.upper, p.count_secondary);
        std::string msg = what + "above it since " + format_date_long(since) +
                          "; no Director discussion recorded since then";
        if (dc.upcoming != k_no_index) {
            const DirectorDiscussion& dd = ex.director_discussions[dc.upcoming];
            msg += " that covers " + format_date_long(sink.result.date) + " (" +
                   std::string(ex.id_of(dd.id)) + " starts on " +
                   format_date_long(std::max(dd.date, dd.period_from)) + ")";
        }
        sink.add(row, CaseloadSeverity::High, code, msg + ".", std::move(case_ids), dc.upcoming);
    }
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] compute_caseloads
// ---------------------------------------------------------------------------
// compute_caseloads runs four steps, each a function below:
//   count_everyone      every worker's count, ASYE state and the team means (the ASYE
//                       "team-mean" basis needs every team member's count first)
//   worker_row          one worker's row: data-quality findings, level (with ASYE
//                       protection, apply_asye_protection) and limit findings
//   team_rows           one row per team, totalled from the worker rows
//   order_for_display   findings by severity, rows by team and name

namespace {

struct Counts {
    std::vector<CaseloadIndex::Count> per_worker;
    std::vector<std::uint8_t> asye; // 1 when in the ASYE on the date
    std::vector<double> team_sum;   // caseloads of the team's qualified non-ASYE workers
    std::vector<int> team_n;        // how many of them
};

Counts count_everyone(const CaseloadIndex& index, const CaseloadPolicy& p, Date d) {
    const Extract& ex = index.extract();
    const std::size_t n_workers = ex.workers.size();
    Counts c;
    c.per_worker.resize(n_workers);
    c.asye.assign(n_workers, 0);
    c.team_sum.assign(ex.teams.size(), 0.0);
    c.team_n.assign(ex.teams.size(), 0);
    for (Index w = 0; w < n_workers; ++w) {
        const Worker& worker = ex.workers[w];
        c.per_worker[w] = index.count(w, d, p.count_secondary);
        c.asye[w] = in_asye_on(worker, p.asye, d) ? 1 : 0;
        if (worker.team < ex.teams.size() && employed_on(worker, d) && !c.asye[w] &&
            worker.qualified && contains(p.roles, worker.role) &&
            contains(p.team_kinds, ex.teams[worker.team].kind)) {
            c.team_sum[worker.team] += c.per_worker[w].total(p.count_secondary);
            ++c.team_n[worker.team];
        }
    }
    return c;
}

// Missing data: reported, never guessed.
void add_data_quality_findings(const CaseloadPolicy& p, const Worker& worker,
                               const CaseloadLevel& level, Date d, WorkerCaseload& row,
                               FindingSink& sink) {
    const int n = row.caseload;
    const bool has_team = row.team != k_no_index;
    if (!has_team && (contains(p.roles, worker.role) || n > 0))
        sink.add(row, CaseloadSeverity::DataQuality, "worker-without-team",
                 row.worker_name + " (" + row.worker_id +
                     ") has no team, so no caseload "
                     "limit can be applied to " +
                     cases_text(n) + ".");
    if (n > 0 && !row.employed)
        sink.add(row, CaseloadSeverity::DataQuality, "worker-not-in-post",
                 row.worker_name + " holds " + cases_text(n) + " on " + format_date_long(d) +
                     " but is not in post on that date (" +
                     (d < worker.start ? "starts on " + format_date_long(worker.start)
                                       : "left on " + format_date_long(*worker.end)) +
                     ").");
    if (p.asye.enabled && level.applies() && !worker.asye_start && worker.asye_completed &&
        d < *worker.asye_completed)
        sink.add(row, CaseloadSeverity::DataQuality, "asye-start-missing",
                 row.worker_name + " has an ASYE completed on " +
                     format_date_long(*worker.asye_completed) +
                     " but no ASYE start date, so the protected ASYE caseload cannot be "
                     "worked out; the normal limits are applied.");
}

// ASYE protection, only for the policy's own workers (not "otherLimits"): lowers `level` to
// the protected caseload, or reports why it cannot be worked out.
void apply_asye_protection(const CaseloadPolicy& p, const Worker& worker, const Counts& counts,
                           Date d, CaseloadLevel& level, WorkerCaseload& row, FindingSink& sink) {
    if (!row.in_asye || !(level.source == LevelSource::Policy || level.source == LevelSource::Team))
        return;
    const double months = months_between(*worker.asye_start, d);
    const double fraction = asye_fraction(p.asye, months);
    double basis = level.upper;
    if (p.asye.basis == AsyeBasis::TeamMean) {
        const int of = counts.team_n[worker.team];
        if (of == 0) {
            sink.add(row, CaseloadSeverity::DataQuality, "asye-basis-missing",
                     row.worker_name + " is in month " + one_decimal(months) +
                         " of the ASYE, but " + row.team_name +
                         " has no qualified non-ASYE social worker in post to take the "
                         "average caseload from; the normal limits are applied.");
            return;
        }
        basis = counts.team_sum[worker.team] / of;
    }
    level.source = LevelSource::Asye;
    level.asye_months = months;
    level.asye_fraction = fraction;
    level.asye_basis = basis;
    level.asye_basis_kind = p.asye.basis;
    level.protected_level = protected_caseload(fraction, basis);
    // The protection lowers the level; it never raises it above the upper.
    level.upper = std::min(level.protected_level, level.normal_upper);
    level.description = std::to_string(level.upper) + " (ASYE month " + one_decimal(months) + ": " +
                        format_fraction(fraction) + " of " +
                        (p.asye.basis == AsyeBasis::TeamUpper
                             ? std::string(level_source_name(level.normal_source)) + " upper "
                             : std::string("team mean ")) +
                        one_decimal(basis) + ")";
}

// One worker's row with its findings, or nothing when the worker has no row on `d` (not in
// post and no cases, or no limit and no cases).
std::optional<WorkerCaseload> worker_row(const CaseloadIndex& index, const CaseloadPolicy& p,
                                         const Counts& counts, Index w, Date d, FindingSink& sink) {
    const Extract& ex = index.extract();
    const Worker& worker = ex.workers[w];
    const int n = counts.per_worker[w].total(p.count_secondary);
    const bool employed = employed_on(worker, d);
    CaseloadLevel level = normal_level(ex, p, worker);
    if (!(n > 0 || (employed && level.applies())))
        return std::nullopt;

    WorkerCaseload row;
    row.worker = w;
    row.worker_id = std::string(ex.id_of(worker.id));
    row.worker_name = std::string(ex.text_of(worker.name));
    if (worker.team < ex.teams.size()) {
        row.team = worker.team;
        row.team_id = std::string(ex.id_of(ex.teams[worker.team].id));
        row.team_name = std::string(ex.text_of(ex.teams[worker.team].name));
    }
    row.role = worker.role;
    row.employed = employed;
    row.in_asye = counts.asye[w] != 0;
    row.caseload = n;
    row.primary_cases = counts.per_worker[w].primary;
    row.secondary_cases = counts.per_worker[w].secondary_only;
    const std::size_t first_finding = sink.result.findings.size();

    add_data_quality_findings(p, worker, level, d, row, sink);
    apply_asye_protection(p, worker, counts, d, level, row, sink);
    row.level = level;
    row.headroom = level.applies() ? level.upper - n : 0;

    std::vector<Index> counted;
    if (level.applies() && n > level.upper)
        index.count(w, d, p.count_secondary, &counted);
    add_limit_findings(index, p, row, counted, sink);

    for (std::size_t f = first_finding; f < sink.result.findings.size(); ++f) {
        row.findings.push_back(f);
        const CaseloadSeverity s = sink.result.findings[f].severity;
        if (!row.worst || s < *row.worst)
            row.worst = s;
    }
    return row;
}

// A row per team (in extract order), totalled from the worker rows; a team whose own limits
// are above the policy's gets a data-quality finding.
std::vector<TeamCaseload> team_rows(const Extract& ex, const CaseloadPolicy& p,
                                    const Counts& counts,
                                    const std::vector<WorkerCaseload>& workers, FindingSink& sink) {
    std::vector<TeamCaseload> teams;
    teams.reserve(ex.teams.size());
    for (Index t = 0; t < ex.teams.size(); ++t) {
        const Team& team = ex.teams[t];
        TeamCaseload tc;
        tc.team = t;
        tc.team_id = std::string(ex.id_of(team.id));
        tc.team_name = std::string(ex.text_of(team.name));
        tc.kind = team.kind;
        bool raised = false;
        tc.source = team_levels(p, team, tc.upper, tc.absolute, &raised);
        if (raised) {
            const CaseloadLimits& own = *team.caseload_limits;
            sink.add_team(
                t, CaseloadSeverity::DataQuality, "team-limit-above-policy",
                tc.team_name + " (" + tc.team_id + ") has its own caseload limits of " +
                    std::to_string(own.upper) + " (upper) and " + std::to_string(own.absolute) +
                    " (absolute) in the extract, above the policy's " + std::to_string(p.upper) +
                    " and " + std::to_string(p.absolute) +
                    "; a team may only operate to a lower number, so " + std::to_string(tc.upper) +
                    " and " + std::to_string(tc.absolute) + " apply.");
        }
        tc.mean_of = counts.team_n[t];
        tc.mean_caseload = tc.mean_of > 0 ? counts.team_sum[t] / tc.mean_of : 0.0;
        teams.push_back(std::move(tc));
    }
    for (const WorkerCaseload& row : workers) {
        if (row.team == k_no_index)
            continue;
        TeamCaseload& tc = teams[row.team];
        ++tc.workers;
        tc.cases += row.caseload;
        if (row.level.applies()) {
            ++tc.limited_workers;
            tc.over_level += row.caseload > row.level.upper ? 1 : 0;
            tc.over_absolute += row.caseload > row.level.absolute ? 1 : 0;
        }
    }
    return teams;
}

// Findings by severity, then team and worker (the rows' finding indexes follow them); worker
// rows by team name then worker name; teams by name.
void order_for_display(CaseloadResult& result) {
    std::vector<std::size_t> order(result.findings.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const CaseloadFinding& x = result.findings[a];
        const CaseloadFinding& y = result.findings[b];
        if (x.severity != y.severity)
            return x.severity < y.severity;
        if (x.team_id != y.team_id)
            return x.team_id < y.team_id;
        return x.worker_id < y.worker_id;
    });
    std::vector<std::size_t> new_pos(order.size());
    std::vector<CaseloadFinding> sorted;
    sorted.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        new_pos[order[i]] = i;
        sorted.push_back(std::move(result.findings[order[i]]));
    }
    result.findings = std::move(sorted);
    for (WorkerCaseload& row : result.workers)
        for (std::size_t& f : row.findings)
            f = new_pos[f];
    std::stable_sort(result.workers.begin(), result.workers.end(),
                     [](const WorkerCaseload& a, const WorkerCaseload& b) {
                         if (a.team_name != b.team_name)
                             return a.team_name < b.team_name;
                         return a.worker_name < b.worker_name;
                     });
    std::stable_sort(
        result.teams.begin(), result.teams.end(),
        [](const TeamCaseload& a, const TeamCaseload& b) { return a.team_name < b.team_name; });
}

} // namespace

CaseloadResult compute_caseloads(const CaseloadIndex& index, const Policy& policy, Date d) {
    const Extract& ex = index.extract();
    const CaseloadPolicy& p = policy.caseload;
    CaseloadResult result;
    result.date = d;
    result.policy = policy_identity(policy);
    result.count_secondary = p.count_secondary;
    FindingSink sink{result, ex};

    const Counts counts = count_everyone(index, p, d);
    for (Index w = 0; w < ex.workers.size(); ++w)
        if (std::optional<WorkerCaseload> row = worker_row(index, p, counts, w, d, sink))
            result.workers.push_back(std::move(*row));
    result.teams = team_rows(ex, p, counts, result.workers, sink);
    order_for_display(result);
    return result;
}

// ---------------------------------------------------------------------------
// [SECTION] Drill-down and history
// ---------------------------------------------------------------------------

std::vector<CaseListRow> worker_case_list(const CaseloadIndex& index, const Policy& policy,
                                          Index worker, Date d) {
    const Extract& ex = index.extract();
    std::vector<CaseListRow> rows;
    if (worker >= ex.workers.size())
        return rows;
    for (const CaseloadIndex::Entry* e = index.entries_begin(worker);
         e != index.entries_end(worker); ++e) {
        if (!(e->from <= d.days && d.days <= e->to))
            continue;
        // One row per case: the primary allocation when there is one (entries are sorted
        // primary first within a case).
        if (!rows.empty() && rows.back().case_index == e->case_index)
            continue;
        const Case& c = ex.cases[e->case_index];
        const Allocation& a = ex.allocations[e->allocation];
        CaseListRow row;
        row.case_index = e->case_index;
        row.case_id = std::string(ex.id_of(c.id));
        if (c.person < ex.people.size())
            row.person_name = std::string(ex.text_of(ex.people[c.person].name));
        if (c.team < ex.teams.size())
            row.team_id = std::string(ex.id_of(ex.teams[c.team].id));
        row.role = e->role;
        row.counted = e->role == AllocationRole::Primary || policy.caseload.count_secondary;
        row.allocated_from = a.from;
        row.allocated_to = a.to;
        row.case_opened = c.opened;
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(),
              [](const CaseListRow& a, const CaseListRow& b) { return a.case_id < b.case_id; });
    return rows;
}

CaseloadHistory caseload_history(const CaseloadIndex& index, const Policy& policy, Date d) {
    const Extract& ex = index.extract();
    const CaseloadPolicy& p = policy.caseload;
    CaseloadHistory h;
    const int months = p.history_months;
    for (int k = months - 1; k >= 0; --k)
        h.dates.push_back(add_months(d, -k));
    const CaseloadResult now = compute_caseloads(index, policy, d);
    std::vector<std::size_t> team_row(ex.teams.size(), SIZE_MAX);
    for (const TeamCaseload& t : now.teams) {
        team_row[t.team] = h.teams.size();
        h.teams.push_back({t.team, t.team_id, t.team_name, std::vector<int>(h.dates.size(), 0)});
    }
    for (const WorkerCaseload& w : now.workers) {
        CaseloadHistory::Row row{w.worker, w.worker_id, w.worker_name, {}};
        for (Date day : h.dates)
            row.counts.push_back(
                index.count(w.worker, day, p.count_secondary).total(p.count_secondary));
        h.workers.push_back(std::move(row));
    }
    // A team's history sums every worker now in the team, including those with no row
    // today (a worker who left still held cases earlier in the year).
    for (Index w = 0; w < ex.workers.size(); ++w) {
        const Index t = ex.workers[w].team;
        if (t >= ex.teams.size())
            continue;
        for (std::size_t i = 0; i < h.dates.size(); ++i)
            h.teams[team_row[t]].counts[i] +=
                index.count(w, h.dates[i], p.count_secondary).total(p.count_secondary);
    }
    return h;
}

} // namespace ca
