// Case Audit - the app: its state and one frame of its UI.
//
// The app owns what the user is doing (which section is open, what is loaded, the last
// error); the rules live in the core library; each section is drawn by a view in views/.
// The runner in backend/ calls App::frame() only when something changed.
#pragma once

#include "platform/platform.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace ca::app {

// The product's sections, in the order of the navigation bar.
enum class Section : int { Import, Caseloads, SamplingAudit, Reports, Training, Settings, Count };

const char* section_name(Section s); // "Sampling & audit"
std::optional<Section> section_from_name(std::string_view name);

// A file the app has received (the importer replaces this with the imported extract).
struct ReceivedFile {
    std::string name;
    std::size_t bytes = 0;
};

struct AppState {
    Section section = Section::Import;
    std::optional<ReceivedFile> received;
    std::string last_error;
    std::uint64_t frame = 0;   // frames drawn so far (the test API reports it)
    int webgl_version = 0;     // 2, 1, or 0 on the desktop build
    float device_pixel_ratio = 1.0f;
};

class App {
public:
    // One frame: takes files the platform received, then draws the whole UI.
    void frame();

    // A job is running (an import, a sample draw): the runner keeps drawing frames.
    bool busy() const { return false; }

    AppState& state() { return state_; }
    const AppState& state() const { return state_; }

private:
    void receive(platform::OpenedFile&& file);

    AppState state_;
};

} // namespace ca::app
