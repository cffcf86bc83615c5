// Case Audit - findings: what an import (and later, a check) has to say about the data.
//
// A finding is one sentence a data officer can act on, with where it applies: the JSON path
// (`cases[1042].notes[3].recordedAt`), the id of the record, and for syntax errors the line
// and column in the file.
//
// Index of this file:
// [SECTION] Finding
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Finding
// ---------------------------------------------------------------------------

// error: the import fails. warning: listed, the data still opens. notice: for information.
enum class Severity { Error, Warning, Notice };

std::string_view severity_name(Severity s); // "error", "warning", "notice"

struct Finding {
    Severity severity = Severity::Error;
    std::string code;      // stable machine-readable kind, e.g. "unknown-reference"
    std::string message;   // a full sentence
    std::string json_path; // e.g. "cases[3].notes[0].authorId"; "" when not about one value
    std::string record_id; // the id of the record concerned; "" when unknown
    int line = 0;          // 1-based; 0 when not known
    int column = 0;        // 1-based, in characters; 0 when not known
};

// A finding as one line of text: "error [bad-date] cases[0].openedDate (C-1): ...".
std::string format_finding(const Finding& f);
// All findings as a JSON array (for `caseaudit validate --json` and the app's export).
std::string findings_to_json(const std::vector<Finding>& findings);

} // namespace ca
