// Case Audit - the audit case note: a plain-text note to paste into the case record, so that
// "viewers of the record can visibly see that the case has been audited".
//
// The note, line by line (lines wrapped at 80 characters, bullets continued under their
// text):
//   DRAFT - audit not completed                      (only when not completed)
//   Case audit - C-5001, Alex Example                (or: Supervision record audit - ...)
//   Audited by <auditor> (<capacity>) on <completed date>.
//   Result: Good (83.3%: 9 met, 2 partly met, 1 not met, 2 not applicable).
//           (not all answered: "Result so far: in progress, 3 of 14 areas answered (3 met).")
//   Grade set by the auditor: <grade>. Reason: <reason>.       (only with an override)
//   Comments by area:                                           (only when there are some)
//   - 2. <area's title> (Partly met): <the auditor's comment>
//   Summary: <the auditor's overall comment>                    (only when there is one)
//   Key recommendations: <text, or "none">
//   Actions:                                                    (or "Actions: none.")
//   - <text> - <owner's name> by <due date>
//   Discuss in supervision: yes
//
// Index of this file:
// [SECTION] Wrapping
// [SECTION] Parts of the note
// [SECTION] The note
#include "core/audit/case_note.h"

#include "core/audit/scoring.h"

#include <cmath>

namespace ca::audit {

namespace {

constexpr std::size_t k_width = 80;
// Joins the words of a date so that a line is never broken inside one ("2\nMarch 2026");
// written out as a space.
constexpr char k_glue = '\x1f';

// ---------------------------------------------------------------------------
// [SECTION] Wrapping
// ---------------------------------------------------------------------------

// Appends `text` to `out` as lines of at most k_width characters where the words allow (a
// word longer than a line is kept whole), the first line starting with `first` and the
// others with `rest`. Line breaks the auditor typed are kept; each such line is wrapped the
// same way, under `rest`.
void append_wrapped(std::string& out, std::string_view first, std::string_view rest,
                    std::string_view text) {
    std::string line(first);
    bool line_has_word = false;
    auto end_line = [&] {
        while (!line.empty() && line.back() == ' ')
            line.pop_back(); // an empty line typed by the auditor under an indented prefix
        for (char ch : line)
            out += ch == k_glue ? ' ' : ch;
        out += '\n';
        line.assign(rest);
        line_has_word = false;
    };
    std::size_t i = 0;
    while (i <= text.size()) {
        const std::size_t nl = text.find('\n', i);
        const std::string_view para =
            text.substr(i, nl == std::string_view::npos ? std::string_view::npos : nl - i);
        std::size_t j = 0;
        while (j < para.size()) {
            while (j < para.size() && (para[j] == ' ' || para[j] == '\t' || para[j] == '\r'))
                ++j;
            std::size_t k = j;
            while (k < para.size() && para[k] != ' ' && para[k] != '\t' && para[k] != '\r')
                ++k;
            if (k == j)
                break;
            const std::string_view word = para.substr(j, k - j);
            if (line_has_word && line.size() + 1 + word.size() > k_width)
                end_line();
            if (line_has_word)
                line += ' ';
            line += word;
            line_has_word = true;
            j = k;
        }
        end_line();
        if (nl == std::string_view::npos)
            break;
        i = nl + 1;
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Parts of the note
// ---------------------------------------------------------------------------

// "3 March 2026", kept on one line.
std::string long_date(Date day) {
    std::string text = format_date_long(day);
    for (char& ch : text)
        if (ch == ' ')
            ch = k_glue;
    return text;
}

std::string worker_name(const Extract& ex, Index w) {
    return std::string(ex.worker_name(w));
}

} // namespace

std::string action_owner_name(const Extract& ex, const std::string& owner) {
    const Index w = owner.empty() ? k_no_index : ex.find_worker(owner);
    const std::string_view name = ex.worker_name(w);
    return name.empty() ? owner : std::string(name);
}

namespace {

// "Case audit - C-5001, Alex Example", or for a supervision record "Supervision record
// audit - SUP-1, Sam Social-Worker supervised by Morgan Manager on 14 January 2026". A
// record not in the extract is named by its id alone.
std::string heading(const Audit& audit, const Extract& ex) {
    if (audit.records == RecordSet::Cases) {
        std::string h = "Case audit - " + audit.record_id;
        const Index c = ex.find_case(audit.record_id);
        if (c != k_no_index && ex.cases[c].person < ex.people.size()) {
            const std::string_view name = ex.text_of(ex.people[ex.cases[c].person].name);
            if (!name.empty())
                h += ", " + std::string(name);
        }
        return h;
    }
    std::string h = "Supervision record audit - " + audit.record_id;
    const Index s = ex.supervision_by_id.find(ex.ids.find(audit.record_id));
    if (s != k_no_index) {
        const Supervision& sup = ex.supervisions[s];
        const std::string supervisee = worker_name(ex, sup.supervisee);
        const std::string supervisor = worker_name(ex, sup.supervisor);
        h += ", " + (supervisee.empty() ? std::string("supervision") : supervisee);
        if (!supervisee.empty())
            h += " supervised";
        if (!supervisor.empty())
            h += " by " + supervisor;
        h += " on " + long_date(sup.held);
    }
    return h;
}

// "Audited by Morgan Manager (first-line manager) on 3 March 2026." When the file was
// judged as at another day than it was completed, that day is said too.
std::string audited_by(const Audit& audit) {
    const bool done = audit.status == AuditStatus::Completed;
    std::string s = done ? "Audited" : "Audit";
    if (!audit.auditor.empty())
        s += " by " + audit.auditor;
    if (!audit.capacity.empty())
        s += " (" + audit.capacity + ")";
    if (done) {
        if (audit.completed)
            s += " on " + long_date(*audit.completed);
        if (audit.audit_date && (!audit.completed || *audit.audit_date != *audit.completed))
            s += ", records as at " + long_date(*audit.audit_date);
    } else {
        s += ", not completed";
        if (audit.audit_date)
            s += ", records as at " + long_date(*audit.audit_date);
    }
    return s + ".";
}

// The text with a full stop at its end unless it ends a sentence already.
std::string sentence(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n'))
        text.pop_back();
    if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?')
        text += '.';
    return text;
}

// "83.3%: 9 met, 2 partly met, 1 not met, 2 not applicable", the percentage written as
// everywhere else (percent_text, scoring.h); without it while areas are unanswered.
std::string score_detail(const Score& s) {
    std::string counts;
    auto add = [&](int n, const char* what) {
        if (n > 0)
            counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + what;
    };
    add(s.met, "met");
    add(s.partly_met, "partly met");
    add(s.not_met, "not met");
    add(s.not_applicable, "not applicable");
    add(s.unanswered, "not answered");
    if (s.applicable == 0 || !fully_answered(s))
        return counts;
    return percent_text(s.percent) + ": " + counts;
}

const char* units(const Audit& audit) {
    return audit.records == RecordSet::Cases ? "areas" : "items";
}

// Until every area has a result the score is only a floor, so the note says how far the audit
// has got instead of a grade ("Inadequate" after one answer would be misleading).
std::string result_line(const Audit& audit, const Score& s) {
    std::string line = audit.status == AuditStatus::Completed ? "Result: " : "Result so far: ";
    if (!fully_answered(s))
        line += std::string(answered(s) == 0 ? "not started, " : "in progress, ") +
                std::to_string(answered(s)) + " of " + std::to_string(audit.answers.size()) + " " +
                units(audit) + " answered";
    else if (s.grade == Grade::None)
        line += "no grade, as no area applies";
    else
        line += std::string(grade_label(s.grade));
    const std::string detail = answered(s) == 0 ? std::string() : score_detail(s);
    if (!detail.empty())
        line += " (" + detail + ")";
    return line + ".";
}

// The title of an answer's area (case audits) or checklist item (supervision audits).
std::string answer_title(const Audit& audit, const AreaAnswer& ans, const Policy& policy) {
    if (audit.records == RecordSet::Cases) {
        if (const std::optional<CaseArea> area = parse_case_area_key(ans.key))
            return std::string(case_area(*area).title);
    } else {
        for (const ChecklistItem& item : policy.audit.supervision_checklist)
            if (item.key == ans.key)
                return item.title;
    }
    return ans.key;
}

// "- 2. Jargon explained (Partly met): ADL and POC used without explanation." for every area
// with a comment, in checklist order.
void append_area_comments(std::string& out, const Audit& audit, const Policy& policy) {
    bool any = false;
    for (std::size_t i = 0; i < audit.answers.size(); ++i) {
        const AreaAnswer& ans = audit.answers[i];
        if (ans.comment.find_first_not_of(" \n") == std::string::npos)
            continue;
        if (!any)
            out += "Comments by area:\n";
        any = true;
        std::string line = std::to_string(i + 1) + ". " + answer_title(audit, ans, policy);
        if (ans.result != AreaResult::Unanswered)
            line += " (" + std::string(result_label(ans.result)) + ")";
        append_wrapped(out, "- ", "  ", line + ": " + sentence(ans.comment));
    }
}

// Nothing answered, written or planned as an action: an audit planned and never started,
// which a file of notes leaves out (it would only say "not started").
bool never_started(const Audit& a) {
    for (const AreaAnswer& ans : a.answers)
        if (ans.result != AreaResult::Unanswered || !ans.comment.empty())
            return false;
    return a.status != AuditStatus::Completed && a.summary.empty() && a.recommendations.empty() &&
           a.actions.empty();
}

// "- Update the risk assessment - Sam Social-Worker by 17 March 2026". The owner is a
// worker id when the app offered the extract's workers, else a name as typed.
std::string action_line(const ActionItem& a, const Extract& ex) {
    std::string s = a.text;
    const std::string owner = action_owner_name(ex, a.owner);
    if (!owner.empty())
        s += " - " + owner;
    if (a.due)
        s += " by " + long_date(*a.due);
    if (a.done)
        s += " (done)";
    return s;
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The note
// ---------------------------------------------------------------------------

std::string audit_case_note(const Audit& audit, const Extract& extract, const Policy& policy) {
    std::string out;
    if (audit.status != AuditStatus::Completed)
        out += "DRAFT - audit not completed\n";
    append_wrapped(out, "", "", heading(audit, extract));
    append_wrapped(out, "", "", audited_by(audit));

    const Score score = score_results(audit_results(audit), policy.audit.bands);
    append_wrapped(out, "", "", result_line(audit, score));
    if (audit.grade_override != Grade::None) {
        std::string line =
            "Grade set by the auditor: " + std::string(grade_label(audit.grade_override)) + ".";
        if (!audit.override_reason.empty())
            line += " Reason: " + sentence(audit.override_reason);
        append_wrapped(out, "", "", line);
    }
    append_area_comments(out, audit, policy);
    if (!audit.summary.empty())
        append_wrapped(out, "Summary: ", "", sentence(audit.summary));
    append_wrapped(out, "Key recommendations: ", "",
                   audit.recommendations.empty() ? "none." : sentence(audit.recommendations));
    if (audit.actions.empty()) {
        out += "Actions: none.\n";
    } else {
        out += "Actions:\n";
        for (const ActionItem& a : audit.actions)
            append_wrapped(out, "- ", "  ", action_line(a, extract));
    }
    out += std::string("Discuss in supervision: ") + (audit.discuss_in_supervision ? "yes" : "no") +
           "\n";
    return out;
}

std::string audit_case_notes(const Workbook& wb, std::string_view sample_id, const Extract& extract,
                             const Policy& policy) {
    std::string out;
    for (const Audit& a : wb.audits) {
        if ((!sample_id.empty() && a.sample_id != sample_id) || never_started(a))
            continue;
        if (!out.empty())
            out += "\n" + std::string(40, '-') + "\n\n";
        out += audit_case_note(a, extract, policy);
    }
    return out;
}

} // namespace ca::audit
