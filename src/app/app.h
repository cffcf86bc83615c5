// Case Audit - the app: its state and one frame of its UI.
//
// The app owns what the user is doing (which section is open, what is loaded, the last
// error); the rules live in the core library; each section is drawn by a view in views/.
// The runner in backend/ calls App::frame() only when something changed.
#pragma once

#include "core/extract/import.h"
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
};

struct AppState {
    Section section = Section::Import;
    std::optional<ReceivedFile> received;
    ImportOutcome import;
    std::shared_ptr<const Extract> extract; // the open extract; null until one imports
    std::string extract_file_name;
    std::string last_error;
    bool demo_requested = false; // set by a view: "Explore with demo data"
    std::uint64_t frame = 0;     // frames drawn so far (the test API reports it)
    int webgl_version = 0;       // 2, 1, or 0 on the desktop build
    float device_pixel_ratio = 1.0f;
};

class ImportJob;

class App {
public:
    App();
    ~App();

    // One frame: takes files the platform received, then draws the whole UI.
    void frame();

    // A job is running (an import, the demo being made): the runner keeps drawing frames.
    bool busy() const {
        return import_job_ != nullptr || state_.import.status == ImportStatus::Preparing;
    }

    AppState& state() { return state_; }
    const AppState& state() const { return state_; }

private:
    void receive(platform::OpenedFile&& file);
    void start_import(std::unique_ptr<ImportJob> job);
    void prepare_demo();
    void pump_import();

    AppState state_;
    std::unique_ptr<ImportJob> import_job_;
};

} // namespace ca::app
