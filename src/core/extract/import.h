// Case Audit - the case extract importer.
//
// Input bytes -> either an Extract plus its warnings and notices, or the list of errors.
// Never a crash, never half a data set: ImportResult::extract is null whenever there is an
// error. The format is docs/extract-format.md; the design and its measured speed are in
// docs/performance.md ("Extract import").
//
// Design, in short: a byte scanner walks the top-level object and splits the record arrays
// (`cases`, `workers`, ...) into one JSON text per record, tracking strings, escapes,
// nesting depth and line numbers, and listing the long strings (note text, most of the
// bytes) with where they start and end. Each record is then read by a cursor of our own
// (json_cursor.h) in one pass and converted straight into the Extract: it checks the
// record's syntax as it goes, jumps over the long strings, and hands out strings without
// escapes as views of the input, so note text is copied once, into the Extract's text
// store. A record is read in place in the chunk when it lies wholly inside it; only a
// record that straddles two chunks is copied, so memory is the Extract plus the chunk and
// the largest record, and the input can be fed in chunks of any size (the app reads a File
// in slices). A malformed record is located afterwards, by a slower parser that only runs
// on a bad file. Problems are findings, never exceptions: in wasm the importer is built
// without exception support, which saves a JS call per call (see the top of import_internal.h).
//
// Usage, all at once:
//     ca::ImportResult r = ca::import_extract(bytes);
//     if (!r.ok()) { show r.findings (errors); } else { use *r.extract; list r.findings; }
// Usage, in chunks (bounded work per call; the page stays responsive):
//     ca::ExtractImporter importer;
//     importer.set_total_bytes(file_size);        // for progress()
//     for each slice: importer.feed(slice);         // stop early if importer.failed()
//     ca::ImportResult r = importer.finish();
//
// Index of this file:
// [SECTION] Limits
// [SECTION] ImportResult
// [SECTION] ExtractImporter
#pragma once

#include "core/extract/findings.h"
#include "core/extract/model.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Limits
// ---------------------------------------------------------------------------

// Limits that keep a malformed or hostile file from exhausting memory or the stack. Each
// is far beyond any real extract; going over one is an error with its own message.
struct ImportLimits {
    int max_depth = 64;                           // nesting of arrays/objects
    std::size_t max_string_bytes = 1u << 20;      // one string value, as written (1 MiB)
    std::size_t max_record_bytes = 32u << 20;     // one record (a case with its notes)
    std::size_t max_findings_per_severity = 1000; // stored; the counts keep going
};

// ---------------------------------------------------------------------------
// [SECTION] ImportResult
// ---------------------------------------------------------------------------

struct ImportResult {
    std::unique_ptr<Extract> extract; // null when the import failed
    std::vector<Finding> findings;    // in the order found; at most max_findings_per_severity each
    std::size_t error_count = 0;      // totals, including findings beyond the stored ones
    std::size_t warning_count = 0;
    std::size_t notice_count = 0;
    std::uint64_t bytes_read = 0;

    bool ok() const { return extract != nullptr; }
};

// ---------------------------------------------------------------------------
// [SECTION] ExtractImporter
// ---------------------------------------------------------------------------

class ExtractImporter {
public:
    explicit ExtractImporter(ImportLimits limits = {});
    ~ExtractImporter();
    ExtractImporter(const ExtractImporter&) = delete;
    ExtractImporter& operator=(const ExtractImporter&) = delete;

    // The size of the whole input, when known, so that progress() can be shown.
    void set_total_bytes(std::uint64_t total);
    // Consumes the next bytes of the file. Every record completed by this chunk is parsed
    // and added before returning; a record split across chunks is carried over. The work is
    // proportional to the chunk size (plus the record that ends in it).
    void feed(std::string_view chunk);
    // True after an error that stops reading (syntax, encoding, limits, wrong format):
    // further feed() calls are ignored, so the caller may stop reading the file.
    bool failed() const;
    std::uint64_t bytes_fed() const;
    // bytes_fed / total, in [0, 1]; 0 when the total is unknown.
    double progress() const;
    // Ends the input, runs the checks that need every record (duplicate ids, references)
    // and returns the result. Call once.
    ImportResult finish();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Imports a whole extract held in memory.
ImportResult import_extract(std::string_view bytes, ImportLimits limits = {});

// Imports a file, reading it in chunks (the command-line tool's path). A file that cannot
// be opened gives one error finding.
ImportResult import_extract_file(const std::string& path, ImportLimits limits = {});

} // namespace ca
