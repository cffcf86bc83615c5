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
