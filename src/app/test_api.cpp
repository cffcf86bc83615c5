// Case Audit - the test API: a small, documented window into the app's state for the
// browser tests (docs/testing.md), so that they check what the app holds rather than only
// reading pixels. Exposed to JavaScript as window.caseAudit by web/platform.js.
//
// It also tells tests where each labelled widget was drawn, so that they can click real
// buttons through the canvas like a user: Dear ImGui 1.86's test-engine hooks
// (IMGUI_ENABLE_TEST_ENGINE; the full Dear ImGui Test Engine needs 1.87+) report every
// widget's label and rectangle as it is drawn.
//
// Index of this file:
// [SECTION] Widget positions (Dear ImGui test-engine hooks)
// [SECTION] State
// [SECTION] Exports to JavaScript
#include "app/test_api.h"

#include "core/report/report_export.h"
#include "core/stats/stats_json.h"
#include "core/training/calibration_json.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <cstring>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#endif

namespace ca::app {
namespace {
App* g_app = nullptr;

// The size of the WebAssembly memory: it only ever grows, so this is the peak so far.
std::size_t memory_bytes() {
#ifdef __EMSCRIPTEN__
    return emscripten_get_heap_size();
#else
    return 0;
#endif
}
std::string g_json; // kept alive until the next call: JS copies it out at once

// ---------------------------------------------------------------------------
// [SECTION] Widget positions
// ---------------------------------------------------------------------------
struct ItemRecord {
    std::string label; // as shown: the text before any "##" id suffix
    ImRect rect;       // in CSS pixels: the part not clipped away by its window
    bool visible = false;
    bool whole = false;   // nothing of it clipped (a scrolled list may cut a button in half)
    bool focused = false; // it has the keyboard focus (Dear ImGui's nav id)
};
std::vector<ItemRecord> g_items_building; // this frame's, while it is drawn
std::vector<ItemRecord> g_items_shown;    // the last complete frame's: what is on screen
// A tab of a tab bar reports its label before it is laid out (Dear ImGui 1.86's TabItemEx
// calls the info hook ahead of ItemAdd, while the last item is still the one before): the
// label waits here for the ItemAdd of the same id, which brings the tab's own rectangle.
struct PendingItem {
    ImGuiID id = 0;
    std::string label;
    ImRect rect; // the last item's, used if no ItemAdd of this id follows
};
PendingItem g_pending;
} // namespace

void test_api_begin_frame() {
    g_items_building.clear();
    g_pending.id = 0;
}

void test_api_end_frame() {
    g_items_shown.swap(g_items_building);
}

} // namespace ca::app

namespace {
// Records a widget drawn at `rect` in the current window.
void record_item(ImGuiContext* ctx, ImGuiID id, const char* label, std::size_t length,
                 const ImRect& rect) {
    ca::app::ItemRecord r;
    r.label.assign(label, length);
    r.rect = rect;
    r.focused = id != 0 && id == ctx->NavId;
    const ImGuiWindow* w = ctx->CurrentWindow;
    r.visible = w != nullptr && w->ClipRect.Overlaps(r.rect);
    if (r.visible) {
        // A click must land on the part that is drawn: the middle of a half-hidden button
        // may be under another window's edge, where it does nothing.
        r.whole = w->ClipRect.Contains(r.rect);
        r.rect.ClipWithFull(w->ClipRect);
    }
    ca::app::g_items_building.push_back(std::move(r));
}

void flush_pending(ImGuiContext* ctx) {
    ca::app::PendingItem& p = ca::app::g_pending;
    if (p.id == 0)
        return;
    record_item(ctx, p.id, p.label.data(), p.label.size(), p.rect);
    p.id = 0;
}
} // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    ca::app::PendingItem& p = ca::app::g_pending;
    if (p.id == 0 || id != p.id)
        return;
    record_item(ctx, id, p.label.data(), p.label.size(), bb);
    p.id = 0;
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
    flush_pending(ctx);
    if (label == nullptr || *label == '\0')
        return;
    // A widget with no visible label (a text field beside its own caption) is known by its
    // whole id, "##auditor-name", so that tests can find it too.
    const char* end = label[0] == '#' && label[1] == '#' ? nullptr : std::strstr(label, "##");
    const std::size_t length =
        end != nullptr ? static_cast<std::size_t>(end - label) : std::strlen(label);
    if (id != 0 && id != ctx->LastItemData.ID) {
        ca::app::g_pending = {id, std::string(label, length), ctx->LastItemData.Rect};
        return;
    }
    record_item(ctx, id, label, length, ctx->LastItemData.Rect);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
    return nullptr;
}

