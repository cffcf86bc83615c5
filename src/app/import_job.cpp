// Case Audit - importing an extract in the app: a file read in slices between frames and fed
// to the core's ExtractImporter within a time budget, or the demo from memory; then the
// checks that need the whole model (core/extract/checks.h). See import_job.h.
#include "app/import_job.h"

#include "core/extract/checks.h"

#include <algorithm>
#include <chrono>
#include <utility>

namespace ca::app {

ImportJob::ImportJob(platform::OpenedFile file) : file_(std::move(file)) {
    importer_.set_total_bytes(file_.size);
}

ImportJob::ImportJob(std::string name, std::string bytes)
    : memory_(std::move(bytes)), from_memory_(true) {
    file_.name = std::move(name);
    file_.size = memory_.size();
    importer_.set_total_bytes(file_.size);
}

ImportJob::~ImportJob() {
    if (!from_memory_)
        platform::close_file(file_.id);
}

void ImportJob::start() {
    if (file_.size == 0) {
        finish(importer_.finish()); // the importer explains what an empty file means
        return;
    }
    if (!from_memory_)
        request_more();
}

void ImportJob::request_more() {
    while (requested_ < file_.size &&
           requested_ - received_ < std::uint64_t{k_read_ahead} * k_slice_bytes) {
        const auto n = static_cast<std::uint32_t>(
            std::min<std::uint64_t>(k_slice_bytes, file_.size - requested_));
        platform::request_file_slice(file_.id, requested_, n);
        requested_ += n;
    }
}

void ImportJob::fail(const std::string& message) {
    ImportResult failed;
    Finding f;
    f.severity = Severity::Error;
    f.code = "read-failed";
    f.message = file_.name + ": " + message;
    failed.findings.push_back(std::move(f));
    failed.error_count = 1;
    finish(std::move(failed));
    arrived_.clear();
}

void ImportJob::on_slice(platform::FileSlice&& slice) {
    if (finished())
        return;
    if (!slice.error.empty()) {
        fail(slice.error);
        return;
    }
    const std::uint64_t offset = slice.offset;
    arrived_.emplace(offset, std::move(slice));
}

void ImportJob::step() {
    if (finished())
        return;
    const auto started = std::chrono::steady_clock::now();
    const auto over_budget = [&] {
        const std::chrono::duration<double, std::milli> spent =
            std::chrono::steady_clock::now() - started;
        return spent.count() > k_frame_budget_ms;
    };
    if (from_memory_) {
        while (!over_budget() && received_ < memory_.size() && !importer_.failed()) {
            const auto done = static_cast<std::size_t>(received_);
            const std::size_t n = std::min<std::size_t>(k_slice_bytes, memory_.size() - done);
            importer_.feed(std::string_view(memory_).substr(done, n));
            received_ += n;
        }
        if (received_ >= memory_.size() || importer_.failed()) {
            finish(importer_.finish());
            // The extract is built: its JSON is kept only if small enough (take_text).
            if (memory_.size() <= k_keep_text_bytes)
                kept_ = std::move(memory_);
            std::string().swap(memory_);
        }
        return;
    }
    // Slices are fed strictly in file order: the next one is the one starting where the
    // importer stopped.
    for (auto it = arrived_.find(received_); it != arrived_.end() && !over_budget();
         it = arrived_.find(received_)) {
        const platform::SliceBytes& bytes = it->second.bytes;
        if (bytes.empty()) { // the file got shorter since it was opened
            arrived_.clear();
            finish(importer_.finish());
            return;
        }
        const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
        importer_.feed(text);
        if (file_.size <= k_keep_text_bytes)
            kept_.append(text);
        received_ += bytes.size();
        arrived_.erase(it);
        if (importer_.failed() || received_ >= file_.size) {
            arrived_.clear();
            finish(importer_.finish());
            return;
        }
    }
    request_more();
}

double ImportJob::progress() const {
    if (finished())
        return 1.0;
    return file_.size == 0 ? 0.0 : static_cast<double>(received_) / static_cast<double>(file_.size);
}

ImportResult ImportJob::take_result() {
    return std::move(*result_);
}

void ImportJob::finish(ImportResult result) {
    run_model_checks(result); // what needs the whole model: overlapping allocations
    result_ = std::move(result);
}

} // namespace ca::app
