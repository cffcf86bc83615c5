// Record lookups on the model (Extract::worker_name, team_name, primary_worker_on,
// last_primary_worker) with their one tie-break, the check that warns of two overlapping
// primary allocations, and that the training evidence names the worker the workspace header
// names (both ask primary_worker_on) for a case that changed worker during the year.
//
// The case of the year: worker A held it from 1 April 2025 to 30 September 2025, worker B
// from 1 October 2025, continuing. On 15 June 2025 the worker is A; on 16 March 2026 (the
// audit date) it is B.
#include "core/audit/evidence.h"
#include "core/extract/checks.h"
#include "core/extract/model.h"
#include "test_audit_evidence_support.h"
#include "test_caseload_support.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ca;
using ca_test::d;

namespace {

struct YearCase {
    YearCase() {
        t = b.team("T1");
        wa = b.worker("WA", t);
        wb = b.worker("WB", t);
        c = b.add_case(d("2025-04-01"));
        b.allocate(c, wa, d("2025-04-01"), d("2025-09-30"));
        b.allocate(c, wb, d("2025-10-01"));
    }
    ca_test::ExtractBuilder b;
    Index t = k_no_index, wa = k_no_index, wb = k_no_index, c = k_no_index;
};

} // namespace

TEST_CASE("Worker and team names by index, bounds-checked", "[extract][lookups]") {
    YearCase y;
    const Extract& x = y.b.ex;
    CHECK(x.worker_name(y.wa) == "Worker WA");
    CHECK(x.team_name(y.t) == "Team T1");
    CHECK(x.worker_name(k_no_index).empty());
    CHECK(x.team_name(k_no_index).empty());
    CHECK(x.worker_name(static_cast<Index>(x.workers.size())).empty()); // one past the end
    CHECK(x.team_name(static_cast<Index>(x.teams.size())).empty());
}

TEST_CASE("The primary worker on a date, for a case that changed worker during the year",
          "[extract][lookups]") {
    YearCase y;
    const Extract& x = y.b.ex;
    CHECK(x.primary_worker_on(y.c, d("2025-03-31")) == k_no_index); // before the case
    CHECK(x.primary_worker_on(y.c, d("2025-04-01")) == y.wa);       // A's first day
    CHECK(x.primary_worker_on(y.c, d("2025-06-15")) == y.wa);
    CHECK(x.primary_worker_on(y.c, d("2025-09-30")) == y.wa); // A's last day, included
    CHECK(x.primary_worker_on(y.c, d("2025-10-01")) == y.wb); // B's first day
    CHECK(x.primary_worker_on(y.c, d("2026-03-16")) == y.wb);
    CHECK(x.primary_worker_on(k_no_index, d("2026-03-16")) == k_no_index);
    CHECK(x.primary_worker_on(static_cast<Index>(x.cases.size()), d("2026-03-16")) == k_no_index);
}

TEST_CASE("Overlapping primary allocations: the later start wins, then the later in the file",
          "[extract][lookups]") {
    ca_test::ExtractBuilder b;
    const Index t = b.team("T1");
    const Index wa = b.worker("WA", t);
    const Index wb = b.worker("WB", t);
    const Index wc = b.worker("WC", t);
    // A hand-over week: B starts on 1 July, A is not ended until 7 July. C is a secondary
    // worker throughout, who never counts.
    const Index c = b.add_case(d("2025-01-01"));
    b.allocate(c, wb, d("2025-07-01"));
    b.allocate(c, wa, d("2025-01-01"), d("2025-07-07"));
    b.allocate(c, wc, d("2025-01-01"), std::nullopt, AllocationRole::Secondary);
    // Two starting the same day: the second in the file.
    const Index same = b.add_case(d("2025-01-01"));
    b.allocate(same, wa, d("2025-02-01"));
    b.allocate(same, wb, d("2025-02-01"), d("2025-12-31"));
    const Extract& x = b.ex;
    CHECK(x.primary_worker_on(c, d("2025-06-30")) == wa);
    CHECK(x.primary_worker_on(c, d("2025-07-03")) == wb); // both cover: B started later
    CHECK(x.primary_worker_on(c, d("2025-07-08")) == wb);
    CHECK(x.primary_worker_on(same, d("2025-06-01")) == wb);
    CHECK(x.primary_worker_on(same, d("2026-01-01")) == wa); // B ended on 31 December

    const std::vector<Finding> found = check_primary_allocations(x);
    REQUIRE(found.size() == 2);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].code == "overlapping-primary-allocations");
    CHECK(found[0].record_id == "C-1000");
    CHECK(found[0].json_path == "cases[0].allocations[0]"); // B's, the later start
    CHECK(found[0].message ==
          "Case C-1000 has two primary allocations covering the same days: WB (Worker WB) from "
          "2025-07-01, open, and WA (Worker WA) from 2025-01-01 to 2025-07-07. On those days "
          "the case's worker is taken to be the one whose allocation started later, WB.");
    CHECK(found[1].record_id == "C-1001");
    CHECK(found[1].json_path == "cases[1].allocations[1]"); // same start: the later in the file
}

