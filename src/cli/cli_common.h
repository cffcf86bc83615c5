// caseaudit - what several commands do the same way: load the --policy file and import the
// extract, reporting problems on stderr in one wording.
#pragma once

#include "core/audit/workbook.h"
#include "core/calendar/date.h"
#include "core/extract/import.h"
#include "core/policy/policy.h"

#include <optional>
#include <string>

namespace ca::cli {

// The policy of a --policy FILE option (`path` null: the defaults). On an invalid file,
// prints every error with its path and returns nullopt (the command exits with 1).
std::optional<Policy> load_policy_option(const char* path);

// The extract at `path`. When it does not import, prints its errors and returns a result
// whose ok() is false (the command exits with 1).
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
