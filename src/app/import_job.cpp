#include "app/import_job.h"

#include <algorithm>
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
    if (from_memory_)
        return; // step() feeds it
    platform::request_file_slice(
        file_.id, 0,
        static_cast<std::uint32_t>(std::min<std::uint64_t>(k_slice_bytes, file_.size)));
}

void ImportJob::step() {
    if (!from_memory_ || finished())
        return;
    const auto done = static_cast<std::size_t>(received_);
    const std::size_t n = std::min<std::size_t>(k_slice_bytes, memory_.size() - done);
    importer_.feed(std::string_view(memory_).substr(done, n));
    received_ += n;
    if (received_ >= memory_.size() || importer_.failed()) {
        finish(importer_.finish());
        std::string().swap(memory_); // the extract is built; its JSON is no longer needed
    }
}

void ImportJob::on_slice(platform::FileSlice&& slice) {
    if (finished())
        return;
    if (!slice.error.empty()) {
        ImportResult failed;
        Finding f;
        f.severity = Severity::Error;
        f.code = "read-failed";
        f.message = file_.name + ": " + slice.error;
        failed.findings.push_back(std::move(f));
        failed.error_count = 1;
        finish(std::move(failed));
        return;
    }
    received_ = slice.offset + slice.bytes.size();
    const bool more = !slice.bytes.empty() && received_ < file_.size;
    // Ask for the next slice before parsing this one, so that the browser reads while we
    // parse.
    if (more)
        platform::request_file_slice(file_.id, received_,
                                     static_cast<std::uint32_t>(std::min<std::uint64_t>(
                                         k_slice_bytes, file_.size - received_)));
    importer_.feed(
        std::string_view(reinterpret_cast<const char*>(slice.bytes.data()), slice.bytes.size()));
    if (!more || importer_.failed())
        finish(importer_.finish());
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
    result_ = std::move(result);
}

} // namespace ca::app