TEST_CASE("Allocations that meet but do not overlap raise no warning", "[extract][lookups]") {
    YearCase y; // A to 30 September, B from 1 October
    CHECK(check_primary_allocations(y.b.ex).empty());
    // Ending on the day the next starts is an overlap of one day.
    y.b.ex.allocations[0].to = d("2025-10-01");
    REQUIRE(check_primary_allocations(y.b.ex).size() == 1);
}

TEST_CASE("The model checks add their warnings to an import's result", "[extract][lookups]") {
    YearCase y;
    y.b.ex.allocations[0].to.reset(); // A never ended: overlaps B from 1 October
    ImportResult r;
    r.extract = std::make_unique<Extract>(std::move(y.b.ex));
    r.warning_count = 2; // as if the importer had found two already
    run_model_checks(r);
    CHECK(r.warning_count == 3);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].code == "overlapping-primary-allocations");

    ImportResult failed; // no extract: nothing to check
    run_model_checks(failed);
    CHECK(failed.findings.empty());
    CHECK(failed.warning_count == 0);
}

TEST_CASE("The last primary worker: the current one, else whoever's allocation ended last",
          "[extract][lookups]") {
    YearCase y;
    Extract& x = y.b.ex;
    CHECK(x.last_primary_worker(y.c, d("2026-03-16")) == y.wb); // current
    x.allocations[1].to = d("2026-01-31");                      // B left at the end of January
    CHECK(x.primary_worker_on(y.c, d("2026-03-16")) == k_no_index);
    CHECK(x.last_primary_worker(y.c, d("2026-03-16")) == y.wb);       // ended last
    CHECK(x.last_primary_worker(y.c, d("2025-03-31")) == k_no_index); // nothing started yet
}

TEST_CASE("The training evidence and the workspace header name the same worker",
          "[extract][lookups][audit]") {
    YearCase y;
    y.b.ex.metadata.as_at = d("2026-03-16");
    const Extract& x = y.b.ex;
    // The header (view_audit_workspace.cpp) names x.primary_worker_on(case, audit date).
    SECTION("audited as at 16 March 2026: worker B") {
        const audit::CaseEvidence e =
            audit::case_evidence(x, default_policy(), y.c, d("2026-03-16"));
        CHECK(e.worker == x.primary_worker_on(y.c, d("2026-03-16")));
        CHECK(e.worker == y.wb);
        const audit::AreaEvidence& a = ca_test::area(e, audit::CaseArea::Training);
        REQUIRE_FALSE(a.lines.empty());
        CHECK(a.lines[0].text.rfind("Primary worker on the audit date: Worker WB,", 0) == 0);
    }
    SECTION("audited as at 15 June 2025: worker A") {
        const audit::CaseEvidence e =
            audit::case_evidence(x, default_policy(), y.c, d("2025-06-15"));
        CHECK(e.worker == x.primary_worker_on(y.c, d("2025-06-15")));
        CHECK(e.worker == y.wa);
        const audit::AreaEvidence& a = ca_test::area(e, audit::CaseArea::Training);
        REQUIRE_FALSE(a.lines.empty());
        CHECK(a.lines[0].text.rfind("Primary worker on the audit date: Worker WA,", 0) == 0);
    }
}
