// Case Audit - trainer authoring: a completed audit turned into a practice case with its
// reference audit, and a training pack built from such cases and the records they need.
//
// "Use as a training case": the trainer audits a case file as usual, writing in each area's
// comment the rationale a trainee will read (and citing records by id, "see N-000123");
// once the audit is completed it becomes a reference audit: per area the audit's result,
// the comment as the rationale, the record ids the comment names as the evidence
// (feedback.h's ids_in_text over citable_ids()), the standard guidance for the area; the
// grade in force (the override, else the score's), the audit's summary as the trainer's
// comment, judged as at the audit's date. An audit not completed, of a supervision record,
// or with an area whose comment is empty is refused, saying what to do.
//
// "Save training pack": the pack's extract is the open extract's text cut down to the
// chosen cases, their people, every team and worker, and no supervision records, Director
// discussions or past audits (which would name cases that are not there), nor the
// trainingPack member when the open extract is itself a pack; the pack is then
// checked by loading it back with the strict loader, so a pack that would be refused is
// never written.
#pragma once

#include "core/audit/workbook.h"
#include "core/policy/policy.h"
#include "core/training/pack.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ca::training {

struct AuthoredCase {
    std::optional<PracticeCase> practice; // empty when refused
    std::string error;                    // why, in a sentence for the trainer
};

// `title`: the case in a line; "" gives "Case <id>".
AuthoredCase reference_from_audit(const audit::Audit& audit, const Extract& extract,
                                  const GradeBands& bands, std::string title);

// `extract_json` (an extract file's text) cut down as described above, 2-space indent.
// Throws std::invalid_argument when it is not a JSON object with a "cases" array.
std::string cut_extract_to_cases(std::string_view extract_json,
                                 const std::set<std::string>& case_ids);

struct AuthoredPack {
    std::string json;  // the pack file; "" when refused
    std::string error; // why
};

// The pack file of `pack` over the cases it names, cut from `extract_json`. Refused when the
// pack has no title or no case, or when the result does not load back without error (the
// loader's first problem is given).
AuthoredPack build_pack(std::string_view extract_json, const TrainingPack& pack);

} // namespace ca::training
