// Case Audit - synthetic case extracts (see generate.h).
//
// Two phases. The plan (small, in memory) fixes the organisation: teams, workers with their
// target caseloads on the as-at date, and for every case its team, primary worker and key
// dates. The writer then streams the extract section by section; each person and case is
// generated from its own random stream, and facts shared between sections (which month's
// supervision discussed which case, which cases were audited) are pure functions of the
// seed and the indexes, so both sides agree without storing anything.
//
// Index of this file:
// [SECTION] Plan types
// [SECTION] Helpers
// [SECTION] Organisation: teams and workers
// [SECTION] Case plan
// [SECTION] Shared facts: supervision dates, discussions, audits
// [SECTION] Writing: metadata, teams, workers, people
// [SECTION] Writing: cases
// [SECTION] Writing: supervisions, Director discussions, audits
// [SECTION] Public API
#include "core/generate/generate.h"

#include "core/generate/generate_text.h"
#include "core/random/random.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ca {

namespace {

using gen::Sex;
using gen::TextContext;

// ---------------------------------------------------------------------------
// [SECTION] Plan types
// ---------------------------------------------------------------------------

// Random stream namespaces: stream = kind << 40 | index.
enum StreamKind : std::uint64_t {
    k_stream_plan = 1,
    k_stream_person = 2,
    k_stream_case = 3,
    k_stream_worker = 4,
    k_stream_supervision = 5,
    k_stream_audit = 6,
    k_stream_discussed = 7,
    k_stream_shuffle = 8,
};

Random stream(std::uint64_t seed, StreamKind kind, std::uint64_t index) {
    return Random::for_stream(seed, (static_cast<std::uint64_t>(kind) << 40) | index);
}

enum class TeamKind { Community, LowerLimit, Hospital, Directorate };
enum class DdKind { None, Valid, Expired, Exceeded };
enum class Special { None, Over28, Over25, LowerAbsolute, LowerUpper, Asye, AsyeDone };

struct Team {
    std::string id;
    std::string name;
    TeamKind kind = TeamKind::Community;
    int manager = -1;
    std::vector<int> frontline; // case-holding staff, including the leaver
};

struct Worker {
    std::string id;
    std::string name;
    std::string first;
    int team = 0;
    const char* role = "qualified-social-worker";
    bool qualified = true;
    bool frontline = false;
    Date start;
    std::optional<Date> end;
    const char* fte = "1";
    std::optional<Date> asye_start;
    std::optional<Date> asye_done;
    int line_manager = -1;
    int weight = 0; // relative share of open cases for ordinary workers
    int target = 0; // open primary allocations on the as-at date
    Special special = Special::None;
    DdKind dd = DdKind::None;
    double good_share = 0.7; // share of notes recorded well
    double late_share = 0.1; // share of notes recorded late
};

struct CaseSkel {
    int team = 0;
    int worker = -1; // open: current primary (-1: awaiting allocation); closed: primary
    bool open = true;
    Date opened;
    Date closed;   // closed cases only
    Date from;     // start of the current (or only) primary allocation
    int pred = -1; // previous primary worker, if reallocated
    Date pred_to;  // end of the previous allocation
};

struct Plan {
    std::uint64_t seed = 0;
    Date as_at;
    std::vector<Team> teams;
    std::vector<Worker> workers;
    std::vector<CaseSkel> cases;
    std::vector<std::vector<int>> open_by_worker;
    int director = 0;
    std::vector<int> senior_managers;
    int psw = 0;
};

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

Date days_before(Date d, int n) {
    return add_days(d, -n);
}

Date random_date(Random& r, Date lo, Date hi) {
    if (hi <= lo)
        return lo;
    return add_days(lo, r.between(0, days_between(lo, hi)));
}

std::string numbered(const char* prefix, int n, int width) {
    std::string digits = std::to_string(n);
    std::string s = prefix;
    if (static_cast<int>(digits.size()) < width)
        s.append(static_cast<std::size_t>(width) - digits.size(), '0');
    s += digits;
    return s;
}

// Largest-remainder apportionment of `total` in proportion to `weights` (ties to the lower
// index), in integer arithmetic so that it is exact everywhere.
std::vector<int> apportion(int total, const std::vector<int>& weights) {
    std::vector<int> out(weights.size(), 0);
    std::int64_t sum = 0;
    for (int w : weights)
        sum += w;
    if (sum <= 0 || total <= 0)
        return out;
    std::vector<std::pair<std::int64_t, std::size_t>> rem;
    int given = 0;
    for (std::size_t k = 0; k < weights.size(); ++k) {
        const std::int64_t q = static_cast<std::int64_t>(total) * weights[k];
        out[k] = static_cast<int>(q / sum);
        given += out[k];
        rem.emplace_back(q % sum, k);
    }
    std::stable_sort(rem.begin(), rem.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total && k < rem.size(); ++k, ++given)
        ++out[rem[k].second];
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Organisation: teams and workers
// ---------------------------------------------------------------------------

const char* const k_areas[] = {"North",     "South",   "East",      "West",      "Central",
                               "Riverside", "Harbour", "Marshside", "Hillcrest", "Parkway"};
const char* const k_hospitals[] = {"Eastmere General Hospital Team", "St Aldric's Hospital Team",
                                   "Eastmere Community Hospital Team"};
const int k_asye_months[] = {1, 4, 7, 10};

int add_worker(Plan& p, Worker w) {
    const int index = static_cast<int>(p.workers.size());
    Random r = stream(p.seed, k_stream_worker, static_cast<std::uint64_t>(index));
    const Sex sex = r.chance(0.75) ? Sex::Female : Sex::Male; // the workforce is mostly women
    const gen::InventedName n = gen::invent_name(r, sex);
    w.id = numbered("W", index + 1, 4);
    w.first = n.first;
    w.name = n.first + " " + n.surname;
    w.good_share = 0.45 + 0.05 * r.between(0, 9);
    w.late_share = 0.05 * r.between(0, 6);
    if (r.chance(0.2))
        w.fte = r.chance(0.5) ? "0.8" : "0.6";
    p.workers.push_back(std::move(w));
    return index;
}

Worker staff(int team, const char* role, bool qualified, Date start) {
    Worker w;
    w.team = team;
    w.role = role;
    w.qualified = qualified;
    w.start = start;
    return w;
}

// A date between lo and hi years before the as-at date.
Date years_ago(const Plan& p, Random& r, int lo, int hi) {
    return days_before(p.as_at, r.between(lo * 365, hi * 365));
}

// The frontline teams (the second is the lower-limit team, every fourth from the third a
// hospital team, the rest community teams) and the directorate. Returns the number of
// community teams.
int build_teams(Plan& p, int n_front) {
    int n_regular = 0;
    for (int t = 0; t < n_front; ++t) {
        Team team;
        team.id = numbered("T", t + 1, 2);
        if (t == 1) {
            team.kind = TeamKind::LowerLimit;
            team.name = "Rapid Response and Reablement Team";
        } else if (t % 4 == 2) {
            team.kind = TeamKind::Hospital;
            const int h = t / 4;
            team.name = h < 3 ? k_hospitals[h] : "Hospital Team " + std::to_string(h + 1);
        } else {
            team.kind = TeamKind::Community;
            const int a = n_regular++;
            team.name = std::string(k_areas[a % 10]);
            if (a >= 10)
                team.name += " " + std::to_string(a / 10 + 1);
            team.name += " Community Team";
        }
        p.teams.push_back(team);
    }
    Team dir;
    dir.id = "T-ASC";
    dir.name = "Adult Social Care Directorate";
    dir.kind = TeamKind::Directorate;
    p.teams.push_back(dir);
    return n_regular;
}

// The director, senior managers and principal social worker, in the directorate.
void build_leadership(Plan& p, int dir_team, int n_front, Random& r) {
    Worker d = staff(dir_team, "director", true, years_ago(p, r, 8, 15));
    p.director = add_worker(p, d);
    const int n_senior = std::max(1, (n_front + 5) / 6);
    for (int k = 0; k < n_senior; ++k) {
        Worker s = staff(dir_team, "senior-manager", true, years_ago(p, r, 6, 15));
        s.line_manager = p.director;
        p.senior_managers.push_back(add_worker(p, s));
    }
    Worker psw = staff(dir_team, "principal-social-worker", true, years_ago(p, r, 3, 10));
    psw.line_manager = p.director;
    p.psw = add_worker(p, psw);
}

using Slot = std::pair<const char*, Special>;

// A team's posts in priority order; a team of q workers takes the first q.
std::vector<Slot> team_slots(const Team& team, int q, int n_community, int regular_ordinal) {
    std::vector<Slot> slots = {{"senior-practitioner", Special::None}};
    if (team.kind == TeamKind::Community) {
        slots.push_back({"qualified-social-worker", Special::Over28});
        slots.push_back({"qualified-social-worker", Special::Over25});
        const int asye_here = n_community == 1 ? 4 : 2;
        for (int k = 0; k < asye_here; ++k)
            slots.push_back({"qualified-social-worker", Special::Asye});
        if (regular_ordinal == 0)
            slots.push_back({"qualified-social-worker", Special::AsyeDone});
        slots.push_back({"occupational-therapist", Special::None});
    } else if (team.kind == TeamKind::LowerLimit) {
        slots.push_back({"qualified-social-worker", Special::LowerAbsolute});
        slots.push_back({"qualified-social-worker", Special::LowerUpper});
        slots.push_back({"occupational-therapist", Special::None});
    } else {
        slots.push_back({"occupational-therapist", Special::None});
        slots.push_back({"occupational-therapist", Special::None});
    }
    while (static_cast<int>(slots.size()) < q)
        slots.push_back({"qualified-social-worker", Special::None});
    slots.resize(static_cast<std::size_t>(std::max(q, 1)));

    return slots;
}

// The worker in one post: caseload weight, and the scenario the post stands for.
Worker slot_worker(const Plan& p, int t, int manager, const Slot& slot, int& asye_count,
                   int regular_ordinal, Random& r) {
    const Team& team = p.teams[static_cast<std::size_t>(t)];
    const Date as_at = p.as_at;
    Worker w = staff(t, slot.first, true, years_ago(p, r, 1, 15));
    w.frontline = true;
    w.line_manager = manager;
    w.special = slot.second;
    const bool hospital = team.kind == TeamKind::Hospital;
    const bool lower = team.kind == TeamKind::LowerLimit;
    if (std::string_view(slot.first) == "senior-practitioner") {
        w.start = years_ago(p, r, 10, 20);
        w.weight = lower ? r.between(12, 18) : hospital ? r.between(10, 18) : r.between(16, 22);
    } else if (std::string_view(slot.first) == "occupational-therapist") {
        w.weight = hospital ? r.between(10, 18) : r.between(14, 24);
    } else {
        w.weight = lower ? r.between(12, 18) : hospital ? r.between(10, 18) : r.between(18, 24);
    }
    switch (slot.second) {
    case Special::Over28:
        w.target = r.between(29, 31);
        w.start = years_ago(p, r, 2, 10);
        w.dd = regular_ordinal % 3 == 0   ? DdKind::Valid
               : regular_ordinal % 3 == 1 ? DdKind::Exceeded
                                          : DdKind::None;
        break;
    case Special::Over25:
        w.target = r.between(26, 27);
        w.start = years_ago(p, r, 2, 10);
        w.dd = regular_ordinal % 3 == 0   ? DdKind::Expired
               : regular_ordinal % 3 == 1 ? DdKind::None
                                          : DdKind::Valid;
        break;
    case Special::LowerAbsolute:
        w.target = 23;
        break;
    case Special::LowerUpper:
        w.target = 21;
        break;
    case Special::Asye: {
        const int months = k_asye_months[asye_count++ % 4];
        w.asye_start = add_months(as_at, -months);
        w.start = days_before(*w.asye_start, r.between(0, 7));
        w.target = months == 1 ? 4 : months == 4 ? 10 : months == 7 ? 15 : 20;
        w.good_share = 0.8;
        break;
    }
    case Special::AsyeDone:
        w.asye_start = add_months(as_at, -r.between(20, 30));
        w.asye_done = add_days(add_months(*w.asye_start, 12), r.between(0, 20));
        w.start = *w.asye_start;
        break;
    case Special::None:
        break;
    }
    return w;
}

// One frontline team: its manager, its posts, assistants and a leaver.
void build_frontline_team(Plan& p, int t, int q, int n_community, int& asye_count,
                          int& regular_ordinal, Random& r) {
    Worker tm = staff(t, "team-manager", true, years_ago(p, r, 10, 18));
    tm.line_manager = p.senior_managers[static_cast<std::size_t>(t) % p.senior_managers.size()];
    tm.good_share = 0.9;
    const int manager = add_worker(p, tm);
    p.teams[static_cast<std::size_t>(t)].manager = manager;
    const TeamKind kind = p.teams[static_cast<std::size_t>(t)].kind;
    const std::vector<Slot> slots =
        team_slots(p.teams[static_cast<std::size_t>(t)], q, n_community, regular_ordinal);
    for (const Slot& slot : slots) {
        const int w =
            add_worker(p, slot_worker(p, t, manager, slot, asye_count, regular_ordinal, r));
        p.teams[static_cast<std::size_t>(t)].frontline.push_back(w);
    }
    // Social work assistants (not qualified) hold simpler cases.
    const int n_swa = 1 + q / 10;
    for (int k = 0; k < n_swa; ++k) {
        Worker w = staff(t, "social-work-assistant", false, years_ago(p, r, 1, 12));
        w.frontline = true;
        w.line_manager = manager;
        w.weight = r.between(8, 12);
        p.teams[static_cast<std::size_t>(t)].frontline.push_back(add_worker(p, w));
    }
    // A qualified worker who has left; their cases were reallocated.
    Worker leaver = staff(t, "qualified-social-worker", true, years_ago(p, r, 9, 14));
    leaver.end = days_before(p.as_at, r.between(60, 400));
    leaver.frontline = true;
    leaver.line_manager = manager;
    p.teams[static_cast<std::size_t>(t)].frontline.push_back(add_worker(p, leaver));
    if (kind == TeamKind::Community)
        ++regular_ordinal;
}

// Targets: the scenario workers get theirs exactly; the rest share what is left.
void set_targets(Plan& p, int open_target) {
    int special_sum = 0;
    std::vector<int> ordinary, ordinary_weights;
    for (std::size_t k = 0; k < p.workers.size(); ++k) {
        const Worker& w = p.workers[k];
        if (!w.frontline || w.end)
            continue;
        if (w.special != Special::None && w.special != Special::AsyeDone) {
            special_sum += w.target;
        } else {
            ordinary.push_back(static_cast<int>(k));
            ordinary_weights.push_back(w.weight);
        }
    }
    if (special_sum <= open_target && !ordinary.empty()) {
        const std::vector<int> share = apportion(open_target - special_sum, ordinary_weights);
        for (std::size_t k = 0; k < ordinary.size(); ++k)
            p.workers[static_cast<std::size_t>(ordinary[k])].target = share[k];
    } else {
        // Too few cases for the scenario: scale everyone down together.
        std::vector<int> all, weights;
        for (std::size_t k = 0; k < p.workers.size(); ++k) {
            Worker& w = p.workers[k];
            if (!w.frontline || w.end)
                continue;
            all.push_back(static_cast<int>(k));
            weights.push_back(w.target > 0 ? w.target : w.weight);
        }
        const std::vector<int> share = apportion(open_target, weights);
        for (std::size_t k = 0; k < all.size(); ++k)
            p.workers[static_cast<std::size_t>(all[k])].target = share[k];
    }
}

void build_organisation(Plan& p, int n_cases, Random& r) {
    const int n_front = std::max(3, (n_cases + 199) / 200);
    const int n_community = build_teams(p, n_front);
    build_leadership(p, n_front, n_front, r); // the directorate comes after the frontline
    // Frontline: about 22 open cases per qualified worker on average.
    const int open_target = (n_cases * 66 + 50) / 100;
    const int n_qualified = std::max(2 * n_front, (open_target + 11) / 22);
    int asye_count = 0, regular_ordinal = 0;
    for (int t = 0; t < n_front; ++t) {
        const int q = n_qualified / n_front + (t < n_qualified % n_front ? 1 : 0);
        build_frontline_team(p, t, q, n_community, asye_count, regular_ordinal, r);
    }
    set_targets(p, open_target);
}

// ---------------------------------------------------------------------------
// [SECTION] Case plan
// ---------------------------------------------------------------------------

// A previous primary worker for [opened, from - 1]: someone in the team employed on the
// opening day, else the team manager (who holds unallocated cases).
void choose_predecessor(const Plan& p, CaseSkel& c, Random& r) {
    const Team& team = p.teams[static_cast<std::size_t>(c.team)];
    std::vector<int> candidates;
    for (int w : team.frontline) {
        const Worker& x = p.workers[static_cast<std::size_t>(w)];
        if (w != c.worker && x.start <= c.opened && (!x.end || *x.end >= c.opened))
            candidates.push_back(w);
    }
    c.pred = candidates.empty() ? team.manager : candidates[r.index_below(candidates.size())];
    c.pred_to = add_days(c.from, -1);
    const Worker& pw = p.workers[static_cast<std::size_t>(c.pred)];
    if (pw.end && *pw.end < c.pred_to)
        c.pred_to = *pw.end; // left before the case was picked up again: a gap
}

void plan_open_case(const Plan& p, CaseSkel& c, Random& r) {
    const Date as_at = p.as_at;
    const Team& team = p.teams[static_cast<std::size_t>(c.team)];
    int back = 0;
    if (team.kind == TeamKind::Hospital) {
        back = r.between(3, 100);
    } else {
        const int roll = r.between(0, 99);
        back = roll < 30   ? r.between(20, 365)
               : roll < 70 ? r.between(366, 1460)
                           : r.between(1461, 3200);
    }
    c.opened = days_before(as_at, back);
    c.from = c.opened;
    if (c.worker < 0)
        return;
    const Worker& w = p.workers[static_cast<std::size_t>(c.worker)];
    if (c.opened >= w.start) {
        if (back > 60 && r.chance(0.3))
            c.from = add_days(c.opened, r.between(30, back - 14));
    } else {
        const Date earliest = std::max(w.start, add_days(c.opened, 1));
        c.from = std::min(add_days(earliest, r.between(0, 45)), days_before(as_at, 1));
        c.from = std::max(c.from, std::min(w.start, as_at));
    }
    if (c.from > c.opened)
        choose_predecessor(p, c, r);
}

void plan_closed_case(const Plan& p, CaseSkel& c, Random& r) {
    const Date as_at = p.as_at;
    const Team& team = p.teams[static_cast<std::size_t>(c.team)];
    const Date oldest = days_before(as_at, 3200);
    const Date last = days_before(as_at, 1);
    c.worker = team.manager;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int w = team.frontline[r.index_below(team.frontline.size())];
        const Worker& x = p.workers[static_cast<std::size_t>(w)];
        const Date lo = std::max(x.start, oldest);
        const Date hi = x.end ? std::min(*x.end, last) : last;
        if (days_between(lo, hi) >= 60) {
            c.worker = w;
            break;
        }
    }
    const Worker& x = p.workers[static_cast<std::size_t>(c.worker)];
    const Date lo = std::max(x.start, oldest);
    const Date hi = x.end ? std::min(*x.end, last) : last;
    const int span = days_between(lo, hi);
    int duration = team.kind == TeamKind::Hospital ? r.between(7, 90) : r.between(30, 1200);
    duration = std::min(duration, span);
    c.opened = add_days(lo, r.between(0, span - duration));
    c.closed = add_days(c.opened, duration);
    c.from = c.opened;
}

void build_cases(Plan& p, int n_cases) {
    const int open_target = (n_cases * 66 + 50) / 100;
    int open_allocated = 0;
    for (const Worker& w : p.workers)
        open_allocated += w.frontline && !w.end ? w.target : 0;
    const int unallocated = n_cases >= 50 ? (n_cases * 15 + 500) / 1000 : 0;
    const int closed = std::max(0, n_cases - std::min(open_allocated, open_target) - unallocated);

    std::vector<CaseSkel> cases;
    cases.reserve(static_cast<std::size_t>(n_cases));
    for (std::size_t k = 0; k < p.workers.size(); ++k) {
        const Worker& w = p.workers[k];
        if (!w.frontline || w.end)
            continue;
        for (int j = 0; j < w.target; ++j) {
            CaseSkel c;
            c.team = w.team;
            c.worker = static_cast<int>(k);
            cases.push_back(c);
        }
    }
    std::vector<int> community, team_weights;
    for (std::size_t t = 0; t < p.teams.size(); ++t) {
        const Team& team = p.teams[t];
        if (team.kind == TeamKind::Community)
            community.push_back(static_cast<int>(t));
        const int size = static_cast<int>(team.frontline.size());
        team_weights.push_back(team.kind == TeamKind::Hospital ? 3 * size : size);
    }
    for (int k = 0; k < unallocated; ++k) {
        CaseSkel c;
        c.team = community[static_cast<std::size_t>(k) % community.size()];
        cases.push_back(c);
    }
    const std::vector<int> closed_per_team = apportion(closed, team_weights);
    for (std::size_t t = 0; t < closed_per_team.size(); ++t)
        for (int k = 0; k < closed_per_team[t]; ++k) {
            CaseSkel c;
            c.team = static_cast<int>(t);
            c.open = false;
            cases.push_back(c);
        }
    cases.resize(static_cast<std::size_t>(n_cases)); // tiny runs: trim the surplus

    Random shuffle_rng = stream(p.seed, k_stream_shuffle, 0);
    shuffle_rng.shuffle(cases);
    p.open_by_worker.assign(p.workers.size(), {});
    for (std::size_t i = 0; i < cases.size(); ++i) {
        CaseSkel& c = cases[i];
        Random r = stream(p.seed, k_stream_plan, i);
        if (c.open)
            plan_open_case(p, c, r);
        else
            plan_closed_case(p, c, r);
        if (c.open && c.worker >= 0)
            p.open_by_worker[static_cast<std::size_t>(c.worker)].push_back(static_cast<int>(i));
    }
    p.cases = std::move(cases);
}

Plan make_plan(const GenerateOptions& o) {
    Plan p;
    p.seed = o.seed;
    p.as_at = o.as_at;
    Random r = stream(o.seed, k_stream_worker, 1u << 30);
    build_organisation(p, o.cases, r);
    build_cases(p, o.cases);
    return p;
}

// ---------------------------------------------------------------------------
// [SECTION] Shared facts: supervision dates, discussions, audits
// ---------------------------------------------------------------------------

// Supervision of worker w in month m (0 = the month up to the as-at date, 11 = a year ago),
// on a weekday, or nothing when it was missed or before the worker started.
std::optional<Date> supervision_date(const Plan& p, int w, int m) {
    const Worker& x = p.workers[static_cast<std::size_t>(w)];
    Random offset_rng = stream(p.seed, k_stream_supervision, static_cast<std::uint64_t>(w) * 16);
    const int offset = offset_rng.between(0, 20);
    Random held_rng = stream(p.seed, k_stream_supervision,
                             static_cast<std::uint64_t>(w) * 16 + 1 + static_cast<unsigned>(m));
    const bool asye = x.asye_start && !x.asye_done;
    if (!held_rng.chance(asye ? 0.97 : 0.85))
        return std::nullopt;
    Date d = days_before(add_months(p.as_at, -m), offset);
    while (weekday(d) == Weekday::Saturday || weekday(d) == Weekday::Sunday)
        d = add_days(d, -1);
    if (d < x.start || (x.end && d > *x.end))
        return std::nullopt;
    return d;
}

bool discussed_in_supervision(const Plan& p, std::size_t case_index, int m) {
    Random r = stream(p.seed, k_stream_discussed,
                      static_cast<std::uint64_t>(case_index) * 16 + static_cast<unsigned>(m));
    return r.chance(0.25);
}

struct AuditFact {
    Date date;
    int auditor = 0;
    const char* kind = "first-line";
    const char* grade = "good";
};

std::optional<AuditFact> audit_of(const Plan& p, std::size_t i) {
    const CaseSkel& c = p.cases[i];
    Random r = stream(p.seed, k_stream_audit, i);
    if (!r.chance(0.22))
        return std::nullopt;
    const Date lo = add_days(c.opened, 30);
    const Date hi = c.open ? p.as_at : c.closed;
    if (hi < lo)
        return std::nullopt;
    AuditFact a;
    const Date year_ago = days_before(p.as_at, 365);
    a.date = r.chance(0.5) && hi >= year_ago ? random_date(r, std::max(lo, year_ago), hi)
                                             : random_date(r, lo, hi);
    const int who = r.between(0, 99);
    const Team& team = p.teams[static_cast<std::size_t>(c.team)];
    if (who < 70) {
        a.auditor = team.manager;
    } else if (who < 90) {
        a.auditor = p.senior_managers[static_cast<std::size_t>(c.team) % p.senior_managers.size()];
        a.kind = "senior-manager";
    } else {
        a.auditor = p.psw;
        a.kind = "professional-standards";
    }
    const int g = r.between(0, 99);
    a.grade = g < 8    ? "outstanding"
              : g < 55 ? "good"
              : g < 90 ? "requires-improvement"
                       : "inadequate";
    return a;
}

// ---------------------------------------------------------------------------
// [SECTION] Writing: metadata, teams, workers, people
// ---------------------------------------------------------------------------

struct Person {
    gen::InventedName name;
    Sex sex = Sex::Female;
    const char* gender = "female";
    Date dob;
    const char* ethnicity = nullptr;
    const char* psr = nullptr;
};

Person make_person(const Plan& p, std::size_t i) {
    Random r = stream(p.seed, k_stream_person, i);
    Person x;
    const int s = r.between(0, 99);
    x.sex = s < 56 ? Sex::Female : s < 98 ? Sex::Male : Sex::Unstated;
    x.gender = s < 56 ? "female" : s < 98 ? "male" : s < 99 ? "other" : "not-stated";
    x.name = gen::invent_name(r, x.sex);
    const int e = r.between(0, 99);
    x.ethnicity = e < 95 ? x.name.ethnicity : e < 97 ? "refused" : nullptr;
    static const char* const k_psr[] = {
        "physical-personal-care", "physical-personal-care",
        "physical-personal-care", "physical-access-and-mobility-only",
        "memory-and-cognition",   "memory-and-cognition",
        "learning-disability",    "mental-health",
        "sensory-visual",         "sensory-hearing",
        "social-isolation-other", "social-substance-misuse",
        "social-asylum-seeker",   "not-known"};
    x.psr = r.chance(0.98) ? r.pick(k_psr) : nullptr;
    const std::string_view psr = x.psr ? x.psr : "";
    int age = 0;
    if (psr == "learning-disability" || psr == "social-asylum-seeker")
        age = r.between(19, 64);
    else if (psr == "mental-health" || psr == "social-substance-misuse")
        age = r.between(19, 75);
    else
        age = r.chance(0.8) ? r.between(65, 101) : r.between(25, 64);
    x.dob = days_before(p.as_at, age * 365 + age / 4 + r.between(0, 364));
    return x;
}

void write_metadata(JsonWriter& j, const Plan& p) {
    j.key("metadata");
    j.begin_object();
    j.field("format", "case-audit-extract");
    j.field_int("formatVersion", 1);
    j.key("extractedAt");
    j.date_time(add_days(p.as_at, 1), 6 * 60 + 15); // the overnight extract
    j.field_date("asAt", p.as_at);
    j.key("organisation");
    j.begin_object();
    j.field("name", "London Borough of Eastmere (synthetic)");
    j.field("code", "E99999998");
    j.end_object();
    j.field("sourceSystem", "synthetic (caseaudit generate)");
    j.end_object();
}

void write_teams(JsonWriter& j, const Plan& p) {
    j.key("teams");
    j.begin_array();
    for (const Team& t : p.teams) {
        j.begin_object();
        j.field("id", t.id);
        j.field("name", t.name);
        j.field("kind", t.kind == TeamKind::Hospital      ? "hospital"
                        : t.kind == TeamKind::Directorate ? "other"
                                                          : "community");
        if (t.kind == TeamKind::LowerLimit) {
            // "Some teams may operate to a lower number": fast turnover.
            j.key("caseloadLimits");
            j.begin_object();
            j.field_int("upper", 20);
            j.field_int("absolute", 22);
            j.end_object();
        }
        j.end_object();
    }
    j.end_array();
}

void write_training(JsonWriter& j, const Plan& p, std::size_t k) {
    const Worker& w = p.workers[k];
    Random r = stream(p.seed, k_stream_worker, (1u << 20) + k);
    j.key("training");
    j.begin_array();
    const int roll = r.between(0, 99);
    // 0 on time, 1 late, 2 missing; for information security, then data protection.
    int status[2] = {0, 0};
    if (roll < 65) {
    } else if (roll < 80) {
        status[r.between(0, 1)] = 1;
    } else if (roll < 90) {
        status[r.between(0, 1)] = 2;
    } else if (roll < 95) {
        status[0] = status[1] = 2;
    } else {
        status[0] = status[1] = 1;
    }
    static const char* const courses[2] = {"information-security", "data-protection"};
    for (int c = 0; c < 2; ++c) {
        if (status[c] == 2)
            continue;
        const Date d = status[c] == 0 ? add_days(w.start, r.between(2, 30))
                                      : add_days(w.start, r.between(35, 200));
        if (d > p.as_at)
            continue; // not done yet
        j.begin_object();
        j.field("course", courses[c]);
        j.field_date("completedDate", d);
        j.end_object();
    }
    if (r.chance(0.6)) {
        const Date d = random_date(r, w.start, p.as_at);
        j.begin_object();
        j.field("course", r.chance(0.6) ? "safeguarding" : "mental-capacity");
        j.field_date("completedDate", d);
        j.end_object();
    }
    j.end_array();
}

void write_workers(JsonWriter& j, const Plan& p) {
    j.key("workers");
    j.begin_array();
    for (std::size_t k = 0; k < p.workers.size(); ++k) {
        const Worker& w = p.workers[k];
        j.begin_object();
        j.field("id", w.id);
        j.field("name", w.name);
        j.field("teamId", p.teams[static_cast<std::size_t>(w.team)].id);
        j.field("role", w.role);
        j.field_bool("qualified", w.qualified);
        j.field_date("startDate", w.start);
        if (w.end)
            j.field_date("endDate", *w.end);
        j.key("fte");
        j.raw_number(w.fte);
        if (w.asye_start)
            j.field_date("asyeStartDate", *w.asye_start);
        if (w.asye_done)
            j.field_date("asyeCompletedDate", *w.asye_done);
        if (w.line_manager >= 0)
            j.field("lineManagerId", p.workers[static_cast<std::size_t>(w.line_manager)].id);
        write_training(j, p, k);
        j.end_object();
    }
    j.end_array();
}

void write_people(JsonWriter& j, const Plan& p) {
    j.key("people");
    j.begin_array();
    for (std::size_t i = 0; i < p.cases.size(); ++i) {
        const Person x = make_person(p, i);
        j.begin_object();
        j.field("id", numbered("P", static_cast<int>(i) + 500001, 6));
        j.field("name", x.name.first + " " + x.name.surname);
        j.field_date("dateOfBirth", x.dob);
        j.field("gender", x.gender);
        if (x.ethnicity)
            j.field("ethnicity", x.ethnicity);
        if (x.psr)
            j.field("primarySupportReason", x.psr);
        j.end_object();
    }
    j.end_array();
}

// ---------------------------------------------------------------------------
// [SECTION] Writing: cases
// ---------------------------------------------------------------------------

enum class NoteType {
    Visit,
    Phone,
    Correspondence,
    Supervision,
    Decision,
    Closing,
    Audit,
    Allocation
};

struct NoteSpec {
    Date date;
    int author = 0;
    NoteType type = NoteType::Visit;
    const AuditFact* audit = nullptr;
};

struct Alloc {
    int worker;
    Date from;
    std::optional<Date> to;
    bool primary;
};

// Everything write_case needs besides the plan: reused buffers so that a case allocates
// little.
struct CaseWriter {
    const Plan& p;
    JsonWriter& j;
    std::string text, title, previous, id;
    std::vector<NoteSpec> notes;
    std::vector<Date> dates;
    std::vector<Alloc> allocs;

