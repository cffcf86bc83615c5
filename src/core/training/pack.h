// Case Audit - training packs: practice cases with the reference audits a trainee's audit is
// compared with (docs/training-pack.md is the field reference).
//
// A training pack is a case extract (docs/extract-format.md, version 1) with one more
// top-level member, "trainingPack": so one file carries both the records and the trainer's
// answers, opens in any build that reads extracts (which lists the extra member as a notice),
// and any problem in the records is located by the extract importer itself, with its line
// and column. The trainingPack member lists the practice cases, each with its reference
// audit: for every one of the 14 areas the result, the rationale in the trainer's words and
// the record ids that are its evidence, optional guidance; the overall grade and a summary.
//
// Loading is strict: the records must import without error, and every problem in the
// trainingPack member is reported with its JSON path ("trainingPack.cases[2].areas[5].
// evidence[0]"); any error means no pack. Keys this version does not know are warnings.
//
// Index of this file:
// [SECTION] The pack
// [SECTION] JSON
#pragma once

#include "core/audit/checklist.h"
#include "core/calendar/date.h"
#include "core/extract/model.h"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ca::training {

inline constexpr int k_pack_version = 1;
inline constexpr std::string_view k_pack_format = "case-audit-training-pack";

// ---------------------------------------------------------------------------
// [SECTION] The pack
// ---------------------------------------------------------------------------

// The trainer's answer for one area.
struct ReferenceArea {
    audit::CaseArea area = audit::CaseArea::Adequate;
    audit::AreaResult result = audit::AreaResult::Met; // never Unanswered
    std::string rationale;                             // the trainer's words, never empty
    std::vector<std::string> evidence;                 // record ids in the pack's extract
    std::string guidance;                              // optional: what to look for
};

// One practice case and its reference audit.
struct PracticeCase {
    std::string case_id; // a case in the pack's extract
    std::string title;   // what the case is, in a line ("Hospital discharge, late notes")
    std::vector<std::string> teaches; // what it is chosen to teach, one short phrase each
    Date audit_date;                  // the date the file is judged at
    std::vector<ReferenceArea> areas; // the 14 areas, in the policy's order
    audit::Grade grade = audit::Grade::None;
    std::string summary; // the trainer's overall comment

    const ReferenceArea* find(audit::CaseArea area) const;
};

struct TrainingPack {
    int version = k_pack_version;
    std::string title;
    std::string author;
    std::string description;
    std::vector<PracticeCase> cases;

    const PracticeCase* find_case(std::string_view case_id) const;
};

// Every id of a record the audit of case `case_index` may cite: the case and the records in
// its file, the workers (the training area is about the worker) and the supervisions.
std::set<std::string, std::less<>> citable_ids(const Extract& extract, Index case_index);

// ---------------------------------------------------------------------------
// [SECTION] JSON
// ---------------------------------------------------------------------------

struct PackProblem {
    std::string path; // JSON path ("trainingPack.cases[0].grade"), "" for the whole file
    int line = 0;     // for problems in the records: where the importer found them
    int column = 0;
    std::string message;
};

struct PackLoadResult {
    std::unique_ptr<Extract> extract; // the records; null when there is an error
    std::optional<TrainingPack> pack; // empty when there is an error
    std::vector<PackProblem> errors;
    std::vector<PackProblem> warnings;
    bool ok() const { return pack.has_value() && extract != nullptr; }
};

// The trainingPack member alone, keys in a fixed order (2-space indent, no final newline).
std::string pack_member_json(const TrainingPack& pack);
// The whole file: `extract_json`, the text of a case extract object, with the trainingPack
// member added as its last key; 2-space indent and a final newline. Throws
// std::invalid_argument when `extract_json` is not a JSON object.
std::string save_pack_json(std::string_view extract_json, const TrainingPack& pack);
PackLoadResult load_pack_json(std::string_view text);
// "line:column path: message" lines (errors, then warnings marked "warning:").
std::string format_pack_problems(const PackLoadResult& result);

} // namespace ca::training
