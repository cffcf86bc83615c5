// Policy file: defaults, JSON round trip, strict validation with paths, fingerprint.
#include "core/policy/policy.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace ca;

namespace {

std::string read_policy_fixture(const std::string& name) {
    std::ifstream in(std::string(CASEAUDIT_TEST_DATA_DIR) + "/policy/" + name, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Loads `text` expecting failure; returns "path: message" lines.
std::string errors_of(const std::string& text) {
    const PolicyLoadResult r = load_policy_json(text);
    CHECK_FALSE(r.ok());
    return format_policy_errors(r.errors);
}

bool has_error_at(const std::string& text, const std::string& path) {
    const PolicyLoadResult r = load_policy_json(text);
    for (const PolicyError& e : r.errors)
        if (e.path == path)
            return true;
    return false;
}

const char* k_head = R"({"name": "Test", "version": "1", )";

} // namespace

TEST_CASE("default policy holds the numbers of the policy text", "[policy]") {
    const Policy p = default_policy();
    CHECK(p.caseload.upper == 25);    // "The upper caseload ... is set at 25"
    CHECK(p.caseload.absolute == 28); // "with an absolute limit of 28"
    // "qualified social workers": the qualified-social-worker role and senior practitioners,
    // who are qualified social workers holding a caseload.
    CHECK(p.caseload.roles == std::vector<WorkerRole>{WorkerRole::QualifiedSocialWorker,
                                                      WorkerRole::SeniorPractitioner});
    CHECK(p.caseload.team_kinds == std::vector<TeamKind>{TeamKind::Community});
    REQUIRE(p.caseload.asye.milestones.size() == 4);
    CHECK(p.caseload.asye.milestones[2].months == 6.0);
    CHECK(p.caseload.asye.milestones[2].fraction == 2.0 / 3.0);
    CHECK(p.caseload.asye.milestones[3].fraction == 0.9);
    CHECK(p.caseload.director_validity_days == 92);
    CHECK_FALSE(p.caseload.count_secondary);
    CHECK(validate_policy(p).empty());
}

TEST_CASE("save and load round-trip, and the shipped example is the default", "[policy]") {
    const std::string saved = save_policy_json(default_policy());
    // The fixture is the file docs/policy-file.md shows: if a default changes, this fails
    // until the fixture (and the documentation) are updated with it.
    CHECK(saved == read_policy_fixture("default.json"));
    const PolicyLoadResult r = load_policy_json(saved);
    INFO(format_policy_errors(r.errors));
    REQUIRE(r.ok());
    CHECK(save_policy_json(*r.policy) == saved);
    CHECK(policy_fingerprint(*r.policy) == policy_fingerprint(default_policy()));
    // Fractions are written as the policy words them.
    CHECK(saved.find("\"fraction\": \"1/3\"") != std::string::npos);
    CHECK(saved.find("\"fraction\": \"9/10\"") != std::string::npos);
}

TEST_CASE("a partial file changes only what it gives", "[policy]") {
    const PolicyLoadResult r = load_policy_json(
        std::string(k_head) + R"("caseload": {"upper": 20, "asye": {"interpolation": "step"}}})");
    INFO(format_policy_errors(r.errors));
    REQUIRE(r.ok());
    CHECK(r.policy->name == "Test");
    CHECK(r.policy->caseload.upper == 20);
    CHECK(r.policy->caseload.absolute == 28); // default kept
    CHECK(r.policy->caseload.asye.interpolation == AsyeInterpolation::Step);
    CHECK(r.policy->caseload.asye.milestones.size() == 4);
}

TEST_CASE("fractions as numbers or as n/d strings", "[policy]") {
    const PolicyLoadResult r = load_policy_json(std::string(k_head) + R"("caseload": {"asye": {
        "milestones": [{"months": 0, "fraction": "1/4"}, {"months": 6, "fraction": 0.5},
                       {"months": 10, "fraction": "1"}]}}})");
    INFO(format_policy_errors(r.errors));
    REQUIRE(r.ok());
    CHECK(r.policy->caseload.asye.milestones[0].fraction == 0.25);
    CHECK(r.policy->caseload.asye.milestones[1].fraction == 0.5);
    CHECK(r.policy->caseload.asye.milestones[2].fraction == 1.0);
    CHECK(format_fraction(0.25) == "1/4");
    CHECK(format_fraction(1.0 / 3.0 + 1.0 / 6.0) == "1/2"); // display tolerates binary error
    CHECK(format_fraction(0.12345) == "0.1235");
}

