// Case Audit - feedback on practice audits (see feedback.h for the rules).
//
// Index of this file:
// [SECTION] One case
// [SECTION] The summary
// [SECTION] A workbook against a pack
#include "core/training/feedback.h"

#include "core/audit/scoring.h"
#include "core/stats/two_raters.h"
#include "core/training/practice.h"

#include <algorithm>
#include <cstdio>

namespace ca::training {

namespace {

using audit::AreaResult;
using audit::Grade;

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

// Category numbers for the statistics: the four answers, and the grades in order.
int answer_category(AreaResult r) {
    switch (r) {
    case AreaResult::Met:
        return 0;
    case AreaResult::PartlyMet:
        return 1;
    case AreaResult::NotMet:
        return 2;
    case AreaResult::NotApplicable:
        return 3;
    case AreaResult::Unanswered:
        break;
    }
    return -1;
}

int grade_category(Grade g) {
    switch (g) {
    case Grade::Outstanding:
        return 0;
    case Grade::Good:
        return 1;
    case Grade::RequiresImprovement:
        return 2;
    case Grade::Inadequate:
        return 3;
    case Grade::None:
        break;
    }
    return -1;
}

std::string percent(double share) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", share * 100.0);
    return buf;
}

std::string two_places(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] One case
// ---------------------------------------------------------------------------

std::vector<std::string> ids_in_text(std::string_view comment,
                                     const std::set<std::string, std::less<>>& ids) {
    // Ids are runs of letters, digits, '-' and '_'; a trailing '-' (end of a dash) is not
    // part of one.
    std::vector<std::string> out;
    const auto is_id_char = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_';
    };
    std::size_t i = 0;
    while (i < comment.size()) {
        while (i < comment.size() && !is_id_char(comment[i])) {
            ++i;
        }
        std::size_t j = i;
        while (j < comment.size() && is_id_char(comment[j])) {
            ++j;
        }
        std::string_view word = comment.substr(i, j - i);
        while (!word.empty() && word.back() == '-') {
            word.remove_suffix(1);
        }
        if (!word.empty() && ids.count(word) && !contains(out, std::string(word))) {
            out.emplace_back(word);
        }
        i = j;
    }
    return out;
}

CaseFeedback compare_with_reference(const PracticeCase& reference, const audit::Audit& trainee,
                                    const Extract& extract, const GradeBands& bands) {
    CaseFeedback f;
    f.case_id = reference.case_id;
    const Index ci = extract.find_case(reference.case_id);
    const std::set<std::string, std::less<>> ids =
        ci == k_no_index ? std::set<std::string, std::less<>>{} : citable_ids(extract, ci);
    std::vector<AreaResult> trainee_results;
    for (const audit::CaseAreaInfo& info : audit::case_areas()) {
        AreaFeedback a;
        a.area = info.area;
        std::vector<std::string> cited;
        for (const audit::AreaAnswer& ans : trainee.answers) {
            if (ans.key == info.key) {
                a.trainee = ans.result;
                cited = ids_in_text(ans.comment, ids);
            }
        }
        if (const ReferenceArea* r = reference.find(info.area)) {
            a.reference = r->result;
            a.rationale = r->rationale;
            a.guidance = r->guidance;
            for (const std::string& id : r->evidence) {
                (contains(cited, id) ? a.cited_by_both : a.only_reference).push_back(id);
            }
            for (const std::string& id : cited) {
                if (!contains(r->evidence, id)) {
                    a.only_trainee.push_back(id);
                }
            }
        }
        a.agree = a.trainee != AreaResult::Unanswered && a.trainee == a.reference;
        f.agreed += a.agree ? 1 : 0;
        f.unanswered += a.trainee == AreaResult::Unanswered ? 1 : 0;
        trainee_results.push_back(a.trainee);
        f.areas.push_back(std::move(a));
    }
    f.trainee_grade = trainee.grade_override != Grade::None
                          ? trainee.grade_override
                          : audit::score_results(trainee_results, bands).grade;
    f.reference_grade = reference.grade;
    return f;
}

// ---------------------------------------------------------------------------
// [SECTION] The summary
// ---------------------------------------------------------------------------

TrainingSummary summarise(const std::vector<CaseFeedback>& cases, const PassThresholds& pass) {
    TrainingSummary s;
    s.cases = static_cast<int>(cases.size());
    stats::Crosstab areas(4);
    stats::Crosstab grades(4);
    for (const CaseFeedback& c : cases) {
        for (const AreaFeedback& a : c.areas) {
            areas.add(answer_category(a.trainee), answer_category(a.reference));
        }
        grades.add(grade_category(c.trainee_grade), grade_category(c.reference_grade));
    }
    s.areas_left_out = areas.left_out();
    s.grades_left_out = grades.left_out();
    s.area_agreement = stats::percent_agreement(areas);
    s.area_kappa = stats::cohen_kappa(areas);
    s.area_ac1 = stats::gwet_ac1(areas);
    s.grade_agreement = stats::percent_agreement(grades);
    s.grade_within_one = stats::within_one_category(grades);
    s.grade_weighted_kappa = stats::weighted_kappa(grades, stats::Weights::Linear);

    if (!s.area_agreement.defined()) {
        s.verdict = "No practice audit has been compared yet.";
        return s;
    }
    const double agreement = *s.area_agreement.value;
    const bool agreement_ok = agreement * 100.0 >= pass.agreement_percent;
    const stats::Coefficient& chance = s.area_kappa.defined() ? s.area_kappa : s.area_ac1;
    const char* chance_name = s.area_kappa.defined() ? "kappa" : "AC1 (kappa is undefined)";
    const bool chance_ok = chance.defined() && *chance.value >= pass.kappa;
    s.passed = agreement_ok && chance_ok;
    char target[96];
    std::snprintf(target, sizeof target, " (pass: %.0f%% and %.2f)", pass.agreement_percent,
                  pass.kappa);
    s.verdict = std::string(s.passed ? "Passed: " : "Not yet passed: ") + "agreement " +
                percent(agreement) + ", " + chance_name + " " +
                (chance.defined() ? two_places(*chance.value) : std::string("undefined")) +
                " over " + std::to_string(s.area_agreement.n) + " areas of " +
                std::to_string(s.cases) + (s.cases == 1 ? " case" : " cases") + target + ".";
    return s;
}

// ---------------------------------------------------------------------------
// [SECTION] A workbook against a pack
// ---------------------------------------------------------------------------

std::vector<CaseFeedback> compare_workbook(const TrainingPack& pack, const Extract& extract,
                                           const audit::Workbook& workbook,
                                           const GradeBands& bands) {
    std::vector<CaseFeedback> out;
    for (const PracticeCase& c : pack.cases) {
        const audit::Audit* latest = latest_completed_audit(workbook, c.case_id);
        if (latest) {
            out.push_back(compare_with_reference(c, *latest, extract, bands));
        }
    }
    return out;
}

} // namespace ca::training
