// Case Audit - the app's state for Sampling & audit: the auditor's workbook, the sampling
// form, and the audit open in the workspace.
//
// The workbook (core/audit/workbook.h) is the auditor's work and the only thing saved: the
// app keeps it in the browser's storage under a key derived from the extract's fingerprint,
// after every change, so a reload or a crash loses nothing. Views change the workbook and
// then call touch_workbook(); the App saves it at the end of that frame.
//
// Index of this file:
// [SECTION] Workspace
// [SECTION] AuditState
// [SECTION] Changing the workbook
#pragma once

#include "app/views/case_file_view.h"
#include "core/audit/evidence.h"
#include "core/audit/sampling.h"
#include "core/audit/scoring.h"
#include "core/audit/workbook.h"

#include <optional>
#include <string>

namespace ca::app {

struct AppState;

// ---------------------------------------------------------------------------
// [SECTION] Workspace
// ---------------------------------------------------------------------------

// The audit open in the workspace: the case file on one side, the checklist on the other.
struct AuditWorkspace {
    std::string audit_id; // "" when no audit is open
    // Evidence, computed when the audit opens and again when the policy changes (not per
    // frame: a case with 5,000 notes takes milliseconds to check).
    std::optional<audit::CaseEvidence> case_evidence;
    std::optional<audit::SupervisionEvidence> supervision_evidence;
    std::string evidence_key; // audit id + policy fingerprint the evidence belongs to
    CaseFileView case_file;   // the chronology of the audited case
};

// ---------------------------------------------------------------------------
// [SECTION] AuditState
// ---------------------------------------------------------------------------

enum class SamplingPage { Samples, Workspace };

struct AuditState {
    audit::Workbook workbook;
    std::string storage_key;  // where the workbook is kept in the browser ("" no extract)
    bool changed = false;     // touched this frame: save at the end of the frame
    std::string notice;       // e.g. "Your audits of this extract were restored (3 audits)."
    std::string storage_error; // the last save failed (storage full): shown until it works

    SamplingPage page = SamplingPage::Samples;
    // The sampling form.
    audit::SampleSpec spec;
    char seed_text[24] = {};
    std::optional<audit::SampleResult> preview; // the draw shown before it is kept
    std::string selected_sample;                // sample id shown in the samples page

    AuditWorkspace workspace;
};

// ---------------------------------------------------------------------------
// [SECTION] Changing the workbook
// ---------------------------------------------------------------------------

// A view changed the workbook: stamp it and have it saved at the end of the frame.
void touch_workbook(AppState& state);

} // namespace ca::app
