// Case Audit - importing an extract: an opened file, read in slices through the platform
// layer, or bytes already in memory (the generated demo). Either way the core's
// ExtractImporter gets one slice per frame, so that a large extract shows a progress bar and
// the page stays responsive.
#pragma once

#include "core/extract/import.h"
#include "platform/platform.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace ca::app {

class ImportJob {
public:
    // Slices of this size are read from the file: large enough that reading costs little per
    // byte, small enough that parsing one keeps a frame short.
    static constexpr std::uint32_t k_slice_bytes = 8u << 20;
    // Slices asked for ahead of the parser, so that the browser is always reading while the
    // app parses (memory: this many slices at most, on top of the extract being built).
    static constexpr int k_read_ahead = 3;
    // Parsing per frame stops after this long, so that the page keeps drawing and answering
    // input during a long import; the rest waits for the next frame.
    static constexpr double k_frame_budget_ms = 100.0;

    // Reads an opened file through the platform layer.
    explicit ImportJob(platform::OpenedFile file);
    // Imports bytes already in memory, under a display name.
    ImportJob(std::string name, std::string bytes);
    ~ImportJob();
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    // Asks for the first slice.
    void start();
    // Once a frame: parses what has arrived, in file order, within the frame budget, and
    // asks for more.
    void step();
    // A slice of this job's file arrived (slices may arrive in any order).
    void on_slice(platform::FileSlice&& slice);
    // Work is waiting for a frame: slices that arrived but were not parsed yet, or input
    // from memory.
    bool has_work() const { return !finished() && (from_memory_ || !arrived_.empty()); }

    bool finished() const { return result_.has_value(); }
    bool from_memory() const { return from_memory_; }
    double progress() const; // 0..1
    const platform::OpenedFile& file() const { return file_; }
    // The result, once finished(); call once.
    ImportResult take_result();
    // The extract's text, once finished, when it is at most k_keep_text_bytes ("" otherwise):
    // kept so that a trainer can cut a training pack from it (core/training/authoring.h).
    // The in-memory demo is handed over, not copied; a file's slices are copied as parsed.
    static constexpr std::uint64_t k_keep_text_bytes = 32u << 20;
    std::string take_text() { return std::move(kept_); }

private:
    void finish(ImportResult result);

    platform::OpenedFile file_; // for in-memory input: id 0, the name and the size
    std::string memory_;        // in-memory input; empty for a file
    bool from_memory_ = false;
    ExtractImporter importer_;
    void fail(const std::string& message);
    void request_more();

    std::uint64_t received_ = 0;  // bytes fed to the importer, in file order
    std::uint64_t requested_ = 0; // bytes asked for so far
    std::map<std::uint64_t, platform::FileSlice> arrived_; // by offset, not yet fed
    std::optional<ImportResult> result_;
    std::string kept_; // the text, for take_text()
};

} // namespace ca::app
