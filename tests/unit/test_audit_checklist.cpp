// The audit checklists: result and grade keys, the 14 case file areas in the policy's words,
// and record labels.
#include "core/audit/checklist.h"
#include "test_extract_support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace ca;
using namespace ca::audit;

TEST_CASE("Audit results have workbook keys and labels, and keys read back") {
    CHECK(result_key(AreaResult::Unanswered) == "");
    CHECK(result_key(AreaResult::Met) == "met");
    CHECK(result_key(AreaResult::PartlyMet) == "partly-met");
    CHECK(result_key(AreaResult::NotMet) == "not-met");
    CHECK(result_key(AreaResult::NotApplicable) == "not-applicable");

    CHECK(result_label(AreaResult::Unanswered) == "Not answered");
    CHECK(result_label(AreaResult::Met) == "Met");
    CHECK(result_label(AreaResult::PartlyMet) == "Partly met");
    CHECK(result_label(AreaResult::NotMet) == "Not met");
    CHECK(result_label(AreaResult::NotApplicable) == "Not applicable");

    for (AreaResult r :
         {AreaResult::Met, AreaResult::PartlyMet, AreaResult::NotMet, AreaResult::NotApplicable}) {
        INFO(result_key(r));
        REQUIRE(parse_result_key(result_key(r)).has_value());
        CHECK(*parse_result_key(result_key(r)) == r);
    }
    // An empty key is not a result: a workbook leaves an unanswered area's result out.
    CHECK_FALSE(parse_result_key("").has_value());
    CHECK_FALSE(parse_result_key("Met").has_value()); // keys are case-sensitive
    CHECK_FALSE(parse_result_key("partly_met").has_value());
    CHECK_FALSE(parse_result_key("n/a").has_value());
}

TEST_CASE("Audit grades have workbook keys and labels, and keys read back") {
    CHECK(grade_key(Grade::None) == "");
    CHECK(grade_key(Grade::Outstanding) == "outstanding");
    CHECK(grade_key(Grade::Good) == "good");
    CHECK(grade_key(Grade::RequiresImprovement) == "requires-improvement");
    CHECK(grade_key(Grade::Inadequate) == "inadequate");

    CHECK(grade_label(Grade::None) == "No grade");
    CHECK(grade_label(Grade::Outstanding) == "Outstanding");
    CHECK(grade_label(Grade::Good) == "Good");
    CHECK(grade_label(Grade::RequiresImprovement) == "Requires improvement");
    CHECK(grade_label(Grade::Inadequate) == "Inadequate");

    for (Grade g :
         {Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Inadequate}) {
        INFO(grade_key(g));
        REQUIRE(parse_grade_key(grade_key(g)).has_value());
        CHECK(*parse_grade_key(grade_key(g)) == g);
    }
    CHECK_FALSE(parse_grade_key("").has_value());
    CHECK_FALSE(parse_grade_key("requires improvement").has_value());
    CHECK_FALSE(parse_grade_key("Good").has_value());
}

TEST_CASE("The case file areas are the policy's 14, in its order, with fixed keys") {
    const auto& areas = case_areas();
    REQUIRE(areas.size() == 14);
    const std::vector<std::string> keys = {
        "adequate",           "jargon",         "literacy",   "strengths",       "fact-opinion",
        "non-discriminatory", "training",       "up-to-date", "risk-assessment", "safeguarding",
        "mental-capacity",    "correspondence", "timescales", "given-to-person"};
    for (std::size_t i = 0; i < areas.size(); ++i) {
        INFO("area " << i);
        CHECK(areas[i].key == keys[i]);
        CHECK(static_cast<std::size_t>(areas[i].area) == i);
        CHECK(&case_area(areas[i].area) == &areas[i]);
        REQUIRE(parse_case_area_key(keys[i]).has_value());
        CHECK(*parse_case_area_key(keys[i]) == areas[i].area);
        // The first six are about the writing itself; the other eight about the file.
        CHECK(areas[i].about_writing == (i < 6));
    }
    CHECK_FALSE(parse_case_area_key("").has_value());
    CHECK_FALSE(parse_case_area_key("Jargon").has_value());
    CHECK_FALSE(parse_case_area_key("frequency").has_value()); // a supervision item

    CHECK(case_area(CaseArea::Adequate).title ==
          "Recording to be adequate, relevant and non excessive");
    CHECK(case_area(CaseArea::Strengths).title ==
          "Demonstration of the person's strengths and abilities");
    CHECK(case_area(CaseArea::Correspondence).title ==
          "Evidence that any relevant email or relevant correspondence is uploaded as a PDF "
          "file and indexed on LAS");
    CHECK(case_area(CaseArea::GivenToPerson).title ==
          "Evidence that the assessment/care and support plan/review has been given to the "
          "person");
}

