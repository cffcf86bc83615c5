// Case Audit - the audit case note.
//
// "An Audit Case Note should be added to the record by the auditing manager in order to
// ensure that viewers of the record can visibly see that the case has been audited." For a
// completed audit the app writes a brief, plain-text note to paste into the case management
// system: who audited, when and in what capacity, the result (grade and score), the key
// recommendations, and the decisions and actions with owners and dates. Lines are short and
// the text has no markup, because case management systems paste it as typed.
#pragma once

#include "core/audit/workbook.h"
#include "core/extract/model.h"
#include "core/policy/policy.h"

#include <string>

namespace ca::audit {

// Who an action's owner is, in words: the worker's name when `owner` is the id of a worker in
// the extract (the app offers the extract's workers), else `owner` as typed ("" none).
std::string action_owner_name(const Extract& extract, const std::string& owner);

// The note for one audit (an audit not completed gets a note saying so, in draft).
std::string audit_case_note(const Audit& audit, const Extract& extract, const Policy& policy);

// All notes of the audits of one sample (or of the whole workbook when sample_id is empty),
// separated by a line of dashes, for one text file.
std::string audit_case_notes(const Workbook& wb, std::string_view sample_id, const Extract& extract,
                             const Policy& policy);

} // namespace ca::audit
