// Unit tests: audit sampling (core/audit/sampling.h).
//
// The fixture tests/data/sampling/extract.json is as at 2026-03-16 (D), a Monday. With the
// policy defaults the windows are: audited within 12 months = after 2025-03-16, on or
// before D; active = a note dated after 2025-12-16, on or before D. Its records, and what
// the sampler must make of each on D (worked by hand from the algorithm in sampling.h):
//
//   workers  W-A1, W-A2 (ASYE from 2025-10-06: in it on D), W-TM: team T-EAST
//            W-B1, W-B2 (ASYE from 2025-03-16, no completion: 12 months end on D itself,
//            so in it on 2026-03-15 and not on D): team T-WEST;  W-H1: team T-HOSP
//   C-01 W-A1, note 2026-03-02                        eligible
//   C-02 W-A1, note 2026-02-10, enquiry open          eligible, open enquiry
//   C-03 W-A2 (ASYE), opened 2025-11-03, note 03-10   eligible, ASYE holder
//   C-04 W-A1, closed on D, audited 2026-01-10        closed (counted there, not audited)
//   C-05 W-A1, audited 2025-03-17, last note 2025-10  recently audited (and inactive)
//   C-06 W-A1, audited 2025-03-16 (exactly 12 months) eligible: that audit is too old
//   C-07 W-B1, last note 2025-12-16 (exactly 3 months) inactive
//   C-08 W-B1, last note 2025-12-17                   eligible
//   C-09 W-B2, note 2026-03-09                        eligible (W-B2 not ASYE on D)
//   C-10 W-B1 until 2026-02-28, no one since; case team T-WEST; note 03-01   eligible
//   C-11 W-B1 (T-WEST), case team T-EAST, note 02-20  eligible; T-WEST's, not T-EAST's
//   C-12 W-B1, note 03-11; an enquiry closed on D and an open concern   eligible, no enquiry
//   C-14 W-A1 until 2025-06-30, closed 2025-06-30, case team T-EAST      closed
//   C-15 W-H1 primary, W-A1 secondary, enquiry raised on D   eligible, open enquiry
// Whole service: 14 in scope; excluded closed 2 (C-04, C-14), audited 1 (C-05), inactive 1
// (C-07); eligible 10. Supervision records held after 2025-12-16 and on or before D:
// SUP-1 (W-A2, ASYE), SUP-2 (W-A1), SUP-4 (W-B1, 2025-12-17), SUP-5 (W-B2, held on D); not
// SUP-3 (2025-12-16, exactly 3 months) nor SUP-6 (2025-11-10).
//
// The shuffled orders are derived by tests/data/sampling/model.py, an independent Python
// model of random.h and of step 3 (it checks random.h's reference vectors first). Its
// output, which the expectations below quote:
//   whole service, seed 20260316: C-01 C-06 C-08 C-09 C-15 C-11 C-10 C-03 C-12 C-02
//   whole service, seed 7: C-02 C-12 C-06 C-01 C-08 C-09 C-15 C-10 C-03 C-11
//   whole service, seed 8: C-01 C-15 C-06 C-11 C-02 C-03 C-10 C-08 C-09 C-12
//   supervisions, seed 20260316: SUP-2 SUP-5 SUP-4 SUP-1
//   supervisions of T-EAST, seed 20260316: SUP-2 SUP-1
//   supervisions of T-WEST, seed 20260316: SUP-5 SUP-4
//   T-WEST, seed 20260316: C-10 C-09 C-12 C-11 C-08
//   T-WEST on 2026-03-15, seed 20260316: C-10 C-07 C-09 C-12 C-11 C-08
//   T-EAST, seed 20260316: C-02 C-06 C-03 C-01
//   W-A1, seed 20260316: C-06 C-02 C-01
//   W-A1 and T-WEST, seed 20260316: C-01 C-06 C-08 C-10 C-09 C-12 C-11 C-02
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Keys, defaults and seeds
// [SECTION] Golden samples and determinism
// [SECTION] Scope
// [SECTION] Exclusions and their boundaries
// [SECTION] Strata
// [SECTION] Sizes and errors
// [SECTION] Supervision records
#include "core/audit/sampling.h"
#include "core/generate/generate.h"
#include "test_extract_support.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

using ca::audit::RecordSet;
using ca::audit::SampleResult;
using ca::audit::SampleSpec;
using ca::audit::Stratum;

