// Case Audit - revisions: one way to know when derived data is out of date.
//
// The app keeps results it has worked out (caseloads, a case's evidence, the audit case note,
// the recording-quality analyser) rather than working them out every frame. Each input they
// are worked out from has a revision counter, moved on only by the one function that changes
// that input (the app's set_extract, set_policy, touch_workbook and dictionary_changed,
// app/app.h). Each piece of derived data records the revisions it was built from (BuiltFrom)
// and is built again when one of the inputs it depends on has moved on: no hand-set "dirty"
// flags, nothing cleared by hand in several places.
//
// What each piece of derived data depends on is stated once, below (k_depends_*), and the
// unit tests (tests/unit/test_revisions.cpp) check that a new extract, a policy change and a
// word added to the dictionary each refresh exactly what depends on them.
//
// Index of this file:
// [SECTION] Revisions
// [SECTION] What derived data depends on
// [SECTION] BuiltFrom
#pragma once

#include <cstdint>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Revisions
// ---------------------------------------------------------------------------

// The inputs of derived data, as bits of a mask.
enum Input : unsigned {
    k_input_extract = 1u << 0,    // the open extract (a new import)
    k_input_policy = 1u << 1,     // the policy in force
    k_input_workbook = 1u << 2,   // any change to the auditor's workbook
    k_input_dictionary = 1u << 3, // the workbook's "Add to dictionary" words (a workbook change
                                  // too, kept apart: a comment typed must not re-run the
                                  // spelling check of a whole case file)
};

// How many times each input has changed since the app started.
struct Revisions {
    std::uint64_t extract = 0;
    std::uint64_t policy = 0;
    std::uint64_t workbook = 0;
    std::uint64_t dictionary = 0;
};

// ---------------------------------------------------------------------------
// [SECTION] What derived data depends on
// ---------------------------------------------------------------------------

// Caseloads, their history and a worker's drill-down (core/caseload): the extract's records
// and the policy's limits (also on the date the manager chose, which the view keys itself).
inline constexpr unsigned k_depends_caseloads = k_input_extract | k_input_policy;
// The caseload index (core/caseload): the extract alone.
inline constexpr unsigned k_depends_caseload_index = k_input_extract;
// The policy's fingerprint, stamped on the workbook when saved.
inline constexpr unsigned k_depends_policy_fingerprint = k_input_policy;
// The evidence of the audit open in the workspace (core/audit/evidence.h) with the
// recording-quality indicators: the extract, the policy (timescales, council terms) and the
// dictionary words (also on the audit and its date, which the workspace keys itself).
inline constexpr unsigned k_depends_evidence =
    k_input_extract | k_input_policy | k_input_dictionary;
// The recording-quality analyser (core/text/analyser.h): the extract's names, the policy's
// council terms and the dictionary words.
inline constexpr unsigned k_depends_analyser =
    k_input_extract | k_input_policy | k_input_dictionary;
// The audit case note (core/audit/case_note.h): the audit (any workbook change), the extract's
// names and the policy's grade bands.
inline constexpr unsigned k_depends_case_note = k_input_extract | k_input_policy | k_input_workbook;
// The owner picker's list of workers (the checklist's actions): the extract alone (and the
// audit date, which the panel keys itself).
inline constexpr unsigned k_depends_action_owners = k_input_extract;
// The oversight report (core/report): the extract, the policy (bands, frequencies, limits)
// and the auditor's own workbook, which it counts (also on the files added and the period
// and scope chosen, which the Reports section keys itself).
inline constexpr unsigned k_depends_report = k_input_extract | k_input_policy | k_input_workbook;
// The trainee's feedback and summary (core/training/feedback.h): the practice audits (any
// workbook change), the pack's extract and the policy's grade bands and pass thresholds (also
// on the pack, which the Training section keys itself).
inline constexpr unsigned k_depends_training_feedback =
    k_input_extract | k_input_policy | k_input_workbook;
// Calibration across auditors (core/training/calibration.h): the workbooks added (keyed by
// the view) and the policy's grade bands.
inline constexpr unsigned k_depends_calibration = k_input_policy;

// ---------------------------------------------------------------------------
// [SECTION] BuiltFrom
// ---------------------------------------------------------------------------

// The revisions a piece of derived data was built from, of the inputs it depends on.
class BuiltFrom {
public:
    explicit constexpr BuiltFrom(unsigned depends_on) : depends_(depends_on) {}

    // True when it was never built, or one of the inputs it depends on changed since.
    bool stale(const Revisions& now) const {
        if (!built_)
            return true;
        return ((depends_ & k_input_extract) && now.extract != at_.extract) ||
               ((depends_ & k_input_policy) && now.policy != at_.policy) ||
               ((depends_ & k_input_workbook) && now.workbook != at_.workbook) ||
               ((depends_ & k_input_dictionary) && now.dictionary != at_.dictionary);
    }
    // It has just been built from the inputs as they are now.
    void built(const Revisions& now) {
        at_ = now;
        built_ = true;
    }
    // Forgotten: stale() until built again (for data that has another key of its own, such as
    // the audit open, when that key changes).
    void forget() { built_ = false; }
    unsigned depends_on() const { return depends_; }

private:
    unsigned depends_;
    Revisions at_;
    bool built_ = false;
};

} // namespace ca
