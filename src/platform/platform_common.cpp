// Case Audit - the parts of the platform layer that are the same on every side: the queues
// through which files, file slices, pasted text and other tabs' storage changes reach the app. Both
// sides push into them from their own callbacks; the app drains them once a frame.
#include "platform/platform.h"

#include <algorithm>
#include <set>
#include <utility>

namespace ca::platform {
namespace {
std::vector<OpenedFile> g_opened_files;
std::vector<FileSlice> g_file_slices;
std::set<int> g_open_file_ids;
std::string g_pasted_text;
std::vector<std::string> g_storage_changes;
} // namespace

std::vector<OpenedFile> take_opened_files() {
    std::vector<OpenedFile> out;
    out.swap(g_opened_files);
    return out;
}

void push_opened_file(OpenedFile file) {
    g_open_file_ids.insert(file.id);
    g_opened_files.push_back(std::move(file));
    request_redraw();
}

std::vector<FileSlice> take_file_slices(int file_id) {
    std::vector<FileSlice> out;
    const auto mine = [&](const FileSlice& s) { return s.file_id == file_id; };
    for (FileSlice& s : g_file_slices)
        if (mine(s))
            out.push_back(std::move(s));
    g_file_slices.erase(std::remove_if(g_file_slices.begin(), g_file_slices.end(), mine),
                        g_file_slices.end());
    return out;
}

void push_file_slice(FileSlice slice) {
    if (g_open_file_ids.count(slice.file_id) == 0)
        return; // the app closed the file while the slice was being read
    g_file_slices.push_back(std::move(slice));
    request_redraw();
}

void close_file(int file_id) {
    g_open_file_ids.erase(file_id);
    (void)take_file_slices(file_id);
    detail::release_file(file_id);
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

std::vector<std::string> take_storage_changes() {
    std::vector<std::string> out;
    out.swap(g_storage_changes);
    return out;
}

void push_storage_change(std::string key) {
    g_storage_changes.push_back(std::move(key));
    request_redraw();
}

} // namespace ca::platform
