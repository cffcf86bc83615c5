// Case Audit - trainer authoring (see authoring.h for the rules).
//
// Index of this file:
// [SECTION] A reference audit from a completed audit
// [SECTION] The pack's extract
// [SECTION] The pack
#include "core/training/authoring.h"

#include "core/audit/scoring.h"
#include "core/training/feedback.h"
#include "core/training/reference_draft.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace ca::training {

namespace {

std::string trimmed(std::string_view s) {
    const std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos)
        return {};
    const std::size_t e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] A reference audit from a completed audit
// ---------------------------------------------------------------------------

AuthoredCase reference_from_audit(const audit::Audit& a, const Extract& x, const GradeBands& bands,
                                  std::string title) {
    AuthoredCase out;
    if (a.records != audit::RecordSet::Cases) {
        out.error = a.id + " is an audit of a supervision record: only case file audits can "
                           "be training cases.";
        return out;
    }
    if (a.status != audit::AuditStatus::Completed) {
        out.error = a.id + " is not completed: complete the audit first, so that its results "
                           "are final.";
        return out;
    }
    const Index ci = x.find_case(a.record_id);
    if (ci == k_no_index) {
        out.error = "Case " + a.record_id + " is not in the open extract.";
        return out;
    }
    const auto ids = citable_ids(x, ci);
    PracticeCase c;
    c.case_id = a.record_id;
    c.title = title.empty() ? "Case " + a.record_id : std::move(title);
    c.audit_date = a.audit_date.value_or(x.metadata.as_at);
    std::string missing;
    int missing_count = 0;
    for (const audit::CaseAreaInfo& info : audit::case_areas()) {
        const audit::AreaAnswer* ans = nullptr;
        for (const audit::AreaAnswer& candidate : a.answers)
            if (candidate.key == info.key)
                ans = &candidate;
        ReferenceArea r;
        r.area = info.area;
        r.result = ans ? ans->result : audit::AreaResult::Unanswered;
        r.rationale = ans ? trimmed(ans->comment) : std::string();
        if (r.result == audit::AreaResult::Unanswered || r.rationale.empty()) {
            missing += (missing.empty() ? "" : "; ") + std::string(info.title);
            ++missing_count;
            continue;
        }
        r.evidence = ids_in_text(r.rationale, ids);
        r.guidance = std::string(area_guidance(info.area));
        c.areas.push_back(std::move(r));
    }
    if (missing_count > 0) {
        out.error = "Write the rationale a trainee will read in each area's comment: " +
                    std::to_string(missing_count) +
                    (missing_count == 1 ? " area has" : " areas have") + " none (" + missing + ").";
        return out;
    }
    c.grade = a.grade_override != audit::Grade::None
                  ? a.grade_override
                  : audit::score_results(audit::audit_results(a), bands).grade;
    c.summary = trimmed(a.summary);
    out.practice = std::move(c);
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] The pack's extract
// ---------------------------------------------------------------------------

std::string cut_extract_to_cases(std::string_view extract_json,
                                 const std::set<std::string>& case_ids) {
    nlohmann::ordered_json root = nlohmann::ordered_json::parse(extract_json, nullptr, false);
    if (!root.is_object() || !root.contains("cases") || !root["cases"].is_array())
        throw std::invalid_argument("cut_extract_to_cases: not an extract");
    std::set<std::string> people;
    nlohmann::ordered_json cases = nlohmann::ordered_json::array();
    for (auto& c : root["cases"]) {
        if (c.is_object() && c.contains("id") && c["id"].is_string() &&
            case_ids.count(c["id"].get<std::string>())) {
            if (c.contains("personId") && c["personId"].is_string())
                people.insert(c["personId"].get<std::string>());
            cases.push_back(std::move(c));
        }
    }
    root["cases"] = std::move(cases);
    if (root.contains("people") && root["people"].is_array()) {
        nlohmann::ordered_json kept = nlohmann::ordered_json::array();
        for (auto& p : root["people"])
            if (p.is_object() && p.contains("id") && p["id"].is_string() &&
                people.count(p["id"].get<std::string>()))
                kept.push_back(std::move(p));
        root["people"] = std::move(kept);
    }
    root.erase("supervisions");
    root.erase("directorDiscussions");
    root.erase("audits");
    root.erase("trainingPack"); // a pack's own answers: the new pack gets its own
    return root.dump(2);
}

// ---------------------------------------------------------------------------
// [SECTION] The pack
// ---------------------------------------------------------------------------

AuthoredPack build_pack(std::string_view extract_json, const TrainingPack& pack) {
    AuthoredPack out;
    if (trimmed(pack.title).empty()) {
        out.error = "Give the pack a title.";
        return out;
    }
    if (pack.cases.empty()) {
        out.error = "Add at least one training case.";
        return out;
    }
    std::set<std::string> ids;
    for (const PracticeCase& c : pack.cases)
        ids.insert(c.case_id);
    std::string json;
    try {
        json = save_pack_json(cut_extract_to_cases(extract_json, ids), pack);
    } catch (const std::invalid_argument&) {
        out.error = "The open extract's text is not available to cut the pack's records from.";
        return out;
    }
    const PackLoadResult back = load_pack_json(json);
    if (!back.ok()) {
        const PackProblem& p = back.errors.front();
        out.error = "The pack would not load: " + (p.path.empty() ? "" : p.path + ": ") + p.message;
        return out;
    }
    out.json = std::move(json);
    return out;
}

} // namespace ca::training
