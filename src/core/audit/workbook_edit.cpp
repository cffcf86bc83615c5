// Case Audit - changing the audit workbook (the rules are stated in workbook_edit.h).
//
// Index of this file:
// [SECTION] Samples
// [SECTION] Starting and editing an audit
// [SECTION] Completing and reopening
#include "core/audit/workbook_edit.h"

#include "core/audit/scoring.h"

#include <algorithm>
#include <utility>

namespace ca::audit {

namespace {

// Blank: empty or only spaces, tabs and line ends (a reason of spaces is no reason).
bool blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

EditResult refused(std::string why) {
    return EditResult{std::move(why), {}};
}

EditResult done(std::string id) {
    return EditResult{{}, std::move(id)};
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Samples
// ---------------------------------------------------------------------------

EditResult keep_sample(Workbook& wb, const Policy& policy, const SampleSpec& spec,
                       const std::vector<DrawnRecord>& drawn, std::string created) {
    if (drawn.empty())
        return refused("Nothing was drawn, so there is no sample to keep.");
    Sample sample;
    sample.id = wb.next_sample_id();
    sample.spec = spec;
    sample.drawn = drawn;
    sample.created = std::move(created);
    // Audits first: new_audit numbers each after the ones already pushed.
    for (const DrawnRecord& d : sample.drawn)
        wb.audits.push_back(new_audit(wb, policy, spec.records, d.id, sample.id));
    wb.samples.push_back(std::move(sample));
    return done(wb.samples.back().id);
}

std::vector<const Audit*> audits_of_record(const Workbook& wb, RecordSet records,
                                           std::string_view record_id) {
    std::vector<const Audit*> out;
    for (const Audit& a : wb.audits)
        if (a.records == records && a.record_id == record_id)
            out.push_back(&a);
    return out;
}

std::string audits_of_record_text(const Workbook& wb, RecordSet records,
                                  std::string_view record_id) {
    std::string out;
    for (const Audit* a : audits_of_record(wb, records, record_id))
        out += (out.empty() ? "" : ", ") + a->id + " (" +
               std::string(audit_status_label(a->status)) + ")";
    return out;
}

EditResult add_to_sample(Workbook& wb, const Policy& policy, const Extract& extract,
                         std::string_view sample_id, std::string_view record_id,
                         std::string_view reason) {
    Sample* sample = wb.find_sample(sample_id);
    if (sample == nullptr)
        return refused("There is no sample " + std::string(sample_id) + " in this workbook.");
    const RecordSet records = sample->spec.records;
    if (find_record(extract, records, record_id) == k_no_index)
        return refused((records == RecordSet::Cases ? "There is no case "
                                                    : "There is no supervision record ") +
                       std::string(record_id) + " in this extract.");
    if (blank(reason))
        return refused("Say why the record is added: the sample's log keeps the reason.");
    for (const Audit* a : audits_of_record(wb, records, record_id))
        if (a->sample_id == sample->id)
            return refused(std::string(record_id) + " is already in " + sample->id + ".");
    sample->changes.push_back({true, std::string(record_id), std::string(reason)});
    wb.audits.push_back(new_audit(wb, policy, records, std::string(record_id), sample->id));
    return done(wb.audits.back().id);
}

EditResult remove_from_sample(Workbook& wb, std::string_view audit_id, std::string_view reason) {
    const Audit* audit = wb.find_audit(audit_id);
    if (audit == nullptr)
        return refused("There is no audit " + std::string(audit_id) + " in this workbook.");
    if (audit->status == AuditStatus::Completed)
        return refused(audit->id + " is completed: reopen it before taking it out.");
    if (blank(reason))
        return refused("Say why the record is taken out: the sample's log keeps the reason.");
    if (Sample* s = wb.find_sample(audit->sample_id))
        s->changes.push_back({false, audit->record_id, std::string(reason)});
    const std::string id = audit->id;
    wb.audits.erase(std::remove_if(wb.audits.begin(), wb.audits.end(),
                                   [&](const Audit& a) { return a.id == id; }),
                    wb.audits.end());
    return done(id);
}

EditResult set_auditor(Workbook& wb, std::string_view name, std::string_view capacity) {
    if (blank(name))
        return refused("Give your name: it goes on every audit you start.");
    wb.auditor = std::string(name);
    wb.capacity = std::string(capacity);
    return done({});
}

bool add_dictionary_word(Workbook& wb, std::string_view word) {
    if (word.empty() ||
        std::find(wb.dictionary.begin(), wb.dictionary.end(), word) != wb.dictionary.end())
        return false;
    wb.dictionary.emplace_back(word);
    return true;
}

// ---------------------------------------------------------------------------
// [SECTION] Starting and editing an audit
// ---------------------------------------------------------------------------

bool start_audit(const Workbook& wb, Audit& audit, Date judged_at) {
    if (audit.status == AuditStatus::Completed)
        return false;
    bool changed = false;
    if (audit.status == AuditStatus::Planned) {
        audit.status = AuditStatus::InProgress;
        changed = true;
    }
    if (!audit.audit_date) {
        audit.audit_date = judged_at;
        changed = true;
    }
    if (audit.auditor.empty() && !wb.auditor.empty()) {
        audit.auditor = wb.auditor;
        changed = true;
    }
    if (audit.capacity.empty() && !wb.capacity.empty()) {
        audit.capacity = wb.capacity;
        changed = true;
    }
    return changed;
}

bool audit_editable(const Audit& audit) {
    return audit.status != AuditStatus::Completed;
}

bool set_result(const Workbook& wb, Audit& audit, Date judged_at, std::string_view key,
                AreaResult result) {
    if (!audit_editable(audit))
        return false;
    for (AreaAnswer& ans : audit.answers) {
        if (ans.key != key)
            continue;
        const bool started = start_audit(wb, audit, judged_at);
        const bool differs = ans.result != result;
        ans.result = result;
        return started || differs;
    }
    return false;
}

bool set_grade_override(const Workbook& wb, Audit& audit, Date judged_at, Grade grade) {
    if (!audit_editable(audit))
        return false;
    const bool started = start_audit(wb, audit, judged_at);
    const bool differs = audit.grade_override != grade;
    audit.grade_override = grade;
    return started || differs;
}

bool add_action(const Workbook& wb, Audit& audit, Date judged_at) {
    if (!audit_editable(audit))
        return false;
    start_audit(wb, audit, judged_at);
    audit.actions.emplace_back();
    return true;
}

bool remove_action(const Workbook& wb, Audit& audit, Date judged_at, std::size_t index) {
    if (!audit_editable(audit) || index >= audit.actions.size())
        return false;
    start_audit(wb, audit, judged_at);
    audit.actions.erase(audit.actions.begin() + static_cast<std::ptrdiff_t>(index));
    return true;
}

// ---------------------------------------------------------------------------
// [SECTION] Completing and reopening
// ---------------------------------------------------------------------------

std::vector<std::string> completion_blockers(const Audit& audit) {
    std::vector<std::string> out;
    // Counted as the score counts them (audit_results): a case area with no answer stored
    // is unanswered too.
    int unanswered = 0;
    for (const AreaResult r : audit_results(audit))
        unanswered += r == AreaResult::Unanswered ? 1 : 0;
    if (unanswered > 0) {
        const bool cases = audit.records == RecordSet::Cases;
        const bool one = unanswered == 1;
        out.push_back(std::to_string(unanswered) + " " +
                      (cases ? (one ? "area" : "areas") : (one ? "item" : "items")) +
                      (one ? " is" : " are") + " not answered yet.");
    }
    if (audit.grade_override != Grade::None && blank(audit.override_reason))
        out.emplace_back(k_override_needs_reason);
    return out;
}

EditResult complete_audit(const Workbook& wb, Audit& audit, Date judged_at, Date completed_on) {
    if (audit.status == AuditStatus::Completed)
        return refused(audit.id + " is already completed.");
    const std::vector<std::string> blockers = completion_blockers(audit);
    if (!blockers.empty())
        return refused(blockers.front());
    start_audit(wb, audit, judged_at);
    audit.status = AuditStatus::Completed;
    audit.completed = completed_on;
    audit.completed_reason.clear();
    return done(audit.id);
}

EditResult set_completed_date(Audit& audit, Date completed_on, std::string_view reason) {
    if (audit.status != AuditStatus::Completed)
        return refused(audit.id + " is not completed: it has no completion date to correct.");
    if (blank(reason))
        return refused("Say why the completion date is corrected (for example, the "
                       "computer's date was wrong).");
    if (audit.audit_date && completed_on < *audit.audit_date)
        return refused("An audit cannot be completed before " +
                       format_date_long(*audit.audit_date) +
                       ", the date its records are judged as at.");
    audit.completed = completed_on;
    audit.completed_reason = std::string(reason);
    return done(audit.id);
}

bool reopen_audit(Audit& audit) {
    if (audit.status != AuditStatus::Completed)
        return false;
    audit.status = AuditStatus::InProgress;
    audit.completed.reset();
    audit.completed_reason.clear();
    return true;
}

} // namespace ca::audit
