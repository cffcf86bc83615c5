// caseaudit train-check PACK WORKBOOK [--json] [--policy FILE]
//
// A trainee's practice audits (the completed audits in WORKBOOK of the pack's practice
// cases) against the training pack's reference audits: per case, the areas that agree and
// those that do not, with the reference rationale and the evidence each cited that the other
// did not; then the summary over the cases done and whether it passes (core/training/
// feedback.h). The same figures as the app's Training section. Exit status: 0 printed (also
// when no practice case has been audited yet), 1 the pack, workbook or policy does not load,
// 2 usage.
#include "cli/cli_common.h"
#include "cli/cli_training.h"
#include "cli/commands.h"
#include "core/stats/stats_json.h"
#include "core/training/feedback.h"
#include "core/training/pack.h"

#include <cstdio>
#include <cstring>

namespace {

using namespace ca;
using namespace ca::training;
using Json = nlohmann::ordered_json;

const char* const k_usage = "usage: caseaudit train-check PACK WORKBOOK [--json] [--policy FILE]\n";

std::string list(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) {
        out += (out.empty() ? "" : ", ") + id;
    }
    return out;
}

Json case_json(const CaseFeedback& f) {
    Json areas = Json::array();
    for (const AreaFeedback& a : f.areas) {
        areas.push_back({{"area", std::string(audit::case_area(a.area).key)},
                         {"trainee", std::string(audit::result_key(a.trainee))},
                         {"reference", std::string(audit::result_key(a.reference))},
                         {"agree", a.agree},
                         {"rationale", a.rationale},
                         {"citedByBoth", a.cited_by_both},
                         {"onlyTrainee", a.only_trainee},
                         {"onlyReference", a.only_reference}});
    }
    return {{"caseId", f.case_id},
            {"agreed", f.agreed},
            {"unanswered", f.unanswered},
            {"traineeGrade", std::string(audit::grade_key(f.trainee_grade))},
            {"referenceGrade", std::string(audit::grade_key(f.reference_grade))},
            {"areas", std::move(areas)}};
}

Json summary_json(const TrainingSummary& s, const PassThresholds& pass) {
    using stats::coefficient_json;
    return {
        {"cases", s.cases},
        {"areaAgreement", coefficient_json(s.area_agreement, stats::k_proportion_json)},
        {"areaKappa", coefficient_json(s.area_kappa, stats::k_coefficient_json)},
        {"areaAC1", coefficient_json(s.area_ac1, stats::k_coefficient_json)},
        {"gradeAgreement", coefficient_json(s.grade_agreement, stats::k_proportion_json)},
        {"gradeWithinOne", coefficient_json(s.grade_within_one, stats::k_proportion_json)},
        {"gradeWeightedKappa", coefficient_json(s.grade_weighted_kappa, stats::k_coefficient_json)},
        {"gradeWeights", "linear"},
        {"areasLeftOut", s.areas_left_out},
        {"gradesLeftOut", s.grades_left_out},
        {"pass", {{"agreementPercent", pass.agreement_percent}, {"kappa", pass.kappa}}},
        {"passed", s.passed},
        {"verdict", s.verdict}};
}

void print_case(const TrainingPack& pack, const CaseFeedback& f) {
    const PracticeCase* c = pack.find_case(f.case_id);
    std::printf("\n%s %s: %d of 14 areas agree; your grade %s, the reference's %s\n",
                f.case_id.c_str(), c ? c->title.c_str() : "", f.agreed,
                std::string(audit::grade_label(f.trainee_grade)).c_str(),
                std::string(audit::grade_label(f.reference_grade)).c_str());
    for (const AreaFeedback& a : f.areas) {
        const audit::CaseAreaInfo& info = audit::case_area(a.area);
        std::printf("  %s %s: you %s, reference %s\n", a.agree ? "agree   " : "DISAGREE",
                    std::string(info.title).c_str(),
                    std::string(audit::result_label(a.trainee)).c_str(),
                    std::string(audit::result_label(a.reference)).c_str());
        if (!a.agree) {
            std::printf("      Reference: %s\n", a.rationale.c_str());
        }
        if (!a.only_reference.empty()) {
            std::printf("      Evidence the reference cites and you did not: %s\n",
                        list(a.only_reference).c_str());
        }
        if (!a.only_trainee.empty()) {
            std::printf("      Evidence you cited and the reference did not: %s\n",
                        list(a.only_trainee).c_str());
        }
    }
}

