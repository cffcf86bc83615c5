// Case Audit - the browser side of the platform layer. The JavaScript halves of these
// functions are in web/platform.js (linked with --js-library); files and pasted text come
// back through the exported ca_platform_* functions at the bottom of this file.
//
// Index of this file:
// [SECTION] JavaScript imports
// [SECTION] Platform API
// [SECTION] Exports called from JavaScript
#include "platform/platform.h"
#include "platform/platform_wake.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>
#include <string>

// ---------------------------------------------------------------------------
// [SECTION] JavaScript imports (web/platform.js)
// ---------------------------------------------------------------------------
extern "C" {
void ca_js_request_open_file(const char* accept, int multiple);
void ca_js_request_file_slice(int file_id, double offset, int length);
void ca_js_close_file(int file_id);
int ca_js_save_file(const char* name, const char* mime, const char* data, int size);
int ca_js_print_html(const char* data, int size);
void ca_js_set_clipboard(const char* text, int size);
int ca_js_storage_set(const char* key, const char* value, int size);
char* ca_js_storage_get(const char* key); // malloc'd UTF-8, or null; caller frees
void ca_js_storage_remove(const char* key);
int ca_js_storage_problem(); // of the last call above: 0 none, 1 switched off, 2 full
void ca_js_announce(const char* text, int size);
}

namespace ca::platform {
namespace {
WakeHook g_wake_hook = nullptr;
} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Platform API
// ---------------------------------------------------------------------------

void set_wake_hook(WakeHook hook) {
    g_wake_hook = hook;
}

void request_open_file(const char* accept, bool multiple) {
    ca_js_request_open_file(accept, multiple ? 1 : 0);
}

// Offsets go to JavaScript as doubles, exact up to 2^53 bytes.
void request_file_slice(int file_id, std::uint64_t offset, std::uint32_t length) {
    ca_js_request_file_slice(file_id, static_cast<double>(offset), static_cast<int>(length));
}

void detail::release_file(int file_id) {
    ca_js_close_file(file_id);
}

void open_path(const std::string&) {}

bool save_file(std::string_view file_name, std::string_view mime_type, std::string_view bytes) {
    const std::string name(file_name), mime(mime_type);
    return ca_js_save_file(name.c_str(), mime.c_str(), bytes.data(),
                           static_cast<int>(bytes.size())) != 0;
}

bool print_html(std::string_view html) {
    return ca_js_print_html(html.data(), static_cast<int>(html.size())) != 0;
}

void set_clipboard_text(std::string_view text) {
    ca_js_set_clipboard(text.data(), static_cast<int>(text.size()));
}

void announce(std::string_view text) {
    ca_js_announce(text.data(), static_cast<int>(text.size()));
}

bool storage_set(std::string_view key, std::string_view value) {
    const std::string k(key);
    return ca_js_storage_set(k.c_str(), value.data(), static_cast<int>(value.size())) != 0;
}

std::optional<std::string> storage_get(std::string_view key) {
    const std::string k(key);
    char* raw = ca_js_storage_get(k.c_str());
    if (raw == nullptr)
        return std::nullopt;
    std::string value(raw);
    std::free(raw);
    return value;
}

void storage_remove(std::string_view key) {
    const std::string k(key);
    ca_js_storage_remove(k.c_str());
}

StorageProblem storage_problem() {
    switch (ca_js_storage_problem()) {
    case 1:
        return StorageProblem::Off;
    case 2:
        return StorageProblem::Full;
    default:
        return StorageProblem::None;
    }
}

float device_pixel_ratio() {
    return static_cast<float>(emscripten_get_device_pixel_ratio());
}

void request_redraw() {
    if (g_wake_hook != nullptr)
        g_wake_hook();
}

} // namespace ca::platform

// ---------------------------------------------------------------------------
// [SECTION] Exports called from JavaScript
// ---------------------------------------------------------------------------
extern "C" {

// The user opened or dropped a file; the page keeps the File object under `id`.
EMSCRIPTEN_KEEPALIVE void ca_platform_file_opened(int id, const char* name, double size) {
    ca::platform::OpenedFile file;
    file.id = id;
    file.name = name != nullptr ? name : "";
    file.size = size > 0 ? static_cast<std::uint64_t>(size) : 0;
    ca::platform::push_opened_file(std::move(file));
}

// A slice of an opened file, read by the page. Takes ownership of `data` (malloc'd by the
// page), which becomes the slice's bytes without a copy. A negative size means the slice
// could not be read; `error` then says why.
EMSCRIPTEN_KEEPALIVE void ca_platform_file_slice(int id, double offset, std::uint8_t* data,
                                                 int size, const char* error) {
    ca::platform::FileSlice slice;
    slice.file_id = id;
    slice.offset = static_cast<std::uint64_t>(offset);
    if (size > 0) {
        slice.bytes = ca::platform::SliceBytes::adopt(data, static_cast<std::size_t>(size));
    } else {
        std::free(data);
        if (size < 0)
            slice.error =
                error != nullptr && *error != '\0' ? error : "The file could not be read.";
    }
    ca::platform::push_file_slice(std::move(slice));
}

// Text from a paste event on the page.
EMSCRIPTEN_KEEPALIVE void ca_platform_paste(const char* text) {
    if (text != nullptr)
        ca::platform::push_pasted_text(text);
}

// Another tab or window of the app changed `key` in the shared storage ("*": all of it).
EMSCRIPTEN_KEEPALIVE void ca_platform_storage_changed(const char* key) {
    if (key != nullptr)
        ca::platform::push_storage_change(key);
}

// Any user input or resize on the page: draw again.
EMSCRIPTEN_KEEPALIVE void ca_platform_wake() {
    ca::platform::request_redraw();
}
}
