// Case Audit - the built-in training pack (see built_in_pack.h for how it is made).
//
// Index of this file:
// [SECTION] Drafting every case
// [SECTION] What the pack teaches
// [SECTION] The pack's extract
// [SECTION] The pack
#include "core/training/built_in_pack.h"

#include "core/audit/scoring.h"
#include "core/audit/writing_evidence.h"
#include "core/extract/import.h"
#include "core/generate/generate.h"
#include "core/policy/policy.h"
#include "core/training/authoring.h"
#include "core/training/reference_draft.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <set>
#include <stdexcept>

namespace ca::training {

namespace {

using audit::AreaResult;
using audit::CaseArea;

constexpr int k_generated_cases = 60;
constexpr std::size_t k_practice_cases = 6;

// ---------------------------------------------------------------------------
// [SECTION] Drafting every case
// ---------------------------------------------------------------------------

std::vector<PracticeCase> draft_all(const Extract& x, const Policy& policy) {
    text::TextAnalyser analyser(audit::policy_word_lists(policy));
    analyser.add_known_words(audit::extract_names(x));
    std::vector<PracticeCase> out;
    for (Index c = 0; c < x.cases.size(); ++c) {
        audit::CaseEvidence e = audit::case_evidence(x, policy, c, x.metadata.as_at);
        std::vector<std::string> dates;
        const std::vector<text::NoteInput> notes =
            audit::case_note_inputs(x, c, x.metadata.as_at, dates);
        const text::CaseTextReport report =
            analyser.analyse_case(notes, audit::person_name_words(x, x.cases[c].person));
        audit::add_writing_indicators(e, x, report);
        out.push_back(draft_reference(x, e, report, policy.audit.bands));
    }
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] What the pack teaches
// ---------------------------------------------------------------------------

struct Target {
    std::string label;
    std::function<bool(const PracticeCase&)> taught_by;
    bool teaching_point; // one of the named lessons (listed in the case's "teaches")
};

bool result_is(const PracticeCase& c, CaseArea area, AreaResult r) {
    const ReferenceArea* a = c.find(area);
    return a && a->result == r;
}

std::vector<Target> targets() {
    std::vector<Target> t;
    const auto not_met = [](CaseArea area) {
        return [area](const PracticeCase& c) { return result_is(c, area, AreaResult::NotMet); };
    };
    // Good recording: graded Good or better with no writing area Not met (a well-kept file
    // with discriminatory wording in it is no model).
    t.push_back({"good recording",
                 [](const PracticeCase& c) {
                     for (const ReferenceArea& a : c.areas) {
                         if (audit::case_area(a.area).about_writing &&
                             a.result == AreaResult::NotMet) {
                             return false;
                         }
                     }
                     return c.grade == audit::Grade::Good || c.grade == audit::Grade::Outstanding;
                 },
                 true});
    t.push_back({"jargon", not_met(CaseArea::Jargon), true});
    t.push_back({"opinion written as fact", not_met(CaseArea::FactOpinion), true});
    t.push_back({"missing strengths", not_met(CaseArea::Strengths), true});
    t.push_back({"discriminatory wording", not_met(CaseArea::NonDiscriminatory), true});
    t.push_back({"late notes",
                 [](const PracticeCase& c) {
                     return result_is(c, CaseArea::Timescales, AreaResult::NotMet) ||
                            result_is(c, CaseArea::Timescales, AreaResult::PartlyMet);
                 },
                 true});
    t.push_back({"a missing capacity assessment", not_met(CaseArea::MentalCapacity), true});
    t.push_back({"correspondence not uploaded", not_met(CaseArea::Correspondence), true});
    t.push_back({"a risk assessment not completed", not_met(CaseArea::RiskAssessment), true});
    for (const audit::CaseAreaInfo& info : audit::case_areas()) {
        const CaseArea area = info.area;
        t.push_back({std::string(info.key) + " met",
                     [area](const PracticeCase& c) { return result_is(c, area, AreaResult::Met); },
                     false});
        t.push_back({std::string(info.key) + " not met", not_met(area), false});
    }
    return t;
}

// Greedy: each pick is the case covering most targets still uncovered (ties: the earlier
// case). Returns the indexes picked, in order.
std::vector<std::size_t> choose(const std::vector<PracticeCase>& drafts,
                                const std::vector<Target>& ts) {
    std::vector<bool> covered(ts.size(), false);
    std::vector<std::size_t> picked;
    while (picked.size() < k_practice_cases && picked.size() < drafts.size()) {
        std::size_t best = drafts.size();
        int best_gain = -1;
        for (std::size_t i = 0; i < drafts.size(); ++i) {
            if (std::find(picked.begin(), picked.end(), i) != picked.end()) {
                continue;
            }
            int gain = 0;
            for (std::size_t k = 0; k < ts.size(); ++k) {
                // A named lesson weighs more than the coverage of one more area result.
                gain +=
                    !covered[k] && ts[k].taught_by(drafts[i]) ? (ts[k].teaching_point ? 3 : 1) : 0;
            }
            if (gain > best_gain) {
                best_gain = gain;
                best = i;
            }
        }
        picked.push_back(best);
        for (std::size_t k = 0; k < ts.size(); ++k) {
            covered[k] = covered[k] || ts[k].taught_by(drafts[best]);
        }
    }
    return picked;
}

// ---------------------------------------------------------------------------
// [SECTION] The pack's extract
// ---------------------------------------------------------------------------

// The demo's generator always writes a core assessment with a risk section (completed or
// not), so no generated case has its risk assessment Not met. The pack needs one: the risk
// section is taken out of the core assessments of one chosen case, the first whose risk
// section is not completed (Partly met), else the last case. Its reference is drafted
// afterwards on this extract, so it says Not met from what the trainee sees.
std::string without_risk_section(const std::string& extract_json, const std::string& case_id) {
    nlohmann::ordered_json root = nlohmann::ordered_json::parse(extract_json);
    for (auto& c : root["cases"]) {
        if (c["id"] != case_id || !c.contains("assessments")) {
            continue;
        }
        for (auto& a : c["assessments"]) {
            if (a["kind"] != "core" || !a.contains("sections")) {
                continue;
            }
            nlohmann::ordered_json kept = nlohmann::ordered_json::array();
            for (auto& section : a["sections"]) {
                if (section["kind"] != "risk") {
                    kept.push_back(std::move(section));
                }
            }
            a["sections"] = std::move(kept);
        }
    }
    return root.dump(2);
}

std::string case_for_risk_lesson(const std::vector<PracticeCase>& chosen) {
    for (const PracticeCase& c : chosen) {
        if (result_is(c, CaseArea::RiskAssessment, AreaResult::PartlyMet)) {
            return c.case_id;
        }
    }
    return chosen.back().case_id;
}

// ---------------------------------------------------------------------------
// [SECTION] The pack
// ---------------------------------------------------------------------------

std::string case_title(const Extract& x, const PracticeCase& c) {
    const Case& k = x.cases[x.find_case(c.case_id)];
    std::string title(x.text_of(x.people[k.person].name));
    if (k.team != k_no_index) {
        title += ", " + std::string(x.text_of(x.teams[k.team].name));
    }
    return title;
}

std::string case_summary(const PracticeCase& c, const GradeBands& bands) {
    std::vector<AreaResult> results;
    std::string work_on;
    for (const ReferenceArea& a : c.areas) {
        results.push_back(a.result);
        if (a.result == AreaResult::NotMet) {
            work_on += (work_on.empty() ? "" : "; ") + std::string(audit::case_area(a.area).title);
        }
    }
    const audit::Score s = audit::score_results(results, bands);
    std::string out = "Graded " + std::string(audit::grade_label(c.grade)) + ": " +
                      std::to_string(s.met) + " areas met, " + std::to_string(s.partly_met) +
                      " partly met, " + std::to_string(s.not_met) + " not met, " +
                      std::to_string(s.not_applicable) + " not applicable.";
    out += work_on.empty() ? " Nothing is not met: use this file as a model of good recording."
                           : " To put right first: " + work_on + ".";
    return out;
}

} // namespace

BuiltInPack built_in_pack() {
    const Policy policy = default_policy();
    GenerateOptions options = demo_options();
    options.cases = k_generated_cases;
    StringSink sink;
    generate_extract(options, sink);

    const ImportResult all = import_extract(sink.text);
    if (!all.ok()) {
        throw std::logic_error("built_in_pack: the generated extract does not import");
    }
    const std::vector<PracticeCase> drafts = draft_all(*all.extract, policy);
    const std::vector<Target> ts = targets();
    std::set<std::string> ids;
    std::vector<PracticeCase> chosen;
    for (std::size_t i : choose(drafts, ts)) {
        ids.insert(drafts[i].case_id);
        chosen.push_back(drafts[i]);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const PracticeCase& a, const PracticeCase& b) { return a.case_id < b.case_id; });