TEST_CASE("policy validation reports every problem with its JSON path", "[policy]") {
    SECTION("unknown keys at each level") {
        const std::string text =
            std::string(k_head) + R"("colour": 1, "caseload": {"uper": 20, "asye": {"x": 1}}})";
        CHECK(has_error_at(text, "colour"));
        CHECK(has_error_at(text, "caseload.uper"));
        CHECK(has_error_at(text, "caseload.asye.x"));
        CHECK(errors_of(text).find("Unknown key \"uper\"") != std::string::npos);
    }
    SECTION("upper above absolute") {
        CHECK(errors_of(std::string(k_head) + R"("caseload": {"upper": 30}})") ==
              "caseload.upper: The upper caseload (30) must not be above the absolute limit "
              "(28).\n");
    }
    SECTION("fraction outside 0..1") {
        CHECK(has_error_at(std::string(k_head) + R"("caseload": {"asye": {"milestones": [
            {"months": 0, "fraction": 1.5}]}}})",
                           "caseload.asye.milestones[0].fraction"));
        CHECK(has_error_at(std::string(k_head) + R"("caseload": {"asye": {"milestones": [
            {"months": 0, "fraction": "3/2"}]}}})",
                           "caseload.asye.milestones[0].fraction"));
    }
    SECTION("milestones not sorted, repeated, or not starting at 0") {
        CHECK(has_error_at(std::string(k_head) + R"("caseload": {"asye": {"milestones": [
            {"months": 0, "fraction": 0.3}, {"months": 6, "fraction": 0.6},
            {"months": 3, "fraction": 0.4}]}}})",
                           "caseload.asye.milestones[2].months"));
        CHECK(has_error_at(std::string(k_head) + R"("caseload": {"asye": {"milestones": [
            {"months": 0, "fraction": 0.3}, {"months": 0, "fraction": 0.6}]}}})",
                           "caseload.asye.milestones[1].months"));
        CHECK(has_error_at(std::string(k_head) + R"("caseload": {"asye": {"milestones": [
            {"months": 1, "fraction": 0.3}]}}})",
                           "caseload.asye.milestones[0].months"));
    }
    SECTION("a milestone missing a key") {
        CHECK(has_error_at(std::string(k_head) + R"("caseload": {"asye": {"milestones": [
            {"months": 0}]}}})",
                           "caseload.asye.milestones[0].fraction"));
    }
    SECTION("wrong types and unknown enum values") {
        const std::string text = std::string(k_head) + R"("caseload": {"upper": "25",
            "countSecondary": 1, "roles": ["social-worker"], "teamKinds": "community",
            "asye": {"interpolation": "cubic", "basis": "average"}}})";
        CHECK(has_error_at(text, "caseload.upper"));
        CHECK(has_error_at(text, "caseload.countSecondary"));
        CHECK(has_error_at(text, "caseload.roles[0]"));
        CHECK(has_error_at(text, "caseload.teamKinds"));
        CHECK(has_error_at(text, "caseload.asye.interpolation"));
        CHECK(has_error_at(text, "caseload.asye.basis"));
        CHECK(load_policy_json(text).errors.size() == 6);
    }
    SECTION("name and version are required; the format must be 1") {
        CHECK(has_error_at(R"({"version": "1"})", "name"));
        CHECK(has_error_at(R"({"name": "x"})", "version"));
        CHECK(has_error_at(std::string(k_head) + R"("policyFormat": 2})", "policyFormat"));
    }
    SECTION("ranges of the other numbers") {
        CHECK(has_error_at(std::string(k_head) + R"("caseload": {"directorValidityDays": 0}})",
                           "caseload.directorValidityDays"));
        CHECK(has_error_at(std::string(k_head) + R"("caseload": {"historyMonths": 0}})",
                           "caseload.historyMonths"));
        CHECK(has_error_at(std::string(k_head) + R"("caseload": {"absolute": -1}})",
                           "caseload.absolute"));
        CHECK(has_error_at(std::string(k_head) + R"("caseload": {"otherLimits": [
            {"roles": ["occupational-therapist"], "upper": 30, "absolute": 20}]}})",
                           "caseload.otherLimits[0].upper"));
    }
    SECTION("not JSON, not an object") {
        CHECK(errors_of("{\"name\": ").find("Not valid JSON") != std::string::npos);
        CHECK(errors_of("[]") == "(file): A policy file is a JSON object ({...}).\n");
    }
    SECTION("a missing file") {
        const PolicyLoadResult r = load_policy_file("/nonexistent/policy.json");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message == "Cannot read the policy file /nonexistent/policy.json.");
    }
}

