// Case Audit - the platform layer: everything that differs between the browser and a
// desktop build. The app talks to the outside world only through these functions;
// platform_web.cpp (with web/platform.js) and platform_native.cpp implement them.
//
// No case data ever leaves the machine through this layer: files come in from the user's
// own disk, exports go to the user's own downloads, storage is the browser's local storage.
//
// Index of this file:
// [SECTION] Files in (open dialog, drag and drop)
// [SECTION] Files out (downloads)
// [SECTION] Printing
// [SECTION] Clipboard
// [SECTION] Local storage
// [SECTION] Display and wake-ups
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca::platform {

// ---------------------------------------------------------------------------
// [SECTION] Files in
// ---------------------------------------------------------------------------

// A file the user opened (file input, drag and drop, or the desktop build's command line).
// Its bytes are not read yet: the app reads it in slices, so that a 500 MB extract never sits
// in memory twice and the page stays responsive while it is read.
struct OpenedFile {
    int id = 0;
    std::string name;
    std::uint64_t size = 0;
};

// The bytes of a file slice in one malloc'd block, owned. The browser side copies what it
// read straight into a block it allocates in wasm memory and hands that block over, so a
// slice is copied once on its way from the file to the importer, which parses it in place.
class SliceBytes {
public:
    SliceBytes() = default;
    // Takes ownership of `data`, a block from std::malloc holding `size` bytes.
    static SliceBytes adopt(std::uint8_t* data, std::size_t size) {
        SliceBytes b;
        b.data_.reset(data);
        b.size_ = data != nullptr ? size : 0;
        return b;
    }
    // A new block of `size` bytes (contents undefined); empty if memory ran out.
    static SliceBytes allocate(std::size_t size) {
        return adopt(static_cast<std::uint8_t*>(std::malloc(size > 0 ? size : 1)), size);
    }
    std::uint8_t* data() { return data_.get(); }
    const std::uint8_t* data() const { return data_.get(); }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    // Keeps only the first `size` bytes (a short read at the end of a file).
    void truncate(std::size_t size) { size_ = std::min(size, size_); }

private:
    struct Free {
        void operator()(std::uint8_t* p) const { std::free(p); }
    };
    std::unique_ptr<std::uint8_t, Free> data_;
    std::size_t size_ = 0;
};

// A part of an opened file, as requested with request_file_slice().
struct FileSlice {
    int file_id = 0;
    std::uint64_t offset = 0;
    SliceBytes bytes;  // fewer than asked for only at the end of the file
    std::string error; // set when the slice could not be read
};

// Shows the system's "open file" dialog (the page's <input type=file>). `accept` is a
// comma-separated list such as ".json,application/json". With `multiple`, the user may pick
// several files at once (they arrive together, in one take_opened_files()). Must be called
// while handling a user gesture (a click), which browsers require before they show a dialog.
void request_open_file(const char* accept, bool multiple = false);

// Files opened or dropped since the last call, oldest first. Polled once a frame.
std::vector<OpenedFile> take_opened_files();

// Asks for bytes [offset, offset + length) of an opened file. The slice arrives later (the
// browser reads files asynchronously) through take_file_slices().
void request_file_slice(int file_id, std::uint64_t offset, std::uint32_t length);
// The slices of one file that have arrived, in order.
std::vector<FileSlice> take_file_slices(int file_id);

// The app is done with the file: the platform lets go of it, and slices of it still being
// read are dropped when they arrive.
void close_file(int file_id);

// Desktop build: opens a file by its path (command line, or dropped on the window), as if
// the user had picked it. The browser cannot name files by path; there it does nothing.
void open_path(const std::string& path);

// Called by the platform sides when a file or a slice arrives.
void push_opened_file(OpenedFile file);
void push_file_slice(FileSlice slice);

namespace detail {
// Each side lets go of its own handle to the file (the page's File object, a path).
void release_file(int file_id);
} // namespace detail

// ---------------------------------------------------------------------------
// [SECTION] Files out
// ---------------------------------------------------------------------------

// Offers `bytes` to the user as a download called `file_name` (browser: a Blob and a
// download link; native: written to the current folder). Returns false on failure.
bool save_file(std::string_view file_name, std::string_view mime_type, std::string_view bytes);

// ---------------------------------------------------------------------------
// [SECTION] Printing
// ---------------------------------------------------------------------------

// Prints a whole HTML document (the oversight report), so the user can print it or save it
// as a PDF from the print dialog. Browser: the document is put in a hidden frame of this
// page (srcdoc: nothing is fetched; the frame is sandboxed and allows no script) and that
// frame is printed. Native: the document is written to the current folder as
// `case-audit-print.html`, to open and print from a browser. Returns false on failure.
bool print_html(std::string_view html);

// ---------------------------------------------------------------------------
// [SECTION] Clipboard
// ---------------------------------------------------------------------------

// Copies text to the system clipboard (browser: navigator.clipboard, with a fallback).
void set_clipboard_text(std::string_view text);

// Text that arrived from a paste into the page, to be typed into the focused field; empty
// when there is none. Browsers only give clipboard contents through a paste event.
std::string take_pasted_text();
void push_pasted_text(std::string text);

// ---------------------------------------------------------------------------
// [SECTION] Local storage
// ---------------------------------------------------------------------------

// A small key-value store that survives a reload (browser: localStorage). Used for the
// auditor's own work and settings, never for the extract itself.
bool storage_set(std::string_view key, std::string_view value);
std::optional<std::string> storage_get(std::string_view key);
void storage_remove(std::string_view key);

// Why the last storage_set/get/remove did not work. Browsers refuse storage in two ways
// the auditor must be told apart: switched off (a private window, a setting or an IT
// policy: localStorage cannot even be reached) and full (its quota for this page is used).
enum class StorageProblem { None, Off, Full };
StorageProblem storage_problem();

// Keys another tab or window of the app changed in the shared storage since the last call
// (the browser's "storage" events), oldest first; "*" when it cleared all of it. Polled once
// a frame. The desktop build has no other windows: always empty.
std::vector<std::string> take_storage_changes();
void push_storage_change(std::string key);

// ---------------------------------------------------------------------------
// [SECTION] Display and wake-ups
// ---------------------------------------------------------------------------

// Says `text` to screen readers (browser: the page's aria-live region, #announcer; native:
// nothing). The canvas cannot be read, so what the app tells the user in words (imported,
// saved, an error, an audit completed) is announced here as well.
void announce(std::string_view text);

// Device pixels per CSS pixel (browser: window.devicePixelRatio; native: 1).
float device_pixel_ratio();

// The app draws only when something changed. Code that changes state outside an input event
// (a file arriving, a background job step) calls this so the next frame is drawn.
void request_redraw();

} // namespace ca::platform
