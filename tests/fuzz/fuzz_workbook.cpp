// Case Audit - fuzz target: the audit workbook (load_workbook_json, src/core/audit/workbook.h).
//
// Properties: no crash, no sanitizer report, no exception out of the loader; every error
// and warning has a printable path and message; and a workbook that loads is saved, loaded
// and saved again to the same bytes (what is read can be written and read back).
#include "core/audit/workbook.h"
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ca::audit::WorkbookLoadResult r = ca::audit::load_workbook_json(text);
    for (const auto* list : {&r.errors, &r.warnings})
        for (const ca::audit::WorkbookError& e : *list) {
            ca::fuzz::check_printable(e.message, "a workbook message has a control character");
            ca::fuzz::check_printable(e.path, "a workbook path has a control character");
        }
    if (r.workbook.has_value() == !r.errors.empty())
        ca::fuzz::fail("a workbook loaded with errors, or failed without one");
    if (!r.workbook)
        return 0;
    const std::string saved = ca::audit::save_workbook_json(*r.workbook);
    const ca::audit::WorkbookLoadResult again = ca::audit::load_workbook_json(saved);
    if (!again.workbook)
        ca::fuzz::fail("a loaded workbook, saved, does not load",
                       ca::audit::format_workbook_errors(again));
    if (ca::audit::save_workbook_json(*again.workbook) != saved)
        ca::fuzz::fail("a workbook saved, loaded and saved again changed", saved);
    return 0;
}