TEST_CASE("policy fingerprint", "[policy]") {
    const std::string fp = policy_fingerprint(default_policy());
    CHECK(fp.size() == 16);
    CHECK(fp.find_first_not_of("0123456789abcdef") == std::string::npos);
    SECTION("the same numbers written differently: same fingerprint") {
        // Key order, spacing and "9/10" vs 0.9 do not change the policy.
        const PolicyLoadResult r = load_policy_json(R"({"version": "default",
            "name": "Supervision and Quality Assurance Policy",
            "caseload": {"absolute": 28, "upper": 25,
                         "asye": {"milestones": [{"fraction": "1/3", "months": 0},
                                                 {"months": 3, "fraction": "1/3"},
                                                 {"months": 6, "fraction": "2/3"},
                                                 {"months": 9, "fraction": 0.9}]}}})");
        REQUIRE(r.ok());
        CHECK(policy_fingerprint(*r.policy) == fp);
    }
    SECTION("any change of a number changes it") {
        Policy p = default_policy();
        p.caseload.director_validity_days = 91;
        CHECK(policy_fingerprint(p) != fp);
        p = default_policy();
        p.caseload.asye.milestones[3].fraction = 0.8;
        CHECK(policy_fingerprint(p) != fp);
        p = default_policy();
        p.version = "2";
        CHECK(policy_identity(p).fingerprint != fp);
        CHECK(policy_identity(p).version == "2");
    }
}

TEST_CASE("the council example of docs/policy-file.md loads", "[policy]") {
    // tests/data/policy/example-council.json is the example printed in the documentation.
    const PolicyLoadResult r = load_policy_json(read_policy_fixture("example-council.json"));
    INFO(format_policy_errors(r.errors));
    REQUIRE(r.ok());
    CHECK(r.policy->version == "2026-04");
    CHECK(r.policy->caseload.team_kinds ==
          std::vector<TeamKind>{TeamKind::Community, TeamKind::Hospital});
    REQUIRE(r.policy->caseload.other_limits.size() == 1);
    CHECK(r.policy->caseload.other_limits[0].upper == 30);
    CHECK(r.policy->caseload.other_limits[0].team_kinds.empty());
    CHECK(r.policy->caseload.asye.interpolation == AsyeInterpolation::Step);
    CHECK(r.policy->caseload.director_validity_days == 56);
    CHECK(r.policy->caseload.upper == 25); // not given: default
}

TEST_CASE("timescales and audit: the defaults of the issue and the policy text", "[policy]") {
    const Policy p = default_policy();
    CHECK(p.timescales.note_working_days == 2); // case notes within 2 working days
    CHECK(p.timescales.assessment_days == 28);  // assessments completed within 28 days
    CHECK(p.timescales.review_after_plan_min_weeks == 6);
    CHECK(p.timescales.review_after_plan_max_weeks == 8);
    CHECK(p.timescales.review_interval_months == 12);
    CHECK(p.timescales.training_months == 1);
    // The built-in England and Wales list, 2020 to 2030: 8 a year (2020 and 2022 had a
    // moved or extra day; the list has what GOV.UK published).
    REQUIRE_FALSE(p.timescales.bank_holidays.empty());
    CHECK(format_date(p.timescales.bank_holidays.front()) == "2020-01-01");
    CHECK(to_ymd(p.timescales.bank_holidays.back()).year == 2030);
    // Spring bank holiday 2026: Monday 25 May is not a working day in the policy calendar.
    const WorkingCalendar cal = policy_calendar(p);
    CHECK_FALSE(cal.is_working_day(make_date(2026, 5, 25)));
    CHECK(cal.is_working_day(make_date(2026, 5, 26)));
    // CQC bands: below 39 Inadequate, 39-62 RI, 63-87 Good, 88 and over Outstanding.
    CHECK(p.audit.bands.requires_improvement == 39.0);
    CHECK(p.audit.bands.good == 63.0);
    CHECK(p.audit.bands.outstanding == 88.0);
    // "maybe six or eight such records"; audited in the last 12 months left out.
    CHECK(p.audit.sampling.size == 6);
    CHECK(p.audit.sampling.recently_audited_months == 12);
    REQUIRE(p.audit.supervision_checklist.size() == 6);
    CHECK(p.audit.supervision_checklist[0].rule == "frequency");
    CHECK(p.audit.supervision_checklist[5].rule.empty()); // judgement only
}