namespace ca::app {

// ---------------------------------------------------------------------------
// [SECTION] State
// ---------------------------------------------------------------------------

namespace {
const char* storage_trouble_name(StorageTrouble t) {
    switch (t) {
    case StorageTrouble::Off:
        return "off";
    case StorageTrouble::Full:
        return "full";
    case StorageTrouble::NewerVersion:
        return "newer-version";
    case StorageTrouble::OtherTab:
        return "other-tab";
    case StorageTrouble::None:
        break;
    }
    return "none";
}

// Sampling & audit: the workbook's samples and audits (ids, results, grades; no case text),
// the page shown and the audit open.
nlohmann::json audit_json(const AppState& s) {
    const AuditState& a = s.audit;
    const audit::Workbook& wb = a.workbook;
    nlohmann::json samples = nlohmann::json::array();
    for (const audit::Sample& sample : wb.samples) {
        nlohmann::json drawn = nlohmann::json::array();
        for (const audit::DrawnRecord& d : sample.drawn)
            drawn.push_back(d.id);
        nlohmann::json changes = nlohmann::json::array();
        for (const audit::SampleChange& c : sample.changes)
            changes.push_back({{"added", c.added}, {"record", c.record_id}, {"reason", c.reason}});
        samples.push_back({{"id", sample.id},
                           {"records", audit::record_set_key(sample.spec.records)},
                           {"seed", sample.spec.seed},
                           {"size", sample.spec.size},
                           {"date", format_date(sample.spec.date)},
                           {"drawn", drawn},
                           {"changes", changes}});
    }
    nlohmann::json audits = nlohmann::json::array();
    for (const audit::Audit& au : wb.audits) {
        nlohmann::json answers = nlohmann::json::object();
        for (const audit::AreaAnswer& ans : au.answers)
            answers[ans.key] = audit::result_key(ans.result);
        const audit::Score score =
            audit::score_results(audit::audit_results(au), s.policy.policy.audit.bands);
        const audit::Grade grade =
            au.grade_override != audit::Grade::None ? au.grade_override : score.grade;
        audits.push_back(
            {{"id", au.id},
             {"records", audit::record_set_key(au.records)},
             {"record", au.record_id},
             {"sample", au.sample_id},
             {"status", audit::audit_status_key(au.status)},
             {"auditor", au.auditor},
             {"auditDate", au.audit_date ? nlohmann::json(format_date(*au.audit_date))
                                         : nlohmann::json(nullptr)},
             {"completed",
              au.completed ? nlohmann::json(format_date(*au.completed)) : nlohmann::json(nullptr)},
             {"answers", answers},
             {"unanswered", score.unanswered},
             {"grade", grade == audit::Grade::None ? nlohmann::json(nullptr)
                                                   : nlohmann::json(audit::grade_key(grade))},
             {"score", score.percent}});
    }
    nlohmann::json moderations = nlohmann::json::array();
    for (const audit::Moderation& m : wb.moderations) {
        nlohmann::json areas = nlohmann::json::object();
        for (const audit::ModerationArea& ar : m.areas)
            areas[ar.key] = {{"blind", audit::result_key(ar.blind)},
                             {"outcome", audit::moderation_outcome_key(ar.outcome)},
                             {"final", audit::result_key(ar.final_result)},
                             {"reason", ar.reason}};
        moderations.push_back(
            {{"id", m.id},
             {"audit", m.audit_id},
             {"moderator", m.moderator},
             {"blindSubmitted", m.blind_submitted},
             {"resolved", m.resolved ? nlohmann::json(format_date(*m.resolved)) : nlohmann::json()},
             {"areas", areas}});
    }
    nlohmann::json preview = nullptr;
    if (a.form.preview) {
        nlohmann::json drawn = nlohmann::json::array();
        for (const audit::DrawnRecord& d : a.form.preview->drawn)
            drawn.push_back(d.id);
        preview = {{"seed", a.form.preview_spec.seed},
                   {"inScope", a.form.preview->in_scope},
                   {"eligible", a.form.preview->eligible},
                   {"drawn", drawn}};
    }
    nlohmann::json file_errors = nlohmann::json::array();
    for (const audit::WorkbookError& e : a.file.errors)
        file_errors.push_back({{"path", e.path}, {"message", e.message}});
    return {{"storageKey", a.storage_key},
            {"fingerprint", wb.extract.fingerprint},
            {"auditor", wb.auditor},
            {"capacity", wb.capacity},
            {"samples", samples},
            {"audits", audits},
            {"moderations", moderations},
            {"page", a.page == SamplingPage::Workspace ? "workspace" : "samples"},
            {"openAudit", a.workspace.audit_id.empty() ? nlohmann::json(nullptr)
                                                       : nlohmann::json(a.workspace.audit_id)},
            {"formSeed", a.form.spec.seed},
            {"preview", preview},
            {"notice", a.notice},
            {"storageError", a.storage_error},
            {"storageTrouble", storage_trouble_name(a.storage_trouble)},
            {"fileErrors", file_errors},
            {"warning", a.warning},
            {"heldWorkbook", a.file.held.has_value()}};
}
// Reports: the files added and refused, what is being read, the tab shown, the last notice.
nlohmann::json reports_json(const ReportsState& r) {
    nlohmann::json files = nlohmann::json::array();
    if (r.report)
        for (const report::InputFile& f : r.report->audits.files)
            files.push_back({{"file", f.file},
                             {"accepted", f.accepted},
                             {"audits", f.audits},
                             {"message", f.message}});
    nlohmann::json clashes = nlohmann::json::array();
    if (r.report)
        for (const report::Clash& c : r.report->audits.clashes)
            clashes.push_back(c.message);
    return {{"files", files},
            {"clashes", clashes},
            {"loadErrors", r.load_errors},
            {"reading", r.reading.size()},
            {"tab", static_cast<int>(r.tab)},
            {"selectedArea", r.selected_area},
            {"notice", r.notice}};
}

// The Training section: the page, the pack open, the trainee's summary (each figure's value,
// unrounded, and n, as `caseaudit train-check --json` gives them), the moderation draw.
nlohmann::json coefficient_json(const stats::Coefficient& c) {
    return stats::coefficient_json(c, stats::k_value_and_n_json);
}

nlohmann::json training_json(const AppState& s) {
    const TrainingState& t = s.training;
    const PracticeState& p = t.practice;
    nlohmann::json j = {{"page", training_page_name(t.page)}, {"packOpen", practice_pack_open(s)},
                        {"practising", p.practising},         {"shownCase", p.shown_case},
                        {"submitError", p.submit_error},      {"notice", p.notice}};
    j["pack"] = p.pack ? nlohmann::json{{"title", p.pack->title},
                                        {"name", p.pack_name},
                                        {"cases", p.pack->cases.size()},
                                        {"caseIds",
                                         [&] {
                                             nlohmann::json ids = nlohmann::json::array();
                                             for (const training::PracticeCase& c : p.pack->cases)
                                                 ids.push_back(c.case_id);
                                             return ids;
                                         }()}}
                       : nlohmann::json();
    nlohmann::json errors = nlohmann::json::array();
    for (const training::PackProblem& e : p.errors)
        errors.push_back({{"path", e.path}, {"line", e.line}, {"message", e.message}});
    j["packErrors"] = errors;
    nlohmann::json feedback = nlohmann::json::array();
    for (const training::CaseFeedback& f : p.feedback)
        feedback.push_back({{"caseId", f.case_id}, {"agreed", f.agreed}});
    j["feedback"] = feedback;
    const training::TrainingSummary& sum = p.summary;
    j["summary"] = {{"cases", sum.cases},
                    {"areaAgreement", coefficient_json(sum.area_agreement)},
                    {"areaKappa", coefficient_json(sum.area_kappa)},
                    {"areaAC1", coefficient_json(sum.area_ac1)},
                    {"gradeAgreement", coefficient_json(sum.grade_agreement)},
                    {"gradeWithinOne", coefficient_json(sum.grade_within_one)},
                    {"gradeWeightedKappa", coefficient_json(sum.grade_weighted_kappa)},
                    {"passed", sum.passed},
                    {"verdict", sum.verdict}};
    const ModerationViewState& m = t.moderation;
    nlohmann::json drawn = nlohmann::json::array();
    if (m.draw)
        for (const audit::ModerationPick& pick : m.draw->drawn)
            drawn.push_back(pick.audit_id);
    j["moderation"] = {{"open", m.open},
                       {"error", m.error},
                       {"seed", m.draw ? nlohmann::json(m.draw->spec.seed) : nlohmann::json()},
                       {"drawn", drawn}};
    // The Calibration page: each workbook added (its auditor's name and file), the files
    // refused and why, and the figures as `caseaudit agreement --json` writes them.
    nlohmann::json books = nlohmann::json::array();
    for (const CalibrationWorkbook& w : t.calibration.workbooks)
        books.push_back({{"name", w.name}, {"file", w.file}, {"audits", w.workbook.audits.size()}});
    j["calibration"] = {
        {"workbooks", books},
        {"errors", t.calibration.errors},
        {"reading", t.calibration.reading.size()},
        {"fleiss",
         t.calibration.result ? coefficient_json(t.calibration.result->fleiss) : nlohmann::json()},
        {"result", t.calibration.result
                       ? nlohmann::json(training::calibration_json(*t.calibration.result))
                       : nlohmann::json()}};
    // The Author page: the pack being made and what its last save said.
    const AuthoringState& au = t.authoring;
    nlohmann::json authored = nlohmann::json::array();
    for (const training::PracticeCase& c : au.cases)
        authored.push_back(c.case_id);
    j["authoring"] = {{"cases", authored},
                      {"title", au.title},
                      {"author", au.author},
                      {"error", au.error},
                      {"notice", au.notice}};
    return j;
}
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
        static const char* k_status[] = {"none", "preparing", "importing", "imported", "failed"};
        j["import"] = {{"status", k_status[static_cast<int>(s.import.status)]},
                       {"progress", s.import.progress},
                       {"file", s.import.file_name},
                       {"errors", s.import.error_count},
                       {"warnings", s.import.warning_count},
                       {"notices", s.import.notice_count},
                       {"finishedAtMs", s.import.finished_at_ms}};
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
        if (s.caseloads.result) {
            const CaseloadResult& r = *s.caseloads.result;
            nlohmann::json workers = nlohmann::json::array();
            for (const WorkerCaseload& w : r.workers)
                workers.push_back(
                    {{"id", w.worker_id},
                     {"name", w.worker_name},
                     {"team", w.team_id},
                     {"caseload", w.caseload},
                     {"level",
                      w.level.applies() ? nlohmann::json(w.level.upper) : nlohmann::json(nullptr)},
                     {"worst", w.worst ? nlohmann::json(caseload_severity_name(*w.worst))
                                       : nlohmann::json(nullptr)}});
            j["caseloads"] = {{"date", format_date(r.date)},
                              {"policy", r.policy.fingerprint},
                              {"critical", r.count(CaseloadSeverity::Critical)},
                              {"high", r.count(CaseloadSeverity::High)},
                              {"notice", r.count(CaseloadSeverity::Notice)},
                              {"dataQuality", r.count(CaseloadSeverity::DataQuality)},
                              {"workers", workers}};
        } else {
            j["caseloads"] = nullptr;
        }
        j["audit"] = s.extract ? audit_json(s) : nlohmann::json(nullptr);
        j["reports"] = reports_json(s.reports);
        j["training"] = training_json(s);
        j["lastError"] = s.last_error;
        j["frame"] = s.frame;
        j["memoryBytes"] = memory_bytes();
        j["webgl"] = s.webgl_version;
        j["devicePixelRatio"] = s.device_pixel_ratio;
        j["textPercent"] = s.display.text_percent;
        j["highContrast"] = s.display.high_contrast;
        std::string focus;
        for (const ItemRecord& r : g_items_shown)
            if (r.focused)
                focus = r.label;
        j["focus"] = focus;
    }
    // Replace rather than throw on invalid UTF-8 in a file name.
    g_json = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return g_json.c_str();
}

