// Case Audit - the audit checklist panel of the audit workspace: the evidence for each area,
// the auditor's results and comments, the score and grade, the actions, and the audit case
// note to copy into the case management system.
//
// The panel only draws, and changes the audit through the core's workbook operations
// (core/audit/workbook_edit.h); the evidence it shows was computed when the audit opened
// (AuditWorkspace), and every edit calls touch_workbook().
#pragma once

#include "core/calendar/date.h"
#include "core/extract/model.h"
#include "core/revisions.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ca::audit {
struct Audit;
}

namespace ca::app {

struct AppState;

// A due date as typed. A date that does not parse stays in the field, marked, and is not
// applied to the action until it is corrected.
struct DueDraft {
    char text[16] = {};
    bool invalid = false;
};

// What the panel keeps between frames (in AuditWorkspace): what text fields need (a due date
// typed wrongly, which field is being edited), and what it builds from the audit only after a
// change (the case note, the owner picker's workers).
struct ChecklistPanel {
    std::string audit_id;      // the audit the drafts belong to
    std::vector<DueDraft> due; // one per action of that audit

    // The text area being edited (an ImGuiID; 0: none); the others are shown as wrapped text.
    unsigned int editing = 0;
    bool focus_editing = false;
    int editing_frame = 0;
    // The text area left with Escape or Tab: its box takes the keyboard focus back, so that
    // focus never vanishes and the next Tab goes on from there.
    unsigned int refocus_box = 0;
    // The keyboard: the area whose widget has the focus (its result keys 1 to 4 work), and
    // the area to put the focus in on the next frame (next, previous, next unanswered).
    std::string focused_area;
    std::string focus_area;

    char owner_search[64] = {};

    // The owner picker's workers, by name, on one date.
    BuiltFrom owners_built{k_depends_action_owners};
    Date owners_on;
    std::vector<Index> owners;

    // The audit case note of `note_audit`.
    std::string note;
    std::string note_audit;
    BuiltFrom note_built{k_depends_case_note};
    double copied_at = -1.0; // ImGui time of the last copy (<0: not copied since a change)
    // Completing the audit takes its button away: the focus goes on to "Copy audit case
    // note", the next thing to do, instead of back to the top of the page.
    bool focus_copy = false;
    // "Add action" puts the focus in the new action's words, ready to type.
    bool focus_new_action = false;

    std::string scroll_to; // an area's key: scroll to it (Next unanswered)

    // Correcting a completed audit's date: the date and reason as typed, and why the core
    // refused them.
    bool correcting_date = false;
    char completed_text[16] = {};
    char completed_reason[200] = {};
    std::string date_error;
};

// Draws the checklist of `audit` (which lives in state's workbook) into the current window or
// child, filling the space available and scrolling.
void draw_audit_checklist(AppState& state, audit::Audit& audit);

// For other ways of editing the open audit (the accessible HTML view): the date it is judged
// as at, and what every change goes through (starts a planned audit, the case note written
// again, the workbook saved at the end of the frame).
Date audit_judged_date(const AppState& state, const audit::Audit& a);
void audit_edited(AppState& state, audit::Audit& a, bool changed = true);

} // namespace ca::app
