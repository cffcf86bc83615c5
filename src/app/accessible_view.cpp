// Case Audit - the accessible view's data and edits (see accessible_view.h).
#include "app/accessible_view.h"

#include "app/views/audit_checklist.h"
#include "core/audit/checklist.h"
#include "core/audit/scoring.h"
#include "core/audit/workbook_edit.h"

#include <nlohmann/json.hpp>

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#endif

namespace ca::app {
namespace {
App* g_app = nullptr;

audit::Audit* open_audit(AppState& state) {
    return state.audit.workbook.find_audit(state.audit.workspace.audit_id);
}

std::string area_title(const AppState& state, const audit::Audit& a, const std::string& key) {
    if (a.records == audit::RecordSet::Cases) {
        if (const std::optional<audit::CaseArea> area = audit::parse_case_area_key(key))
            return std::string(audit::case_area(*area).title);
    } else {
        for (const ChecklistItem& item : state.policy.policy.audit.supervision_checklist)
            if (item.key == key)
                return item.title;
    }
    return key;
}

nlohmann::json audit_json(const AppState& state, const audit::Audit& a) {
    const audit::Score s =
        audit::score_results(audit::audit_results(a), state.policy.policy.audit.bands);
    std::string score = "In progress: " + std::to_string(audit::answered(s)) + " of " +
                        std::to_string(a.answers.size()) + " answered.";
    if (audit::fully_answered(s) && s.grade != audit::Grade::None)
        score = std::string(audit::grade_label(s.grade)) + ", " + audit::percent_text(s.percent);
    nlohmann::json areas = nlohmann::json::array();
    for (std::size_t i = 0; i < a.answers.size(); ++i) {
        const audit::AreaAnswer& ans = a.answers[i];
        areas.push_back({{"key", ans.key},
                         {"number", i + 1},
                         {"title", area_title(state, a, ans.key)},
                         {"result", ans.result == audit::AreaResult::Unanswered
                                        ? std::string()
                                        : std::string(audit::result_key(ans.result))},
                         {"comment", ans.comment}});
    }
    return {{"id", a.id},
            {"record", a.record_id},
            {"status", a.status == audit::AuditStatus::Completed    ? "completed"
                       : a.status == audit::AuditStatus::InProgress ? "in progress"
                                                                    : "planned"},
            {"editable", audit::audit_editable(a)},
            {"score", score},
            {"areas", areas}};
}
} // namespace

void set_accessible_view_app(App* app) {
    g_app = app;
}

std::string accessible_view_json(const AppState& state) {
    nlohmann::json j;
    j["extract"] = state.extract ? nlohmann::json(state.extract_file_name) : nlohmann::json();
    j["caseloads"] = nullptr;
    if (state.caseloads.result) {
        const CaseloadResult& r = *state.caseloads.result;
        nlohmann::json workers = nlohmann::json::array();
        for (const WorkerCaseload& w : r.workers)
            workers.push_back(
                {{"name", w.worker_name},
                 {"team", w.team_name},
                 {"caseload", w.caseload},
                 {"level", w.level.applies() ? w.level.description : std::string("none")},
                 {"status", w.worst ? std::string(caseload_severity_name(*w.worst)) : "ok"}});
        j["caseloads"] = {{"date", format_date(r.date)}, {"workers", workers}};
    }
    j["sample"] = nullptr;
    j["audit"] = nullptr;
    const audit::Audit* a = state.audit.workbook.find_audit(state.audit.workspace.audit_id);
    if (a != nullptr) {
        j["audit"] = audit_json(state, *a);
        for (const audit::Sample& s : state.audit.workbook.samples)
            if (s.id == a->sample_id) {
                nlohmann::json ids = nlohmann::json::array();
                for (const audit::DrawnRecord& d : s.drawn)
                    ids.push_back(d.id);
                j["sample"] = {{"id", s.id}, {"records", ids}};
            }
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool accessible_set_result(AppState& state, std::string_view key, std::string_view result) {
    audit::Audit* a = open_audit(state);
    if (a == nullptr || !audit::audit_editable(*a))
        return false;
    audit::AreaResult r = audit::AreaResult::Unanswered;
    if (!result.empty()) {
        const std::optional<audit::AreaResult> parsed = audit::parse_result_key(result);
        if (!parsed)
            return false;
        r = *parsed;
    }
    const bool changed =
        audit::set_result(state.audit.workbook, *a, audit_judged_date(state, *a), key, r);
    audit_edited(state, *a, changed);
    return changed;
}

bool accessible_set_comment(AppState& state, std::string_view key, std::string_view text) {
    audit::Audit* a = open_audit(state);
    if (a == nullptr || !audit::audit_editable(*a))
        return false;
    for (audit::AreaAnswer& ans : a->answers)
        if (ans.key == key) {
            if (ans.comment == text)
                return true;
            ans.comment = std::string(text);
            audit_edited(state, *a);
            return true;
        }
    return false;
}

} // namespace ca::app

#ifdef __EMSCRIPTEN__
extern "C" {
// The JSON stays valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* ca_a11y_view_json() {
    static std::string json;
    json = ca::app::g_app != nullptr ? ca::app::accessible_view_json(ca::app::g_app->state())
                                     : std::string("null");
    return json.c_str();
}
// Each returns 1 when the change was made; the app draws again and saves the workbook.
EMSCRIPTEN_KEEPALIVE int ca_a11y_set_result(const char* key, const char* result) {
    if (ca::app::g_app == nullptr || key == nullptr || result == nullptr)
        return 0;
    const bool ok = ca::app::accessible_set_result(ca::app::g_app->state(), key, result);
    ca::platform::request_redraw();
    return ok ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int ca_a11y_set_comment(const char* key, const char* text) {
    if (ca::app::g_app == nullptr || key == nullptr || text == nullptr)
        return 0;
    const bool ok = ca::app::accessible_set_comment(ca::app::g_app->state(), key, text);
    ca::platform::request_redraw();
    return ok ? 1 : 0;
}
}
#endif
