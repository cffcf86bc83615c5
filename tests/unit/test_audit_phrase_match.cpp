// Whole-word phrase matching for the mental capacity and safeguarding areas
// (core/audit/phrase_match.h), with the false positives a substring test gave.
#include "core/audit/phrase_match.h"
#include "core/policy/policy.h"

#include <catch2/catch.hpp>

using ca::audit::PhraseMatcher;

TEST_CASE("phrases match as whole words, in any letter case", "[audit][phrases]") {
    const PhraseMatcher m({"mental capacity", "MCA", "best interests", "section 42", "s42"});
    CHECK(m.find_in("Assessed her Mental Capacity today.") == 0);
    CHECK(m.find_in("An mca was completed.") == 1);
    CHECK(m.find_in("A BEST INTERESTS decision") == 2);
    // Separators between words do not matter; a line break or a comma still counts.
    CHECK(m.find_in("mental,\ncapacity") == 0);
    CHECK(m.find_in("a Section-42 enquiry") == 3);
    CHECK(m.find_in("s42 opened") == 4);
    // Parts of words are not words.
    CHECK_FALSE(m.found_in("MCAs")); // plurals are listed as phrases of their own
    CHECK_FALSE(m.found_in("mental capacityx"));
    CHECK_FALSE(m.found_in("fundamental capacity"));
    CHECK_FALSE(m.found_in("section 421"));
    CHECK_FALSE(m.found_in("best"));            // a phrase's first word alone
    CHECK_FALSE(m.found_in("capacity mental")); // the words in the wrong order
    CHECK_FALSE(m.found_in(""));
    // The first phrase in the list's order, wherever it is in the note.
    CHECK(m.find_in("s42 and MCA") == 1);
    CHECK(m.find_in("s42 and a section 42") == 3);
    CHECK(m.phrase(4) == "s42");
}

TEST_CASE("the default lists: the false positives of a substring test", "[audit][phrases]") {
    const ca::Policy p = ca::default_policy();
    const PhraseMatcher capacity(p.audit.capacity_phrases);
    const PhraseMatcher safeguarding(p.audit.safeguarding_phrases);
    // Not about mental capacity or safeguarding.
    CHECK_FALSE(capacity.found_in("I called in my capacity as duty worker."));
    CHECK_FALSE(capacity.found_in("The day centre is at full capacity."));
    CHECK_FALSE(safeguarding.found_in("We agreed how to safeguard her savings."));
    CHECK_FALSE(safeguarding.found_in("Safeguards are in place; she was safeguarded."));
    // About them.
    CHECK(capacity.found_in("He lacks capacity to decide where to live."));
    CHECK(capacity.found_in("Best interests meeting booked."));
    CHECK(capacity.found_in("DoLS authorisation renewed."));
    CHECK(safeguarding.found_in("Raised a safeguarding concern with the team."));
    CHECK(safeguarding.found_in("S42 enquiry started."));
    CHECK(safeguarding.found_in("Signs of self-neglect at the visit."));
    CHECK(safeguarding.found_in("Discussed SAFEGUARDING with the GP."));
    // The more telling phrase is named when a note has both.
    CHECK(safeguarding.phrase(safeguarding.find_in("Safeguarding: a section 42 enquiry.")) ==
          "section 42");
    CHECK(capacity.found_in("Her capacity to manage money was discussed."));
}

TEST_CASE("policy: the phrase lists are read, replaced and checked", "[policy][phrases]") {
    ca::PolicyLoadResult r = ca::load_policy_json(
        R"({"name": "Test", "version": "1", "audit": {"capacityPhrases": ["MCA", "best interests"]}})");
    REQUIRE(r.ok());
    CHECK(r.policy->audit.capacity_phrases == std::vector<std::string>{"MCA", "best interests"});
    CHECK(r.policy->audit.safeguarding_phrases == ca::default_policy().audit.safeguarding_phrases);
    r = ca::load_policy_json(
        R"({"name": "Test", "version": "1", "audit": {"safeguardingPhrases": ["s42", 42]}})");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "audit.safeguardingPhrases[1]");
    // A phrase with no word in it could never match: refused.
    r = ca::load_policy_json(
        R"({"name": "Test", "version": "1", "audit": {"safeguardingPhrases": ["s42", " - "]}})");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "audit.safeguardingPhrases[1]");
    r = ca::load_policy_json(
        R"({"name": "Test", "version": "1", "audit": {"capacityPhrases": "MCA"}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].path == "audit.capacityPhrases");
}
