// Case Audit - the app's state for Sampling & audit: the auditor's workbook, the sampling
// form, and the audit open in the workspace.
//
// The workbook (core/audit/workbook.h) is the auditor's work and the only thing saved: the
// app keeps it in the browser's storage under a key derived from the extract's fingerprint,
// after every change, so a reload or a crash loses nothing (app/audit_store.h). Views change
// the workbook and then call touch_workbook(); the App saves it at the end of that frame.
//
// Index of this file:
// [SECTION] Workspace
// [SECTION] Sampling form
// [SECTION] Workbook files
// [SECTION] AuditState
// [SECTION] Changing the workbook
#pragma once

#include "app/storage_status.h"
#include "app/views/audit_checklist.h"
#include "app/views/case_file_view.h"
#include "app/writing_assist.h"
#include "core/audit/evidence.h"
#include "core/audit/sampling.h"
#include "core/audit/scoring.h"
#include "core/audit/workbook.h"
#include "core/revisions.h"
#include "platform/platform.h"

#include <optional>
#include <string>
#include <vector>

namespace ca::app {

struct AppState;

// ---------------------------------------------------------------------------
// [SECTION] Workspace
// ---------------------------------------------------------------------------

// The audit open in the workspace: the case file on one side, the checklist on the other.
struct AuditWorkspace {
    std::string audit_id; // "" when no audit is open
    // Evidence, computed when the audit opens and again when the extract, the policy, the
    // dictionary words (evidence_built) or the audit and its date (the keys below) change:
    // not per frame, as a case with 5,000 notes takes milliseconds to check.
    std::optional<audit::CaseEvidence> case_evidence;
    std::optional<audit::SupervisionEvidence> supervision_evidence;
    BuiltFrom evidence_built{k_depends_evidence};
    std::string evidence_audit;  // the audit id the evidence is for
    std::string evidence_record; // ...its record
    Date evidence_date;          // ...and the date it was judged as at
    WritingAssistant writing;    // the recording-quality analyser and the case's report
    CaseFileView case_file;      // the chronology of the audited case
    ChecklistPanel checklist;    // the checklist panel's own state
    float split = 0.5f;          // the case file's share of the width (the divider is dragged)
};

// ---------------------------------------------------------------------------
// [SECTION] Sampling form
// ---------------------------------------------------------------------------

enum class SamplingPage { Samples, Workspace };

// Which audits the log lists.
enum class LogFilter { All, Planned, InProgress, Completed };

// Whose records the form draws from: the spec's teams or workers are used only for theirs.
enum class SampleScope { WholeService, Teams, Workers };

// The "Draw a sample" form, as typed. `spec` is what the core draws with; the text fields
// become part of it when they parse.
struct SampleForm {
    bool initialised = false; // filled from the policy and the extract on first show
    bool fold = false;        // a sample was just kept: fold the form away to show the log
    audit::SampleSpec spec;
    char seed_text[24] = {};
    char date_text[16] = {};
    bool seed_invalid = false;
    bool date_invalid = false;
    SampleScope scope = SampleScope::WholeService;
    bool size_other = false; // "Other" chosen: the size field shows, whatever it holds
    char scope_filter[64] = {};
    // The draw shown before it is kept, and the spec it was drawn with (the form may change
    // after the draw: "Keep" keeps what is shown).
    std::optional<audit::SampleResult> preview;
    audit::SampleSpec preview_spec;
    float preview_height = 0.0f; // drawn last frame: the height of the band behind it
};

// Adding a record to a sample by hand, or taking one out: both need a reason.
struct SampleEdit {
    char record_id[48] = {};
    char reason[200] = {};
    std::string remove_audit; // audit id being taken out ("" none)
    std::string error;
};

// ---------------------------------------------------------------------------
// [SECTION] Workbook files
// ---------------------------------------------------------------------------

// A workbook file the auditor opened: read whole (it is small), then checked.
struct WorkbookFileState {
    std::optional<platform::OpenedFile> reading;
    std::string file_name;                      // of the last file opened
    std::vector<audit::WorkbookError> errors;   // why it was not opened
    std::vector<audit::WorkbookError> warnings; // opened, but with these remarks
    // Opened, and waiting for the auditor: made from another extract ("Use what applies" or
    // "Cancel"), or it would replace the work already done on this extract.
    std::optional<audit::Workbook> held;
    audit::WorkbookMatch match;
};

// ---------------------------------------------------------------------------
// [SECTION] AuditState
// ---------------------------------------------------------------------------

struct AuditState {
    audit::Workbook workbook;
    std::string storage_key;   // where the workbook is kept in the browser ("" no extract)
    bool indexed = false;      // storage_key is in the "workbooks" index (checked once)
    bool changed = false;      // touched this frame: save at the end of the frame
    std::string notice;        // what just happened: "Your audit work ... was restored: ..."
    std::string warning;       // a problem the auditor should know of (work set aside)
    std::string storage_error; // the last save failed (storage full): shown until it works
    StorageTrouble storage_trouble = StorageTrouble::None; // what storage_error is about
    // The policy's fingerprint, worked out again when the policy changes (not per frame).
    std::string policy_fingerprint;
    BuiltFrom fingerprint_built{k_depends_policy_fingerprint};

    SamplingPage page = SamplingPage::Samples;
    SampleForm form;
    SampleEdit edit;
    std::string selected_sample; // the sample whose audits the log shows ("" all)
    LogFilter log_filter = LogFilter::All;

    // The auditor's name and capacity, asked once and kept in the workbook.
    char auditor[80] = {};
    char capacity[80] = {};
    bool editing_auditor = false;

    // Focus follows the action on this page: once the auditor is named, to "Draw sample";
    // once a sample is kept, to its first audit's "Start". Taken by the widget when it is
    // drawn; dropped if that widget is not shown within a few frames (the list of audits is
    // not drawn in the frame a sample is kept: the draw above still pushes it off screen).
    enum class FocusNext { None, DrawSample, FirstAudit };
    FocusNext focus_next = FocusNext::None;
    int focus_next_frame = 0; // the frame focus_next was set in

    WorkbookFileState file;

    AuditWorkspace workspace;
};

// ---------------------------------------------------------------------------
// [SECTION] Changing the workbook
// ---------------------------------------------------------------------------

// A view changed the workbook: stamp it and have it saved at the end of the frame. Moves the
// workbook's revision on (what is built from the audits is out of date).
void touch_workbook(AppState& state);
// A word was added to the workbook's dictionary: as touch_workbook(), and the dictionary's
// revision moves on (the case is analysed again).
void dictionary_changed(AppState& state);
// Another workbook took the place of the one in memory (restored, opened from a file, or
// cleared): both revisions move on. Not saved by this alone.
void workbook_replaced(AppState& state);

// Everything shown about the auditor's work starts again (value-initialised), keeping only
// what is named in the definition: for a new extract (`same_extract` false) or for another
// workbook of the same extract (where it is stored stays the same).
void reset_audit_state(AuditState& a, bool same_extract);

} // namespace ca::app
