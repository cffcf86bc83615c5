// caseaudit - the arguments, the policy and the extract, shared by the commands (see
// cli_common.h).
//
// Index of this file:
// [SECTION] Usage
// [SECTION] Arguments and inputs
// [SECTION] Single values
#include "cli/cli_common.h"

#include "core/extract/checks.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace ca::cli {

// ---------------------------------------------------------------------------
// [SECTION] Usage
// ---------------------------------------------------------------------------

int usage_error(const char* usage) {
    std::fputs(usage, stderr);
    return 2;
}

// ---------------------------------------------------------------------------
// [SECTION] Arguments and inputs
// ---------------------------------------------------------------------------

bool take_common_argument(int argc, char** argv, int& i, CommonArgs& args) {
    const char* a = argv[i];
    if (std::strcmp(a, "--policy") == 0 && i + 1 < argc && !args.policy_path) {
        args.policy_path = argv[++i];
        return true;
    }
    if (args.date_option && std::strcmp(a, args.date_option) == 0 && i + 1 < argc &&
        !args.date_text) {
        args.date_text = argv[++i];
        return true;
    }
    if (a[0] != '-' && !args.extract_path) {
        args.extract_path = a;
        return true;
    }
    return false;
}

LoadedInputs load_inputs(const CommonArgs& args, const char* usage) {
    if (!args.extract_path)
        return {std::nullopt, usage_error(usage)};
    std::optional<Date> date;
    if (!parse_date_option(args.command, args.date_option, args.date_text, date))
        return {std::nullopt, 2};
    std::optional<Policy> policy = load_policy_option(args.policy_path);
    if (!policy)
        return {std::nullopt, 1};
    ImportResult imported = import_extract_or_report(args.extract_path);
    if (!imported.ok())
        return {std::nullopt, 1};
    return {Inputs{std::move(*policy), std::move(imported), date}, 0};
}

// ---------------------------------------------------------------------------
// [SECTION] Single values
// ---------------------------------------------------------------------------

std::optional<Policy> load_policy_option(const char* path) {
    if (!path)
        return default_policy();
    PolicyLoadResult p = load_policy_file(path);
    if (!p.ok()) {
        std::fprintf(stderr, "%s: the policy file is not valid:\n%s", path,
                     format_policy_errors(p.errors).c_str());
        return std::nullopt;
    }
    return std::move(*p.policy);
}

ImportResult import_extract_or_report(const char* path) {
    ImportResult r = import_extract_file(path);
    run_model_checks(r);
    if (!r.ok()) {
        for (const Finding& f : r.findings)
            if (f.severity == Severity::Error)
                std::fprintf(stderr, "%s\n", format_finding(f).c_str());
        std::fprintf(stderr, "%s: NOT valid (%zu errors); run `caseaudit validate` for details\n",
                     path, r.error_count);
    }
    return r;
}

bool parse_date_option(const char* command, const char* option, const char* text,
                       std::optional<Date>& out) {
    out.reset();
    if (text == nullptr)
        return true;
    out = parse_date(text);
    if (!out) {
        std::fprintf(stderr, "caseaudit %s: %s needs a date YYYY-MM-DD, not '%s'\n", command,
                     option, text);
        return false;
    }
    return true;
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
    for (const audit::WorkbookError& w : loaded.warnings)
        std::fprintf(stderr, "%s: warning: %s: %s\n", path,
                     w.path.empty() ? "(file)" : w.path.c_str(), w.message.c_str());
    return std::move(*loaded.workbook);
}

std::optional<std::string> read_text_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace ca::cli
