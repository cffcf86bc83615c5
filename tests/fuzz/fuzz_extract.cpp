// Case Audit - fuzz target: the case extract importer (src/core/extract/import.h).
//
// Each input is imported twice: whole, and fed in chunks whose sizes are drawn from a hash
// of the input (1 byte to 64 KiB, as the app's file slices and the CLI's reads would cut
// it anywhere). Properties: no crash, no sanitizer report, and the same result both ways:
// the same findings (severity, code, message, JSON path, record id, line, column), the same
// counts, and when the import succeeds the same extract (its fingerprint and the number of
// each kind of record). The excerpt after "Near:" in a fatal scanner message is left out of
// the comparison: it shows the bytes around the fault that are in the chunk being read.
// Every message and path must be printable (no control characters).
#include "core/extract/fingerprint.h"
#include "core/extract/import.h"
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

std::string without_excerpt(const std::string& message) {
    const std::size_t near = message.find(" Near: \"");
    return near == std::string::npos ? message : message.substr(0, near);
}

std::string describe(const ca::ImportResult& r) {
    std::string out = std::to_string(r.error_count) + "/" + std::to_string(r.warning_count) + "/" +
                      std::to_string(r.notice_count) + " bytes " + std::to_string(r.bytes_read) +
                      "\n";
    for (const ca::Finding& f : r.findings) {
        out += std::to_string(static_cast<int>(f.severity)) + " " + f.code + " " + f.json_path +
               " " + f.record_id + " " + std::to_string(f.line) + ":" + std::to_string(f.column) +
               " " + without_excerpt(f.message) + "\n";
    }
    if (r.extract) {
        const ca::Extract& e = *r.extract;
        out += "extract " + ca::extract_fingerprint(e) + " " + std::to_string(e.teams.size()) +
               " " + std::to_string(e.workers.size()) + " " + std::to_string(e.people.size()) +
               " " + std::to_string(e.cases.size()) + " " + std::to_string(e.notes.size()) + " " +
               std::to_string(e.supervisions.size()) + "\n";
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const ca::ImportResult whole = ca::import_extract(bytes);

    // Chunk sizes from an FNV-1a hash of the input, so that a saved crash replays the same.
    std::uint64_t h = 0xCBF29CE484222325u;
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3u;
    }
    ca::ExtractImporter importer;
    importer.set_total_bytes(size);
    std::size_t at = 0;
    while (at < size && !importer.failed()) {
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9u;
        // Mostly small chunks (every boundary case), sometimes large ones.
        const std::size_t limit = (h & 3) == 0 ? 65536 : (h & 3) == 1 ? 64 : 7;
        const std::size_t n = std::min<std::size_t>(size - at, 1 + (h >> 32) % limit);
        importer.feed(bytes.substr(at, n));
        at += n;
    }
    const ca::ImportResult chunked = importer.finish();

    const std::string a = describe(whole);
    const std::string b = describe(chunked);
    if (a != b)
        ca::fuzz::fail("whole and chunked imports differ", "whole:\n" + a + "chunked:\n" + b);
    for (const ca::Finding& f : whole.findings) {
        ca::fuzz::check_printable(f.message, "a finding's message has a control character");
        ca::fuzz::check_printable(f.json_path, "a finding's path has a control character");
        ca::fuzz::check_printable(f.record_id, "a finding's record id has a control character");
    }
    return 0;
}
