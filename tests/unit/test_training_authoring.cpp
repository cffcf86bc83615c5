// Trainer authoring (core/training/authoring.h): a completed audit as a reference audit, the
// pack's extract cut to its cases, and the pack built and checked by loading it back.
#include "core/audit/workbook_edit.h"
#include "core/extract/import.h"
#include "core/training/authoring.h"
#include "core/training/feedback.h"

#include "test_training_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ca;
using namespace ca::training;
using audit::AreaResult;
using audit::CaseArea;

namespace {

// A completed audit of C-5001 by a trainer: every area Met with a rationale citing N-1,
// correspondence Not met citing D-1 and a word that is no record id.
audit::Audit trainer_audit() {
    audit::Audit a;
    a.id = "A-7";
    a.record_id = "C-5001";
    a.status = audit::AuditStatus::Completed;
    a.audit_date = make_date(2026, 10, 30);
    a.completed = make_date(2026, 11, 2);
    a.summary = "  A well kept file apart from the letters.  ";
    for (const audit::CaseAreaInfo& info : audit::case_areas()) {
        const bool corr = info.area == CaseArea::Correspondence;
        a.answers.push_back({std::string(info.key), corr ? AreaResult::NotMet : AreaResult::Met,
                             corr ? "The letter D-1 is not indexed (see X-99)." : " See N-1. "});
    }
    return a;
}

} // namespace

TEST_CASE("Authoring: a completed audit becomes a reference audit", "[training]") {
    const ImportResult x = import_extract(ca::test::minimal_extract());
    REQUIRE(x.ok());
    const AuthoredCase r = reference_from_audit(trainer_audit(), *x.extract, GradeBands{}, "");
    INFO(r.error);
    REQUIRE(r.practice);
    const PracticeCase& c = *r.practice;
    CHECK(c.case_id == "C-5001");
    CHECK(c.title == "Case C-5001");
    CHECK(c.audit_date == make_date(2026, 10, 30));
    CHECK(c.summary == "A well kept file apart from the letters."); // trimmed
    REQUIRE(c.areas.size() == 14);
    const ReferenceArea& adequate = *c.find(CaseArea::Adequate);
    CHECK(adequate.result == AreaResult::Met);
    CHECK(adequate.rationale == "See N-1."); // trimmed
    CHECK(adequate.evidence == std::vector<std::string>{"N-1"});
    CHECK_FALSE(adequate.guidance.empty());
    const ReferenceArea& corr = *c.find(CaseArea::Correspondence);
    CHECK(corr.result == AreaResult::NotMet);
    CHECK(corr.evidence == std::vector<std::string>{"D-1"}); // X-99 is no record of the case
    // Score: 13 met of 14 applicable = 92.9%, Outstanding (default bands: 90% and above).
    CHECK(c.grade == audit::Grade::Outstanding);
    // An override is the grade in force.
    audit::Audit overridden = trainer_audit();
    overridden.grade_override = audit::Grade::Good;
    overridden.override_reason = "Letters matter here.";
    CHECK(reference_from_audit(overridden, *x.extract, GradeBands{}, "T").practice->grade ==
          audit::Grade::Good);
    CHECK(reference_from_audit(overridden, *x.extract, GradeBands{}, "T").practice->title == "T");
    // A trainee's audit of it, compared with it, agrees on all 14.
    const CaseFeedback f = compare_with_reference(c, trainer_audit(), *x.extract, GradeBands{});
    CHECK(f.agreed == 14);
}

TEST_CASE("Authoring: audits that cannot be training cases are refused with the reason",
          "[training]") {
    const ImportResult x = import_extract(ca::test::minimal_extract());
    REQUIRE(x.ok());
    audit::Audit a = trainer_audit();
    a.status = audit::AuditStatus::InProgress;
    AuthoredCase r = reference_from_audit(a, *x.extract, GradeBands{}, "");
    CHECK_FALSE(r.practice);
    CHECK(r.error == "A-7 is not completed: complete the audit first, so that its results are "
                     "final.");

    a = trainer_audit();
    a.answers[1].comment = "   "; // jargon: blank
    a.answers[2].comment.clear(); // literacy: none
    r = reference_from_audit(a, *x.extract, GradeBands{}, "");
    CHECK_FALSE(r.practice);
    CHECK(r.error.find("2 areas have none (") != std::string::npos);

    a = trainer_audit();
    a.records = audit::RecordSet::Supervisions;
    CHECK(reference_from_audit(a, *x.extract, GradeBands{}, "").error.find("supervision") !=
          std::string::npos);

    a = trainer_audit();
    a.record_id = "C-9999";
    CHECK(reference_from_audit(a, *x.extract, GradeBands{}, "").error ==
          "Case C-9999 is not in the open extract.");
}

TEST_CASE("Authoring: the pack's extract keeps the chosen cases and what they need", "[training]") {
    const std::string cut = cut_extract_to_cases(ca::test::minimal_extract(), {"C-5001"});
    const nlohmann::json j = nlohmann::json::parse(cut);
    REQUIRE(j["cases"].size() == 1);
    CHECK(j["cases"][0]["id"] == "C-5001");
    REQUIRE(j["people"].size() == 1);
    CHECK(j["people"][0]["id"] == "P-1001"); // C-5001's person; P-1002 is C-5002's
    CHECK(j["workers"].size() ==
          nlohmann::json::parse(ca::test::minimal_extract())["workers"].size());
    CHECK_FALSE(j.contains("supervisions"));
    CHECK_FALSE(j.contains("directorDiscussions"));
    CHECK_FALSE(j.contains("audits"));
    CHECK_THROWS_AS(cut_extract_to_cases("[1, 2]", {"C-5001"}), std::invalid_argument);
    CHECK_THROWS_AS(cut_extract_to_cases("not json", {"C-5001"}), std::invalid_argument);
}

TEST_CASE("Authoring: a pack built from a reference audit loads back, and bad packs are refused",
          "[training]") {
    const ImportResult x = import_extract(ca::test::minimal_extract());
    REQUIRE(x.ok());
    TrainingPack pack;
    pack.title = "North team's pack";
    pack.author = "Pat Principal";
    pack.cases.push_back(
        *reference_from_audit(trainer_audit(), *x.extract, GradeBands{}, "").practice);
    const AuthoredPack built = build_pack(ca::test::minimal_extract(), pack);
    INFO(built.error);
    REQUIRE(built.error.empty());
    const PackLoadResult back = load_pack_json(built.json);
    REQUIRE(back.ok());
    CHECK(back.pack->title == "North team's pack");
    CHECK(back.pack->cases.size() == 1);
    CHECK(back.extract->cases.size() == 1);
    // A pack file used as the extract of a new pack: its old answers are not carried over.
    const AuthoredPack again = build_pack(built.json, pack);
    REQUIRE(again.error.empty());
    CHECK(again.json == built.json);

    TrainingPack untitled = pack;
    untitled.title = " ";
    CHECK(build_pack(ca::test::minimal_extract(), untitled).error == "Give the pack a title.");
    TrainingPack empty = pack;
    empty.cases.clear();
    CHECK(build_pack(ca::test::minimal_extract(), empty).error ==
          "Add at least one training case.");
    CHECK(build_pack("", pack).error.find("not available") != std::string::npos);
    // A case the extract does not hold: the loader's own error is given.
    TrainingPack stray = pack;
    stray.cases[0].case_id = "C-9999";
    CHECK(build_pack(ca::test::minimal_extract(), stray).error.find("The pack would not load: ") ==
          0);
}
