// caseaudit - shared by the training commands (see cli_training.h).
#include "cli/cli_training.h"

#include "cli/cli_common.h"

#include <cstdio>
#include <cstring>

namespace ca::cli {

TrainingArgs parse_training_args(int argc, char** argv) {
    TrainingArgs args;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--json") == 0) {
            args.json = true;
        } else if (std::strcmp(a, "--policy") == 0 && i + 1 < argc) {
            args.policy = argv[++i];
        } else if (a[0] != '-') {
            args.files.push_back(a);
        } else {
            args.bad = true;
        }
    }
    return args;
}

std::optional<audit::Workbook> load_workbook_or_report(const char* path) {
    const std::optional<std::string> text = read_text_file(path);
    if (!text) {
        std::fprintf(stderr, "%s: cannot read the workbook file.\n", path);
        return std::nullopt;
    }
    audit::WorkbookLoadResult loaded = audit::load_workbook_json(*text);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s: the workbook does not load:\n%s", path,
                     audit::format_workbook_errors(loaded).c_str());
        return std::nullopt;
    }
    for (const audit::WorkbookError& w : loaded.warnings) {
        std::fprintf(stderr, "%s: warning: %s: %s\n", path,
                     w.path.empty() ? "(file)" : w.path.c_str(), w.message.c_str());
    }
    return std::move(loaded.workbook);
}

std::string coefficient_text(const stats::Coefficient& c, bool proportion) {
    char buf[96];
    if (!c.defined()) {
        std::snprintf(buf, sizeof buf, "undefined (n = %d): ", c.n);
        return buf + c.reason;
    }
    if (proportion) {
        std::snprintf(buf, sizeof buf, "%.1f%% (n = %d)", *c.value * 100.0, c.n);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.2f (%s, n = %d)", *c.value,
                  std::string(stats::band_label(c.band())).c_str(), c.n);
    return buf;
}

nlohmann::ordered_json coefficient_json(const stats::Coefficient& c, bool proportion) {
    nlohmann::ordered_json j;
    j["value"] = c.defined() ? nlohmann::ordered_json(*c.value) : nlohmann::ordered_json();
    j["n"] = c.n;
    if (!proportion) {
        j["band"] = c.defined() ? nlohmann::ordered_json(std::string(stats::band_key(c.band())))
                                : nlohmann::ordered_json();
    }
    j["reason"] = c.reason;
    return j;
}

} // namespace ca::cli
