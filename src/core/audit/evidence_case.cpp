// Case Audit - the evidence rules of the case file audit (the rules are listed, with every
// decision the policy leaves open, in evidence.h).
//
// Speed: a case of 5,000 notes is checked in one pass over its notes (NoteScan), with no
// allocation per note: late notes and notes mentioning safeguarding or capacity (whole-word
// phrases, phrase_match.h) are kept as indexes, at most a listing cap of each, and their
// sentences are written afterwards.
//
// Index of this file:
// [SECTION] Wording helpers
// [SECTION] Areas and lines
// [SECTION] One pass over the notes
// [SECTION] Training
// [SECTION] Up to date
// [SECTION] Risk assessment
// [SECTION] Safeguarding and mental capacity
// [SECTION] Correspondence
// [SECTION] Timescales
// [SECTION] Given to the person
// [SECTION] Entry point
#include "core/audit/evidence.h"
#include "core/audit/evidence_wording.h"
#include "core/audit/phrase_match.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>

namespace ca::audit {

namespace {

using namespace evidence_detail;

// Late notes, late assessments, documents not filed properly: each gets a line up to this
// many, then one "and N more" line (the summary has the full counts).
constexpr std::size_t k_max_listed = 50;
// Notes that mention safeguarding or capacity: a few show that the subject is on the file.
constexpr std::size_t k_max_mentions = 10;

// ---------------------------------------------------------------------------
// [SECTION] Wording helpers
// ---------------------------------------------------------------------------

// "93%": rounded down, so that a share shown as 90% has really reached the 90% threshold.
std::string percent(std::size_t part, std::size_t whole) {
    const std::uint64_t p = whole == 0 ? 0 : std::uint64_t{part} * 100 / whole;
    return std::to_string(p) + "%";
}

std::string long_date(Date d) {
    return format_date_long(d);
}

// "6 weeks", "8 weeks and 1 day".
std::string weeks_text(int days) {
    const int weeks = days / 7;
    const int rest = days % 7;
    if (weeks == 0)
        return days_text(days);
    std::string s = count_of(static_cast<std::size_t>(weeks), "week", "weeks");
    if (rest != 0)
        s += " and " + days_text(rest);
    return s;
}

std::string months_text(int months) {
    return months == 1 ? std::string("one month") : std::to_string(months) + " months";
}

// ---------------------------------------------------------------------------
// [SECTION] Areas and lines
// ---------------------------------------------------------------------------

AreaEvidence area_for(CaseArea a) {
    const CaseAreaInfo& info = case_area(a);
    AreaEvidence e;
    e.key = std::string(info.key);
    e.title = std::string(info.title);
    e.automatic = true;
    return e;
}

// The case's records of one kind, as a span over the flat vector.
template <typename T>
struct Span {
    const std::vector<T>& all;
    Range range;
    const T* begin() const { return all.data() + range.begin; }
    const T* end() const { return all.data() + range.end(); }
    Index index(const T* p) const { return static_cast<Index>(p - all.data()); }
};
template <typename T>
Span<T> span(const std::vector<T>& all, Range r) {
    return Span<T>{all, r};
}

struct Context {
    const Extract& x;
    const Policy& policy;
    const WorkingCalendar calendar;
    const Case& c;
    Index case_index;
    Date d; // the audit date
    // The policy's words and phrases that make a note a mention of each subject.
    PhraseMatcher safeguarding_phrases{policy.audit.safeguarding_phrases};
    PhraseMatcher capacity_phrases{policy.audit.capacity_phrases};
};

// ---------------------------------------------------------------------------
// [SECTION] One pass over the notes
// ---------------------------------------------------------------------------

// A supervision action on this case that was due before the reference date: it counts as
// carried out when the case shows a note by its owner (by anyone, when it has none) dated
// after the supervision and on or before the reference date.
struct DueAction {
    Index item = k_no_index;
    Index supervision = k_no_index;
    Date held;
    bool done = false;
};

struct Mention {
    Index note = k_no_index;
    std::size_t phrase = 0; // in the policy's list
};

struct NoteScan {
    std::size_t on_file = 0; // notes recorded on or before the audit date
    std::size_t on_time = 0;
    std::size_t late = 0;
    std::vector<Index> late_listed;
    Index last = k_no_index; // the note with the latest event date
    // Notes mentioning safeguarding / mental capacity (a phrase of the policy's lists), the
    // first few listed with the phrase found.
    std::size_t safeguarding = 0;
    std::vector<Mention> safeguarding_listed;
    std::size_t capacity = 0;
    std::vector<Mention> capacity_listed;
};

NoteScan scan_notes(const Context& cx, Date reference, std::vector<DueAction>& actions) {
    NoteScan s;
    s.late_listed.reserve(k_max_listed);
    const int limit = cx.policy.timescales.note_working_days;
    const auto notes = span(cx.x.notes, cx.c.notes);
    for (const Note* n = notes.begin(); n != notes.end(); ++n) {
        if (cx.d < n->recorded_at.date)
            continue; // not on the file yet on the audit date
        const Index i = notes.index(n);
        ++s.on_file;
        // A note recorded before its event (which the importer refuses) counts 0 working
        // days, so it is on time: nothing was late about it.
        if (cx.calendar.working_days_between(n->event_date, n->recorded_at.date) <= limit) {
            ++s.on_time;
        } else {
            ++s.late;
            if (s.late_listed.size() < k_max_listed)
                s.late_listed.push_back(i);
        }
        if (s.last == k_no_index || cx.x.notes[s.last].event_date <= n->event_date)
            s.last = i;
        const std::string_view text = cx.x.text_of(n->text);
        const std::size_t sg = cx.safeguarding_phrases.find_in(text);
        if (sg != PhraseMatcher::npos && s.safeguarding++ < k_max_mentions)
            s.safeguarding_listed.push_back({i, sg});
        const std::size_t mc = cx.capacity_phrases.find_in(text);
        if (mc != PhraseMatcher::npos && s.capacity++ < k_max_mentions)
            s.capacity_listed.push_back({i, mc});
        for (DueAction& a : actions) {
            if (a.done || n->event_date <= a.held || reference < n->event_date)
                continue;
            const Index owner = cx.x.supervision_items[a.item].owner;
            if (owner == k_no_index || owner == n->author)
                a.done = true;
        }
    }
    return s;
}

// ---------------------------------------------------------------------------
// [SECTION] Training
// ---------------------------------------------------------------------------

// The case's primary worker on the audit date (Extract::primary_worker_on, the worker the
// workspace header names), else its last one before (Extract::last_primary_worker).
// `current`: the first.
Index training_worker(const Context& cx, bool& current) {
    const Index now = cx.x.primary_worker_on(cx.case_index, cx.d);
    current = now != k_no_index;
    return current ? now : cx.x.last_primary_worker(cx.case_index, cx.d);
}

AreaEvidence training_evidence(const Context& cx, Index worker, bool current) {
    AreaEvidence e = area_for(CaseArea::Training);
    const int months = cx.policy.timescales.training_months;
    e.checked = "The case's primary worker on the audit date (else the last one) completed "
                "information security and data protection training within " +
                months_text(months) + " of starting work (on or before the same day " +
                (months == 1 ? std::string("the next month") : months_text(months) + " later") +
                ", or that month's last day).";
    if (worker == k_no_index || worker >= cx.x.workers.size()) {
        e.summary = "No primary worker on the file: the training rule cannot be checked.";
        return e;
    }
    const Worker& w = cx.x.workers[worker];
    const Date deadline = add_months(w.start, months);
    add_line(e,
             std::string(current ? "Primary worker on the audit date: " : "Last primary worker: ") +
                 std::string(cx.x.text_of(w.name)) + ", started " + long_date(w.start) +
                 "; training due by " + long_date(deadline) + ".",
             {RecordRef{RecordKind::Worker, worker}}, true);

    struct Course {
        TrainingCourse course;
        std::string_view name;
        Index first = k_no_index; // earliest completion on or before the audit date
    };
    Course courses[] = {{TrainingCourse::InformationSecurity, "Information security"},
                        {TrainingCourse::DataProtection, "Data protection"}};
    for (const Training* t = cx.x.training.data() + w.training.begin;
         t != cx.x.training.data() + w.training.end(); ++t)
        for (Course& c : courses)
            if (t->course == c.course && t->completed <= cx.d &&
                (c.first == k_no_index || t->completed < cx.x.training[c.first].completed))
                c.first = static_cast<Index>(t - cx.x.training.data());

    std::size_t on_time = 0;
    std::size_t not_due = 0;
    for (const Course& c : courses) {
        std::string name(c.name);
        if (c.first != k_no_index) {
            const Date done = cx.x.training[c.first].completed;
            const bool ok = done <= deadline;
            on_time += ok ? 1 : 0;
            add_line(
                e,
                name + " training completed on " + long_date(done) +
                    (ok ? ", in time."
                        : ", " + days_text(days_between(deadline, done)) + " after it was due."),
                {RecordRef{RecordKind::Training, c.first}}, ok);
        } else if (cx.d <= deadline) {
            ++not_due;
            add_line(e, name + " training not completed yet; due by " + long_date(deadline) + ".",
                     {RecordRef{RecordKind::Worker, worker}}, true);
        } else {
            add_line(e, name + " training: no completion on file.",
                     {RecordRef{RecordKind::Worker, worker}}, false);
        }
    }
    if (not_due > 0) {
        e.summary = "The worker is still within " + months_text(months) +
                    " of starting (training due by " + long_date(deadline) + "); " +
                    std::to_string(on_time) + " of 2 courses completed so far.";
        return e; // Unanswered: not due yet, so neither met nor missed
    }
    e.proposal = all_some_none(on_time, 2);
    e.summary = std::to_string(on_time) + " of 2 courses completed within " + months_text(months) +
                " of starting.";
    return e;
}

// ---------------------------------------------------------------------------
// [SECTION] Up to date
// ---------------------------------------------------------------------------

// The day a review was completed, when that is on or before the audit date: a review not
// held by then (only due) is no evidence that the plan was reviewed in time.
std::optional<Date> review_held(const Review& r, Date d) {
    if (r.completed && *r.completed <= d)
        return r.completed;
    return std::nullopt;
}

AreaEvidence up_to_date_evidence(const Context& cx, Date reference, const NoteScan& notes,
                                 const std::vector<DueAction>& actions) {
    AreaEvidence e = area_for(CaseArea::UpToDate);
    const TimescalePolicy& t = cx.policy.timescales;
    const bool closed = reference < cx.d;
    const std::string ref_words =
        closed ? "the case closed on " + long_date(reference) : std::string("the audit date");
    e.checked = "The last note within " + days_text(t.up_to_date_days) +
                " of the audit date (of the closing date for a closed case); each care and "
                "support plan first reviewed " +
                std::to_string(t.review_after_plan_min_weeks) + " to " +
                std::to_string(t.review_after_plan_max_weeks) +
                " weeks after it started; a review at least every " +
                months_text(t.review_interval_months) +
                " after the first plan; no supervision action on the case past its due date "
                "(an action counts as done once its owner has written a note on the case since "
                "the supervision).";

    std::size_t checks = 0;
    std::size_t passed = 0;
    std::vector<std::string> parts;

    // 1. The last note.
    ++checks;
    if (notes.last != k_no_index) {
        const Note& n = cx.x.notes[notes.last];
        const int age = days_between(n.event_date, reference);
        const bool ok = age <= t.up_to_date_days;
        passed += ok ? 1 : 0;
        const std::string when = age == 0  ? "on " + ref_words
                                 : age < 0 ? "after " + ref_words
                                           : days_text(age) + " before " + ref_words;
        add_line(e,
                 "Last note: " + std::string(note_type_label(n.type)) + " on " +
                     long_date(n.event_date) + ", " + when + ".",
                 {RecordRef{RecordKind::Note, notes.last}}, ok);
        parts.push_back("last note " + when);
    } else {
        const int age = days_between(cx.c.opened, reference);
        const bool ok = age <= t.up_to_date_days;
        passed += ok ? 1 : 0;
        add_line(e,
                 "No notes on the file; the case opened on " + long_date(cx.c.opened) + ", " +
                     days_text(age) + " before " + ref_words + ".",
                 {RecordRef{RecordKind::Case, cx.case_index}}, ok);
        parts.push_back("no notes on the file");
    }

    // 2. Each plan's first review, 6 to 8 weeks after it started.
    const auto plans = span(cx.x.plans, cx.c.plans);
    const auto reviews = span(cx.x.reviews, cx.c.reviews);
    std::size_t plans_due = 0;
    std::size_t plans_ok = 0;
    std::optional<Date> first_plan;
    for (const Plan* p = plans.begin(); p != plans.end(); ++p) {
        if (reference < p->start)
            continue;
        if (!first_plan || p->start < *first_plan)
            first_plan = p->start;
        const Date lo = add_days(p->start, 7 * t.review_after_plan_min_weeks);
        const Date hi = add_days(p->start, 7 * t.review_after_plan_max_weeks);
        Index in_window = k_no_index;
        Index next = k_no_index; // the first review held after the plan started, for the wording
        std::optional<Date> next_date;
        Index due_unheld = k_no_index; // a review due in the window but not held by the audit date
        for (const Review* r = reviews.begin(); r != reviews.end(); ++r) {
            const std::optional<Date> rd = review_held(*r, cx.d);
            if (!rd) {
                if (r->due && lo <= *r->due && *r->due <= hi && due_unheld == k_no_index)
                    due_unheld = reviews.index(r);
                continue;
            }
            if (*rd <= p->start)
                continue;
            if (lo <= *rd && *rd <= hi && in_window == k_no_index)
                in_window = reviews.index(r);
            if (!next_date || *rd < *next_date) {
                next_date = rd;
                next = reviews.index(r);
            }
        }
        const RecordRef plan_ref{RecordKind::Plan, plans.index(p)};
        const std::string plan_words = "Plan started " + long_date(p->start);
        if (in_window != k_no_index) {
            ++plans_due;
            ++plans_ok;
            const Date rd = *cx.x.reviews[in_window].completed;
            add_line(e,
                     plan_words + ": first review on " + long_date(rd) + ", " +
                         weeks_text(days_between(p->start, rd)) + " after.",
                     {plan_ref, RecordRef{RecordKind::Review, in_window}}, true);
        } else if (reference <= hi) {
            // The window has not closed: not due yet, whether or not a review is booked.
            std::vector<RecordRef> refs{plan_ref};
            std::string text = plan_words + ": first review due between " + long_date(lo) +
                               " and " + long_date(hi);
            if (due_unheld != k_no_index) {
                text += " (one is due on " + long_date(*cx.x.reviews[due_unheld].due) + ")";
                refs.push_back(RecordRef{RecordKind::Review, due_unheld});
            }
            add_line(e, text + ".", std::move(refs), true);
        } else {
            ++plans_due;
            std::vector<RecordRef> refs{plan_ref};
            std::string text = plan_words + ": no review between " + long_date(lo) + " and " +
                               long_date(hi) + " (" +
                               std::to_string(t.review_after_plan_min_weeks) + " to " +
                               std::to_string(t.review_after_plan_max_weeks) + " weeks after)";
            if (due_unheld != k_no_index) {
                text += "; the review due on " + long_date(*cx.x.reviews[due_unheld].due) +
                        " is not recorded as held by the audit date";
                refs.push_back(RecordRef{RecordKind::Review, due_unheld});
            }
            if (next != k_no_index) {
                text += "; the first review after it is dated " + long_date(*next_date) + ", " +
                        weeks_text(days_between(p->start, *next_date)) + " after";
                refs.push_back(RecordRef{RecordKind::Review, next});
            }
            add_line(e, text + ".", std::move(refs), false);
        }
    }
    if (plans_due > 0) {
        ++checks;
        passed += plans_ok == plans_due ? 1 : 0;
        parts.push_back(std::to_string(plans_ok) + " of " + std::to_string(plans_due) +
                        (plans_due == 1 ? " plan" : " plans") + " first reviewed " +
                        std::to_string(t.review_after_plan_min_weeks) + "-" +
                        std::to_string(t.review_after_plan_max_weeks) + " weeks after starting");
    }

    // 3. A review at least every review_interval_months, from the first plan on.
    if (first_plan) {
        ++checks;
        std::vector<std::pair<Date, Index>> done; // completed reviews, by date
        for (const Review* r = reviews.begin(); r != reviews.end(); ++r)
            if (r->completed && *first_plan <= *r->completed && *r->completed <= reference)
                done.emplace_back(*r->completed, reviews.index(r));
        std::sort(done.begin(), done.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        const int interval = t.review_interval_months;
        bool ok = true;
        Date prev = *first_plan;
        std::string prev_words = "the first plan started on " + long_date(prev);
        for (const auto& [date, index] : done) {
            if (add_months(prev, interval) < date) {
                ok = false;
                add_line(e,
                         "No review for more than " + months_text(interval) + " after " +
                             prev_words + ": the next review was on " + long_date(date) + ".",
                         {RecordRef{RecordKind::Review, index}}, false);
            }
            prev = date;
            prev_words = "the review of " + long_date(date);
        }
        const Date next_due = add_months(prev, interval);
        if (next_due < reference) {
            ok = false;
            add_line(
                e,
                "No review since " + prev_words + ": one was due by " + long_date(next_due) + ".",
                done.empty()
                    ? std::vector<RecordRef>{}
                    : std::vector<RecordRef>{RecordRef{RecordKind::Review, done.back().second}},
                false);
        } else {
            add_line(e,
                     (ok ? "Reviews at least every " + months_text(interval) + "; the next is "
                         : std::string("The next review is ")) +
                         "due by " + long_date(next_due) + ".",
                     done.empty() ? std::vector<RecordRef>{}
                                  : std::vector<RecordRef>{RecordRef{RecordKind::Review,
                                                                     done.back().second}},
                     true);
        }
        passed += ok ? 1 : 0;
        parts.push_back(ok ? "reviews at least every " + months_text(interval)
                           : "a gap of more than " + months_text(interval) + " between reviews");
    }

    // 4. Supervision actions on the case past their due date.
    if (!actions.empty()) {
        ++checks;
        std::size_t overdue = 0;
        for (const DueAction& a : actions) {
            if (a.done)
                continue;
            ++overdue;
            const SupervisionItem& item = cx.x.supervision_items[a.item];
            std::string text = "Supervision action of " + long_date(a.held) + " due " +
                               long_date(*item.due) + ", with no note on the case ";
            text += item.owner == k_no_index
                        ? std::string("since the supervision")
                        : "by its owner (" + std::string(cx.x.id_of(cx.x.workers[item.owner].id)) +
                              ") since the supervision";
            const std::string_view action = cx.x.text_of(item.text);
            if (!action.empty())
                text += ": " + excerpt(action);
            add_line(e, text + ".", {RecordRef{RecordKind::Supervision, a.supervision}}, false);
        }
        passed += overdue == 0 ? 1 : 0;
        parts.push_back(std::to_string(overdue) + " of " + std::to_string(actions.size()) +
                        " supervision actions past their due date");
    }

    e.proposal = all_some_none(passed, checks);
    e.summary = std::to_string(passed) + " of " + std::to_string(checks) + " checks pass: ";
    for (std::size_t i = 0; i < parts.size(); ++i)
        e.summary += (i == 0 ? "" : "; ") + parts[i];
    e.summary += ".";
    return e;
}

// The supervision actions about this case, held on or before the audit date and due before
// the reference date.
std::vector<DueAction> due_actions(const Context& cx, Date reference) {
    std::vector<DueAction> out;
    for (const Supervision* s = cx.x.supervisions.data();
         s != cx.x.supervisions.data() + cx.x.supervisions.size(); ++s) {
        if (cx.d < s->held)
            continue;
        for (Index i = s->actions.begin; i < s->actions.end(); ++i) {
            const SupervisionItem& item = cx.x.supervision_items[i];
            if (item.case_index == cx.case_index && item.due && *item.due < reference)
                out.push_back(
                    DueAction{i, static_cast<Index>(s - cx.x.supervisions.data()), s->held, false});
        }
    }
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Risk assessment
// ---------------------------------------------------------------------------

// The core assessment that decides the risk area on D: the latest completed on or before D
// (by completion date; the later in the file on a tie); when none is completed yet, the
// latest started. k_no_index when no core assessment has started by D.
Index deciding_core_assessment(const Context& cx) {
    Index completed = k_no_index;
    Index started = k_no_index;
    const auto assessments = span(cx.x.assessments, cx.c.assessments);
    for (const Assessment* a = assessments.begin(); a != assessments.end(); ++a) {
        if (a->kind != AssessmentKind::Core || cx.d < a->start)
            continue;
        const Index i = assessments.index(a);
        if (a->completed && *a->completed <= cx.d &&
            (completed == k_no_index || *cx.x.assessments[completed].completed <= *a->completed))
            completed = i;
        if (started == k_no_index || cx.x.assessments[started].start <= a->start)
            started = i;
    }
    return completed != k_no_index ? completed : started;
}

// What a core assessment's risk sections show on D.
enum class RiskState { Completed, NotCompleted, NoSection };

RiskState risk_lines(AreaEvidence& e, const Context& cx, Index assessment, bool context,
                     Date decider_start) {
    const Assessment& a = cx.x.assessments[assessment];
    const bool in_progress = !(a.completed && *a.completed <= cx.d);
    const RecordRef a_ref{RecordKind::Assessment, assessment};
    const std::string a_words =
        std::string(context && a.start < decider_start ? "Earlier core assessment"
                                                       : "Core assessment") +
        " started " + long_date(a.start) + (context && in_progress ? " (in progress)" : "");
    RiskState state = RiskState::NoSection;
    const auto sections = span(cx.x.sections, a.sections);
    for (const AssessmentSection* s = sections.begin(); s != sections.end(); ++s) {
        if (s->kind != SectionKind::Risk)
            continue;
        const bool done = s->completed && (!s->completed_date || *s->completed_date <= cx.d);
        const RecordRef s_ref{RecordKind::AssessmentSection, sections.index(s)};
        if (done) {
            state = RiskState::Completed;
            add_line(e,
                     a_words + ": risk section completed" +
                         (s->completed_date ? " on " + long_date(*s->completed_date) : "") + ".",
                     {a_ref, s_ref}, true);
        } else {
            if (state == RiskState::NoSection)
                state = RiskState::NotCompleted;
            add_line(e, a_words + ": risk section not completed.", {a_ref, s_ref}, context);
        }
    }
    if (state == RiskState::NoSection)
        add_line(e, a_words + ": no risk section.", {a_ref}, context);
    return state;
}

AreaEvidence risk_evidence(const Context& cx) {
    AreaEvidence e = area_for(CaseArea::RiskAssessment);
    e.checked = "The latest core assessment completed by the audit date (else the latest "
                "started): its risk section marked completed is met; a risk section not "
                "completed is partly met; no risk section, or no core assessment, not met. "
                "Older core assessments are shown as context.";
    const Index decider = deciding_core_assessment(cx);
    if (decider == k_no_index) {
        e.proposal = AreaResult::NotMet;
        e.summary = "No core assessment on the file.";
        add_line(e, "No core assessment on the file.", {RecordRef{RecordKind::Case, cx.case_index}},
                 false);
        return e;
    }
    const Assessment& da = cx.x.assessments[decider];
    const RiskState state = risk_lines(e, cx, decider, false, da.start);
    std::size_t cores = 1;
    const auto assessments = span(cx.x.assessments, cx.c.assessments);
    for (const Assessment* a = assessments.begin(); a != assessments.end(); ++a) {
        if (a->kind != AssessmentKind::Core || cx.d < a->start || assessments.index(a) == decider)
            continue;
        ++cores;
        risk_lines(e, cx, assessments.index(a), true, da.start);
    }
    const bool done = da.completed && *da.completed <= cx.d;
    const std::string subject = cores == 1
                                    ? std::string("The core assessment")
                                    : "The latest core assessment (started " + long_date(da.start) +
                                          (done ? "" : ", not completed") + ")";
    switch (state) {
    case RiskState::Completed:
        e.proposal = AreaResult::Met;
        e.summary = subject + " has a completed risk section.";
        break;
    case RiskState::NotCompleted:
        e.proposal = AreaResult::PartlyMet;
        e.summary = subject + " has a risk section that is not completed.";
        break;
    case RiskState::NoSection:
        e.proposal = AreaResult::NotMet;
        e.summary = subject + " has no risk section.";
        break;
    }
    return e;
}

// ---------------------------------------------------------------------------
// [SECTION] Safeguarding and mental capacity
// ---------------------------------------------------------------------------

std::string summary_list(const std::vector<std::string>& parts) {
    std::string s;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            s += i + 1 == parts.size() ? " and " : ", ";
        s += parts[i];
    }
    return s;
}

void mention_lines(AreaEvidence& e, const Context& cx, const std::vector<Mention>& listed,
                   std::size_t total, const PhraseMatcher& phrases, std::string_view word) {
    for (const Mention& m : listed) {
        const Note& n = cx.x.notes[m.note];
        add_line(e,
                 std::string(note_type_label(n.type)) + " of " + long_date(n.event_date) +
                     " mentions " + std::string(word) + " (\"" + phrases.phrase(m.phrase) + "\").",
                 {RecordRef{RecordKind::Note, m.note}}, true);
    }
    if (total > listed.size())
        add_line(e,
                 "And " + count_of(total - listed.size(), "more note", "more notes") + " mention " +
                     std::string(word) + ".",
                 {}, true);
}

// The proposal from what was found: a structured record (an assessment, a concern or
// enquiry, an assessment section) is Met; a mention in a note alone is Partly met; nothing
// is Not met.
void propose_from(AreaEvidence& e, std::size_t structured, std::size_t mentions,
                  const std::vector<std::string>& parts, const std::string& none,
                  const std::string& notes_only) {
    if (structured > 0) {
        e.proposal = AreaResult::Met;
        e.summary = summary_list(parts) + ".";
    } else if (mentions > 0) {
        e.proposal = AreaResult::PartlyMet;
        e.summary = summary_list(parts) + ", but " + notes_only + ".";
    } else {
        e.proposal = AreaResult::NotMet;
        e.summary = none;
    }
}

// The sections of `kind` with text, in the case's assessments started by the audit date.
std::size_t section_lines(AreaEvidence& e, const Context& cx, SectionKind kind,
                          std::string_view what) {
    std::size_t n = 0;
    const auto assessments = span(cx.x.assessments, cx.c.assessments);
    for (const Assessment* a = assessments.begin(); a != assessments.end(); ++a) {
        if (cx.d < a->start)
            continue;
        const auto sections = span(cx.x.sections, a->sections);
        for (const AssessmentSection* s = sections.begin(); s != sections.end(); ++s) {
            if (s->kind != kind || s->text.empty())
                continue;
            ++n;
            add_line(e,
                     std::string(assessment_kind_label(a->kind)) + " started " +
                         long_date(a->start) + " has a " + std::string(what) + " section.",
                     {RecordRef{RecordKind::Assessment, assessments.index(a)},
                      RecordRef{RecordKind::AssessmentSection, sections.index(s)}},
                     true);
        }
    }
    return n;
}

AreaEvidence safeguarding_evidence(const Context& cx, const NoteScan& notes) {
    AreaEvidence e = area_for(CaseArea::Safeguarding);
    e.checked = "A safeguarding concern or enquiry, or a safeguarding section with text in an "
                "assessment: met. Only case notes mentioning safeguarding (a word or phrase of "
                "the policy's list, such as \"safeguarding concern\" or \"section 42\"): "
                "partly met. Neither: not met.";
    const std::size_t sections = section_lines(e, cx, SectionKind::Safeguarding, "safeguarding");
    std::size_t records = 0;
    const auto sg = span(cx.x.safeguarding, cx.c.safeguarding);
    for (const Safeguarding* s = sg.begin(); s != sg.end(); ++s) {
        if (cx.d < s->raised)
            continue;
        ++records;
        add_line(e,
                 std::string(s->kind == SafeguardingKind::Concern ? "Safeguarding concern"
                                                                  : "Safeguarding enquiry") +
                     " raised " + long_date(s->raised) + ".",
                 {RecordRef{RecordKind::Safeguarding, sg.index(s)}}, true);
    }
    mention_lines(e, cx, notes.safeguarding_listed, notes.safeguarding, cx.safeguarding_phrases,
                  "safeguarding");
    std::vector<std::string> parts;
    if (records > 0)
        parts.push_back(count_of(records, "safeguarding concern or enquiry",
                                 "safeguarding concerns or enquiries"));
    if (sections > 0)
        parts.push_back(count_of(sections, "assessment section", "assessment sections"));
    if (notes.safeguarding > 0)
        parts.push_back(count_of(notes.safeguarding, "note mentioning safeguarding",
                                 "notes mentioning safeguarding"));
    propose_from(e, records + sections, notes.safeguarding, parts,
                 "No safeguarding section, concern, enquiry or note mentioning safeguarding.",
                 "no safeguarding concern, enquiry or assessment section");
    return e;
}

AreaEvidence capacity_evidence(const Context& cx, const NoteScan& notes) {
    AreaEvidence e = area_for(CaseArea::MentalCapacity);
    e.checked = "A mental capacity assessment, or a mental capacity section with text in an "
                "assessment: met. Only case notes mentioning mental capacity (a word or phrase "
                "of the policy's list, such as \"best interests\" or \"lacks capacity\"; not "
                "\"in my capacity as\"): partly met. Neither: not met.";
    std::size_t records = 0;
    const auto mca = span(cx.x.capacity_assessments, cx.c.capacity_assessments);
    for (const CapacityAssessment* m = mca.begin(); m != mca.end(); ++m) {
        if (cx.d < m->date)
            continue;
        ++records;
        std::string text = "Mental capacity assessment of " + long_date(m->date);
        const std::string_view decision = cx.x.text_of(m->decision);
        if (!decision.empty())
            text += " (" + excerpt(decision) + ")";
        add_line(e, text + ".", {RecordRef{RecordKind::CapacityAssessment, mca.index(m)}}, true);
    }
    const std::size_t sections =
        section_lines(e, cx, SectionKind::MentalCapacity, "mental capacity");
    mention_lines(e, cx, notes.capacity_listed, notes.capacity, cx.capacity_phrases,
                  "mental capacity");
    std::vector<std::string> parts;
    if (records > 0)
        parts.push_back(
            count_of(records, "mental capacity assessment", "mental capacity assessments"));
    if (sections > 0)
        parts.push_back(count_of(sections, "assessment section", "assessment sections"));
    if (notes.capacity > 0)
        parts.push_back(count_of(notes.capacity, "note mentioning mental capacity",
                                 "notes mentioning mental capacity"));
    propose_from(e, records + sections, notes.capacity, parts,
                 "No mental capacity assessment, section or note mentioning mental capacity.",
                 "no mental capacity assessment or assessment section");
    return e;
}

// ---------------------------------------------------------------------------
// [SECTION] Correspondence
// ---------------------------------------------------------------------------

AreaEvidence correspondence_evidence(const Context& cx) {
    AreaEvidence e = area_for(CaseArea::Correspondence);
    const int upload_days = cx.policy.timescales.correspondence_upload_working_days;
    const std::string window =
        count_of(static_cast<std::size_t>(upload_days), "working day", "working days");
    e.checked = "Documents of kind email or letter uploaded by the audit date: each a PDF file "
                "and indexed; and each correspondence case note followed by an email or letter "
                "uploaded within " +
                window +
                " of it. All: met; some: partly met; none: not met; no emails, letters or "
                "correspondence notes: not applicable.";
    std::size_t total = 0;
    std::size_t good = 0;
    std::size_t listed = 0;
    const auto docs = span(cx.x.documents, cx.c.documents);
    for (const Document* doc = docs.begin(); doc != docs.end(); ++doc) {
        if ((doc->kind != DocumentKind::Email && doc->kind != DocumentKind::Letter) ||
            cx.d < doc->uploaded)
            continue;
        ++total;
        const bool pdf = doc->file_format == FileFormat::Pdf;
        if (pdf && doc->indexed) {
            ++good;
            continue;
        }
        if (listed++ >= k_max_listed)
            continue;
        std::string text = doc->kind == DocumentKind::Email ? "Email" : "Letter";
        const std::string_view title = cx.x.text_of(doc->title);
        if (!title.empty())
            text += " " + excerpt(title);
        text += " uploaded " + long_date(doc->uploaded);
        if (!pdf)
            text += " as " + std::string(enum_name(doc->file_format)) + ", not PDF";
        if (!doc->indexed)
            text += pdf ? ", not indexed" : ", and not indexed";
        add_line(e, text + ".", {RecordRef{RecordKind::Document, docs.index(doc)}}, false);
    }
    if (listed > k_max_listed)
        add_line(
            e,
            "And " +
                count_of(listed - k_max_listed, "more email or letter", "more emails and letters") +
                " not filed as an indexed PDF.",
            {}, false);

    // Correspondence notes: an email or letter uploaded on or after the note's event date and
    // within the window; one whose window is still open on the audit date is not counted.
    std::size_t unfiled = 0;
    std::size_t pending = 0;
    const auto notes = span(cx.x.notes, cx.c.notes);
    for (const Note* n = notes.begin(); n != notes.end(); ++n) {
        if (n->type != NoteType::Correspondence || cx.d < n->recorded_at.date)
            continue;
        const Date until = cx.calendar.add_working_days(n->event_date, upload_days);
        const bool uploaded = std::any_of(docs.begin(), docs.end(), [&](const Document& doc) {
            return (doc.kind == DocumentKind::Email || doc.kind == DocumentKind::Letter) &&
                   n->event_date <= doc.uploaded && doc.uploaded <= until && doc.uploaded <= cx.d;
        });
        if (uploaded)
            continue;
        if (cx.d <= until) {
            ++pending;
            continue;
        }
        if (unfiled++ < k_max_listed)
            add_line(e,
                     "Correspondence note " + std::string(cx.x.id_of(n->id)) + " of " +
                         long_date(n->event_date) + ": no email or letter uploaded by " +
                         long_date(until) + " (" + window + " after).",
                     {RecordRef{RecordKind::Note, notes.index(n)}}, false);
    }
    if (unfiled > k_max_listed)
        add_line(e,
                 "And " +
                     count_of(unfiled - k_max_listed, "more correspondence note",
                              "more correspondence notes") +
                     " with no email or letter uploaded.",
                 {}, false);

    std::vector<std::string> parts;
    if (total > 0)
        parts.push_back(std::to_string(good) + " of " +
                        count_of(total, "email or letter", "emails and letters") +
                        " uploaded as an indexed PDF (" + percent(good, total) + ")");
    if (unfiled > 0)
        parts.push_back(count_of(unfiled, "correspondence note", "correspondence notes") +
                        " with no email or letter uploaded within " + window);
    if (pending > 0)
        parts.push_back(count_of(pending, "correspondence note", "correspondence notes") +
                        " still within " + window + " (not counted yet)");
    if (total + unfiled == 0) {
        e.proposal = AreaResult::NotApplicable;
        e.summary = parts.empty() ? std::string("No emails, letters or correspondence notes on "
                                                "the file.")
                                  : "No emails or letters on the file; " + parts.front() + ".";
        return e;
    }
    e.proposal = all_some_none(good, total + unfiled);
    e.summary = summary_list(parts) + ".";
    return e;
}

// ---------------------------------------------------------------------------
// [SECTION] Timescales
// ---------------------------------------------------------------------------

AreaEvidence timescales_evidence(const Context& cx, const NoteScan& notes) {
    AreaEvidence e = area_for(CaseArea::Timescales);
    const TimescalePolicy& t = cx.policy.timescales;
    e.checked =
        "Case notes recorded within " +
        count_of(static_cast<std::size_t>(t.note_working_days), "working day", "working days") +
        " of the event (weekends and bank holidays not counted), and assessments "
        "completed within " +
        days_text(t.assessment_days) +
        " of their start (one still open after that counts as late). At least " +
        std::to_string(t.on_time_met_percent) + "% on time: met; at least " +
        std::to_string(t.on_time_partly_met_percent) + "%: partly met; less: not met.";

    for (Index i : notes.late_listed) {
        const Note& n = cx.x.notes[i];
        const int wd = cx.calendar.working_days_between(n.event_date, n.recorded_at.date);
        add_line(e,
                 std::string(note_type_label(n.type)) + " on " + day_and_date(n.event_date) +
                     " recorded on " + day_and_date(n.recorded_at.date) + ", " +
                     count_of(static_cast<std::size_t>(wd), "working day", "working days") +
                     " later.",
                 {RecordRef{RecordKind::Note, i}}, false);
    }
    if (notes.late > notes.late_listed.size())
        add_line(e,
                 "And " +
                     count_of(notes.late - notes.late_listed.size(), "more late note",
                              "more late notes") +
                     ".",
                 {}, false);

    std::size_t assessed = 0;
    std::size_t in_time = 0;
    std::size_t listed = 0;
    const auto assessments = span(cx.x.assessments, cx.c.assessments);
    for (const Assessment* a = assessments.begin(); a != assessments.end(); ++a) {
        if (cx.d < a->start)
            continue;
        const Date due = add_days(a->start, t.assessment_days);
        const bool done = a->completed && *a->completed <= cx.d;
        if (!done && cx.d <= due)
            continue; // still open and not late yet: not counted
        ++assessed;
        if (done && *a->completed <= due) {
            ++in_time;
            continue;
        }
        if (listed++ >= k_max_listed)
            continue;
        const std::string what =
            std::string(assessment_kind_label(a->kind)) + " started " + long_date(a->start);
        add_line(e,
                 done ? what + " completed on " + long_date(*a->completed) + ", " +
                            days_text(days_between(a->start, *a->completed)) + " later."
                      : what + " still not completed " + days_text(days_between(a->start, cx.d)) +
                            " later.",
                 {RecordRef{RecordKind::Assessment, assessments.index(a)}}, false);
    }
    if (listed > k_max_listed)
        add_line(
            e,
            "And " +
                count_of(listed - k_max_listed, "more late assessment", "more late assessments") +
                ".",
            {}, false);

    const std::size_t total = notes.on_file + assessed;
    const std::size_t good = notes.on_time + in_time;
    if (total == 0) {
        e.proposal = AreaResult::NotApplicable;
        e.summary = "No notes or assessments to time on the file.";
        return e;
    }
    // Integer comparisons, so that exactly 90% and exactly 50% reach their band.
    const auto met = static_cast<std::size_t>(t.on_time_met_percent);
    const auto partly = static_cast<std::size_t>(t.on_time_partly_met_percent);
    if (good * 100 >= total * met)
        e.proposal = AreaResult::Met;
    else if (good * 100 >= total * partly)
        e.proposal = AreaResult::PartlyMet;
    else
        e.proposal = AreaResult::NotMet;
    e.summary = notes.on_file == 0 ? std::string("No notes")
                                   : std::to_string(notes.on_time) + " of " +
                                         count_of(notes.on_file, "note", "notes") + " on time (" +
                                         percent(notes.on_time, notes.on_file) + ")";
    e.summary += assessed == 0 ? std::string("; no assessments to time")
                               : "; " + std::to_string(in_time) + " of " +
                                     count_of(assessed, "assessment", "assessments") + " within " +
                                     days_text(t.assessment_days);
    if (notes.on_file > 0 && assessed > 0)
        e.summary += ". Together " + std::to_string(good) + " of " + std::to_string(total) + " (" +
                     percent(good, total) + ")";
    e.summary += ".";
    return e;
}

// ---------------------------------------------------------------------------
// [SECTION] Given to the person
// ---------------------------------------------------------------------------

// The record completed last on or before `d` (the later in the file on a tie).
template <typename T>
Index latest_completed(const Span<T>& records, Date d) {
    Index best = k_no_index;
    std::optional<Date> best_date;
    for (const T* r = records.begin(); r != records.end(); ++r)
        if (r->completed && *r->completed <= d && (!best_date || *best_date <= *r->completed)) {
            best_date = r->completed;
            best = records.index(r);
        }
    return best;
}

AreaEvidence given_evidence(const Context& cx) {
    AreaEvidence e = area_for(CaseArea::GivenToPerson);
    e.checked = "The latest completed assessment, care and support plan and review were each "
                "given to the person (a date given on or before the audit date). All: met; "
                "some: partly met; none: not met; nothing completed: not applicable.";
    std::size_t total = 0;
    std::size_t given = 0;
    const auto check = [&](const auto& records, RecordKind kind, std::string_view what) {
        const Index i = latest_completed(records, cx.d);
        if (i == k_no_index)
            return;
        ++total;
        const auto& r = records.all[i];
        const bool ok = r.given_to_person && r.given_to_person->date <= cx.d;
        given += ok ? 1 : 0;
        std::string text =
            "Latest " + std::string(what) + ", completed " + long_date(*r.completed) + ", ";
        if (ok)
            text += "given to the person on " + long_date(r.given_to_person->date) + " (" +
                    std::string(enum_name(r.given_to_person->method)) + ").";
        else
            text += "not recorded as given to the person.";
        add_line(e, std::move(text), {RecordRef{kind, i}}, ok);
    };
    check(span(cx.x.assessments, cx.c.assessments), RecordKind::Assessment, "assessment");
    check(span(cx.x.plans, cx.c.plans), RecordKind::Plan, "care and support plan");
    check(span(cx.x.reviews, cx.c.reviews), RecordKind::Review, "review");
    if (total == 0) {
        e.proposal = AreaResult::NotApplicable;
        e.summary = "No completed assessment, plan or review on the file.";
        return e;
    }
    e.proposal = all_some_none(given, total);
    e.summary = std::to_string(given) + " of " + std::to_string(total) +
                " given to the person (latest completed assessment, plan and review).";
    return e;
}

AreaEvidence judgement_evidence(CaseArea a) {
    AreaEvidence e = area_for(a);
    e.automatic = false;
    e.checked = "Nothing is checked automatically: read a sample of the recording.";
    e.summary = "Needs your judgement.";
    return e;
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Entry point
// ---------------------------------------------------------------------------

CaseEvidence case_evidence(const Extract& extract, const Policy& policy, Index case_index,
                           Date audit_date) {
    CaseEvidence out;
    out.audit_date = audit_date;
    if (case_index >= extract.cases.size())
        return out;
    out.case_index = case_index;
    const Context cx{extract,    policy,    policy_calendar(policy), extract.cases[case_index],
                     case_index, audit_date};
    // A closed file is judged as it stood when it closed: no notes are expected after that.
    const Date reference = cx.c.closed && *cx.c.closed < audit_date ? *cx.c.closed : audit_date;

    std::vector<DueAction> actions = due_actions(cx, reference);
    const NoteScan notes = scan_notes(cx, reference, actions);
    bool current = false;
    out.worker = training_worker(cx, current);

    out.areas.reserve(k_case_area_count);
    for (const CaseAreaInfo& info : case_areas()) {
        switch (info.area) {
        case CaseArea::Training:
            out.areas.push_back(training_evidence(cx, out.worker, current));
            break;
        case CaseArea::UpToDate:
            out.areas.push_back(up_to_date_evidence(cx, reference, notes, actions));
            break;
        case CaseArea::RiskAssessment:
            out.areas.push_back(risk_evidence(cx));
            break;
        case CaseArea::Safeguarding:
            out.areas.push_back(safeguarding_evidence(cx, notes));
            break;
        case CaseArea::MentalCapacity:
            out.areas.push_back(capacity_evidence(cx, notes));
            break;
        case CaseArea::Correspondence:
            out.areas.push_back(correspondence_evidence(cx));
            break;
        case CaseArea::Timescales:
            out.areas.push_back(timescales_evidence(cx, notes));
            break;
        case CaseArea::GivenToPerson:
            out.areas.push_back(given_evidence(cx));
            break;
        default:
            out.areas.push_back(judgement_evidence(info.area));
            break;
        }
    }
    return out;
}

} // namespace ca::audit
