// Case Audit - importing an opened file: reads it in slices through the platform layer and
// feeds them to the core's ExtractImporter, a slice per frame, so that a large extract shows
// a progress bar and the page stays responsive.
#pragma once

#include "core/extract/import.h"
#include "platform/platform.h"

#include <cstdint>
#include <optional>

namespace ca::app {

class ImportJob {
public:
    // Slices of this size are read and parsed per step: large enough that reading costs
    // little per byte, small enough that one frame's parsing stays well under a second.
    static constexpr std::uint32_t k_slice_bytes = 8u << 20;

    explicit ImportJob(platform::OpenedFile file);
    ~ImportJob();
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    // Asks for the first slice.
    void start();
    // A slice of this job's file arrived: asks for the next one, then parses this one.
    void on_slice(platform::FileSlice&& slice);

    bool finished() const { return result_.has_value(); }
    double progress() const; // 0..1
    const platform::OpenedFile& file() const { return file_; }
    // The result, once finished(); call once.
    ImportResult take_result();

private:
    void finish(ImportResult result);

    platform::OpenedFile file_;
    ExtractImporter importer_;
    std::uint64_t received_ = 0;
    std::optional<ImportResult> result_;
};

} // namespace ca::app
