// Case Audit - fuzz target: the policy file (load_policy_json, src/core/policy/policy.h).
//
// Properties: no crash, no sanitizer report, no exception out of the loader; every error
// has a printable path and message; and a policy that loads is saved and loaded again to
// the same fingerprint (what is read can be written and read back).
#include "core/policy/policy.h"
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ca::PolicyLoadResult r = ca::load_policy_json(text);
    for (const ca::PolicyError& e : r.errors) {
        ca::fuzz::check_printable(e.message, "a policy error's message has a control character");
        ca::fuzz::check_printable(e.path, "a policy error's path has a control character");
    }
    if (r.ok() == !r.errors.empty())
        ca::fuzz::fail("a policy loaded with errors, or failed without one");
    if (!r.ok())
        return 0;
    const std::string saved = ca::save_policy_json(*r.policy);
    const ca::PolicyLoadResult again = ca::load_policy_json(saved);
    if (!again.ok())
        ca::fuzz::fail("a loaded policy, saved, does not load",
                       ca::format_policy_errors(again.errors));
    if (ca::policy_fingerprint(*again.policy) != ca::policy_fingerprint(*r.policy))
        ca::fuzz::fail("a policy saved and loaded again has another fingerprint", saved);
    return 0;
}
