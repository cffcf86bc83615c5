// Extract import benchmark for JavaScript hosts: the importer alone, without the app, in a
// module that runs in a web page or under node (bench/extract_import/bare-page.mjs and
// compare.mjs). The host copies the extract into wasm memory and calls:
//   cab_alloc(n) -> pointer; cab_free(pointer)
//   cab_import(pointer, n) -> milliseconds, in 8 MiB chunks as the app feeds it
//                             (negative when the import failed)
//   cab_begin(total); cab_feed(pointer, n) (takes the block and frees it); cab_finish()
//                          -> the number of notes, or -1 when the import failed
// Built by bench/build.sh (wasm only), never by the default build.
#include "core/extract/import.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <memory>
#include <string_view>

namespace {
std::unique_ptr<ca::ExtractImporter> g_importer;
} // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE char* cab_alloc(int n) {
    return static_cast<char*>(std::malloc(static_cast<std::size_t>(n > 0 ? n : 1)));
}

EMSCRIPTEN_KEEPALIVE void cab_free(char* p) {
    std::free(p);
}

EMSCRIPTEN_KEEPALIVE double cab_import(const char* p, int n) {
    const double t0 = emscripten_get_now();
    ca::ExtractImporter importer;
    importer.set_total_bytes(static_cast<std::uint64_t>(n));
    constexpr int k_chunk = 8 << 20;
    for (int at = 0; at < n && !importer.failed(); at += k_chunk)
        importer.feed(std::string_view(
            p + at, static_cast<std::size_t>(n - at < k_chunk ? n - at : k_chunk)));
    const ca::ImportResult r = importer.finish();
    const double ms = emscripten_get_now() - t0;
    return r.ok() ? ms : -ms;
}

EMSCRIPTEN_KEEPALIVE void cab_begin(double total) {
    g_importer = std::make_unique<ca::ExtractImporter>();
    g_importer->set_total_bytes(static_cast<std::uint64_t>(total));
}

EMSCRIPTEN_KEEPALIVE void cab_feed(char* p, int n) {
    g_importer->feed(std::string_view(p, static_cast<std::size_t>(n)));
    std::free(p);
}

EMSCRIPTEN_KEEPALIVE int cab_finish() {
    const ca::ImportResult r = g_importer->finish();
    g_importer.reset();
    return r.ok() ? static_cast<int>(r.extract->notes.size()) : -1;
}
}

int main() {
    return 0;
}
