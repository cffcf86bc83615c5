// Case Audit - the app: its state and one frame of its UI.
//
// The app owns what the user is doing (which section is open, what is loaded, the last
// error); the rules live in the core library; each section is drawn by a view in views/.
// The runner in backend/ calls App::frame() only when something changed.
#pragma once

#include "app/audit_state.h"
#include "app/reports_state.h"
#include "app/training_state.h"
#include "core/caseload/asye_trajectory.h"
#include "core/caseload/caseload.h"
#include "core/extract/import.h"
#include "core/policy/policy.h"
#include "core/revisions.h"
#include "platform/platform.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace ca::app {

// The product's sections, in the order of the navigation bar.
enum class Section : int { Import, Caseloads, SamplingAudit, Reports, Training, Settings, Count };

const char* section_name(Section s); // "Sampling & audit"
std::optional<Section> section_from_name(std::string_view name);

// The last file the user opened, and what became of it.
struct ReceivedFile {
    std::string name;
    std::uint64_t bytes = 0;
};

enum class ImportStatus { None, Preparing, Importing, Imported, Failed };

// The outcome of the last import. A failed import keeps the extract that was open before
// (nothing the user had is lost); its errors are listed instead.
struct ImportOutcome {
    ImportStatus status = ImportStatus::None;
    double progress = 0.0;
    std::string file_name;
    std::vector<Finding> findings;
    std::size_t error_count = 0;
    std::size_t warning_count = 0;
    std::size_t notice_count = 0;
    // When the import finished, in milliseconds of the steady clock (performance.now() in
    // the browser): the benchmark subtracts the file input's change event from it instead
    // of polling for the end.
    double finished_at_ms = 0.0;
};

// The Caseloads section: the date and filters the manager chose, and the core's results for
// them, recomputed when the date, the policy or the extract changes (App::update_caseloads).
struct CaseloadsState {
    std::unique_ptr<CaseloadIndex> index; // built once per extract
    BuiltFrom index_built{k_depends_caseload_index};
    Date date;
    char date_text[16] = {};
    bool date_invalid = false;
    std::optional<CaseloadResult> result;
    std::optional<CaseloadHistory> history;
    BuiltFrom result_built{k_depends_caseloads};
    Date result_date; // the date `result` and `history` are for
    // The selected worker's drill-down, computed once per worker, date and policy rather than
    // on every frame the panel is drawn (the ASYE chart runs the rules for up to 13 dates).
    Index detail_worker = k_no_index;
    std::vector<AsyePoint> detail_asye;
    std::vector<CaseListRow> detail_cases;
    // View options.
    char filter[64] = {};
    bool only_with_findings = false;
    Index selected_worker = k_no_index;
    bool show_workers_tab = false; // a finding was clicked: bring the worker's detail forward
    std::string export_notice;     // "Saved caseloads-....csv to your downloads: ..."
    std::vector<int> order;        // rows of result->workers in the table's sort order
    bool resort = true;
};

// The policy the manager set is kept in the browser's storage under this key.
inline constexpr const char* k_policy_storage_key = "policy";

// Which policy is in force and where it came from.
struct PolicyState {
    Policy policy = default_policy();
    Policy draft = default_policy(); // what Settings edits; becomes `policy` when valid
    std::string source = "built-in defaults";
    std::vector<PolicyError> last_errors; // of the last policy file that failed to load
    std::string last_file;
};

// What the next opened file is for. ReportWorkbooks: every file of the next batch (several
// may be picked at once) is added to the report.
enum class OpenPurpose {
    Extract,
    Policy,
    Workbook,
    ReportWorkbooks,
    TrainingPack,
    CalibrationWorkbook
};

