// caseaudit - what several commands do the same way: read the arguments every command that
// opens an extract shares (EXTRACT and --policy FILE), load the policy, import the extract
// (with the checks that need the whole model), and report problems on stderr in one wording.
//
// A command's loop over its arguments reads its own options and hands the rest to
// take_common_argument(); load_inputs() then gives the policy and the extract, or the exit
// status to return:
//
//     CommonArgs common;
//     for (int i = 1; i < argc; ++i) {
//         if (std::strcmp(argv[i], "--json") == 0) json = true;
//         else if (!take_common_argument(argc, argv, i, common)) return usage_error(k_usage);
//     }
//     const LoadedInputs in = load_inputs(common, k_usage);
//     if (!in) return in.status;
//
// Index of this file:
// [SECTION] Usage
// [SECTION] Arguments and inputs
// [SECTION] Single values
#pragma once

#include "core/audit/workbook.h"
#include "core/calendar/date.h"
#include "core/extract/import.h"
#include "core/policy/policy.h"

#include <optional>
#include <string>

namespace ca::cli {

// ---------------------------------------------------------------------------
// [SECTION] Usage
// ---------------------------------------------------------------------------

// A usage error: `usage` (the command's usage text, ending in a newline) on standard error,
// and the exit status 2 to return.
int usage_error(const char* usage);

// ---------------------------------------------------------------------------
// [SECTION] Arguments and inputs
// ---------------------------------------------------------------------------

// The arguments shared by the commands that open an extract. A command that takes a date
// names itself and its date option: CommonArgs common{"caseload", "--as-at"}.
struct CommonArgs {
    const char* command = nullptr;      // for messages: "caseaudit caseload: ..."
    const char* date_option = nullptr;  // "--as-at", "--date", or null: no date option
    const char* extract_path = nullptr; // the first argument not starting with '-'
    const char* policy_path = nullptr;  // --policy FILE (null: the defaults)
    const char* date_text = nullptr;    // the date option's value as given
};

// Takes argv[i] if it is a shared argument: --policy FILE or the date option with its value
// (moving `i` past it), or the extract's path when none has been given yet. False for
// anything else (the command's usage error), including any of them given twice.
bool take_common_argument(int argc, char** argv, int& i, CommonArgs& args);

// The policy in force, the imported extract, and the date option's date (empty when it was
// not given).
struct Inputs {
    Policy policy;
    ImportResult imported; // ok()
    std::optional<Date> date;
    const Extract& extract() const { return *imported.extract; }
};

// What load_inputs() gives: the inputs, or (false) the exit status the command returns.
struct LoadedInputs {
    std::optional<Inputs> inputs;
    int status = 0; // 0 when loaded

    explicit operator bool() const { return inputs.has_value(); }
    const Inputs& operator*() const { return *inputs; }
    const Inputs* operator->() const { return &*inputs; }
};

// Reads the date option (parse_date_option), loads the policy (load_policy_option) and
// imports the extract (import_extract_or_report). Exit status when it cannot: 2 with the
// usage when no extract was given, 2 for a date that is not one, 1 when the policy file is
// invalid or the extract does not import (the reasons printed).
LoadedInputs load_inputs(const CommonArgs& args, const char* usage);

// ---------------------------------------------------------------------------
// [SECTION] Single values
// ---------------------------------------------------------------------------

// The policy of a --policy FILE option (`path` null: the defaults). On an invalid file,
// prints every error with its path and returns nullopt (the command exits with 1).
std::optional<Policy> load_policy_option(const char* path);

// The extract at `path`, with the model checks run (core/extract/checks.h). When it does not
// import, prints its errors and returns a result whose ok() is false (the command exits
// with 1).
ImportResult import_extract_or_report(const char* path);

// The value of a date option such as --as-at (`text` null: the option was not given, and
// `out` stays empty). A text that is not a real date YYYY-MM-DD is reported as
// "caseaudit COMMAND: OPTION needs a date YYYY-MM-DD, not 'TEXT'" and gives false (the
// command exits with 2, a usage error).
bool parse_date_option(const char* command, const char* option, const char* text,
                       std::optional<Date>& out);

// The audit workbook at `path`. When it cannot be read or does not load, prints why (every
// error with its JSON path) and returns nullopt (the command exits with 1); warnings (keys
// this version does not know...) are printed and the workbook is returned.
std::optional<audit::Workbook> load_workbook_or_report(const char* path);

// A whole text file, or nullopt when it cannot be read.
std::optional<std::string> read_text_file(const char* path);

} // namespace ca::cli
