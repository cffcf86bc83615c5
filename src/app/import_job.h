// Case Audit - importing an extract: an opened file, read in slices through the platform
// layer, or bytes already in memory (the generated demo). Either way the core's
// ExtractImporter gets one slice per frame, so that a large extract shows a progress bar and
// the page stays responsive.
#pragma once

#include "core/extract/import.h"
#include "platform/platform.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ca::app {

class ImportJob {
public:
    // Slices of this size are read and parsed per step: large enough that reading costs
    // little per byte, small enough that one frame's parsing stays well under a second.
    static constexpr std::uint32_t k_slice_bytes = 8u << 20;

    // Reads an opened file through the platform layer.
    explicit ImportJob(platform::OpenedFile file);
    // Imports bytes already in memory, under a display name.
    ImportJob(std::string name, std::string bytes);
    ~ImportJob();
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    // Asks for the first slice.
    void start();
    // Once a frame: in-memory input parses its next slice (file input waits for on_slice).
    void step();
    // A slice of this job's file arrived: asks for the next one, then parses this one.
    void on_slice(platform::FileSlice&& slice);

    bool finished() const { return result_.has_value(); }
    bool from_memory() const { return from_memory_; }
    double progress() const; // 0..1
    const platform::OpenedFile& file() const { return file_; }
    // The result, once finished(); call once.
    ImportResult take_result();

private:
    void finish(ImportResult result);

    platform::OpenedFile file_; // for in-memory input: id 0, the name and the size
    std::string memory_;        // in-memory input; empty for a file
    bool from_memory_ = false;
    ExtractImporter importer_;
    std::uint64_t received_ = 0;
    std::optional<ImportResult> result_;
};

} // namespace ca::app