    const std::string cut =
        without_risk_section(cut_extract_to_cases(sink.text, ids), case_for_risk_lesson(chosen));
    const ImportResult small = import_extract(cut);
    if (!small.ok()) {
        throw std::logic_error("built_in_pack: the pack's extract does not import");
    }
    const Extract& x = *small.extract;
    TrainingPack pack;
    pack.title = "Eastmere: six practice case audits";
    pack.author = "Case Audit (built in, written for this project)";
    pack.description =
        "Six case files from the fictional London Borough of Eastmere, chosen so that between "
        "them every area is met and not met at least once, with good and poor recording: "
        "jargon, opinion written as fact, missing strengths, discriminatory wording, late "
        "notes, a missing capacity assessment, correspondence not uploaded and a risk "
        "assessment not completed. Audit each "
        "one blind, then compare your answers with the reference audit.";
    BuiltInPack out;
    std::vector<bool> taught(ts.size(), false);
    for (PracticeCase& c : draft_all(x, policy)) {
        c.title = case_title(x, c);
        for (std::size_t k = 0; k < ts.size(); ++k) {
            if (ts[k].taught_by(c)) {
                if (ts[k].teaching_point) {
                    c.teaches.push_back(ts[k].label);
                }
                taught[k] = true;
            }
        }
        c.summary = case_summary(c, policy.audit.bands);
        pack.cases.push_back(std::move(c));
    }
    for (std::size_t k = 0; k < ts.size(); ++k) {
        if (taught[k]) {
            out.teaching.push_back(ts[k].label);
        }
    }
    out.json = save_pack_json(cut, pack);
    return out;
}

} // namespace ca::training
