// Moderation records (core/audit/moderation.h, workbook format version 2): blind grading,
// the side-by-side comparison, resolution with reasons, saving and loading them, and a
// version 1 workbook loading unchanged.
#include "core/audit/moderation.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace ca;
using namespace ca::audit;

namespace {

std::string fixture(const char* name) {
    std::ifstream in(std::string(CASEAUDIT_TEST_DATA_DIR) + "/workbook/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A completed audit A-1 of C-1: every area Met except correspondence (Not met).
Workbook one_audit() {
    Workbook wb;
    wb.extract.fingerprint = "0123456789abcdef";
    Audit a;
    a.id = "A-1";
    a.record_id = "C-1";
    a.status = AuditStatus::Completed;
    a.completed = make_date(2026, 10, 1);
    for (const CaseAreaInfo& info : case_areas()) {
        a.answers.push_back(
            {std::string(info.key),
             info.area == CaseArea::Correspondence ? AreaResult::NotMet : AreaResult::Met, ""});
    }
    wb.audits.push_back(a);
    return wb;
}

} // namespace

TEST_CASE("Moderation: blind grading, side by side, resolved with reasons", "[moderation]") {
    Workbook wb = one_audit();
    const Audit& first = wb.audits[0];
    Moderation m = start_moderation(wb, first, "Pat Moderator", make_date(2026, 11, 2));
    CHECK(m.id == "M-1");
    CHECK(m.audit_id == "A-1");
    REQUIRE(m.areas.size() == 14);
    CHECK(m.areas[0].blind == AreaResult::Unanswered);

    // Nothing can be resolved before the blind grading is submitted, nor submitted unfinished.
    CHECK(resolve_area(m, first, "jargon", ModerationOutcome::Stands, AreaResult::Unanswered, "")
              .find("Submit your own grading first") == 0);
    CHECK(submit_blind(m) == "14 areas have no result yet.");
    // The moderator: all Met but jargon Partly met (the first auditor said Met) and
    // correspondence Not met (agrees).
    for (ModerationArea& a : m.areas) {
        a.blind = a.key == "jargon"           ? AreaResult::PartlyMet
                  : a.key == "correspondence" ? AreaResult::NotMet
                                              : AreaResult::Met;
    }
    CHECK(submit_blind(m).empty());
    CHECK(m.blind_submitted);

    const std::vector<ModerationRow> rows = compare_moderation(m, first);
    int disagreements = 0;
    for (const ModerationRow& r : rows) {
        disagreements += r.disagree ? 1 : 0;
    }
    CHECK(disagreements == 1);
    CHECK(rows[1].key == "jargon");
    CHECK(rows[1].first == AreaResult::Met);
    CHECK(rows[1].moderator == AreaResult::PartlyMet);
    CHECK(rows[1].disagree);

    // An adjustment needs a result that differs from the first one, and a reason.
    CHECK(resolve_area(m, first, "jargon", ModerationOutcome::Adjusted, AreaResult::Met, "x")
              .find("choose \"first result stands\"") != std::string::npos);
    CHECK(resolve_area(m, first, "jargon", ModerationOutcome::Adjusted, AreaResult::PartlyMet, "")
              .find("Give the reason") == 0);
    CHECK(resolve_area(m, first, "jargon", ModerationOutcome::Adjusted, AreaResult::PartlyMet,
                       "Three acronyms unexplained in the assessment.")
              .empty());
    CHECK(resolve_area(m, first, "tidiness", ModerationOutcome::Stands, AreaResult::Met, "")
              .find("no area \"tidiness\"") != std::string::npos);
    CHECK(finish_moderation(m, make_date(2026, 11, 3)) == "13 areas are not decided yet.");
    for (const ModerationArea& a : std::vector<ModerationArea>(m.areas)) {
        if (a.key != "jargon") {
            CHECK(
                resolve_area(m, first, a.key, ModerationOutcome::Stands, AreaResult::Unanswered, "")
                    .empty());
        }
    }
    CHECK(finish_moderation(m, make_date(2026, 11, 3)).empty());
    CHECK(m.resolved == make_date(2026, 11, 3));
    // Original results untouched; finals: the first one where it stands, else the adjusted.
    CHECK(first.answers[1].result == AreaResult::Met);
    CHECK(m.areas[1].final_result == AreaResult::PartlyMet);
    CHECK(m.areas[11].final_result == AreaResult::NotMet); // correspondence stands

    // Saved and loaded again: the same record, the same bytes.
    wb.moderations.push_back(m);
    CHECK(start_moderation(wb, first, "", make_date(2026, 11, 4)).id == "M-2");
    const std::string text = save_workbook_json(wb);
    const WorkbookLoadResult r = load_workbook_json(text);
    INFO(format_workbook_errors(r));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    REQUIRE(r.workbook->moderations.size() == 1);
    const Moderation& back = r.workbook->moderations[0];
    CHECK(back.moderator == "Pat Moderator");
    CHECK(back.blind_submitted);
    CHECK(back.areas[1].outcome == ModerationOutcome::Adjusted);
    CHECK(back.areas[1].reason == "Three acronyms unexplained in the assessment.");
    CHECK(save_workbook_json(*r.workbook) == text);
}

TEST_CASE("Moderation: a record of an audit that is not there is refused", "[moderation]") {
    Workbook wb = one_audit();
    wb.moderations.push_back(start_moderation(wb, wb.audits[0], "Pat", make_date(2026, 11, 2)));
    wb.moderations[0].audit_id = "A-9";
    const WorkbookLoadResult r = load_workbook_json(save_workbook_json(wb));
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "moderations[0].auditId");
    CHECK(r.errors[0].message == "No audit \"A-9\" in this workbook.");
}

TEST_CASE("Workbook version 1: a file loads unchanged and saves as version 2", "[moderation]") {
    // The version 1 example (docs, before moderation) loads without a problem; saved, it is
    // the version 2 example: the same bytes but the version and an empty moderations list.
    const std::string v1 = fixture("small-workbook.json");
    REQUIRE(v1.find("\"version\": 1,") != std::string::npos);
    const WorkbookLoadResult r = load_workbook_json(v1);
    INFO(format_workbook_errors(r));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    CHECK(r.workbook->moderations.empty());
    CHECK(save_workbook_json(*r.workbook) == fixture("small-workbook-v2.json"));
}
