// Case Audit - the app frame: header, navigation between sections, and the section's view.
//
// Index of this file:
// [SECTION] Sections
// [SECTION] Receiving files
// [SECTION] A new extract
// [SECTION] Frame layout
#include "app/app.h"

#include "app/announcer.h"
#include "app/audit_store.h"
#include "app/import_job.h"
#include "app/storage_status.h"
#include "app/test_api.h"
#include "app/ui/keyboard.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/views.h"
#include "core/generate/generate.h"
#include "core/version.h"

#include <imgui.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <utility>

namespace ca::app {

namespace {
const char* k_demo_name = "Demo extract (synthetic): London Borough of Eastmere";
} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Sections
// ---------------------------------------------------------------------------
namespace {
struct SectionInfo {
    Section section;
    const char* name;
    void (*draw)(AppState&);
};
const SectionInfo k_sections[] = {
    {Section::Import, "Import", draw_import_view},
    {Section::Caseloads, "Caseloads", draw_caseloads_view},
    {Section::SamplingAudit, "Sampling & audit", draw_sampling_view},
    {Section::Reports, "Reports", draw_reports_view},
    {Section::Training, "Training", draw_training_view},
    {Section::Settings, "Settings", draw_settings_view},
};
static_assert(sizeof(k_sections) / sizeof(k_sections[0]) == static_cast<int>(Section::Count),
              "every section needs a row in k_sections");

const SectionInfo& info(Section s) {
    return k_sections[static_cast<int>(s)];
}
} // namespace

const char* section_name(Section s) {
    return info(s).name;
}

std::optional<Section> section_from_name(std::string_view name) {
    for (const SectionInfo& s : k_sections)
        if (name == s.name)
            return s.section;
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// [SECTION] Receiving files
// ---------------------------------------------------------------------------

// The policy the manager set last time, if any, is back in force; a stored policy that no
// longer loads (say, after an update changed the rules) is set aside for the defaults.
App::App() {
    if (const std::optional<std::string> stored = platform::storage_get(k_policy_storage_key)) {
        PolicyLoadResult r = load_policy_json(*stored);
        if (r.ok()) {
            state_.policy.policy = std::move(*r.policy);
            state_.policy.source = "set on this device";
        }
    }
    state_.policy.draft = state_.policy.policy;
    if (const std::optional<std::string> stored = platform::storage_get(k_display_storage_key))
        state_.display = parse_display_settings(*stored);
}
App::~App() = default;

std::string format_display_settings(const DisplaySettings& d) {
    return "text=" + std::to_string(d.text_percent) +
           ";contrast=" + (d.high_contrast ? "high" : "standard");
}

DisplaySettings parse_display_settings(std::string_view text) {
    DisplaySettings d;
    constexpr std::string_view k_text = "text=";
    if (const std::size_t at = text.find(k_text); at != std::string_view::npos) {
        int percent = 0;
        const char* first = text.data() + at + k_text.size();
        const auto [end, ec] = std::from_chars(first, text.data() + text.size(), percent);
        if (ec == std::errc() && percent >= k_text_percent_min && percent <= k_text_percent_max)
            d.text_percent = percent;
    }
    d.high_contrast = text.find("contrast=high") != std::string_view::npos;
    return d;
}

void store_display_settings(const DisplaySettings& d) {
    platform::storage_set(k_display_storage_key, format_display_settings(d));
}

bool App::busy() const {
    return state_.import.status == ImportStatus::Preparing ||
           (import_job_ != nullptr && import_job_->has_work()) ||
           state_.training.pending_extract != nullptr; // a pack opens on the next frame
}

bool App::importing() const {
    return import_job_ != nullptr && !import_job_->from_memory() && !import_job_->finished();
}

void App::work_between_frames() {
    pump_import();
}

// A newly opened file replaces an import still running (the user changed their mind),
// unless the user asked for a policy file (Settings).
void App::receive(platform::OpenedFile&& file) {
    if (state_.next_open == OpenPurpose::Policy) {
        state_.next_open = OpenPurpose::Extract;
        receive_policy(std::move(file));
        return;
    }
    if (state_.next_open == OpenPurpose::Workbook) {
        state_.next_open = OpenPurpose::Extract;
        receive_workbook_file(state_, std::move(file));
        return;
    }
    if (state_.next_open == OpenPurpose::TrainingPack) {
        state_.next_open = OpenPurpose::Extract;
        receive_training_pack(state_, std::move(file));
        return;
    }
    if (state_.next_open == OpenPurpose::CalibrationWorkbook) {
        state_.next_open = OpenPurpose::Extract;
        receive_calibration_workbook(state_, std::move(file));
        return;
    }
    state_.received = ReceivedFile{file.name, file.size};
    start_import(std::make_unique<ImportJob>(std::move(file)));
}

// Policy files are small: read whole, in one slice, then checked by the core's loader.
void App::receive_policy(platform::OpenedFile&& file) {
    constexpr std::uint64_t k_max_policy_bytes = 1u << 20;
    state_.policy.last_file = file.name;
    state_.policy.last_errors.clear();
    if (file.size > k_max_policy_bytes) {
        state_.policy.last_errors.push_back(
            {"", "This file is larger than 1 MB, far larger than any policy file: is it an "
                 "extract?"});
        platform::close_file(file.id);
        return;
    }
    platform::request_file_slice(file.id, 0, static_cast<std::uint32_t>(file.size));
    policy_file_ = std::move(file);
}

void App::pump_policy_file() {
    if (!policy_file_)
        return;
    for (platform::FileSlice& slice : platform::take_file_slices(policy_file_->id)) {
        PolicyState& ps = state_.policy;
        if (!slice.error.empty()) {
            ps.last_errors.push_back({"", slice.error});
        } else {
            PolicyLoadResult r = load_policy_json(std::string_view(
                reinterpret_cast<const char*>(slice.bytes.data()), slice.bytes.size()));
            if (r.ok()) {
                set_policy(state_, std::move(*r.policy), policy_file_->name);
                platform::storage_set(k_policy_storage_key, save_policy_json(ps.policy));
            } else {
                ps.last_errors = std::move(r.errors);
            }
        }
        platform::close_file(policy_file_->id);
        policy_file_.reset();
        return;
    }
}

void App::start_import(std::unique_ptr<ImportJob> job) {
    state_.last_error.clear();
    state_.section = Section::Import;
    state_.import = ImportOutcome{};
    state_.import.status = ImportStatus::Importing;
    state_.import.file_name = job->file().name;
    import_job_ = std::move(job);
    import_job_->start();
    pump_import();
}

// The demo is generated here, in the browser, from the same generator as `caseaudit
// generate --demo`: the app ships a few kilobytes of code instead of megabytes of data, and
// every copy of the app shows the same borough. It is drawn first as "Preparing", so the
// manager sees something happen before the (sub-second) generation blocks a frame.
void App::prepare_demo() {
    StringSink sink;
    generate_extract(demo_options(), sink);
    state_.received = ReceivedFile{k_demo_name, sink.text.size()};
    start_import(std::make_unique<ImportJob>(k_demo_name, std::move(sink.text)));
}

// In the browser, wasm code first runs as the engine's quick baseline compilation, and a
// function is optimised only after it has run for a while; an import's first megabytes
// paid for that, every time the page was opened. Importing a made-up extract of about
// 1 MB (50 cases from the demo's generator) once at start-up moved that cost there: the
// median import of 94.7 MB in a bare page fell from 0.99-1.05 s to 0.79-0.89 s
// (docs/performance.md). Nothing of it is kept; memory goes back to the allocator.
void App::warm_up_importer() {
    GenerateOptions o = demo_options();
    o.cases = 50;
    StringSink sink;
    generate_extract(o, sink);
    (void)import_extract(sink.text);
}

void App::pump_import() {
    if (!import_job_)
        return;
    for (platform::FileSlice& slice : platform::take_file_slices(import_job_->file().id))
        import_job_->on_slice(std::move(slice));
    import_job_->step();
    state_.import.progress = import_job_->progress();
    if (!import_job_->finished())
        return;
    ImportResult r = import_job_->take_result();
    ImportOutcome& out = state_.import;
    out.findings = std::move(r.findings);
    // Errors first, then warnings, then notices; in file order within each.
    std::stable_sort(out.findings.begin(), out.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    out.error_count = r.error_count;
    out.warning_count = r.warning_count;
    out.notice_count = r.notice_count;
    out.progress = 1.0;
    if (r.ok()) {
        out.status = ImportStatus::Imported;
        set_extract(state_, std::move(r.extract), out.file_name, import_job_->take_text());
        on_extract_changed();
    } else {
        out.status = ImportStatus::Failed;
        state_.last_error = out.file_name +
                            " could not be imported: " + std::to_string(out.error_count) +
                            (out.error_count == 1 ? " error." : " errors.");
    }
    // After the caseload index and the workbook: all of that is part of the import.
    out.finished_at_ms = std::chrono::duration<double, std::milli>(
                             std::chrono::steady_clock::now().time_since_epoch())
                             .count();
    import_job_.reset();
}

// ---------------------------------------------------------------------------
// [SECTION] A new extract
// ---------------------------------------------------------------------------

// A training pack's records, loaded and checked by the pack loader, open as an import would:
// the Import page says so, and the trainee's workbook for them comes back from storage.
void App::take_pending_extract() {
    TrainingState& t = state_.training;
    if (!t.pending_extract)
        return;
    if (import_job_) // a pack chosen during an import wins, as a newer file does
        import_job_.reset();
    state_.last_error.clear();
    state_.import = ImportOutcome{};
    state_.import.status = ImportStatus::Imported;
    state_.import.file_name = t.pending_name;
    state_.import.progress = 1.0;
    state_.received = ReceivedFile{t.pending_name, 0};
    set_extract(state_, std::move(t.pending_extract), t.pending_name, std::move(t.pending_text));
    t.pending_extract.reset();
    on_extract_changed();
}

void set_extract(AppState& state, std::shared_ptr<const Extract> extract, std::string file_name,
                 std::string text) {
    state.extract = std::move(extract);
    state.extract_file_name = std::move(file_name);
    state.extract_text = std::move(text);
    ++state.revisions.extract;
}

void set_policy(AppState& state, Policy policy, std::string source) {
    PolicyState& ps = state.policy;
    ps.policy = std::move(policy);
    ps.draft = ps.policy;
    ps.source = std::move(source);
    ++state.revisions.policy;
}

// Caseloads start again on the new extract's date (nothing the manager chose there is kept);
// the auditor's work on it, if any, comes back from the browser's storage. The caseload index
// is built here, not on the next frame, so that the import's time includes it.
void App::on_extract_changed() {
    open_workbook_for_extract(state_);
    check_storage_after_open(state_);
    // Reports start again on the new extract's dates and teams; the workbooks added stay (each
    // is matched against the new extract: one saved for another is refused, saying so).
    ReportsState& r = state_.reports;
    std::vector<report::WorkbookInput> added = std::move(r.added);
    r = ReportsState{};
    r.added = std::move(added);
    CaseloadsState& c = state_.caseloads;
    c = CaseloadsState{};
    c.index = std::make_unique<CaseloadIndex>(*state_.extract);
    c.index_built.built(state_.revisions);
    c.date = default_caseload_date(*state_.extract);
    const std::string iso = format_date(c.date);
    std::snprintf(c.date_text, sizeof c.date_text, "%s", iso.c_str());
}

// Results are recomputed only when the date, the policy or the extract changed: the core
// takes a few milliseconds for a whole extract, but not every frame needs it.
void App::update_caseloads() {
    CaseloadsState& c = state_.caseloads;
    const Revisions& now = state_.revisions;
    if (!state_.extract)
        return;
    if (!c.index || c.index_built.stale(now)) {
        c.index = std::make_unique<CaseloadIndex>(*state_.extract);
        c.index_built.built(now);
    }
    const bool recomputed = c.result_built.stale(now) || c.result_date != c.date;
    if (recomputed) {
        c.result = compute_caseloads(*c.index, state_.policy.policy, c.date);
        c.history = caseload_history(*c.index, state_.policy.policy, c.date);
        c.result_built.built(now);
        c.result_date = c.date;
        c.resort = true;
    }
    if (recomputed || c.detail_worker != c.selected_worker) {
        c.detail_worker = c.selected_worker;
        c.detail_asye.clear();
        c.detail_cases.clear();
        if (c.selected_worker != k_no_index) {
            const Policy& p = state_.policy.policy;
            c.detail_asye = asye_trajectory(*c.index, p, c.selected_worker, c.date);
            c.detail_cases = worker_case_list(*c.index, p, c.selected_worker, c.date);
        }
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Frame layout
// ---------------------------------------------------------------------------
namespace {
// Navigation width in multiples of the font size, so it scales with the text.
constexpr float k_nav_width_ems = 12.0f;

void draw_header(const AppState& state) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetFontSize() * 2.6f;
    const float w = ImGui::GetWindowWidth();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(w, p.y + h), colors::header_bg);
    ImGui::SetCursorScreenPos(ImVec2(p.x + ImGui::GetFontSize() * 0.6f, p.y + h * 0.22f));
    ImGui::PushStyleColor(ImGuiCol_Text, colors::header_text);
    heading_text(k_product_name);
    ImGui::SameLine();
    const char* privacy =
        state.extract ? state.extract_file_name.c_str() : "Your data stays in this browser";
    ImGui::SetCursorPosX(w - ImGui::CalcTextSize(privacy).x - ImGui::GetFontSize() * 1.2f);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetFontSize() * 0.2f);
    ImGui::TextUnformatted(privacy);
    ImGui::PopStyleColor();
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + h));
}

// F1 opens the list of keys; Ctrl+S saves the workbook from anywhere once an extract is open.
// The hint under the navigation says so, so that the keys are found without the help.
void draw_keyboard_help(AppState& state) {
    const char* title = "Keyboard";
    if (function_key_pressed(1))
        ImGui::OpenPopup(title);
    if (state.extract && ctrl_letter_pressed('s'))
        save_workbook_file(state);
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowSize(ImVec2(em * 34.0f, 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    static constexpr const char* k_keys[][2] = {
        {"Tab, Shift+Tab", "next and previous control, on every page"},
        {"Enter or Space", "press the focused button, tick the box, choose the option"},
        {"Arrow keys", "move between controls next to each other, and along lists"},
        {"Escape", "leave a text box (what you typed is kept), close this panel"},
        {"1, 2, 3, 4", "audit area with the focus: Met, Partly met, Not met, N/A"},
        {"N, P", "audit: next and previous area"},
        {"U", "audit: next unanswered area"},
        {"Ctrl+S", "save the workbook (your audit work) to a file"},
        {"F1", "this list"},
    };
    // Fixed column widths: in a window that sizes itself to its contents, a stretching
    // column with wrapped text has no width to wrap to and shrinks to a letter a line.
    if (ImGui::BeginTable("##keys", 2,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                              ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("Key", ImGuiTableColumnFlags_WidthFixed, em * 9.0f);
        ImGui::TableSetupColumn("What it does", ImGuiTableColumnFlags_WidthFixed, em * 23.0f);
        for (const auto& k : k_keys) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(k[0]);
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(k[1]);
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
    muted_text("The audit keys work while a control of that area has the focus, never while "
               "you type in a text box.");
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_navigation(AppState& state) {
    const float em = ImGui::GetFontSize();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::nav_bg);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em * 0.5f, em * 0.75f));
    // Narrower than 12 em when the text is large or the window small: never more than a
    // quarter of the window, so the page keeps room.
    const float width = std::min(em * k_nav_width_ems, ImGui::GetWindowWidth() * 0.25f);
    begin_pane("##nav", ImVec2(width, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    for (const SectionInfo& s : k_sections) {
        const bool selected = state.section == s.section;
        ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
        if (ImGui::Selectable(s.name, selected, 0, ImVec2(0, em * 2.2f)))
            state.section = s.section;
        ImGui::PopStyleVar();
    }
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::text_muted);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("Keyboard: Tab moves, Enter presses, F1 lists every key.");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}
} // namespace

void App::frame() {
    std::vector<platform::OpenedFile> opened = platform::take_opened_files();
    // Files picked with "Add workbooks..." or dropped on Reports (with an extract open) are
    // workbooks for the report, every one of them.
    const bool for_report = state_.next_open == OpenPurpose::ReportWorkbooks ||
                            (state_.next_open == OpenPurpose::Extract &&
                             state_.section == Section::Reports && state_.extract != nullptr);
    for (platform::OpenedFile& f : opened) {
        if (for_report)
            receive_report_workbook(state_, std::move(f));
        else
            receive(std::move(f));
    }
    if (for_report && !opened.empty())
        state_.next_open = OpenPurpose::Extract;
    if (state_.demo_requested) {
        state_.demo_requested = false;
        if (state_.import.status != ImportStatus::Importing) {
            state_.import = ImportOutcome{};
            state_.import.status = ImportStatus::Preparing; // drawn once before the work
            state_.import.file_name = k_demo_name;
            state_.section = Section::Import;
        }
    } else if (state_.import.status == ImportStatus::Preparing) {
        prepare_demo();
    }
    pump_import();
    pump_policy_file();
    pump_workbook_file(state_);
    pump_report_workbooks(state_);
    pump_training_files(state_);
    take_pending_extract();
    // The policy's fingerprint, stamped on the workbook, is worked out only when the policy
    // changed (it serialises the whole policy).
    AuditState& a = state_.audit;
    if (a.fingerprint_built.stale(state_.revisions)) {
        a.policy_fingerprint = policy_fingerprint(state_.policy.policy);
        a.fingerprint_built.built(state_.revisions);
    }
    update_caseloads();
    update_audit_workspace(state_);
    update_training(state_);

    tab_reaches_every_widget();
    test_api_begin_frame();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("Case Audit", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();

    draw_header(state_);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 1);
    draw_navigation(state_);
    ImGui::SameLine(0, 0);
    const float em = ImGui::GetFontSize();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em * 1.5f, em * 1.0f));
    begin_pane("##content", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    info(state_.section).draw(state_);
    ImGui::EndChild();
    ImGui::PopStyleVar();

    draw_keyboard_help(state_);
    ImGui::End();
    keyboard_end_frame();
    save_workbook_and_check(state_); // after every frame that changed the auditor's work
    watch_other_tabs(state_);
    announce_changes(state_);
    test_api_end_frame();
    ++state_.frame;
}

} // namespace ca::app
