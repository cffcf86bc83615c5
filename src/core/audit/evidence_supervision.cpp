// Case Audit - the evidence rules of the supervision record audit (the rules and the
// decisions the policy leaves open are listed in evidence.h).
//
// Index of this file:
// [SECTION] Wording helpers
// [SECTION] Rules
// [SECTION] Entry point
#include "core/audit/evidence.h"
#include "core/audit/evidence_wording.h"

#include "core/caseload/caseload.h"

#include <string_view>
#include <utility>

namespace ca::audit {

namespace {

using namespace evidence_detail;

// ---------------------------------------------------------------------------
// [SECTION] Wording helpers
// ---------------------------------------------------------------------------

struct Context {
    const Extract& x;
    const Policy& policy;
    const Supervision& s;
    Index index;
    RecordRef ref() const { return RecordRef{RecordKind::Supervision, index}; }
};

// ---------------------------------------------------------------------------
// [SECTION] Rules
// ---------------------------------------------------------------------------

void frequency(AreaEvidence& e, const Context& cx) {
    const SupervisionFrequency& f = cx.policy.audit.supervision_frequency;
    e.checked = "Days since the worker's previous supervision on file: at most " +
                std::to_string(f.other_days) + " (" + std::to_string(f.asye_days) +
                " for a worker in their ASYE on the day) is met; up to " + days_text(f.grace_days) +
                " more (leave, sickness) is partly met; longer is not met.";
    Index prev = k_no_index;
    for (Index i = 0; i < cx.x.supervisions.size(); ++i) {
        const Supervision& o = cx.x.supervisions[i];
        if (o.supervisee == cx.s.supervisee && o.held < cx.s.held &&
            (prev == k_no_index || cx.x.supervisions[prev].held <= o.held))
            prev = i;
    }
    if (prev == k_no_index) {
        e.proposal = AreaResult::NotApplicable;
        e.summary = "No earlier supervision of this worker on file.";
        return;
    }
    // The ASYE's dates come from the caseload policy; whether its protected caseload is
    // switched on does not change how often an ASYE worker is supervised.
    AsyePolicy asye = cx.policy.caseload.asye;
    asye.enabled = true;
    const bool is_asye = cx.s.supervisee < cx.x.workers.size() &&
                         in_asye_on(cx.x.workers[cx.s.supervisee], asye, cx.s.held);
    const int expected = is_asye ? f.asye_days : f.other_days;
    const int gap = days_between(cx.x.supervisions[prev].held, cx.s.held);
    if (gap <= expected)
        e.proposal = AreaResult::Met;
    else if (gap <= expected + f.grace_days)
        e.proposal = AreaResult::PartlyMet;
    else
        e.proposal = AreaResult::NotMet;
    e.summary = days_text(gap) + " since the previous supervision; expected every " +
                days_text(expected) + (is_asye ? " (ASYE)" : "") + ", " +
                days_text(expected + f.grace_days) + " with grace.";
    add_line(e,
             "Previous supervision held on " + format_date_long(cx.x.supervisions[prev].held) +
                 ", " + days_text(gap) + " before this one on " + format_date_long(cx.s.held) + ".",
             {RecordRef{RecordKind::Supervision, prev}, cx.ref()}, e.proposal == AreaResult::Met);
    if (cx.s.supervisee < cx.x.workers.size())
        add_line(e,
                 is_asye ? "The worker was in their ASYE on the day."
                         : "The worker was not in their ASYE on the day.",
                 {RecordRef{RecordKind::Worker, cx.s.supervisee}}, true);
}

void record_timescale(AreaEvidence& e, const Context& cx) {
    const int limit = cx.policy.timescales.supervision_record_working_days;
    e.checked = "The record written within " +
                count_of(static_cast<std::size_t>(limit), "working day", "working days") +
                " of the supervision (weekends and bank holidays not counted): met, else not met.";
    const WorkingCalendar calendar = policy_calendar(cx.policy);
    const Date recorded = cx.s.recorded_at.date;
    const int wd = calendar.working_days_between(cx.s.held, recorded);
    const bool ok = wd <= limit;
    e.proposal = ok ? AreaResult::Met : AreaResult::NotMet;
    const std::string wd_text =
        count_of(static_cast<std::size_t>(wd), "working day", "working days");
    e.summary =
        "Recorded " + wd_text + " after the supervision (limit " + std::to_string(limit) + ").";
    add_line(e,
             "Held on " + day_and_date(cx.s.held) + ", recorded on " + day_and_date(recorded) +
                 ": " + wd_text + " later.",
             {cx.ref()}, ok);
}

void cases_listed(AreaEvidence& e, const Context& cx) {
    e.checked = "At least one case listed as discussed: met; none: not met.";
    const std::size_t n = cx.s.cases_discussed.count;
    if (n == 0) {
        e.proposal = AreaResult::NotMet;
        e.summary = "No cases listed as discussed.";
        add_line(e, "The record lists no case discussed.", {cx.ref()}, false);
        return;
    }
    e.proposal = AreaResult::Met;
    e.summary = count_of(n, "case", "cases") + " listed as discussed.";
    std::vector<RecordRef> refs;
    refs.reserve(n);
    for (Index i = cx.s.cases_discussed.begin; i < cx.s.cases_discussed.end(); ++i)
        refs.push_back(RecordRef{RecordKind::Case, cx.x.supervision_cases[i]});
    add_line(e, "Cases discussed: " + std::to_string(n) + ".", std::move(refs), true);
}

void decisions_actions(AreaEvidence& e, const Context& cx) {
    e.checked = "Decisions or actions recorded, and every action with an owner and a due date: "
                "met; some actions without them: partly met; no decisions and no actions: not "
                "met.";
    const std::size_t decisions = cx.s.decisions.count;
    const std::size_t actions = cx.s.actions.count;
    if (decisions == 0 && actions == 0) {
        e.proposal = AreaResult::NotMet;
        e.summary = "No decisions and no actions recorded.";
        add_line(e, "The record has no decisions and no actions.", {cx.ref()}, false);
        return;
    }
    std::size_t complete = 0;
    for (Index i = cx.s.actions.begin; i < cx.s.actions.end(); ++i) {
        const SupervisionItem& a = cx.x.supervision_items[i];
        const bool owner = a.owner != k_no_index;
        const bool due = a.due.has_value();
        if (owner && due) {
            ++complete;
            continue;
        }
        std::string text = "Action without ";
        text += !owner && !due ? "an owner or a due date" : !owner ? "an owner" : "a due date";
        const std::string_view words = cx.x.text_of(a.text);
        if (!words.empty())
            text += ": " + excerpt(words);
        std::vector<RecordRef> refs{cx.ref()};
        if (a.case_index != k_no_index)
            refs.push_back(RecordRef{RecordKind::Case, a.case_index});
        add_line(e, text + ".", std::move(refs), false);
    }
    e.proposal = complete == actions ? AreaResult::Met : AreaResult::PartlyMet;
    e.summary = count_of(decisions, "decision", "decisions") + " and " +
                count_of(actions, "action", "actions") + " recorded";
    e.summary += actions == 0 ? std::string(".")
                              : "; " + std::to_string(complete) + " of " + std::to_string(actions) +
                                    (actions == 1 ? " action" : " actions") +
                                    " with an owner and a due date.";
}

// The notes that show a manager's oversight on the case file: a record of the supervision
// discussion (the policy's "case audit note ... added to any cases reviewed during
// supervision"), a manager's decision, or a case audit note.
bool is_oversight_note(NoteType t) {
    return t == NoteType::RecordOfSupervisionDiscussion || t == NoteType::ManagersDecision ||
           t == NoteType::CaseAudit;
}

std::string_view oversight_label(NoteType t) {
    switch (t) {
    case NoteType::RecordOfSupervisionDiscussion:
        return "Record of the supervision discussion";
    case NoteType::ManagersDecision:
        return "Manager's decision";
    default:
        break;
    }
    return "Case audit note";
}

void oversight(AreaEvidence& e, const Context& cx) {
    const int days = cx.policy.audit.oversight_days;
    e.checked = "Each case discussed shows a record of the supervision discussion, a manager's "
                "decision or a case audit note, dated on the day of the supervision or within " +
                days_text(days) +
                " after it: all met, some partly met, none not met (a case whose window has "
                "not closed by the extract's as-at date is not counted).";
    const Date from = cx.s.held;
    const Date to = add_days(from, days);
    std::size_t counted = 0;
    std::size_t shown = 0;
    std::size_t pending = 0;
    for (Index i = cx.s.cases_discussed.begin; i < cx.s.cases_discussed.end(); ++i) {
        const Index ci = cx.x.supervision_cases[i];
        if (ci >= cx.x.cases.size())
            continue;
        const Index found = oversight_note(cx.x, ci, from, days);
        const RecordRef case_ref{RecordKind::Case, ci};
        if (found != k_no_index) {
            ++counted;
            ++shown;
            const Note& note = cx.x.notes[found];
            add_line(e,
                     std::string(oversight_label(note.type)) + " on the case file on " +
                         format_date_long(note.event_date) + ".",
                     {case_ref, RecordRef{RecordKind::Note, found}}, true);
        } else if (cx.x.metadata.as_at < to) {
            ++pending;
            add_line(e,
                     "No oversight note yet; the window runs to " + format_date_long(to) +
                         ", after the extract's as-at date.",
                     {case_ref}, true);
        } else {
            ++counted;
            add_line(e,
                     "No record of the discussion, manager's decision or case audit note between " +
                         format_date_long(from) + " and " + format_date_long(to) + ".",
                     {case_ref}, false);
        }
    }
    if (cx.s.cases_discussed.count == 0) {
        e.proposal = AreaResult::NotApplicable;
        e.summary = "No cases listed as discussed.";
        return;
    }
    if (counted == 0) {
        e.summary = "The window for oversight is still open for every case discussed.";
        return; // Unanswered: too early to say
    }
    e.proposal = all_some_none(shown, counted);
    e.summary = std::to_string(shown) + " of " + count_of(counted, "case", "cases") +
                " discussed show management oversight within " + days_text(days) + ".";
    if (pending > 0)
        e.summary += " " + std::to_string(pending) + " not counted: window still open.";
}

} // namespace

Index oversight_note(const Extract& extract, Index case_index, Date held, int days) {
    if (case_index >= extract.cases.size())
        return k_no_index;
    const Case& c = extract.cases[case_index];
    const Date to = add_days(held, days);
    for (Index n = c.notes.begin; n < c.notes.end(); ++n) {
        const Note& note = extract.notes[n];
        if (is_oversight_note(note.type) && held <= note.event_date && note.event_date <= to)
            return n;
    }
    return k_no_index;
}

// ---------------------------------------------------------------------------
// [SECTION] Entry point
// ---------------------------------------------------------------------------

SupervisionEvidence supervision_evidence(const Extract& extract, const Policy& policy,
                                         Index supervision) {
    SupervisionEvidence out;
    if (supervision >= extract.supervisions.size())
        return out;
    out.supervision = supervision;
    const Context cx{extract, policy, extract.supervisions[supervision], supervision};
    out.items.reserve(policy.audit.supervision_checklist.size());
    for (const ChecklistItem& item : policy.audit.supervision_checklist) {
        AreaEvidence e;
        e.key = item.key;
        e.title = item.title;
        e.automatic = true;
        if (item.rule == "frequency")
            frequency(e, cx);
        else if (item.rule == "record-timescale")
            record_timescale(e, cx);
        else if (item.rule == "cases-listed")
            cases_listed(e, cx);
        else if (item.rule == "decisions-actions")
            decisions_actions(e, cx);
        else if (item.rule == "oversight")
            oversight(e, cx);
        else {
            e.automatic = false;
            e.checked = item.rule.empty()
                            ? "Nothing is checked automatically: read the record."
                            : "Nothing is checked automatically: this version has no rule \"" +
                                  item.rule + "\"; read the record.";
            e.summary = "Needs your judgement.";
        }
        out.items.push_back(std::move(e));
    }
    return out;
}

} // namespace ca::audit