namespace {

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

constexpr std::uint64_t k_seed = 20260316;

std::unique_ptr<ca::Extract> import_text(const std::string& text) {
    ca::ImportResult r = ca::import_extract(text);
    INFO(ca_test::all_findings(r));
    REQUIRE(r.ok());
    return std::move(r.extract);
}

std::string fixture(const char* name = "extract.json") {
    return ca_test::read_fixture(std::string("../sampling/") + name);
}

const ca::Extract& fixture_extract() {
    static const std::unique_ptr<ca::Extract> ex = import_text(fixture());
    return *ex;
}

ca::Date day(const char* iso) {
    const std::optional<ca::Date> d = ca::parse_date(iso);
    REQUIRE(d.has_value());
    return *d;
}

// The worked examples leave out inactive cases (C-07), as docs/sampling.md's do: switched on
// here, since the default keeps them.
SampleSpec spec_of(const ca::Extract& ex, std::uint64_t seed = k_seed) {
    SampleSpec spec = ca::audit::default_sample_spec(ex, ca::default_policy(), seed);
    spec.exclude_inactive = true;
    return spec;
}

SampleResult draw(const ca::Extract& ex, const SampleSpec& spec,
                  const std::vector<ca::audit::WorkbookAudit>& also = {}) {
    return ca::audit::draw_sample(ex, ca::default_policy(), spec, also);
}

// The drawn ids in draw order, joined by spaces.
std::string ids(const SampleResult& r) {
    std::string out;
    for (const ca::audit::DrawnRecord& d : r.drawn)
        out += (out.empty() ? "" : " ") + d.id;
    return out;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines)
        out += (out.empty() ? "" : "\n") + l;
    return out;
}

