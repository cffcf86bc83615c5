// caseaudit validate FILE [--json]: imports a case extract and lists what the importer found.
// Exit status: 0 the extract imports (warnings and notices allowed), 1 it does not, 2 usage.
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/extract/checks.h"
#include "core/extract/import.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstring>

namespace {

const char* const k_usage = "usage: caseaudit validate FILE [--json]\n";

int usage() {
    return ca::cli::usage_error(k_usage);
}

int run_validate(int argc, char** argv) {
    const char* file = nullptr;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--json") == 0)
            json = true;
        else if (argv[i][0] == '-' || file)
            return usage();
        else
            file = argv[i];
    }
    if (!file)
        return usage();
    ca::ImportResult r = ca::import_extract_file(file);
    ca::run_model_checks(r); // as the app does: overlapping allocations
    if (json) {
        nlohmann::ordered_json out;
        out["file"] = file;
        out["valid"] = r.ok();
        out["errors"] = r.error_count;
        out["warnings"] = r.warning_count;
        out["notices"] = r.notice_count;
        out["findings"] = nlohmann::ordered_json::parse(ca::findings_to_json(r.findings));
        const auto text = out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        std::printf("%s\n", text.c_str());
    } else {
        for (const ca::Finding& f : r.findings)
            std::printf("%s\n", ca::format_finding(f).c_str());
        std::printf("%s: %s (%zu errors, %zu warnings, %zu notices)\n", file,
                    r.ok() ? "valid" : "NOT valid", r.error_count, r.warning_count, r.notice_count);
    }
    return r.ok() ? 0 : 1;
}

const ca::cli::Registration reg{"validate", "check a case extract (--json for findings as JSON)",
                                k_usage, run_validate};

} // namespace