void print_summary(const TrainingSummary& s) {
    using ca::cli::coefficient_text;
    std::printf("\nSummary over %d %s\n", s.cases, s.cases == 1 ? "case" : "cases");
    std::printf("  Area results: agreement %s\n", coefficient_text(s.area_agreement, true).c_str());
    std::printf("                Cohen's kappa %s\n",
                coefficient_text(s.area_kappa, false).c_str());
    std::printf("                Gwet's AC1 %s\n", coefficient_text(s.area_ac1, false).c_str());
    std::printf("  Overall grade: agreement %s\n",
                coefficient_text(s.grade_agreement, true).c_str());
    std::printf("                 within one grade %s\n",
                coefficient_text(s.grade_within_one, true).c_str());
    std::printf("                 weighted kappa (linear) %s\n",
                coefficient_text(s.grade_weighted_kappa, false).c_str());
    if (s.areas_left_out > 0) {
        std::printf("  %d unanswered %s left out.\n", s.areas_left_out,
                    s.areas_left_out == 1 ? "area" : "areas");
    }
    std::printf("%s\n", s.verdict.c_str());
}

int run_train_check(int argc, char** argv) {
    const ca::cli::TrainingArgs args = ca::cli::parse_training_args(argc, argv);
    if (args.bad || args.files.size() != 2) {
        return ca::cli::usage_error(k_usage);
    }
    const char* pack_path = args.files[0];
    const char* workbook_path = args.files[1];
    const char* policy_path = args.policy;
    const bool json = args.json;
    const std::optional<Policy> policy = ca::cli::load_policy_option(policy_path);
    if (!policy) {
        return 1;
    }
    const std::optional<std::string> text = ca::cli::read_text_file(pack_path);
    if (!text) {
        std::fprintf(stderr, "%s: cannot read the training pack file.\n", pack_path);
        return 1;
    }
    const PackLoadResult loaded = load_pack_json(*text);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s: the training pack does not load:\n%s", pack_path,
                     format_pack_problems(loaded).c_str());
        return 1;
    }
    const std::optional<audit::Workbook> wb = ca::cli::load_workbook_or_report(workbook_path);
    if (!wb) {
        return 1;
    }
    const audit::WorkbookMatch match = audit::match_workbook(*wb, *loaded.extract);
    if (!match.same_extract) {
        std::fprintf(stderr, "%s: warning: %s\n", workbook_path, match.message.c_str());
    }
    const PassThresholds pass{policy->training.pass_agreement_percent, policy->training.pass_kappa};
    const std::vector<CaseFeedback> feedback =
        compare_workbook(*loaded.pack, *loaded.extract, *wb, policy->audit.bands);
    const TrainingSummary summary = summarise(feedback, pass);
    if (json) {
        Json cases = Json::array();
        for (const CaseFeedback& f : feedback) {
            cases.push_back(case_json(f));
        }
        const Json out = {
            {"pack", {{"title", loaded.pack->title}, {"cases", loaded.pack->cases.size()}}},
            {"auditor", wb->auditor},
            {"cases", std::move(cases)},
            {"summary", summary_json(summary, pass)}};
        std::printf("%s\n", out.dump(2).c_str());
        return 0;
    }
    std::printf("Training pack: %s (%zu practice cases); %zu audited and completed\n",
                loaded.pack->title.c_str(), loaded.pack->cases.size(), feedback.size());
    for (const CaseFeedback& f : feedback) {
        print_case(*loaded.pack, f);
    }
    print_summary(summary);
    return 0;
}

const ca::cli::Registration reg{"train-check", "a trainee's audits against a training pack",
                                k_usage, run_train_check};

} // namespace