// in scope, closed, audited, inactive, eligible.
std::string counts(const SampleResult& r) {
    return std::to_string(r.in_scope) + " " + std::to_string(r.excluded_closed) + " " +
           std::to_string(r.excluded_recently_audited) + " " + std::to_string(r.excluded_inactive) +
           " " + std::to_string(r.eligible);
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Keys, defaults and seeds
// ---------------------------------------------------------------------------

TEST_CASE("Sampling keys and labels round-trip, unknown keys are refused", "[sampling]") {
    CHECK(ca::audit::record_set_key(RecordSet::Cases) == "cases");
    CHECK(ca::audit::record_set_key(RecordSet::Supervisions) == "supervisions");
    CHECK(ca::audit::parse_record_set_key("cases") == RecordSet::Cases);
    CHECK(ca::audit::parse_record_set_key("supervisions") == RecordSet::Supervisions);
    CHECK_FALSE(ca::audit::parse_record_set_key("Cases").has_value());
    CHECK_FALSE(ca::audit::parse_record_set_key("").has_value());
    CHECK(ca::audit::record_set_label(RecordSet::Supervisions) == "supervision records");

    CHECK(ca::audit::stratum_key(Stratum::OpenSafeguardingEnquiry) == "open-safeguarding-enquiry");
    CHECK(ca::audit::stratum_key(Stratum::AsyeWorker) == "asye-worker");
    CHECK(ca::audit::parse_stratum_key("open-safeguarding-enquiry") ==
          Stratum::OpenSafeguardingEnquiry);
    CHECK(ca::audit::parse_stratum_key("asye-worker") == Stratum::AsyeWorker);
    CHECK_FALSE(ca::audit::parse_stratum_key("asye").has_value());
    CHECK(ca::audit::stratum_label(Stratum::OpenSafeguardingEnquiry) ==
          "a case with an open safeguarding enquiry");
    CHECK(ca::audit::stratum_label(Stratum::AsyeWorker) == "a case held by a worker in their ASYE");
    CHECK(ca::audit::stratum_label(Stratum::AsyeWorker, RecordSet::Supervisions) ==
          "a supervision record of a worker in their ASYE");
}

TEST_CASE("The default spec takes the policy's numbers and the as-at date", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    ca::Policy policy = ca::default_policy();
    SampleSpec spec = ca::audit::default_sample_spec(ex, policy, 99);
    CHECK(spec.records == RecordSet::Cases);
    CHECK(spec.workers.empty());
    CHECK(spec.teams.empty());
    CHECK(spec.size == 6);
    CHECK(spec.seed == 99);
    CHECK(ca::format_date(spec.date) == "2026-03-16");
    CHECK(spec.exclude_recently_audited);
    CHECK(spec.recently_audited_months == 12);
    CHECK(spec.exclude_closed);
    // Inactive cases are kept by default: they are the stale files area 8 exists to find.
    CHECK_FALSE(spec.exclude_inactive);
    CHECK(spec.activity_months == 3);
    CHECK(spec.strata.empty());

    policy.audit.sampling.size = 8;
    policy.audit.sampling.exclude_closed = false;
    policy.audit.sampling.recently_audited_months = 6;
    policy.audit.sampling.activity_months = 2;
    spec = ca::audit::default_sample_spec(ex, policy, 1);
    CHECK(spec.size == 8);
    CHECK_FALSE(spec.exclude_closed);
    CHECK(spec.recently_audited_months == 6);
    CHECK(spec.activity_months == 2);
}

TEST_CASE("The default draw keeps inactive cases, and the description says so", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = ca::audit::default_sample_spec(ex, ca::default_policy(), k_seed);
    // 14 in scope, 2 closed, 1 audited, 0 inactive: C-07 (last note exactly 3 months before
    // D) is eligible, so 11 are.
    CHECK(counts(draw(ex, spec)) == "14 2 1 0 11");
    CHECK(ca::audit::sample_exclusions_text(spec) ==
          "Left out: closed cases; cases audited within 12 months (after 16 March 2025). Cases "
          "with no recent note are included.");
    spec.exclude_inactive = true;
    CHECK(counts(draw(ex, spec)) == "14 2 1 1 10");
    CHECK(ca::audit::sample_exclusions_text(spec) ==
          "Left out: closed cases; cases audited within 12 months (after 16 March 2025); cases "
          "with no note within 3 months (after 16 December 2025).");
    spec.exclude_closed = spec.exclude_recently_audited = spec.exclude_inactive = false;
    CHECK(ca::audit::sample_exclusions_text(spec) ==
          "Nothing left out. Cases with no recent note are included.");
    spec.records = RecordSet::Supervisions;
    CHECK(ca::audit::sample_exclusions_text(spec).empty());
}

TEST_CASE("A seed from the clock is the milliseconds modulo 10^9, never 0", "[sampling]") {
    // 1,773,662,400,456 ms = 1773 x 10^9 + 662,400,456.
    CHECK(ca::audit::seed_from_clock(1773662400456u) == 662400456u);
    CHECK(ca::audit::seed_from_clock(999999999u) == 999999999u);
    CHECK(ca::audit::seed_from_clock(1000000000u) == 1u);    // 10^9 mod 10^9 = 0 -> 1
    CHECK(ca::audit::seed_from_clock(2000000000000u) == 1u); // 2 x 10^12 mod 10^9 = 0 -> 1
    CHECK(ca::audit::seed_from_clock(0) == 1u);
    // 2^64 - 1 = 18,446,744,073,709,551,615: the last nine digits.
    CHECK(ca::audit::seed_from_clock(UINT64_MAX) == 709551615u);
}

// ---------------------------------------------------------------------------
// [SECTION] Golden samples and determinism
// ---------------------------------------------------------------------------

TEST_CASE("Golden sample: the whole service, seed 20260316, six cases", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    const SampleResult r = draw(ex, spec_of(ex));
    CHECK(r.errors.empty());
    CHECK(counts(r) == "14 2 1 1 10");
    // The first six of the model's order C-01 C-06 C-08 C-09 C-15 C-11 | C-10 C-03 C-12 C-02.
    CHECK(ids(r) == "C-01 C-06 C-08 C-09 C-15 C-11");
    for (const ca::audit::DrawnRecord& d : r.drawn) {
        CHECK(d.reason == "drawn at random from 10 eligible cases");
        REQUIRE(d.index < ex.cases.size());
        CHECK(ex.id_of(ex.cases[d.index].id) == d.id);
    }
    CHECK(r.notes.empty());
}

TEST_CASE("The same seed gives the same sample, another seed another order", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    CHECK(ids(draw(ex, spec_of(ex, 7))) == "C-02 C-12 C-06 C-01 C-08 C-09");
    CHECK(ids(draw(ex, spec_of(ex, 7))) == "C-02 C-12 C-06 C-01 C-08 C-09");
    CHECK(ids(draw(ex, spec_of(ex, 8))) == "C-01 C-15 C-06 C-11 C-02 C-03");
}

TEST_CASE("Different seeds draw different samples from a generated extract", "[sampling]") {
    // 300 generated cases give about a hundred or more eligible ones: two seeds drawing the
    // same six in the same order would be a broken shuffle, not chance.
    ca::GenerateOptions o;
    o.seed = 7;
    o.cases = 300;
    ca::StringSink sink;
    ca::generate_extract(o, sink);
    const std::unique_ptr<ca::Extract> ex = import_text(sink.text);
    const SampleResult a = draw(*ex, spec_of(*ex, 1));
    const SampleResult a_again = draw(*ex, spec_of(*ex, 1));
    const SampleResult b = draw(*ex, spec_of(*ex, 2));
    INFO("eligible " << a.eligible);
    REQUIRE(a.eligible >= 50);
    REQUIRE(a.drawn.size() == 6);
    REQUIRE(b.drawn.size() == 6);
    CHECK(ids(a) == ids(a_again));
    CHECK(ids(a) != ids(b));
    CHECK(a.eligible == b.eligible);
}

TEST_CASE("The file's record order does not change the sample", "[sampling]") {
    // extract-reversed.json: the same records with people, cases, notes, supervisions and
    // audits in reverse file order (written by model.py --reversed).
    const ca::Extract& ex = fixture_extract();
    const std::unique_ptr<ca::Extract> rev = import_text(fixture("extract-reversed.json"));
    REQUIRE(ex.id_of(ex.cases.front().id) == "C-09");
    REQUIRE(rev->id_of(rev->cases.front().id) == "C-14");

    SampleSpec spec = spec_of(ex);
    SampleSpec spec_rev = spec_of(*rev);
    SECTION("whole service") {}
    SECTION("with strata") {
        spec.strata = spec_rev.strata = {Stratum::OpenSafeguardingEnquiry, Stratum::AsyeWorker};
    }
    SECTION("supervision records") {
        spec.records = spec_rev.records = RecordSet::Supervisions;
    }
    SECTION("a team, another seed") {
        spec.teams = spec_rev.teams = {"T-WEST"};
        spec.seed = spec_rev.seed = 8;
    }
    const SampleResult a = draw(ex, spec);
    const SampleResult b = draw(*rev, spec_rev);
    CHECK(ids(a) == ids(b));
    CHECK(counts(a) == counts(b));
    CHECK(joined(a.notes) == joined(b.notes));
    REQUIRE(a.drawn.size() == b.drawn.size());
    for (std::size_t i = 0; i < a.drawn.size(); ++i)
        CHECK(a.drawn[i].reason == b.drawn[i].reason);
}

// ---------------------------------------------------------------------------
// [SECTION] Scope
// ---------------------------------------------------------------------------

TEST_CASE("Scope by worker: the cases the worker holds as primary on the date", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    spec.workers = {"W-A1"};
    const SampleResult r = draw(ex, spec);
    // In scope: C-01 C-02 C-04 C-05 C-06. Not C-14 (allocation ended 2025-06-30) nor C-15
    // (W-A1 is only the secondary worker). C-04 closed, C-05 audited; eligible C-01 C-02 C-06.
    CHECK(counts(r) == "5 1 1 0 3");
    CHECK(ids(r) == "C-06 C-02 C-01");
    CHECK(joined(r.notes) == "Only 3 cases are eligible; all are drawn.");
    CHECK(r.drawn.front().reason == "drawn at random from 3 eligible cases");
}

TEST_CASE("Scope by team: the primary worker's team, else the case's own team", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    SECTION("T-WEST") {
        // C-07..C-12: C-10 has no primary worker on D and its own team is T-WEST; C-11's
        // primary worker W-B1 is in T-WEST although the case's team is T-EAST. C-07 inactive.
        spec.teams = {"T-WEST"};
        const SampleResult r = draw(ex, spec);
        CHECK(counts(r) == "6 0 0 1 5");
        CHECK(ids(r) == "C-10 C-09 C-12 C-11 C-08");
    }
    SECTION("T-EAST") {
        // W-A1's five, C-03 (W-A2) and C-14 (no one holds it on D; its team is T-EAST). Not
        // C-11, whose primary worker is in T-WEST.
        spec.teams = {"T-EAST"};
        const SampleResult r = draw(ex, spec);
        CHECK(counts(r) == "7 2 1 0 4");
        CHECK(ids(r) == "C-02 C-06 C-03 C-01");
    }
    SECTION("T-HOSP: C-15 through its primary worker W-H1 (its secondary, W-A1, is in T-EAST)") {
        spec.teams = {"T-HOSP"};
        spec.size = 1;
        const SampleResult r = draw(ex, spec);
        CHECK(counts(r) == "1 0 0 0 1");
        CHECK(ids(r) == "C-15");
        CHECK(r.drawn.front().reason == "drawn at random from 1 eligible case");
        CHECK(r.notes.empty()); // exactly as many eligible as places: nothing to say
    }
}

TEST_CASE("Scope by workers and teams together is the union", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    SECTION("disjoint: W-A1 and T-WEST") {
        spec.workers = {"W-A1"};
        spec.teams = {"T-WEST"};
        spec.size = 8;
        const SampleResult r = draw(ex, spec);
        CHECK(counts(r) == "11 1 1 1 8");
        CHECK(ids(r) == "C-01 C-06 C-08 C-10 C-09 C-12 C-11 C-02");
    }
    SECTION("overlapping: W-A1 in T-EAST is counted once") {
        spec.workers = {"W-A1", "W-A1"};
        spec.teams = {"T-EAST"};
        const SampleResult r = draw(ex, spec);
        CHECK(counts(r) == "7 2 1 0 4");
        CHECK(ids(r) == "C-02 C-06 C-03 C-01");
    }
    SECTION("a worker holding nothing") {
        spec.workers = {"W-TM"};
        const SampleResult r = draw(ex, spec);
        CHECK(counts(r) == "0 0 0 0 0");
        CHECK(r.drawn.empty());
        CHECK(r.errors.empty());
        CHECK(joined(r.notes) == "No case is eligible, so nothing was drawn.");
    }
}

TEST_CASE("A case opened after the sample date is not a candidate", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    spec.date = day("2025-10-01");
    spec.exclude_closed = spec.exclude_recently_audited = spec.exclude_inactive = false;
    // C-03 opened 2025-11-03 and C-15 opened 2026-01-05: 14 - 2 = 12.
    CHECK(counts(draw(ex, spec)) == "12 0 0 0 12");
}

// ---------------------------------------------------------------------------
// [SECTION] Exclusions and their boundaries
// ---------------------------------------------------------------------------

TEST_CASE("Exclusions are counted under the first that applies, each can be switched off",
          "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    spec.size = 20;
    SECTION("all on") {
        CHECK(counts(draw(ex, spec)) == "14 2 1 1 10");
    }
    SECTION("closed off: C-04 (also audited) counts as audited, C-14 as inactive") {
        spec.exclude_closed = false;
        CHECK(counts(draw(ex, spec)) == "14 0 2 2 10");
    }
    SECTION("audited off: C-05 (also inactive) counts as inactive") {
        spec.exclude_recently_audited = false;
        CHECK(counts(draw(ex, spec)) == "14 2 0 2 10");
    }
    SECTION("inactive off: C-07 becomes eligible") {
        spec.exclude_inactive = false;
        const SampleResult r = draw(ex, spec);
        CHECK(counts(r) == "14 2 1 0 11");
        CHECK(ids(r).find("C-07") != std::string::npos);
    }
    SECTION("all off: every case in scope is eligible") {
        spec.exclude_closed = spec.exclude_recently_audited = spec.exclude_inactive = false;
        const SampleResult r = draw(ex, spec);
        CHECK(counts(r) == "14 0 0 0 14");
        CHECK(r.drawn.size() == 14);
        CHECK(joined(r.notes) == "Only 14 cases are eligible; all are drawn.");
    }
}

TEST_CASE("Recently audited: exactly 12 months ago is not recent, a day later is", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    spec.workers = {"W-A1"};
    spec.exclude_inactive = false;
    spec.exclude_closed = false;
    // C-06 audited 2025-03-16 = add_months(D, -12): outside (D - 12 months, D]: eligible.
    // C-05 audited 2025-03-17: inside: excluded. C-04 audited 2026-01-10: excluded.
    const SampleResult r = draw(ex, spec);
    CHECK(counts(r) == "5 0 2 0 3");
    CHECK(ids(r) == "C-06 C-02 C-01");

    // One day on (2026-03-17), C-05's audit is exactly 12 months old: no longer recent.
    // C-04's allocation ended on 2026-03-16, so it has left W-A1's scope.
    spec.date = day("2026-03-17");
    const SampleResult later = draw(ex, spec);
    CHECK(counts(later) == "4 0 0 0 4");
    CHECK(ids(later).find("C-05") != std::string::npos);
}

TEST_CASE("Audits completed in the workbook count like audits on file", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    spec.teams = {"T-WEST"};
    SECTION("within the period: excluded") {
        const SampleResult r = draw(ex, spec, {{"C-08", day("2026-01-01")}});
        CHECK(counts(r) == "6 0 1 1 4");
        CHECK(ids(r).find("C-08") == std::string::npos);
    }
    SECTION("on the sample date itself: excluded") {
        CHECK(counts(draw(ex, spec, {{"C-08", day("2026-03-16")}})) == "6 0 1 1 4");
    }
    SECTION("exactly 12 months before: not excluded") {
        CHECK(counts(draw(ex, spec, {{"C-08", day("2025-03-16")}})) == "6 0 0 1 5");
    }
    SECTION("after the sample date: not excluded") {
        CHECK(counts(draw(ex, spec, {{"C-08", day("2026-03-17")}})) == "6 0 0 1 5");
    }
    SECTION("a case not in this extract: ignored") {
        CHECK(counts(draw(ex, spec, {{"C-99", day("2026-01-01")}})) == "6 0 0 1 5");
    }
    SECTION("switched off") {
        spec.exclude_recently_audited = false;
        CHECK(counts(draw(ex, spec, {{"C-08", day("2026-01-01")}})) == "6 0 0 1 5");
    }
}

TEST_CASE("Inactive: a last note exactly activity_months ago is too old, a day later is not",
          "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    spec.workers = {"W-B1"};
    spec.size = 10;
    // W-B1 holds C-07 (last note 2025-12-16 = add_months(D, -3)), C-08 (2025-12-17), C-11,
    // C-12. C-10's allocation ended 2026-02-28.
    SampleResult r = draw(ex, spec);
    CHECK(counts(r) == "4 0 0 1 3");
    CHECK(ids(r).find("C-07") == std::string::npos);
    CHECK(ids(r).find("C-08") != std::string::npos);

    // A day earlier, C-07's note is inside the window.
    spec.date = day("2026-03-15");
    r = draw(ex, spec);
    CHECK(counts(r) == "4 0 0 0 4");

    // Four months of activity: C-07 is active on D as well.
    spec.date = day("2026-03-16");
    spec.activity_months = 4;
    CHECK(counts(draw(ex, spec)) == "4 0 0 0 4");
}

TEST_CASE("Closed: on or before the sample date, or closed with no date", "[sampling]") {
    SECTION("closed on the sample date itself") {
        const ca::Extract& ex = fixture_extract();
        SampleSpec spec = spec_of(ex);
        spec.workers = {"W-A1"};
        spec.exclude_recently_audited = false;
        CHECK(counts(draw(ex, spec)) == "5 1 0 1 3"); // C-04 closed; C-05 inactive
        // The day before, C-04 (closed 2026-03-16) is open and active.
        spec.date = day("2026-03-15");
        const SampleResult r = draw(ex, spec);
        CHECK(counts(r) == "5 0 0 1 4");
        CHECK(ids(r).find("C-04") != std::string::npos);
    }
    SECTION("status closed with no closed date: closed at every date") {
        const std::string text = ca_test::replace_once(
            fixture(),
            "\"id\": \"C-11\", \"personId\": \"P-11\", \"teamId\": \"T-EAST\", "
            "\"status\": \"open\"",
            "\"id\": \"C-11\", \"personId\": \"P-11\", \"teamId\": \"T-EAST\", "
            "\"status\": \"closed\"");
        const std::unique_ptr<ca::Extract> ex = import_text(text);
        SampleSpec spec = spec_of(*ex);
        spec.teams = {"T-WEST"};
        CHECK(counts(draw(*ex, spec)) == "6 1 0 1 4");
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Strata
// ---------------------------------------------------------------------------

TEST_CASE("Golden sample with strata: each drawn first from the shuffled order", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    spec.strata = {Stratum::AsyeWorker, Stratum::OpenSafeguardingEnquiry};
    const SampleResult r = draw(ex, spec);
    // Order C-01 C-06 C-08 C-09 C-15 C-11 C-10 C-03 C-12 C-02. ASYE: only C-03 (W-A2).
    // Open enquiry: C-02 and C-15; C-15 comes first. Then the first four others.
    CHECK(ids(r) == "C-03 C-15 C-01 C-06 C-08 C-09");
    REQUIRE(r.drawn.size() == 6);
    CHECK(r.drawn[0].reason == "drawn to include a case held by a worker in their ASYE");
    CHECK(r.drawn[1].reason == "drawn to include a case with an open safeguarding enquiry");
    CHECK(r.drawn[2].reason == "drawn at random from 10 eligible cases");
    CHECK(r.notes.empty());
}

TEST_CASE("A stratum already met by a drawn record draws nothing more", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex, 8);
    // Seed 8: C-01 C-15 C-06 C-11 C-02 C-03 ... C-15 is drawn for the enquiry; the repeated
    // rule is met by it; C-02 (also an open enquiry) comes later at random.
    spec.strata = {Stratum::OpenSafeguardingEnquiry, Stratum::OpenSafeguardingEnquiry};
    const SampleResult r = draw(ex, spec);
    CHECK(ids(r) == "C-15 C-01 C-06 C-11 C-02 C-03");
    CHECK(r.drawn[0].reason == "drawn to include a case with an open safeguarding enquiry");
    CHECK(r.drawn[4].reason == "drawn at random from 10 eligible cases");
    CHECK(r.notes.empty());
}

TEST_CASE("Strata that nothing satisfies are noted, and the boundaries of each", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    spec.teams = {"T-WEST"};
    spec.strata = {Stratum::AsyeWorker, Stratum::OpenSafeguardingEnquiry};
    SECTION("on D: W-B2's ASYE ended that day, C-12's enquiry closed that day") {
        // C-12's open concern is not an enquiry.
        const SampleResult r = draw(ex, spec);
        CHECK(ids(r) == "C-10 C-09 C-12 C-11 C-08");
        CHECK(joined(r.notes) == "Only 5 cases are eligible; all are drawn.\n"
                                 "No eligible case is held by a worker in their ASYE.\n"
                                 "No eligible case has an open safeguarding enquiry.");
        for (const ca::audit::DrawnRecord& d : r.drawn)
            CHECK(d.reason == "drawn at random from 5 eligible cases");
    }
    SECTION("the day before: both are met") {
        spec.date = day("2026-03-15");
        const SampleResult r = draw(ex, spec);
        // Order C-10 C-07 C-09 C-12 C-11 C-08: ASYE C-09 (W-B2), enquiry C-12, then the rest.
        CHECK(ids(r) == "C-09 C-12 C-10 C-07 C-11 C-08");
        CHECK(r.drawn[0].reason == "drawn to include a case held by a worker in their ASYE");
        CHECK(r.drawn[1].reason == "drawn to include a case with an open safeguarding enquiry");
        CHECK(r.drawn[2].reason == "drawn at random from 6 eligible cases");
        CHECK(r.notes.empty());
    }
    SECTION("the ASYE rule switched off in the policy: no one is in their ASYE") {
        ca::Policy policy = ca::default_policy();
        policy.caseload.asye.enabled = false;
        spec.date = day("2026-03-15");
        const SampleResult r = ca::audit::draw_sample(ex, policy, spec);
        CHECK(ids(r) == "C-12 C-10 C-07 C-09 C-11 C-08");
        CHECK(joined(r.notes) == "No eligible case is held by a worker in their ASYE.");
    }
}

TEST_CASE("A stratum with no place left is noted", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    spec.size = 1;
    spec.strata = {Stratum::AsyeWorker, Stratum::OpenSafeguardingEnquiry};
    const SampleResult r = draw(ex, spec);
    CHECK(ids(r) == "C-03");
    CHECK(joined(r.notes) ==
          "No place was left in a sample of 1 for a case with an open safeguarding enquiry.");
}

// ---------------------------------------------------------------------------
// [SECTION] Sizes and errors
// ---------------------------------------------------------------------------

TEST_CASE("Sample sizes: larger than eligible, exactly one, below one", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    SECTION("one eligible, six places") {
        spec.teams = {"T-HOSP"};
        const SampleResult r = draw(ex, spec);
        CHECK(ids(r) == "C-15");
        CHECK(joined(r.notes) == "Only 1 case is eligible; it is drawn.");
    }
    SECTION("one place") {
        spec.size = 1;
        CHECK(ids(draw(ex, spec)) == "C-01");
    }
    SECTION("ten places for ten eligible: all, no note") {
        spec.size = 10;
        const SampleResult r = draw(ex, spec);
        CHECK(ids(r) == "C-01 C-06 C-08 C-09 C-15 C-11 C-10 C-03 C-12 C-02");
        CHECK(r.notes.empty());
    }
    SECTION("size 0 is an error") {
        spec.size = 0;
        const SampleResult r = draw(ex, spec);
        CHECK(joined(r.errors) == "The sample size must be at least 1.");
        CHECK(r.drawn.empty());
        CHECK(counts(r) == "0 0 0 0 0");
    }
    SECTION("a negative size is an error") {
        spec.size = -3;
        CHECK(joined(draw(ex, spec).errors) == "The sample size must be at least 1.");
    }
}

TEST_CASE("Unknown worker and team ids and bad periods are errors, and nothing is drawn",
          "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    SECTION("every problem is listed") {
        spec.workers = {"W-A1", "W-9"};
        spec.teams = {"T-9", "T-WEST"};
        spec.size = 0;
        const SampleResult r = draw(ex, spec);
        CHECK(joined(r.errors) == "No worker has the id W-9.\n"
                                  "No team has the id T-9.\n"
                                  "The sample size must be at least 1.");
        CHECK(r.drawn.empty());
        CHECK(r.in_scope == 0);
    }
    SECTION("ids are matched exactly") {
        spec.workers = {"w-a1"};
        CHECK(joined(draw(ex, spec).errors) == "No worker has the id w-a1.");
    }
    SECTION("periods under a month or over 120 months (the policy file's bounds)") {
        spec.activity_months = 0;
        spec.recently_audited_months = 121;
        CHECK(joined(draw(ex, spec).errors) ==
              "The activity period must be from 1 to 120 months.\n"
              "The recently audited period must be from 1 to 120 months.");
        spec.activity_months = 120;
        spec.recently_audited_months = 1;
        CHECK(draw(ex, spec).errors.empty());
        spec.activity_months = -1;
        spec.exclude_inactive = false; // the period is only checked when it is used
        CHECK(draw(ex, spec).errors.empty());
        spec.records = RecordSet::Supervisions; // supervision records always use it
        CHECK(joined(draw(ex, spec).errors) == "The activity period must be from 1 to 120 months.");
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Supervision records
// ---------------------------------------------------------------------------

TEST_CASE("Supervision records: held within the activity period, by supervisee", "[sampling]") {
    const ca::Extract& ex = fixture_extract();
    SampleSpec spec = spec_of(ex);
    spec.records = RecordSet::Supervisions;
    SECTION("whole service") {
        const SampleResult r = draw(ex, spec);
        // SUP-3 (held exactly 3 months before) and SUP-6 are out; SUP-5 (held on D) is in.
        CHECK(counts(r) == "4 0 0 0 4");
        CHECK(ids(r) == "SUP-2 SUP-5 SUP-4 SUP-1");
        CHECK(r.drawn.front().reason == "drawn at random from 4 eligible supervision records");
        CHECK(joined(r.notes) == "Only 4 supervision records are eligible; all are drawn.");
        for (const ca::audit::DrawnRecord& d : r.drawn) {
            REQUIRE(d.index < ex.supervisions.size());
            CHECK(ex.id_of(ex.supervisions[d.index].id) == d.id);
        }
    }
    SECTION("by team and by worker") {
        spec.teams = {"T-EAST"};
        CHECK(ids(draw(ex, spec)) == "SUP-2 SUP-1");
        spec.teams.clear();
        spec.workers = {"W-B1"};
        CHECK(ids(draw(ex, spec)) == "SUP-4");
        spec.workers = {"W-TM"}; // the supervisor, never supervised here
        CHECK(draw(ex, spec).in_scope == 0);
    }
    SECTION("the case exclusions do not apply; the activity period does") {
        spec.exclude_closed = spec.exclude_recently_audited = spec.exclude_inactive = false;
        CHECK(counts(draw(ex, spec)) == "4 0 0 0 4");
        spec.activity_months = 4; // after 2025-11-16: SUP-3 too, not SUP-6 (2025-11-10)
        CHECK(ids(draw(ex, spec)).find("SUP-3") != std::string::npos);
        CHECK(draw(ex, spec).in_scope == 5);
    }
    SECTION("strata: ASYE supervisee; the enquiry rule is for cases only") {
        spec.size = 2;
        spec.strata = {Stratum::OpenSafeguardingEnquiry, Stratum::AsyeWorker};
        const SampleResult r = draw(ex, spec);
        CHECK(ids(r) == "SUP-1 SUP-2");
        CHECK(r.drawn[0].reason == "drawn to include a supervision record of a worker in their "
                                   "ASYE");
        CHECK(r.drawn[1].reason == "drawn at random from 4 eligible supervision records");
        CHECK(joined(r.notes) == "The rule \"a case with an open safeguarding enquiry\" applies "
                                 "to samples of cases only; it was not used.");
    }
    SECTION("no ASYE supervisee in scope") {
        spec.teams = {"T-WEST"};
        spec.strata = {Stratum::AsyeWorker};
        const SampleResult r = draw(ex, spec);
        CHECK(ids(r) == "SUP-5 SUP-4");
        CHECK(joined(r.notes) == "Only 2 supervision records are eligible; all are drawn.\n"
                                 "No eligible supervision record is of a worker in their ASYE.");
    }
}