// How the app is drawn, chosen in Settings and kept in the browser (k_display_storage_key):
// the text size, 100% to 200% in steps of 25 (the font atlas is built again at that size and
// the spacing scaled with it), and the high-contrast theme.
struct DisplaySettings {
    int text_percent = 100;
    bool high_contrast = false;
};
inline constexpr const char* k_display_storage_key = "display";
inline constexpr int k_text_percent_min = 100;
inline constexpr int k_text_percent_max = 200;
inline constexpr int k_text_percent_step = 25;
// "text=150;contrast=high". Anything unreadable, or out of range, reads as the defaults
// for that part (a setting is never worth refusing to start over).
std::string format_display_settings(const DisplaySettings& d);
DisplaySettings parse_display_settings(std::string_view text);
// Keeps `d` in the browser.
void store_display_settings(const DisplaySettings& d);

// Everything the app holds. Derived data (caseloads, evidence, the case note, the writing
// assistant) records the Revisions it was built from and is built again when they move on;
// the revisions move only through set_extract(), set_policy() and the workbook's
// touch_workbook(), workbook_replaced() and dictionary_changed() (audit_state.h).
struct AppState {
    Revisions revisions;
    Section section = Section::Import;
    std::optional<ReceivedFile> received;
    ImportOutcome import;
    std::shared_ptr<const Extract> extract; // the open extract; null until one imports
    std::string extract_file_name;
    // The open extract's text when it was at most 32 MB (ImportJob::take_text), for cutting a
    // training pack from it; "" when it was larger.
    std::string extract_text;
    std::string last_error;
    // What the app has just said that a screen reader should announce (the page's aria-live
    // region, through the test API's state and platform::announce): set by a view or an
    // action, sent once, then cleared.
    std::string announcement;
    bool demo_requested = false;                  // set by a view: "Explore with demo data"
    OpenPurpose next_open = OpenPurpose::Extract; // what the next opened file is for
    PolicyState policy;
    DisplaySettings display;
    CaseloadsState caseloads;
    AuditState audit;        // Sampling & audit: the auditor's workbook and what is open
    ReportsState reports;    // Reports: the workbooks added, the choices, the report
    TrainingState training;  // Training: the pack, feedback, moderation, calibration
    std::uint64_t frame = 0; // frames drawn so far (the test API reports it)
    int webgl_version = 0;   // 2, 1, or 0 on the desktop build
    float device_pixel_ratio = 1.0f;
};

// A new extract is open (an import succeeded): everything built from the previous one is out
// of date.
void set_extract(AppState& state, std::shared_ptr<const Extract> extract, std::string file_name,
                 std::string text = {});
// The policy in force changes (Settings, a policy file, the defaults restored, data cleared):
// `policy` must be valid. The draft Settings edits becomes the same policy.
void set_policy(AppState& state, Policy policy, std::string source);

class ImportJob;

class App {
public:
    App();
    ~App();

    // One frame: takes files the platform received, then draws the whole UI.
    void frame();

    // Work that needs frames to move on: the demo being made, or an import with input waiting
    // to be parsed. While an import waits for the browser to read the file, nothing is drawn
    // until a slice arrives (which asks for a frame), instead of drawing continuously.
    bool busy() const;

    // An import from a file is running: it can move on without a frame being drawn.
    bool importing() const;
    // Between two drawn frames: feeds the import what has arrived (within its time budget),
    // without drawing. Touches no ImGui state.
    void work_between_frames();

    // Imports a small made-up extract and throws it away, so that the browser's WebAssembly
    // engine compiles the importer's hot code with its optimising compiler before the manager
    // opens a file (see the definition). About 0.1 s; called once, after the first frame.
    void warm_up_importer();

    AppState& state() { return state_; }
    const AppState& state() const { return state_; }

private:
    void receive(platform::OpenedFile&& file);
    void start_import(std::unique_ptr<ImportJob> job);
    void prepare_demo();
    void pump_import();
    void on_extract_changed();
    void update_caseloads();
    void receive_policy(platform::OpenedFile&& file);
    void pump_policy_file();
    void take_pending_extract();

    AppState state_;
    std::unique_ptr<ImportJob> import_job_;
    std::optional<platform::OpenedFile> policy_file_; // a policy file being read
};

} // namespace ca::app
