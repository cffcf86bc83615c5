// Case Audit - the test API: a small, documented window into the app's state for the
// browser tests (docs/testing.md), so that they check what the app holds rather than only
// reading pixels. Exposed to JavaScript as window.caseAudit by web/platform.js.
#include "app/test_api.h"

#include <nlohmann/json.hpp>

namespace ca::app {
namespace {
App* g_app = nullptr;
std::string g_state_json; // kept alive until the next call: JS copies it out at once
} // namespace

void set_test_api_app(App* app) {
    g_app = app;
}

const char* test_state_json() {
    nlohmann::json j;
    if (g_app != nullptr) {
        const AppState& s = g_app->state();
        j["section"] = section_name(s.section);
        nlohmann::json sections = nlohmann::json::array();
        for (int i = 0; i < static_cast<int>(Section::Count); ++i)
            sections.push_back(section_name(static_cast<Section>(i)));
        j["sections"] = sections;
        if (s.received)
            j["loaded"] = {{"name", s.received->name}, {"bytes", s.received->bytes}};
        else
            j["loaded"] = nullptr;
        static const char* k_status[] = {"none", "importing", "imported", "failed"};
        j["import"] = {{"status", k_status[static_cast<int>(s.import.status)]},
                       {"progress", s.import.progress},
                       {"file", s.import.file_name},
                       {"errors", s.import.error_count},
                       {"warnings", s.import.warning_count},
                       {"notices", s.import.notice_count}};
        if (s.extract) {
            const Extract& x = *s.extract;
            j["extract"] = {{"file", s.extract_file_name},
                            {"organisation", x.metadata.organisation_name},
                            {"asAt", format_date(x.metadata.as_at)},
                            {"teams", x.teams.size()},
                            {"workers", x.workers.size()},
                            {"people", x.people.size()},
                            {"cases", x.cases.size()},
                            {"notes", x.notes.size()}};
        } else {
            j["extract"] = nullptr;
        }
        j["lastError"] = s.last_error;
        j["frame"] = s.frame;
        j["webgl"] = s.webgl_version;
        j["devicePixelRatio"] = s.device_pixel_ratio;
    }
    // Replace rather than throw on invalid UTF-8 in a file name.
    g_state_json = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return g_state_json.c_str();
}

bool test_select_section(const char* name) {
    if (g_app == nullptr || name == nullptr)
        return false;
    const std::optional<Section> s = section_from_name(name);
    if (!s)
        return false;
    g_app->state().section = *s;
    platform::request_redraw();
    return true;
}

} // namespace ca::app

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* ca_test_state_json() {
    return ca::app::test_state_json();
}
EMSCRIPTEN_KEEPALIVE int ca_test_select_section(const char* name) {
    return ca::app::test_select_section(name) ? 1 : 0;
}
}
#endif
