// Case Audit - the desktop side of the platform layer, used by the development build of
// the UI. Files arrive by drag and drop onto the window or on the command line; downloads
// are written to the current folder; storage is one file a key under the user's data folder.
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Platform API
#include "platform/platform.h"
#include "platform/platform_wake.h"

#include <SDL.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace ca::platform {
namespace {
WakeHook g_wake_hook = nullptr;
StorageProblem g_storage_problem = StorageProblem::None; // of the last storage call
std::map<int, std::filesystem::path> g_open_files;
int g_next_file_id = 1;

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

std::filesystem::path storage_dir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    std::filesystem::path base = xdg != nullptr && *xdg != '\0' ? std::filesystem::path(xdg)
                                 : home != nullptr ? std::filesystem::path(home) / ".local/share"
                                                   : std::filesystem::temp_directory_path();
    return base / "case-audit" / "storage";
}

// Keys become file names, so every byte outside [A-Za-z0-9._-] is hex-encoded.
std::filesystem::path storage_path(std::string_view key) {
    static const char* hex = "0123456789abcdef";
    std::string name;
    for (const char c : key) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
            u == '.' || u == '_' || u == '-') {
            name += c;
        } else {
            name += '%';
            name += hex[u >> 4];
            name += hex[u & 15];
        }
    }
    return storage_dir() / name;
}
} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Platform API
// ---------------------------------------------------------------------------

void set_wake_hook(WakeHook hook) {
    g_wake_hook = hook;
}

void request_open_file(const char* accept, bool) {
    // The desktop build has no file dialog of its own: files are dropped onto the window.
    std::fprintf(stderr, "Drop a file (%s) onto the window to open it.\n", accept);
}

void open_path(const std::string& path) {
    OpenedFile file;
    file.id = g_next_file_id++;
    const std::filesystem::path p(path);
    file.name = p.filename().string();
    std::error_code ec;
    file.size = std::filesystem::file_size(p, ec);
    g_open_files[file.id] = p;
    push_opened_file(std::move(file));
}

// Read at once: the desktop has no reason to wait, and the queue keeps the order the app
// expects (a slice arrives after the call that asked for it).
void request_file_slice(int file_id, std::uint64_t offset, std::uint32_t length) {
    FileSlice slice;
    slice.file_id = file_id;
    slice.offset = offset;
    const auto it = g_open_files.find(file_id);
    std::ifstream in;
    if (it != g_open_files.end())
        in.open(it->second, std::ios::binary);
    if (!in) {
        slice.error = "The file could not be read.";
    } else {
        in.seekg(static_cast<std::streamoff>(offset));
        slice.bytes = SliceBytes::allocate(length);
        if (slice.bytes.size() < length) {
            slice.error = "There is not enough memory to read the file.";
        } else {
            in.read(reinterpret_cast<char*>(slice.bytes.data()),
                    static_cast<std::streamsize>(length));
            slice.bytes.truncate(static_cast<std::size_t>(in.gcount()));
        }
    }
    push_file_slice(std::move(slice));
}

void detail::release_file(int file_id) {
    g_open_files.erase(file_id);
}

bool save_file(std::string_view file_name, std::string_view, std::string_view bytes) {
    std::ofstream out(std::string(file_name), std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

// No print dialog of our own: the document is written where downloads go, to be opened and
// printed from a browser.
bool print_html(std::string_view html) {
    return save_file("case-audit-print.html", "text/html", html);
}

void set_clipboard_text(std::string_view text) {
    SDL_SetClipboardText(std::string(text).c_str());
}

// The desktop build has no accessibility bridge: nothing to say it to.
void announce(std::string_view) {}

// Written beside the old copy and then renamed over it, so that a full disk leaves the old
// copy whole instead of cut short.
bool storage_set(std::string_view key, std::string_view value) {
    std::error_code ec;
    std::filesystem::create_directories(storage_dir(), ec);
    const std::filesystem::path path = storage_path(key);
    std::filesystem::path partial = path;
    partial += ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out) {
            g_storage_problem = StorageProblem::Off;
            return false;
        }
        out.write(value.data(), static_cast<std::streamsize>(value.size()));
        out.close();
        if (!out) {
            std::filesystem::remove(partial, ec);
            g_storage_problem = StorageProblem::Full;
            return false;
        }
    }
    std::filesystem::rename(partial, path, ec);
    g_storage_problem = ec ? StorageProblem::Off : StorageProblem::None;
    return !ec;
}

std::optional<std::string> storage_get(std::string_view key) {
    g_storage_problem = StorageProblem::None;
    std::ifstream in(storage_path(key), std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void storage_remove(std::string_view key) {
    std::error_code ec;
    std::filesystem::remove(storage_path(key), ec);
}

StorageProblem storage_problem() {
    return g_storage_problem;
}

float device_pixel_ratio() {
    return 1.0f;
}

void request_redraw() {
    if (g_wake_hook != nullptr)
        g_wake_hook();
}

} // namespace ca::platform
