// Helpers for the caseload tests: an Extract built in code, record by record, so that each
// test states exactly the allocations it counts.
#pragma once

#include "core/caseload/caseload.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

namespace ca_test {

inline ca::Date d(const char* iso) {
    const std::optional<ca::Date> date = ca::parse_date(iso);
    REQUIRE(date.has_value());
    return *date;
}

class ExtractBuilder {
public:
    ExtractBuilder() { ex.metadata.as_at = d("2026-03-16"); }

    ca::Index team(const std::string& id, ca::TeamKind kind = ca::TeamKind::Community,
                   std::optional<ca::CaseloadLimits> limits = std::nullopt) {
        ca::Team t;
        t.id = ex.ids.intern(id);
        t.name = ex.text.add("Team " + id);
        t.kind = kind;
        t.caseload_limits = limits;
        ex.teams.push_back(t);
        return static_cast<ca::Index>(ex.teams.size() - 1);
    }

    ca::Index worker(const std::string& id, ca::Index team,
                     ca::WorkerRole role = ca::WorkerRole::QualifiedSocialWorker) {
        ca::Worker w;
        w.id = ex.ids.intern(id);
        w.name = ex.text.add("Worker " + id);
        w.team = team;
        w.role = role;
        w.qualified = true;
        w.start = d("2015-01-01");
        ex.workers.push_back(w);
        return static_cast<ca::Index>(ex.workers.size() - 1);
    }
    ca::Worker& worker_at(ca::Index w) { return ex.workers[w]; }

    ca::Index add_case(ca::Date opened, std::optional<ca::Date> closed = std::nullopt,
                       ca::CaseStatus status = ca::CaseStatus::Open) {
        ca::Person p;
        p.id = ex.ids.intern("P-" + std::to_string(ex.people.size() + 1));
        p.name = ex.text.add("Person " + std::to_string(ex.people.size() + 1));
        ex.people.push_back(p);
        ca::Case c;
        c.id = ex.ids.intern("C-" + std::to_string(1000 + ex.cases.size()));
        c.person = static_cast<ca::Index>(ex.people.size() - 1);
        c.status = closed ? ca::CaseStatus::Closed : status;
        c.opened = opened;
        c.closed = closed;
        c.allocations.begin = static_cast<std::uint32_t>(ex.allocations.size());
        ex.cases.push_back(c);
        return static_cast<ca::Index>(ex.cases.size() - 1);
    }

    void allocate(ca::Index c, ca::Index w, ca::Date from, std::optional<ca::Date> to = {},
                  ca::AllocationRole role = ca::AllocationRole::Primary) {
        ca::Allocation a;
        a.case_index = c;
        a.worker = w;
        a.from = from;
        a.to = to;
        a.role = role;
        ex.allocations.push_back(a);
        ++ex.cases[c].allocations.count;
    }

    // `n` open cases, each opened and primary-allocated to `w` on `from`, continuing.
    void give_cases(ca::Index w, int n, ca::Date from = d("2025-06-01"),
                    ca::AllocationRole role = ca::AllocationRole::Primary) {
        for (int i = 0; i < n; ++i)
            allocate(add_case(from), w, from, std::nullopt, role);
    }

    ca::Index discussion(const std::string& id, ca::Index w, ca::Date date, int agreed,
                         ca::Date from, std::optional<ca::Date> to) {
        ca::DirectorDiscussion dd;
        dd.id = ex.ids.intern(id);
        dd.worker = w;
        dd.date = date;
        dd.agreed_caseload = agreed;
        dd.period_from = from;
        dd.period_to = to;
        ex.director_discussions.push_back(dd);
        return static_cast<ca::Index>(ex.director_discussions.size() - 1);
    }

    ca::Extract ex;
};

// The result's row for a worker id; fails the test when there is none.
inline const ca::WorkerCaseload& row(const ca::CaseloadResult& r, const std::string& id) {
    for (const ca::WorkerCaseload& w : r.workers)
        if (w.worker_id == id)
            return w;
    FAIL("no row for worker " << id);
    return r.workers.front(); // unreachable
}

inline bool has_row(const ca::CaseloadResult& r, const std::string& id) {
    for (const ca::WorkerCaseload& w : r.workers)
        if (w.worker_id == id)
            return true;
    return false;
}

// The codes of a worker's findings, joined by spaces ("" when none), for exact checks.
inline std::string codes(const ca::CaseloadResult& r, const ca::WorkerCaseload& w) {
    std::string out;
    for (std::size_t f : w.findings)
        out += (out.empty() ? "" : " ") + r.findings[f].code;
    return out;
}

inline const ca::CaseloadFinding& only_finding(const ca::CaseloadResult& r,
                                               const ca::WorkerCaseload& w) {
    REQUIRE(w.findings.size() == 1);
    return r.findings[w.findings.front()];
}

} // namespace ca_test