TEST_CASE("timescales and audit: a partial file and every error with its path", "[policy]") {
    SECTION("a council's own numbers and its own bank holidays") {
        const PolicyLoadResult r = load_policy_json(std::string(k_head) + R"(
            "timescales": {"noteWorkingDays": 3, "bankHolidays": ["2026-12-25", "2026-12-28"]},
            "audit": {"bands": {"good": 65}, "sampling": {"size": 8},
                      "supervisionChecklist": [{"key": "held", "title": "Held", "rule": "frequency"},
                                               {"key": "wellbeing", "title": "Wellbeing"}]}})");
        INFO(format_policy_errors(r.errors));
        REQUIRE(r.ok());
        CHECK(r.policy->timescales.note_working_days == 3);
        CHECK(r.policy->timescales.assessment_days == 28); // default kept
        REQUIRE(r.policy->timescales.bank_holidays.size() == 2);
        // Monday 28 December 2026 (Boxing Day substitute) is off in this calendar only.
        CHECK_FALSE(policy_calendar(*r.policy).is_working_day(make_date(2026, 12, 28)));
        CHECK(r.policy->audit.bands.good == 65.0);
        CHECK(r.policy->audit.bands.outstanding == 88.0);
        CHECK(r.policy->audit.sampling.size == 8);
        REQUIRE(r.policy->audit.supervision_checklist.size() == 2);
        CHECK(r.policy->audit.supervision_checklist[1].rule.empty());
    }
    SECTION("errors") {
        const std::string bad = std::string(k_head) + R"(
            "timescales": {"noteWorkingDays": -1, "bankHolidays": ["2026-02-30", "2026-12-28",
                                                                   "2026-12-25"],
                           "reviewAfterPlanMinWeeks": 9},
            "audit": {"bands": {"good": 30}, "sampling": {"size": 0, "sise": 6},
                      "supervisionChecklist": [{"key": "Held", "title": "", "rule": "weekly"},
                                               {"key": "x", "title": "X"},
                                               {"key": "x", "title": "Y"}]}})";
        CHECK(has_error_at(bad, "timescales.bankHolidays[0]")); // 30 February
        CHECK(has_error_at(bad, "audit.sampling.sise"));        // unknown key
        const std::string numbers = std::string(k_head) + R"(
            "timescales": {"noteWorkingDays": -1, "bankHolidays": ["2026-12-28", "2026-12-25"],
                           "reviewAfterPlanMinWeeks": 9},
            "audit": {"bands": {"good": 30}, "sampling": {"size": 0},
                      "supervisionChecklist": [{"key": "Held", "title": "", "rule": "weekly"},
                                               {"key": "x", "title": "X"},
                                               {"key": "x", "title": "Y"}]}})";
        const std::string e = errors_of(numbers);
        CHECK(has_error_at(numbers, "timescales.noteWorkingDays"));
        CHECK(has_error_at(numbers, "timescales.bankHolidays[1]"));         // out of order
        CHECK(has_error_at(numbers, "timescales.reviewAfterPlanMinWeeks")); // 9 > 8 weeks
        CHECK(has_error_at(numbers, "audit.bands")); // good 30 below requires improvement 39
        CHECK(has_error_at(numbers, "audit.sampling.size"));
        CHECK(has_error_at(numbers, "audit.supervisionChecklist[0].key"));   // capital letter
        CHECK(has_error_at(numbers, "audit.supervisionChecklist[0].title")); // empty
        CHECK(has_error_at(numbers, "audit.supervisionChecklist[0].rule"));  // unknown rule
        CHECK(has_error_at(numbers, "audit.supervisionChecklist[2].key"));   // "x" twice
        CHECK(e.find("Unknown rule \"weekly\"") != std::string::npos);
    }
    SECTION("the fingerprint covers the new areas") {
        Policy p = default_policy();
        const std::string fp = policy_fingerprint(p);
        p.timescales.note_working_days = 3;
        CHECK(policy_fingerprint(p) != fp);
        p = default_policy();
        p.audit.bands.good = 64.0;
        CHECK(policy_fingerprint(p) != fp);
        p = default_policy();
        p.timescales.bank_holidays.pop_back();
        CHECK(policy_fingerprint(p) != fp);
    }
}

