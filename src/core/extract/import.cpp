// Case Audit - the case extract importer: its public API and the end of the input. See
// import.h for the design and the API, and import_internal.h for its parts.
//
// Index of this file:
// [SECTION] The end of the input
// [SECTION] ExtractImporter
#include "core/extract/import_internal.h"

#include <cstdio>
#include <string>

namespace ca {

using namespace import_detail;

// ---------------------------------------------------------------------------
// [SECTION] The end of the input
// ---------------------------------------------------------------------------

ImportResult ExtractImporter::Impl::finish() {
    finished = true;
    finish_scan();
    if (!fatal) {
        for (int i = 0; i < 5; ++i) // metadata, teams, workers, people, cases
            if (!seen_top[i])
                add(Severity::Error, "missing-field",
                    "The required top-level field \"" + std::string(k_top_names[i]) +
                        "\" is missing.",
                    std::string(k_top_names[i]));
    }
    if (!fatal)
        check_all();
    ImportResult r;
    r.error_count = counts[0];
    r.warning_count = counts[1];
    r.notice_count = counts[2];
    r.bytes_read = pos;
    for (int s = 0; s < 3; ++s)
        if (counts[s] > limits.max_findings_per_severity) {
            Finding f;
            f.severity = static_cast<Severity>(s);
            f.code = "more-findings";
            f.message = std::to_string(counts[s] - limits.max_findings_per_severity) + " more " +
                        std::string(severity_name(f.severity)) +
                        "s like these were found and not listed.";
            findings.push_back(std::move(f));
        }
    r.findings = std::move(findings);
    if (counts[0] == 0) {
        x->text.shrink_to_fit();
        r.extract = std::move(x);
    }
    return r;
}

// ---------------------------------------------------------------------------
// [SECTION] ExtractImporter
// ---------------------------------------------------------------------------

ExtractImporter::ExtractImporter(ImportLimits limits) : impl_(std::make_unique<Impl>(limits)) {}
ExtractImporter::~ExtractImporter() = default;

void ExtractImporter::set_total_bytes(std::uint64_t total) {
    impl_->total = total;
}
void ExtractImporter::feed(std::string_view chunk) {
    impl_->feed(chunk);
}
bool ExtractImporter::failed() const {
    return impl_->fatal;
}
std::uint64_t ExtractImporter::bytes_fed() const {
    return impl_->pos;
}

double ExtractImporter::progress() const {
    if (impl_->total == 0)
        return 0.0;
    const double p = static_cast<double>(impl_->pos) / static_cast<double>(impl_->total);
    return p > 1.0 ? 1.0 : p;
}

ImportResult ExtractImporter::finish() {
    return impl_->finish();
}

ImportResult import_extract(std::string_view bytes, ImportLimits limits) {
    ExtractImporter importer(limits);
    importer.set_total_bytes(bytes.size());
    importer.feed(bytes);
    return importer.finish();
}

ImportResult import_extract_file(const std::string& path, ImportLimits limits) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        ImportResult r;
        Finding e;
        e.code = "file";
        e.message = "The file \"" + path + "\" cannot be opened.";
        r.findings.push_back(std::move(e));
        r.error_count = 1;
        return r;
    }
    ExtractImporter importer(limits);
    if (std::fseek(f, 0, SEEK_END) == 0) {
        const long size = std::ftell(f);
        if (size > 0)
            importer.set_total_bytes(static_cast<std::uint64_t>(size));
        std::fseek(f, 0, SEEK_SET);
    }
    std::vector<char> chunk(8u << 20);
    while (!importer.failed()) {
        const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), f);
        if (n == 0)
            break;
        importer.feed(std::string_view(chunk.data(), n));
    }
    std::fclose(f);
    return importer.finish();
}

} // namespace ca
