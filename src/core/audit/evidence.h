// Case Audit - evidence computed from the extract for the audit checklists.
//
// For each area the auditor sees what the app found, each piece linked to the records it
// rests on, and a proposed result; the auditor decides. Every rule says in `checked` what
// it looked at, in a manager's words, so the auditor can disagree with reason. A rule that
// cannot decide (the data is missing) proposes nothing and says why; it never guesses.
//
// The rules, for a case file audited on date D (the workbook's audit date, by default the
// extract's as-at date), with the policy's timescales:
//   training         the case's primary worker on D (else the last one) completed both
//                    information security and data protection training no later than
//                    add_months(start, training_months) (same day next month, or that
//                    month's last day): both Met, one PartlyMet, none NotMet.
//   up-to-date       last note within up_to_date_days of D; each plan's first review within
//                    6-8 weeks of its start (a review completed by D; one only due is no
//                    evidence); a review at
//                    least every review_interval_months up to D; no supervision action on
//                    the case past its due date. All pass Met, some PartlyMet, none NotMet.
//   risk             the latest core assessment completed by D (else the latest started)
//                    decides: its risk section completed Met; a risk section not completed
//                    PartlyMet; no risk section NotMet; no core assessment NotMet. Older
//                    core assessments are listed as context, never as shortfalls.
//   safeguarding     a concern or enquiry, or a safeguarding section with text: Met; only
//                    notes mentioning safeguarding (policy.audit.safeguarding_phrases, whole
//                    words, phrase_match.h): PartlyMet; nothing: NotMet.
//   mental-capacity  a capacity assessment, or a mental-capacity section with text: Met;
//                    only notes mentioning it (policy.audit.capacity_phrases): PartlyMet;
//                    nothing: NotMet.
//   correspondence   documents of kind email or letter, each PDF and indexed, and each
//                    correspondence note followed by an email or letter uploaded within
//                    correspondence_upload_working_days: all Met; some PartlyMet; none NotMet;
//                    no such documents or notes NotApplicable.
//   timescales       notes recorded within note_working_days working days of their event
//                    and assessments completed within assessment_days: at least
//                    on_time_met_percent (90) Met, at least on_time_partly_met_percent (50)
//                    PartlyMet, else NotMet; no notes or assessments N/A.
//   given-to-person  the latest completed assessment, plan and review each given to the
//                    person: all Met; some PartlyMet; none NotMet; none completed N/A.
//   the six writing areas: Unanswered ("needs your judgement") with the recording-quality
//                    indicators that apply, when the caller supplies them.
//
// Where the policy is silent, these rules decide (each is tested in test_audit_evidence*):
//   - The file as it stood on D: notes recorded after D, and assessments, plans, safeguarding,
//     capacity assessments and documents dated after D, are left out; completions after D
//     count as not completed.
//   - Training: the earliest completion of each course on or before D counts; the deadline
//     day itself is in time. A course not completed while D is still on or before the
//     deadline is "not due yet", and then the rule proposes nothing (Unanswered). No
//     primary allocation starting on or before D: Unanswered.
//   - Up to date: four checks, each pass or fail, counted over those that apply: the last
//     note (by event date) at most up_to_date_days before the reference date R (D, or the
//     closing date of a case closed before D; a file with no notes passes while the case is
//     younger than up_to_date_days); each plan's first review in [start + min weeks, start +
//     max weeks], by the day a review was completed on or before D (a review due in the
//     window but not held by D does not count; a plan whose window has not ended on R is
//     not counted yet, and its line names a review booked in it); completed
//     reviews never more than review_interval_months apart from the first plan's start up
//     to R (applies when there is a plan); and no supervision action on the case due before
//     R without a note on the case by its owner (by anyone, if it has none) dated after the
//     supervision and on or before R (the extract has no "done" flag for actions, so a note
//     by the owner since the supervision is taken as the action being acted on).
//   - Timescales: working_days_between(event, recorded) <= note_working_days, so a note
//     recorded before its event (which the importer refuses) counts 0 and is on time. An
//     assessment still open more than assessment_days after its start counts as late; one
//     still within them is not counted. Notes and assessments are counted together (one
//     record, one vote); the summary gives both shares. Shares are compared exactly (41 of
//     45 = 91.1% Met; 9 of 10 = 90% Met) and shown rounded down.
//   - Safeguarding and mental capacity: a note "mentions" the subject when it holds one of
//     the policy's phrases as whole words ("in my capacity as" and "safeguard her savings"
//     are not mentions); a mention alone is PartlyMet, because a structured record is what
//     shows the consideration was made. Sections count as structured records.
//   - Correspondence: a correspondence note's window is add_working_days(event date, N); a
//     document counts when it is an email or letter uploaded on or after the event date and
//     by the window's end (and by D). A note whose window is still open on D (D <= end) is
//     not counted yet. A document can answer several notes.
//   - Risk: "latest completed" is by completion date (the later in the file on a tie).
//   - Given to the person: given on or before D. "Assessment" is any kind of assessment.
//   - Late or missing records are listed one line each, at most 50 per area, then one "and
//     N more" line; records in time are counted, not listed.
//
// Index of this file:
// [SECTION] Evidence
// [SECTION] Case file evidence
// [SECTION] Supervision record evidence
#pragma once