TEST_CASE("a council's own recording-quality terms in the policy file", "[policy]") {
    SECTION("kept as written, saved back, part of the fingerprint") {
        const PolicyLoadResult r = load_policy_json(std::string(k_head) + R"(
            "text": {"socialCareWords": ["Brightwater"],
                     "jargon": [{"term": "CAT", "suggestion": "crisis assessment team"}]}})");
        INFO(format_policy_errors(r.errors));
        REQUIRE(r.ok());
        CHECK(r.policy->text.council_terms_json ==
              R"({"jargon":[{"suggestion":"crisis assessment team","term":"CAT"}],)"
              R"("socialCareWords":["Brightwater"]})");
        const PolicyLoadResult again = load_policy_json(save_policy_json(*r.policy));
        REQUIRE(again.ok());
        CHECK(again.policy->text.council_terms_json == r.policy->text.council_terms_json);
        CHECK(policy_fingerprint(*r.policy) != policy_fingerprint(default_policy()));
    }
    SECTION("checked when the policy loads, not later") {
        // A misspelt key, and "dementia" (a legitimate clinical word) as discriminatory.
        CHECK(has_error_at(std::string(k_head) + R"("text": {"jargn": ["x"]}})", "text"));
        CHECK(has_error_at(std::string(k_head) + R"("text": {"discriminatory": ["Dementia"]}})",
                           "text"));
        CHECK(has_error_at(std::string(k_head) + R"("text": ["CAT"]})", "text"));
    }
}

TEST_CASE("the reports' numbers in the policy file", "[policy][report]") {
    SECTION("defaults: 2 audits per manager a month, workers shown from 3 audits") {
        const Policy p = default_policy();
        CHECK(p.reports.audits_per_manager_per_month == 2);
        CHECK(p.reports.min_audits_per_worker == 3);
    }
    SECTION("read, saved back and part of the fingerprint") {
        const PolicyLoadResult r = load_policy_json(std::string(k_head) + R"(
            "reports": {"auditsPerManagerPerMonth": 4, "minAuditsPerWorker": 5}})");
        INFO(format_policy_errors(r.errors));
        REQUIRE(r.ok());
        CHECK(r.policy->reports.audits_per_manager_per_month == 4);
        CHECK(r.policy->reports.min_audits_per_worker == 5);
        const PolicyLoadResult again = load_policy_json(save_policy_json(*r.policy));
        REQUIRE(again.ok());
        CHECK(again.policy->reports.min_audits_per_worker == 5);
        CHECK(policy_fingerprint(*r.policy) != policy_fingerprint(default_policy()));
    }
    SECTION("out of range, wrong type and unknown keys are errors with their paths") {
        // 0 audits a month is allowed (expects none); a minimum of 0 would show single
        // audits, which the minimum exists to prevent.
        CHECK(
            load_policy_json(std::string(k_head) + R"("reports": {"auditsPerManagerPerMonth": 0}})")
                .ok());
        const std::string bad = std::string(k_head) + R"(
            "reports": {"auditsPerManagerPerMonth": 101, "minAuditsPerWorker": 0}})";
        CHECK(has_error_at(bad, "reports.auditsPerManagerPerMonth"));
        CHECK(has_error_at(bad, "reports.minAuditsPerWorker"));
        CHECK(has_error_at(std::string(k_head) + R"("reports": {"minAuditsPerWorker": "3"}})",
                           "reports.minAuditsPerWorker"));
        CHECK(has_error_at(std::string(k_head) + R"("reports": {"auditsPerManager": 2}})",
                           "reports.auditsPerManager"));
        CHECK(has_error_at(std::string(k_head) + R"("reports": []})", "reports"));
    }
}
