// Revisions and BuiltFrom (core/revisions.h): derived data is built again exactly when an
// input it depends on has changed. Each piece of the app's derived data is checked with the
// dependencies it declares there (k_depends_*): a new extract refreshes everything, a policy
// change everything but the owner picker's workers, a word added to the dictionary the
// evidence and the analyser, and any workbook change only the audit case note and the report.
#include "core/revisions.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ca;

namespace {

// A piece of derived data: counts how often it was built.
struct Cache {
    std::string name;
    BuiltFrom from;
    int builds = 0;
    void refresh(const Revisions& now) {
        if (from.stale(now)) {
            from.built(now);
            ++builds;
        }
    }
};

std::vector<Cache> app_caches() {
    return {{"caseload index", BuiltFrom(k_depends_caseload_index)},
            {"caseloads", BuiltFrom(k_depends_caseloads)},
            {"policy fingerprint", BuiltFrom(k_depends_policy_fingerprint)},
            {"evidence", BuiltFrom(k_depends_evidence)},
            {"analyser", BuiltFrom(k_depends_analyser)},
            {"case note", BuiltFrom(k_depends_case_note)},
            {"action owners", BuiltFrom(k_depends_action_owners)},
            {"report", BuiltFrom(k_depends_report)},
            {"training feedback", BuiltFrom(k_depends_training_feedback)},
            {"calibration", BuiltFrom(k_depends_calibration)}};
}

// The names of the caches built again after `change`, with all of them built before it.
std::vector<std::string> refreshed_by(void (*change)(Revisions&)) {
    Revisions now;
    std::vector<Cache> caches = app_caches();
    for (Cache& c : caches)
        c.refresh(now);
    change(now);
    std::vector<std::string> out;
    for (Cache& c : caches) {
        const int before = c.builds;
        c.refresh(now);
        if (c.builds != before)
            out.push_back(c.name);
    }
    return out;
}

} // namespace

TEST_CASE("BuiltFrom: stale until built, and again when an input it depends on moves on",
          "[revisions]") {
    Revisions now;
    BuiltFrom b(k_input_policy | k_input_dictionary);
    CHECK(b.stale(now)); // never built
    b.built(now);
    CHECK_FALSE(b.stale(now));
    ++now.extract; // not an input of it
    ++now.workbook;
    CHECK_FALSE(b.stale(now));
    ++now.policy;
    CHECK(b.stale(now));
    b.built(now);
    CHECK_FALSE(b.stale(now));
    ++now.dictionary;
    CHECK(b.stale(now));
    b.built(now);
    b.forget(); // another key of its own changed (another audit opened)
    CHECK(b.stale(now));
    CHECK(b.depends_on() == (k_input_policy | k_input_dictionary));
}

TEST_CASE("A new extract refreshes everything built from it", "[revisions]") {
    CHECK(refreshed_by([](Revisions& r) { ++r.extract; }) ==
          std::vector<std::string>{"caseload index", "caseloads", "evidence", "analyser",
                                   "case note", "action owners", "report", "training feedback"});
}

TEST_CASE("A policy change refreshes the caseloads, the evidence and the case note, not the "
          "index",
          "[revisions]") {
    CHECK(refreshed_by([](Revisions& r) { ++r.policy; }) ==
          std::vector<std::string>{"caseloads", "policy fingerprint", "evidence", "analyser",
                                   "case note", "report", "training feedback", "calibration"});
}

TEST_CASE("A dictionary word refreshes the evidence and the analyser only", "[revisions]") {
    // The app moves the workbook's revision on too (the word is saved in it): the case note
    // then follows, as after any edit.
    CHECK(refreshed_by([](Revisions& r) { ++r.dictionary; }) ==
          std::vector<std::string>{"evidence", "analyser"});
    CHECK(refreshed_by([](Revisions& r) {
              ++r.dictionary;
              ++r.workbook;
          }) == std::vector<std::string>{"evidence", "analyser", "case note", "report",
                                         "training feedback"});
}

TEST_CASE("A comment typed (a workbook change) refreshes only the case note, the report and "
          "the trainee's feedback",
          "[revisions]") {
    // The report counts the auditor's own workbook (computed only while Reports is shown); a
    // practice audit's answer changes the feedback once it is submitted; the calibration's
    // workbooks are files, not this browser's workbook.
    CHECK(refreshed_by([](Revisions& r) { ++r.workbook; }) ==
          std::vector<std::string>{"case note", "report", "training feedback"});
}
