// Case Audit - fuzz target: the training pack (load_pack_json, src/core/training/pack.h): a
// case extract with a "trainingPack" member, which trainers hand to trainees as a file.
//
// Properties: no crash, no sanitizer report, no exception out of the loader; a pack loads
// exactly when it has no error; every problem has a printable path and message; and a pack
// that loads is saved (save_pack_json over the same text) and loaded again to the same pack
// (what is read can be written and read back).
#include "core/training/pack.h"
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

void check_problems(const std::vector<ca::training::PackProblem>& problems) {
    for (const ca::training::PackProblem& p : problems) {
        ca::fuzz::check_printable(p.message, "a pack problem's message has a control character");
        ca::fuzz::check_printable(p.path, "a pack problem's path has a control character");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ca::training::PackLoadResult r = ca::training::load_pack_json(text);
    check_problems(r.errors);
    check_problems(r.warnings);
    if (r.ok() == !r.errors.empty())
        ca::fuzz::fail("a pack loaded with errors, or failed without one",
                       ca::training::format_pack_problems(r));
    if (!r.ok())
        return 0;
    const std::string member = ca::training::pack_member_json(*r.pack);
    const std::string saved = ca::training::save_pack_json(text, *r.pack);
    const ca::training::PackLoadResult again = ca::training::load_pack_json(saved);
    if (!again.ok())
        ca::fuzz::fail("a loaded pack, saved, does not load",
                       ca::training::format_pack_problems(again));
    if (ca::training::pack_member_json(*again.pack) != member)
        ca::fuzz::fail("a pack saved and loaded again differs", member);
    return 0;
}