#include "core/audit/checklist.h"
#include "core/calendar/working_days.h"
#include "core/extract/model.h"
#include "core/policy/policy.h"

#include <string>
#include <vector>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Evidence
// ---------------------------------------------------------------------------

// One thing found: a sentence and the records it rests on. `ok` false marks a shortfall
// (shown with a marker; colour is never the only signal).
struct EvidenceLine {
    std::string text;
    std::vector<RecordRef> records;
    bool ok = true;
};

// What a rule found for one area or item.
struct AreaEvidence {
    std::string key;        // the area's or item's key
    std::string title;      // its wording
    bool automatic = false; // a rule looked at the data (false: judgement only)
    AreaResult proposal = AreaResult::Unanswered;
    std::string checked; // what was checked, in a sentence ("Notes recorded within ...")
    std::string summary; // the proposal's reason in a sentence ("41 of 44 notes on time")
    std::vector<EvidenceLine> lines;
};

// ---------------------------------------------------------------------------
// [SECTION] Case file evidence
// ---------------------------------------------------------------------------

struct CaseEvidence {
    Index case_index = k_no_index;
    Date audit_date;
    Index worker = k_no_index;       // the worker whose training is checked (k_no_index: none)
    std::vector<AreaEvidence> areas; // one per CaseArea, in the policy's order
};

// `audit_date` is the day the file is judged at (usually the extract's as-at date). A
// case_index out of range gives no areas.
CaseEvidence case_evidence(const Extract& extract, const Policy& policy, Index case_index,
                           Date audit_date);

// ---------------------------------------------------------------------------
// [SECTION] Supervision record evidence
// ---------------------------------------------------------------------------

struct SupervisionEvidence {
    Index supervision = k_no_index;
    std::vector<AreaEvidence> items; // one per policy.audit.supervision_checklist item
};

// Rules of the default checklist (AuditPolicy::supervision_checklist), for a supervision S
// of worker W:
//   frequency          gap since W's previous supervision (none on file: N/A) <= the
//                      policy's days (ASYE on S.held: asye_days) Met; <= days + grace
//                      PartlyMet; longer NotMet.
//   record-timescale   S recorded within supervision_record_working_days of S.held Met,
//                      else NotMet.
//   cases-listed       at least one case discussed Met; none NotMet.
//   decisions-actions  every action has an owner and a due date, and at least one decision
//                      or action is recorded: Met; some actions lack them PartlyMet; no
//                      decisions and no actions NotMet.
//   oversight          each discussed case has a record-of-supervision-discussion,
//                      managers-decision or case-audit note dated S.held .. S.held +
//                      oversight_days: all Met, some PartlyMet, none NotMet.
// and any item with an empty or unknown rule: automatic false, Unanswered ("Needs your
// judgement."). Decided where the policy is silent: a record of the supervision discussion on
// the case file counts as oversight (it is the policy's "case audit note ... added to any
// cases reviewed during supervision"); the previous supervision is the
// supervisee's latest held strictly before S.held; "ASYE on S.held" uses the caseload
// policy's ASYE dates (in_asye_on) even when the ASYE protected caseload is switched off;
// no cases discussed makes oversight NotApplicable; a case whose oversight window ends after
// the extract's as-at date and shows no note yet is not counted (Unanswered if none is).
// A supervision index out of range gives no items.
SupervisionEvidence supervision_evidence(const Extract& extract, const Policy& policy,
                                         Index supervision);

// The first note on case `case_index` that shows management oversight of a supervision held
// on `held` (a record of the supervision discussion, a manager's decision or a case audit
// note, dated `held` .. `held` + `days`), or k_no_index. The oversight rule above and the
// reports' supervision section both use it.
Index oversight_note(const Extract& extract, Index case_index, Date held, int days);

} // namespace ca::audit