const char* test_item_rect_json(const char* label) {
    nlohmann::json j = nullptr;
    if (label != nullptr)
        for (const ItemRecord& r : g_items_shown)
            if (r.visible && r.label == label) {
                j = {{"x", r.rect.Min.x},
                     {"y", r.rect.Min.y},
                     {"width", r.rect.GetWidth()},
                     {"height", r.rect.GetHeight()},
                     {"whole", r.whole}};
                break;
            }
    g_json = j.dump();
    return g_json.c_str();
}

const char* test_items_json() {
    nlohmann::json j = nlohmann::json::array();
    for (const ItemRecord& r : g_items_shown)
        if (r.visible)
            j.push_back(r.label);
    g_json = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return g_json.c_str();
}

const char* test_report_json() {
    if (g_app == nullptr || !g_app->state().reports.report)
        g_json = "null";
    else
        g_json = report::report_json(*g_app->state().reports.report);
    return g_json.c_str();
}

bool test_load_demo() {
    if (g_app == nullptr)
        return false;
    g_app->state().demo_requested = true;
    platform::request_redraw();
    return true;
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

// ---------------------------------------------------------------------------
// [SECTION] Exports to JavaScript
// ---------------------------------------------------------------------------
#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* ca_test_state_json() {
    return ca::app::test_state_json();
}
EMSCRIPTEN_KEEPALIVE const char* ca_test_item_rect_json(const char* label) {
    return ca::app::test_item_rect_json(label);
}
EMSCRIPTEN_KEEPALIVE const char* ca_test_items_json() {
    return ca::app::test_items_json();
}
EMSCRIPTEN_KEEPALIVE int ca_test_select_section(const char* name) {
    return ca::app::test_select_section(name) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE const char* ca_test_report_json() {
    return ca::app::test_report_json();
}
EMSCRIPTEN_KEEPALIVE int ca_test_load_demo() {
    return ca::app::test_load_demo() ? 1 : 0;
}
}
#endif