    int author_at(const CaseSkel& c, Date d) const {
        for (const Alloc& a : allocs)
            if (a.primary && a.from <= d && (!a.to || d <= *a.to))
                return a.worker;
        return p.teams[static_cast<std::size_t>(c.team)].manager;
    }
    const Worker& worker(int w) const { return p.workers[static_cast<std::size_t>(w)]; }
    const std::string& wid(int w) const { return worker(w).id; }

    void sub_id(const std::string& case_id, char kind, int n) {
        id = case_id;
        id.push_back('-');
        id.push_back(kind);
        id += std::to_string(n);
    }
    void given_to_person(Random& r, Date after, Date limit) {
        const Date d = add_days(after, r.between(0, 14));
        if (d > limit)
            return;
        static const char* const methods[] = {"in-person", "post",   "email",
                                              "post",      "portal", "in-person"};
        j.key("givenToPerson");
        j.begin_object();
        j.field_date("date", d);
        j.field("method", r.pick(methods));
        j.end_object();
    }

    void write(std::size_t i);
    void plan_allocations(const CaseSkel& c, const Team& team, Date end, Random& r);
    void write_head(const CaseSkel& c, const Team& team, const std::string& case_id, std::size_t i);
    void write_requests(const CaseSkel& c, const Team& team, const std::string& case_id, Random& r);
    void write_safeguarding(const CaseSkel& c, const std::string& case_id, TextContext& ctx,
                            Random& r, Date end);
    void write_capacity(const CaseSkel& c, const std::string& case_id, const Person& person,
                        TextContext& ctx, Random& r, Date end);
    void write_documents(const CaseSkel& c, const std::string& case_id, Random& r, Date end);
    void write_notes(const CaseSkel& c, const std::string& case_id, TextContext& ctx, Random& r,
                     std::size_t i, const std::optional<AuditFact>& audit);
    void write_assessments_plans_reviews(const CaseSkel& c, const std::string& case_id,
                                         TextContext& ctx, Random& r, Date end);
};

void CaseWriter::write_notes(const CaseSkel& c, const std::string& case_id, TextContext& ctx,
                             Random& r, std::size_t i, const std::optional<AuditFact>& audit) {
    const Date as_at = p.as_at;
    const Team& team = p.teams[static_cast<std::size_t>(c.team)];
    const Date end = c.open ? as_at : c.closed;
    notes.clear();
    // Everyday notes, spread over the life of the case.
    const int days = days_between(c.opened, end);
    int count = 0;
    if (team.kind == TeamKind::Hospital)
        count = std::min(30, days / 4 + 2);
    else
        count = std::min(150, days / 30 * r.between(5, 16) / 10 + 2);
    Date last = end;
    if (c.open && c.worker >= 0 && team.kind != TeamKind::Hospital && days > 300 && r.chance(0.1))
        last = days_before(as_at, r.between(120, 240)); // file not up to date
    dates.clear();
    for (int k = 0; k < count; ++k)
        dates.push_back(random_date(r, c.opened, last));
    std::sort(dates.begin(), dates.end(), [](Date a, Date b) { return a < b; });
    for (Date d : dates) {
        const int roll = r.between(0, 9);
        const NoteType t = roll < 4   ? NoteType::Visit
                           : roll < 8 ? NoteType::Phone
                                      : NoteType::Correspondence;
        int author = author_at(c, d);
        for (const Alloc& a : allocs) // a co-worker writes some notes
            if (!a.primary && a.from <= d && (!a.to || d <= *a.to) && r.chance(0.3))
                author = a.worker;
        notes.push_back({d, author, t, nullptr});
    }
    if (c.pred >= 0 && c.worker >= 0)
        notes.push_back({c.from, team.manager, NoteType::Allocation, nullptr});
    if (!c.open)
        notes.push_back({c.closed, team.manager, NoteType::Closing, nullptr});
    if (c.open && c.worker < 0)
        notes.push_back(
            {random_date(r, c.opened, as_at), team.manager, NoteType::Decision, nullptr});
    if (c.open && c.worker >= 0) {
        for (int m = 11; m >= 0; --m) {
            const std::optional<Date> d = supervision_date(p, c.worker, m);
            if (d && *d >= c.from && *d >= c.opened && discussed_in_supervision(p, i, m))
                notes.push_back({*d, team.manager, NoteType::Supervision, nullptr});
        }
    }
    if (audit)
        notes.push_back({audit->date, audit->auditor, NoteType::Audit, &*audit});
    std::stable_sort(notes.begin(), notes.end(),
                     [](const NoteSpec& a, const NoteSpec& b) { return a.date < b.date; });

    static const char* const type_names[] = {"visit",
                                             "phone",
                                             "correspondence",
                                             "record-of-supervision-discussion",
                                             "managers-decision",
                                             "managers-decision",
                                             "case-audit",
                                             "managers-decision"};
    j.key("notes");
    j.begin_array();
    previous.clear();
    int n = 0;
    for (const NoteSpec& s : notes) {
        const Worker& a = worker(s.author);
        ctx.event = s.date;
        const int current = author_at(c, s.date);
        ctx.worker = worker(current).first;
        title.clear();
        switch (s.type) {
        case NoteType::Visit:
        case NoteType::Phone:
        case NoteType::Correspondence: {
            const gen::NoteKind kind = s.type == NoteType::Visit   ? gen::NoteKind::Visit
                                       : s.type == NoteType::Phone ? gen::NoteKind::Phone
                                                                   : gen::NoteKind::Correspondence;
            ctx.worker = a.first;
            if (r.chance(a.good_share)) {
                gen::good_note(text, title, kind, ctx, r);
            } else if (!previous.empty() && r.chance(0.12)) {
                text = previous; // copied from the previous entry
            } else if (r.chance(0.003)) {
                text.clear(); // an empty note
            } else {
                gen::poor_note(text, title, kind, gen::pick_poor_style(r), ctx, r);
            }
            break;
        }
        case NoteType::Supervision:
            gen::supervision_case_note(text, ctx, r);
            title = "Supervision discussion";
            break;
        case NoteType::Decision:
            gen::manager_decision_note(text, ctx, r, false);
            title = "Manager's decision";
            break;
        case NoteType::Closing:
            gen::manager_decision_note(text, ctx, r, true);
            title = "Case closure";
            break;
        case NoteType::Allocation:
            gen::allocation_note(text, ctx, r);
            title = "Allocation";
            break;
        case NoteType::Audit:
            gen::audit_case_note(text, ctx, r, s.audit->grade);
            title = "Audit Case Note";
            break;
        }
        const bool late = r.chance(a.late_share);
        Date recorded = add_days(s.date, late ? r.between(3, 40) : r.between(0, 2));
        if (recorded > as_at)
            recorded = as_at;
        sub_id(case_id, 'N', ++n);
        j.begin_object();
        j.field("id", id);
        j.field("authorId", a.id);
        j.field("type", type_names[static_cast<int>(s.type)]);
        j.field_date("eventDate", s.date);
        j.key("recordedAt");
        j.date_time(recorded, r.between(8 * 60, 19 * 60 + 59));
        if (!title.empty())
            j.field("title", title);
        j.field("text", text);
        j.end_object();
        previous = text;
    }
    j.end_array();
}

void CaseWriter::write_assessments_plans_reviews(const CaseSkel& c, const std::string& case_id,
                                                 TextContext& ctx, Random& r, Date end) {
    const Date as_at = p.as_at;
    const bool hospital = p.teams[static_cast<std::size_t>(c.team)].kind == TeamKind::Hospital;
    // Core assessment near the start; a reassessment for long cases.
    struct Done {
        Date start;
        std::optional<Date> completed;
        int author;
    };
    std::vector<Done> cores;
    Date a_start = random_date(r, c.opened, std::min(end, add_days(c.opened, 14)));
    cores.push_back({a_start, std::nullopt, author_at(c, a_start)});
    if (days_between(c.opened, end) > 3 * 365) {
        const Date re = random_date(r, days_before(end, 700), days_before(end, 200));
        cores.push_back({re, std::nullopt, author_at(c, re)});
    }
    for (Done& d : cores) {
        const Date done = add_days(d.start, r.between(7, 56));
        if (done <= end)
            d.completed = done;
    }
    j.key("assessments");
    j.begin_array();
    int n = 0;
    static const char* const section_kinds[] = {"needs",           "risk",      "safeguarding",
                                                "mental-capacity", "strengths", "outcomes"};
    for (const Done& d : cores) {
        sub_id(case_id, 'A', ++n);
        const Worker& a = worker(d.author);
        ctx.event = d.start;
        ctx.worker = a.first;
        j.begin_object();
        j.field("id", id);
        j.field("kind", "core");
        j.field("authorId", a.id);
        j.field_date("startDate", d.start);
        j.key("completedDate");
        j.optional_date(d.completed);
        j.key("sections");
        j.begin_array();
        for (const char* kind : section_kinds) {
            // Sections left incomplete: more often when the assessment is still open, and
            // the risk section in about one finished assessment in eight.
            const bool skip = !d.completed
                                  ? r.chance(0.5)
                                  : r.chance(std::string_view(kind) == "risk" ? 0.12 : 0.06);
            j.begin_object();
            j.field("kind", kind);
            j.field_bool("completed", !skip);
            if (!skip) {
                if (d.completed)
                    j.field_date("completedDate", *d.completed);
                gen::section_text(text, kind, r.chance(a.good_share), ctx, r);
                j.field("text", text);
            }
            j.end_object();
        }
        j.end_array();
        if (d.completed && r.chance(0.75))
            given_to_person(r, *d.completed, as_at);
        j.end_object();
    }
    // Occupational therapy, carer's and financial assessments on some cases.
    if (r.chance(hospital ? 0.5 : 0.2)) {
        const Date s = random_date(r, c.opened, end);
        const Date e = add_days(s, r.between(1, 30));
        sub_id(case_id, 'A', ++n);
        j.begin_object();
        j.field("id", id);
        j.field("kind", r.chance(0.6) ? "occupational-therapy" : "carer");
        j.field("authorId", wid(author_at(c, s)));
        j.field_date("startDate", s);
        j.key("completedDate");
        j.optional_date(e <= end ? std::optional<Date>(e) : std::nullopt);
        j.end_object();
    }
    j.end_array();

    // A plan after each completed core assessment; reviews follow the first plan.
    j.key("plans");
    j.begin_array();
    n = 0;
    std::optional<Date> first_review_due;
    for (const Done& d : cores) {
        if (!d.completed)
            continue;
        const Date s = add_days(*d.completed, r.between(0, 14));
        if (s > end)
            continue;
        sub_id(case_id, 'P', ++n);
        const Worker& a = worker(author_at(c, s));
        ctx.event = s;
        const Date due = add_days(s, r.between(42, 56));
        if (!first_review_due)
            first_review_due = due;
        j.begin_object();
        j.field("id", id);
        j.field("authorId", a.id);
        j.field_date("startDate", s);
        j.field_date("completedDate", std::min(add_days(s, r.between(0, 7)), end));
        j.field_date("reviewDueDate", due);
        gen::plan_text(text, r.chance(a.good_share), ctx, r);
        j.field("text", text);
        if (r.chance(0.7))
            given_to_person(r, s, as_at);
        j.end_object();
    }
    j.end_array();

    j.key("services");
    j.begin_array();
    if (first_review_due) {
        const Date s = std::min(add_days(*first_review_due, -r.between(35, 42)), end);
        const int count = r.between(1, 2);
        for (int k = 0; k < count; ++k) {
            sub_id(case_id, 'S', k + 1);
            j.begin_object();
            j.field("id", id);
            j.field("serviceType", gen::service_type(r, hospital));
            j.field_date("startDate", s);
            j.key("endDate");
            if (c.open)
                j.null();
            else
                j.date(c.closed);
            j.end_object();
        }
    }
    j.end_array();

    j.key("reviews");
    j.begin_array();
    n = 0;
    if (first_review_due) {
        Date due = *first_review_due;
        while (true) {
            const bool past = due <= end;
            if (!past && !(c.open && r.chance(0.5)))
                break; // the next planned review, not yet due, listed on some open cases
            const Date next_due = add_days(due, 365);
            const bool latest = next_due > end;
            std::optional<Date> completed;
            if (past) {
                const Date done = add_days(due, r.between(-10, 25));
                if (!(c.open && latest && r.chance(0.25)) && done <= end)
                    completed = done; // else overdue, or in progress
            }
            const int author = author_at(c, completed ? *completed : std::min(due, end));
            const Worker& a = worker(author);
            ctx.event = completed ? *completed : due;
            sub_id(case_id, 'R', ++n);
            j.begin_object();
            j.field("id", id);
            j.field("authorId", a.id);
            j.field("reason", r.chance(0.85) ? "planned" : "unplanned-hospital");
            static const char* const methods[] = {"person", "person-and-carer", "carer"};
            j.field("method", r.pick(methods));
            j.field_date("dueDate", due);
            j.key("completedDate");
            j.optional_date(completed);
            if (completed) {
                gen::review_text(text, r.chance(a.good_share), ctx, r);
                j.field("text", text);
                if (r.chance(0.65))
                    given_to_person(r, *completed, as_at);
            }
            j.end_object();
            if (!past)
                break;
            due = next_due;
        }
    }
    j.end_array();
}

void CaseWriter::write(std::size_t i) {
    const CaseSkel& c = p.cases[i];
    const Team& team = p.teams[static_cast<std::size_t>(c.team)];
    Random r = stream(p.seed, k_stream_case, i);
    const Person person = make_person(p, i);
    const std::string case_id = numbered("C", static_cast<int>(i) + 100001, 6);
    const Date end = c.open ? p.as_at : c.closed;

    TextContext ctx;
    ctx.first = person.name.first;
    ctx.full = person.name.first + " " + person.name.surname;
    ctx.sex = person.sex;
    gen::choose_case_facts(ctx, r);

    // The order of the calls below is the order in which they draw from `r`: changing it
    // changes every generated extract after this case's first draw.
    plan_allocations(c, team, end, r);
    j.begin_object();
    write_head(c, team, case_id, i);
    write_requests(c, team, case_id, r);
    const std::optional<AuditFact> audit = audit_of(p, i);
    write_notes(c, case_id, ctx, r, i, audit);
    write_assessments_plans_reviews(c, case_id, ctx, r, end);
    write_safeguarding(c, case_id, ctx, r, end);
    write_capacity(c, case_id, person, ctx, r, end);
    write_documents(c, case_id, r, end);
    j.end_object();
}

// The allocation history: the predecessor, the worker now, and on some cases a co-worker.
void CaseWriter::plan_allocations(const CaseSkel& c, const Team& team, Date end, Random& r) {
    allocs.clear();
    if (c.pred >= 0)
        allocs.push_back({c.pred, c.opened, std::max(c.opened, c.pred_to), true});
    if (c.worker >= 0) {
        std::optional<Date> to;
        if (!c.open)
            to = c.closed;
        allocs.push_back({c.worker, c.from, to, true});
    }
    // A co-worker (occupational therapist or assistant) for a while on some cases.
    if (r.chance(0.2)) {
        std::vector<int> co;
        for (int w : team.frontline) {
            const Worker& x = worker(w);
            const std::string_view role = x.role;
            if (w != c.worker && !x.end && x.start <= end &&
                (role == "occupational-therapist" || role == "social-work-assistant"))
                co.push_back(w);
        }
        if (!co.empty()) {
            const int w = co[r.index_below(co.size())];
            const Date from = random_date(r, std::max(c.opened, worker(w).start), end);
            const Date to = add_days(from, r.between(14, 180));
            allocs.push_back({w, from,
                              to >= end ? (c.open ? std::nullopt : std::optional<Date>(end)) : to,
                              false});
        }
    }
}

// The case's own fields and its allocations.
void CaseWriter::write_head(const CaseSkel& c, const Team& team, const std::string& case_id,
                            std::size_t i) {
    j.field("id", case_id);
    j.field("personId", numbered("P", static_cast<int>(i) + 500001, 6));
    j.field("teamId", team.id);
    j.field("status", c.open ? "open" : "closed");
    j.field_date("openedDate", c.opened);
    j.key("closedDate");
    j.optional_date(c.open ? std::nullopt : std::optional<Date>(c.closed));
    j.key("allocations");
    j.begin_array();
    for (const Alloc& a : allocs) {
        j.begin_object();
        j.field("workerId", wid(a.worker));
        j.field_date("from", a.from);
        j.key("to");
        j.optional_date(a.to);
        j.field("role", a.primary ? "primary" : "secondary");
        j.end_object();
    }
    j.end_array();
}

void CaseWriter::write_requests(const CaseSkel& c, const Team& team, const std::string& case_id,
                                Random& r) {
    j.key("requests");
    j.begin_array();
    j.begin_object();
    sub_id(case_id, 'Q', 1);
    j.field("id", id);
    j.field_date("receivedDate", days_before(c.opened, r.between(0, 7)));
    static const char* const routes[] = {"community-other",           "community-other",
                                         "discharge-from-hospital",   "self-funder",
                                         "discharge-from-reablement", "transfer-from-other-la",
                                         "planned-entry-transition"};
    j.field("routeOfAccess",
            team.kind == TeamKind::Hospital ? "discharge-from-hospital" : r.pick(routes));
    j.field("outcome", gen::request_outcome(r));
    j.end_object();
    j.end_array();
}

void CaseWriter::write_safeguarding(const CaseSkel& c, const std::string& case_id, TextContext& ctx,
                                    Random& r, Date end) {
    // Safeguarding: a concern on about one case in ten, some leading to an enquiry.
    j.key("safeguarding");
    j.begin_array();
    if (r.chance(0.1)) {
        const Date raised = random_date(r, c.opened, end);
        const Date decided = std::min(add_days(raised, r.between(0, 3)), end);
        const bool enquiry = r.chance(0.4);
        const int lead = author_at(c, raised);
        ctx.event = raised;
        sub_id(case_id, 'G', 1);
        j.begin_object();
        j.field("id", id);
        j.field("kind", "concern");
        j.field_date("raisedDate", raised);
        j.field_date("decisionDate", decided);
        j.field_date("closedDate", decided);
        j.field("leadId", wid(lead));
        j.field("outcome", enquiry ? "progress-to-enquiry" : "no-further-action");
        gen::safeguarding_text(text, false, ctx, r);
        j.field("text", text);
        j.end_object();
        if (enquiry) {
            const Date closed = add_days(decided, r.between(14, 120));
            const bool still_open = closed > end && c.open;
            sub_id(case_id, 'G', 2);
            j.begin_object();
            j.field("id", id);
            j.field("kind", "enquiry");
            j.field_date("raisedDate", decided);
            j.field_date("decisionDate", decided);
            j.key("closedDate");
            j.optional_date(still_open ? std::nullopt : std::optional<Date>(std::min(closed, end)));
            j.field("leadId", wid(lead));
            if (!still_open) {
                static const char* const outcomes[] = {"risk-removed", "risk-reduced",
                                                       "risk-remains"};
                j.field("outcome", r.pick(outcomes));
            }
            gen::safeguarding_text(text, true, ctx, r);
            j.field("text", text);
            j.end_object();
        }
    }
    j.end_array();
}

void CaseWriter::write_capacity(const CaseSkel& c, const std::string& case_id, const Person& person,
                                TextContext& ctx, Random& r, Date end) {
    j.key("capacityAssessments");
    j.begin_array();
    const bool memory = person.psr && std::string_view(person.psr) == "memory-and-cognition";
    if (r.chance(memory ? 0.5 : 0.1)) {
        const Date d = random_date(r, c.opened, end);
        static const char* const outcomes[] = {"has-capacity", "has-capacity", "lacks-capacity",
                                               "not-concluded"};
        const char* outcome = r.pick(outcomes);
        ctx.event = d;
        sub_id(case_id, 'M', 1);
        j.begin_object();
        j.field("id", id);
        j.field("authorId", wid(author_at(c, d)));
        j.field_date("date", d);
        j.field("decision", gen::capacity_decision(r));
        j.field("outcome", outcome);
        gen::capacity_text(text, outcome, ctx, r);
        j.field("text", text);
        j.end_object();
    }
    j.end_array();
}

void CaseWriter::write_documents(const CaseSkel& c, const std::string& case_id, Random& r,
                                 Date end) {
    // Documents: emails should be PDFs and indexed; some are left as .msg, unindexed.
    j.key("documents");
    j.begin_array();
    const int docs = r.between(0, 5);
    for (int k = 0; k < docs; ++k) {
        static const char* const kinds[] = {"email", "email", "letter", "report", "form"};
        const char* kind = r.pick(kinds);
        const std::string_view ks = kind;
        const char* format = "pdf";
        bool indexed = r.chance(0.9);
        if (ks == "email" && r.chance(0.35)) {
            format = "msg";
            indexed = false;
        } else if ((ks == "letter" || ks == "form") && r.chance(0.3)) {
            format = "docx";
            indexed = r.chance(0.5);
        }
        const Date received = random_date(r, c.opened, end);
        const Date uploaded = std::min(add_days(received, r.between(0, 20)), p.as_at);
        sub_id(case_id, 'D', k + 1);
        j.begin_object();
        j.field("id", id);
        j.field("kind", kind);
        j.field("fileFormat", format);
        j.field_bool("indexed", indexed);
        j.field_date("receivedDate", received);
        j.field_date("uploadedDate", uploaded);
        j.field("title", gen::document_title(r, ks));
        j.end_object();
    }
    j.end_array();
}

void write_cases(JsonWriter& j, const Plan& p) {
    j.key("cases");
    j.begin_array();
    CaseWriter w{p, j, {}, {}, {}, {}, {}, {}, {}};
    for (std::size_t i = 0; i < p.cases.size(); ++i)
        w.write(i);
    j.end_array();
}

// ---------------------------------------------------------------------------
// [SECTION] Writing: supervisions, Director discussions, audits
// ---------------------------------------------------------------------------

TextContext context_for_case(const Plan& p, std::size_t i, Date event) {
    const Person x = make_person(p, i);
    TextContext ctx;
    ctx.first = x.name.first;
    ctx.full = x.name.first + " " + x.name.surname;
    ctx.sex = x.sex;
    ctx.event = event;
    return ctx;
}

void write_supervisions(JsonWriter& j, const Plan& p) {
    j.key("supervisions");
    j.begin_array();
    std::string text;
    std::vector<int> discussed;
    for (std::size_t k = 0; k < p.workers.size(); ++k) {
        const Worker& w = p.workers[k];
        if (w.line_manager < 0 || w.end || std::string_view(w.role) == "director")
            continue;
        const int wi = static_cast<int>(k);
        Random r = stream(p.seed, k_stream_supervision, (1u << 30) + k);
        int n = 0;
        for (int m = 11; m >= 0; --m) {
            const std::optional<Date> held = supervision_date(p, wi, m);
            if (!held)
                continue;
            discussed.clear();
            if (w.frontline)
                for (int ci : p.open_by_worker[k]) {
                    const CaseSkel& c = p.cases[static_cast<std::size_t>(ci)];
                    if (c.from <= *held && c.opened <= *held &&
                        discussed_in_supervision(p, static_cast<std::size_t>(ci), m))
                        discussed.push_back(ci);
                }
            const bool late = r.chance(w.late_share);
            Date recorded = add_days(*held, late ? r.between(5, 30) : r.between(0, 2));
            if (recorded > p.as_at)
                recorded = p.as_at;
            j.begin_object();
            j.field("id", "SUP-" + w.id + "-" + std::to_string(++n));
            j.field("superviseeId", w.id);
            j.field("supervisorId", p.workers[static_cast<std::size_t>(w.line_manager)].id);
            j.field_date("heldDate", *held);
            j.key("recordedAt");
            j.date_time(recorded, r.between(9 * 60, 18 * 60));
            j.key("casesDiscussed");
            j.begin_array();
            for (int ci : discussed)
                j.string(numbered("C", ci + 100001, 6));
            j.end_array();
            j.key("decisions");
            j.begin_array();
            for (std::size_t d = 0; d < discussed.size() && d < 2; ++d) {
                const std::size_t ci = static_cast<std::size_t>(discussed[d]);
                const TextContext ctx = context_for_case(p, ci, *held);
                gen::supervision_decision(text, ctx, r);
                j.begin_object();
                j.field("caseId", numbered("C", discussed[d] + 100001, 6));
                j.field("text", text);
                j.end_object();
            }
            j.end_array();
            j.key("actions");
            j.begin_array();
            if (!discussed.empty()) {
                const std::size_t ci = static_cast<std::size_t>(discussed.back());
                const TextContext ctx = context_for_case(p, ci, *held);
                gen::supervision_action(text, ctx, r);
                j.begin_object();
                j.field("caseId", numbered("C", discussed.back() + 100001, 6));
                j.field("text", text);
                j.field("ownerId", w.id);
                j.field_date("dueDate", add_days(*held, r.between(7, 28)));
                j.end_object();
            }
            j.end_array();
            gen::supervision_text(text, w.asye_start && !w.asye_done, r);
            j.field("text", text);
            j.end_object();
        }
    }
    j.end_array();
}

void write_director_discussions(JsonWriter& j, const Plan& p) {
    j.key("directorDiscussions");
    j.begin_array();
    int n = 0;
    for (std::size_t k = 0; k < p.workers.size(); ++k) {
        const Worker& w = p.workers[k];
        if (w.dd == DdKind::None)
            continue;
        Random r = stream(p.seed, k_stream_worker, (2u << 20) + k);
        Date date, from;
        std::optional<Date> to;
        int agreed = w.target + 1;
        std::string note;
        if (w.dd == DdKind::Expired) {
            date = days_before(p.as_at, r.between(200, 300));
            from = date;
            to = days_before(p.as_at, r.between(30, 90));
            agreed = w.target;
            note = "Temporary increase agreed while a vacancy was filled; to be reviewed at "
                   "the end of the period.";
        } else {
            date = days_before(p.as_at, r.between(20, 80));
            from = date;
            to = add_months(p.as_at, 3);
            if (w.dd == DdKind::Exceeded) {
                agreed = 27;
                note = "Agreed a caseload of up to 27 for three months because of two "
                       "vacancies in the team; weekly check-ins with the team manager.";
            } else {
                note = "Caseload above the absolute limit agreed for a fixed period: the "
                       "worker holds several low-complexity review cases. Protected time for "
                       "recording agreed.";
            }
        }
        j.begin_object();
        j.field("id", numbered("DD-", ++n, 3));
        j.field("workerId", w.id);
        j.field("directorId", p.workers[static_cast<std::size_t>(p.director)].id);
        j.field_date("date", date);
        j.field_int("agreedCaseload", agreed);
        j.field_date("periodFrom", from);
        j.key("periodTo");
        j.optional_date(to);
        j.field("note", note);
        j.end_object();
    }
    j.end_array();
}

void write_audits(JsonWriter& j, const Plan& p) {
    j.key("audits");
    j.begin_array();
    for (std::size_t i = 0; i < p.cases.size(); ++i) {
        const std::optional<AuditFact> a = audit_of(p, i);
        if (!a)
            continue;
        Random r = stream(p.seed, k_stream_audit, (1u << 30) + i);
        j.begin_object();
        j.field("id", numbered("AUD-", static_cast<int>(i) + 100001, 6));
        j.field("caseId", numbered("C", static_cast<int>(i) + 100001, 6));
        j.field("auditorId", p.workers[static_cast<std::size_t>(a->auditor)].id);
        j.field_date("date", a->date);
        j.field("kind", a->kind);
        j.field("grade", a->grade);
        j.field("note", gen::audit_summary(r, a->grade));
        j.end_object();
    }
    j.end_array();
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Public API
// ---------------------------------------------------------------------------

GenerateOptions demo_options() {
    GenerateOptions o;
    o.seed = 20261030;
    o.cases = 800;
    o.as_at = make_date(2026, 10, 30);
    return o;
}

GenerateStats generate_extract(const GenerateOptions& options, Sink& sink) {
    GenerateOptions o = options;
    if (o.target_mb > 0)
        o.cases = cases_for_target_mb(o, o.target_mb);
    if (o.cases < 1)
        throw std::invalid_argument("generate: the number of cases must be at least 1");
    const Plan p = make_plan(o);
    GenerateStats stats;
    {
        JsonWriter j(sink, o.pretty ? 4 : 2);
        j.begin_object();
        write_metadata(j, p);
        write_teams(j, p);
        write_workers(j, p);
        write_people(j, p);
        write_cases(j, p);
        write_supervisions(j, p);
        write_director_discussions(j, p);
        write_audits(j, p);
        j.end_object();
        j.flush();
        stats.bytes = j.bytes_written();
    }
    stats.teams = static_cast<int>(p.teams.size());
    stats.workers = static_cast<int>(p.workers.size());
    stats.cases = static_cast<int>(p.cases.size());
    return stats;
}

int cases_for_target_mb(const GenerateOptions& options, double target_mb) {
    // Bytes per case depend a little on the size (teams and supervisions scale in steps),
    // so a first estimate from 400 cases is refined with a second sample of up to 2000.
    GenerateOptions sample = options;
    sample.target_mb = 0;
    double wanted = 400;
    for (int pass = 0; pass < 2; ++pass) {
        sample.cases = static_cast<int>(std::min(std::max(wanted, 400.0), 2000.0));
        if (pass == 1 && sample.cases == 400)
            break;
        CountingSink counter;
        generate_extract(sample, counter);
        const double per_case = static_cast<double>(counter.bytes()) / sample.cases;
        wanted = target_mb * 1e6 / per_case;
    }
    if (wanted < 1)
        return 1;
    if (wanted > 2e7)
        return 20000000;
    return static_cast<int>(wanted + 0.5);
}

} // namespace ca