TEST_CASE("Each case file area's title is a bullet of the policy's Quality Assurance Audits") {
    // Read from the policy text itself (/work/shared/policy is not in the repository, so the
    // 14 bullets are kept as a fixture copied from it, line for line).
    std::ifstream in(std::string(CASEAUDIT_TEST_DATA_DIR) + "/workbook/policy-audit-areas.txt");
    REQUIRE(in.good());
    std::vector<std::string> bullets;
    for (std::string line; std::getline(in, line);)
        if (line.size() > 2 && line.compare(0, 2, "- ") == 0)
            bullets.push_back(line.substr(2));
    REQUIRE(bullets.size() == 14);
    for (std::size_t i = 0; i < bullets.size(); ++i) {
        INFO("area " << i);
        CHECK(case_areas()[i].title == bullets[i]);
    }
}

TEST_CASE("Record kinds have kebab-case keys, each distinct") {
    CHECK(record_kind_key(RecordKind::Case) == "case");
    CHECK(record_kind_key(RecordKind::AssessmentSection) == "assessment-section");
    CHECK(record_kind_key(RecordKind::CapacityAssessment) == "capacity-assessment");
    CHECK(record_kind_key(RecordKind::Audit) == "audit");
    std::set<std::string_view> seen;
    for (int k = 0; k <= static_cast<int>(RecordKind::Audit); ++k)
        seen.insert(record_kind_key(static_cast<RecordKind>(k)));
    CHECK(seen.size() == 13);
    CHECK(seen.count("") == 0);
}

TEST_CASE("Record labels are the extract's ids, or the parent's id for records without one") {
    const ImportResult r = import_extract(ca_test::minimal());
    REQUIRE(r.ok());
    const Extract& ex = *r.extract;

    CHECK(record_label(ex, {RecordKind::Case, ex.find_case("C-5002")}) == "C-5002");
    CHECK(record_label(ex, {RecordKind::Worker, ex.find_worker("W-OT1")}) == "W-OT1");
    CHECK(record_label(ex, {RecordKind::Note, ex.find_note("N-4")}) == "N-4");
    CHECK(record_label(ex, {RecordKind::Assessment, 0}) == "A-1");
    CHECK(record_label(ex, {RecordKind::Plan, 0}) == "CSP-1");
    CHECK(record_label(ex, {RecordKind::Review, 0}) == "RV-1");
    CHECK(record_label(ex, {RecordKind::Safeguarding, 0}) == "SG-1");
    CHECK(record_label(ex, {RecordKind::CapacityAssessment, 0}) == "MCA-1");
    CHECK(record_label(ex, {RecordKind::Document, 1}) == "D-2");
    CHECK(record_label(ex, {RecordKind::Supervision, 0}) == "SUP-1");
    CHECK(record_label(ex, {RecordKind::Audit, 0}) == "AUD-1");

    // Training: W-TM's two courses come first in the flat list (0, 1), then W-SW1's (2, 3);
    // each is numbered within its worker's list, from 1.
    REQUIRE(ex.training.size() == 4);
    CHECK(record_label(ex, {RecordKind::Training, 0}) == "W-TM training 1");
    CHECK(record_label(ex, {RecordKind::Training, 3}) == "W-SW1 training 2");

    // Sections of A-1: risk, safeguarding, mental-capacity, strengths, outcomes.
    CHECK(record_label(ex, {RecordKind::AssessmentSection, 0}) == "A-1 section risk");
    CHECK(record_label(ex, {RecordKind::AssessmentSection, 2}) == "A-1 section mental-capacity");

    // An index out of range names nothing rather than reading past the vector.
    CHECK(record_label(ex, {RecordKind::Note, 6}) == "");
    CHECK(record_label(ex, {RecordKind::Training, k_no_index}) == "");
    CHECK(record_label(ex, {RecordKind::AssessmentSection, 5}) == "");
}

TEST_CASE("Two sections of one kind in an assessment are numbered in their labels") {
    const std::string text =
        ca_test::replace_once(ca_test::minimal(), R"({ "kind": "outcomes", "completed": false })",
                              R"({ "kind": "risk", "completed": false })");
    const ImportResult r = import_extract(text);
    REQUIRE(r.ok());
    const Extract& ex = *r.extract;
    // Sections 0 and 4 are both risk now: the first and the second risk section.
    CHECK(record_label(ex, {RecordKind::AssessmentSection, 0}) == "A-1 section risk 1");
    CHECK(record_label(ex, {RecordKind::AssessmentSection, 4}) == "A-1 section risk 2");
    CHECK(record_label(ex, {RecordKind::AssessmentSection, 1}) == "A-1 section safeguarding");
}
