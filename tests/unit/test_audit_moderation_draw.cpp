// Choosing audits to moderate (core/audit/moderation_draw.h): the period, every Inadequate,
// one per auditor, the share, and the same draw from the same seed.
#include "core/audit/moderation_draw.h"

#include <catch2/catch.hpp>

#include <set>

using namespace ca;
using namespace ca::audit;

namespace {

// `n` completed audits by `auditor` on 2026-10-(day), ids "<prefix>-1".., all areas Met.
void add_audits(Workbook& wb, const std::string& prefix, const std::string& auditor, int n,
                int day = 15) {
    for (int i = 1; i <= n; ++i) {
        Audit a;
        a.id = prefix + "-" + std::to_string(i);
        a.record_id = "C-" + a.id;
        a.auditor = auditor;
        a.status = AuditStatus::Completed;
        a.completed = make_date(2026, 10, day);
        for (const CaseAreaInfo& info : case_areas()) {
            a.answers.push_back({std::string(info.key), AreaResult::Met, ""});
        }
        wb.audits.push_back(a);
    }
}

// 20 completed audits in October (Ann 12, Ben 6, Cat 2), Ann's 3rd and 7th graded
// Inadequate by override; one completed in September, one in progress.
Workbook october() {
    Workbook wb;
    add_audits(wb, "ANN", "Ann", 12);
    add_audits(wb, "BEN", "Ben", 6);
    add_audits(wb, "CAT", "Cat", 2);
    wb.audits[2].grade_override = Grade::Inadequate;
    wb.audits[6].grade_override = Grade::Inadequate;
    add_audits(wb, "OLD", "Cat", 1, 1);
    wb.audits.back().completed = make_date(2026, 9, 30);
    add_audits(wb, "OPEN", "Ben", 1);
    wb.audits.back().status = AuditStatus::InProgress;
    return wb;
}

ModerationSpec in_october(double share, std::uint64_t seed) {
    ModerationSpec s;
    s.share_percent = share;
    s.seed = seed;
    s.from = make_date(2026, 10, 1);
    s.to = make_date(2026, 10, 31);
    return s;
}

} // namespace

TEST_CASE("Moderation draw: every Inadequate, then one per auditor, then the share",
          "[moderation]") {
    // N = 20 (September's and the open audit are out); 10%: target ceil(2.0) = 2.
    // Ann's two Inadequate audits come first (they alone meet the target); Ben and Cat
    // still get one each: 4 drawn.
    const ModerationDraw d = draw_for_moderation(october(), GradeBands{}, in_october(10, 42));
    CHECK(d.eligible == 20);
    CHECK(d.target == 2);
    REQUIRE(d.drawn.size() == 4);
    CHECK(d.drawn[0].audit_id == "ANN-3");
    CHECK(d.drawn[1].audit_id == "ANN-7");
    CHECK(d.drawn[0].reason.find("Inadequate") != std::string::npos);
    CHECK(d.drawn[2].auditor == "Ben");
    CHECK(d.drawn[3].auditor == "Cat");
    CHECK(d.drawn[3].audit_id.rfind("CAT-", 0) == 0); // not September's OLD-1
    CHECK(d.drawn[2].reason.find("each auditor") != std::string::npos);
}

TEST_CASE("Moderation draw: the share, reproducible from the seed", "[moderation]") {
    // 50% of 20: 10 drawn; no Inadequate rule: all from the seeded order after one per
    // auditor; all distinct, every auditor present.
    ModerationSpec s = in_october(50, 20261030);
    s.every_inadequate = false;
    const ModerationDraw d = draw_for_moderation(october(), GradeBands{}, s);
    CHECK(d.target == 10);
    REQUIRE(d.drawn.size() == 10);
    std::set<std::string> ids;
    std::set<std::string> auditors;
    for (const ModerationPick& p : d.drawn) {
        ids.insert(p.audit_id);
        auditors.insert(p.auditor);
    }
    CHECK(ids.size() == 10);
    CHECK(auditors == std::set<std::string>{"Ann", "Ben", "Cat"});
    CHECK(d.drawn.back().reason == "Drawn at random (seed 20261030) to make up 10 of 20.");
    // The same seed, the same draw; another seed, another.
    const ModerationDraw again = draw_for_moderation(october(), GradeBands{}, s);
    for (std::size_t i = 0; i < d.drawn.size(); ++i) {
        CHECK(again.drawn[i].audit_id == d.drawn[i].audit_id);
    }
    s.seed = 7;
    const ModerationDraw other = draw_for_moderation(october(), GradeBands{}, s);
    bool differs = false;
    for (std::size_t i = 0; i < d.drawn.size(); ++i) {
        differs = differs || other.drawn[i].audit_id != d.drawn[i].audit_id;
    }
    CHECK(differs);
}

TEST_CASE("Moderation draw: rounding up, no period, nothing completed", "[moderation]") {
    Workbook wb = october();
    wb.audits.erase(wb.audits.begin()); // 19 in October
    ModerationSpec s = in_october(10, 1);
    s.every_inadequate = false;
    s.one_per_auditor = false;
    // 10% of 19 = 1.9: ceil gives 2.
    CHECK(draw_for_moderation(wb, GradeBands{}, s).target == 2);
    CHECK(draw_for_moderation(wb, GradeBands{}, s).drawn.size() == 2);
    // No period: September's counts too (20 completed); 0% still draws one.
    s.from.reset();
    s.to.reset();
    s.share_percent = 0;
    const ModerationDraw all = draw_for_moderation(wb, GradeBands{}, s);
    CHECK(all.eligible == 20);
    CHECK(all.target == 1);
    CHECK(all.drawn.size() == 1);
    // Nothing completed: nothing to draw.
    const ModerationDraw none = draw_for_moderation(Workbook{}, GradeBands{}, s);
    CHECK(none.eligible == 0);
    CHECK(none.target == 0);
    CHECK(none.drawn.empty());
}
