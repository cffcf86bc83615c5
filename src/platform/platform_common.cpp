// Case Audit - the parts of the platform layer that are the same on every side: the queues
// through which files, file slices and pasted text reach the app. Both sides push into them from
// their own callbacks; the app drains them once a frame.
#include "platform/platform.h"

#include <utility>

namespace ca::platform {
namespace {
std::vector<OpenedFile> g_opened_files;
std::vector<FileSlice> g_file_slices;
std::string g_pasted_text;
} // namespace

std::vector<OpenedFile> take_opened_files() {
    std::vector<OpenedFile> out;
    out.swap(g_opened_files);
    return out;
}

void push_opened_file(OpenedFile file) {
    g_opened_files.push_back(std::move(file));
    request_redraw();
}

std::vector<FileSlice> take_file_slices() {
    std::vector<FileSlice> out;
    out.swap(g_file_slices);
    return out;
}

void push_file_slice(FileSlice slice) {
    g_file_slices.push_back(std::move(slice));
    request_redraw();
}

std::string take_pasted_text() {
    std::string out;
    out.swap(g_pasted_text);
    return out;
}

void push_pasted_text(std::string text) {
    g_pasted_text += text;
    request_redraw();
}

} // namespace ca::platform
