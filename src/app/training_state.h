// Case Audit - the app's state for the Training section: the training pack open, the
// trainee's feedback and summary, the moderation under way and the calibration workbooks.
//
// The trainee's practice audits and the moderations are not kept here: they are audits and
// moderation records in the workbook (AuditState), saved in the browser after every change
// like any audit work, so a reload loses nothing. What is here is what the views need
// between frames and what is derived from the workbook (with the revisions it was built
// from, core/revisions.h).
//
// Index of this file:
// [SECTION] Pages
// [SECTION] Practise
// [SECTION] Moderation
// [SECTION] Calibration
// [SECTION] Authoring
// [SECTION] TrainingState
#pragma once

#include "app/views/case_file_view.h"
#include "core/audit/moderation_draw.h"
#include "core/audit/workbook.h"
#include "core/revisions.h"
#include "core/training/calibration.h"
#include "core/training/feedback.h"
#include "core/training/pack.h"
#include "platform/platform.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ca::app {

struct AppState;

// ---------------------------------------------------------------------------
// [SECTION] Pages
// ---------------------------------------------------------------------------

enum class TrainingPage : int { Learn, Practise, Moderation, Calibration, Author, Count };
const char* training_page_name(TrainingPage p); // "Learn", "Practise", ...

// ---------------------------------------------------------------------------
// [SECTION] Practise
// ---------------------------------------------------------------------------

// The training pack open for practice: its extract is the app's open extract (opening a pack
// is an import of its records), and its workbook holds the trainee's practice audits.
struct PracticeState {
    std::optional<training::TrainingPack> pack;
    std::string pack_name;   // "Built-in pack" or the file's name
    std::string fingerprint; // the pack extract's: the pack is in use while it is the open one
    std::vector<training::PackProblem> errors; // of the last pack file that did not load
    std::string errors_file;
    std::optional<platform::OpenedFile> reading; // a pack file being read
    bool confirm_replace = false; // asked: opening a pack closes the extract open now
    std::string practising;       // the case whose practice audit is open ("" none)
    std::string submit_error;     // why Submit was refused
    std::string shown_case;       // the case whose feedback is shown ("" none)
    // Derived from the workbook, the pack and the policy.
    std::vector<training::CaseFeedback> feedback;
    training::TrainingSummary summary;
    BuiltFrom feedback_built{k_depends_training_feedback};
    std::string notice; // "Saved training-summary-....html to your downloads."
};

// ---------------------------------------------------------------------------
// [SECTION] Moderation
// ---------------------------------------------------------------------------

struct ModerationViewState {
    audit::ModerationSpec spec;
    char seed_text[24] = "1";
    float share = 10.0f;
    bool seed_invalid = false;
    std::optional<audit::ModerationDraw> draw;
    char moderator[80] = {};
    std::string open;  // the moderation open ("" the list)
    std::string error; // why the last step was refused
    // The resolution being written: per area, the adjusted result and reason as typed.
    std::string drafts_for;
    std::vector<int> adjusted; // an AreaResult as int, per area
    std::vector<std::string> reasons;
    std::vector<char> choosing; // an adjusted result is being chosen (not yet recorded)
    std::vector<char> changing; // a row settled as agreed is open to be decided again
    CaseFileView case_file;     // the moderated case, shown blind
};

// ---------------------------------------------------------------------------
// [SECTION] Calibration
// ---------------------------------------------------------------------------

struct CalibrationWorkbook {
    std::string name; // the auditor, else the file's name
    std::string file;
    audit::Workbook workbook;
};

struct CalibrationState {
    std::vector<CalibrationWorkbook> workbooks;
    std::vector<platform::OpenedFile> reading; // workbook files being read
    std::vector<std::string> errors;           // files that did not load, with why
    std::optional<training::Calibration> result;
    BuiltFrom result_built{k_depends_calibration};
    std::size_t result_count = 0; // how many workbooks `result` is of
};

// ---------------------------------------------------------------------------
// [SECTION] Authoring
// ---------------------------------------------------------------------------

// A pack being put together by a trainer from completed audits (core/training/authoring.h).
struct AuthoringState {
    std::vector<training::PracticeCase> cases; // in the order added
    char title[120] = {};
    char author[80] = {};
    char case_title[120] = {}; // the title for the next case added ("" "Case <id>")
    std::string error;         // why the last step was refused
    std::string notice;        // "Saved ... to your downloads."
};

// ---------------------------------------------------------------------------
// [SECTION] TrainingState
// ---------------------------------------------------------------------------

struct TrainingState {
    TrainingPage page = TrainingPage::Learn;
    int learn_area = 0; // the area Learn shows, 0 to 13
    PracticeState practice;
    ModerationViewState moderation;
    CalibrationState calibration;
    AuthoringState authoring;
    // A pack's records to open as the app's extract: taken by the App at the start of the
    // next frame, as an import (set_extract, the workbook restored from the browser).
    std::shared_ptr<const Extract> pending_extract;
    std::string pending_name;
    std::string pending_text; // the pack file's text (its records, for authoring)
};

// Opening packs and workbook files for the Training section (training_files.cpp).
void open_built_in_pack(AppState& state);
void receive_training_pack(AppState& state, platform::OpenedFile&& file);
void receive_calibration_workbook(AppState& state, platform::OpenedFile&& file);
void pump_training_files(AppState& state);
// The pack is in use: its extract is the open one.
bool practice_pack_open(const AppState& state);
// Keeps the trainee's feedback and summary in step with the workbook; once a frame.
void update_training(AppState& state);

} // namespace ca::app
