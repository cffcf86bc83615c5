// Case Audit - the audit workbook: statuses, ids, new audits, and checking a workbook against
// an extract. Reading and writing JSON is in workbook_json.cpp.
//
// Index of this file:
// [SECTION] Audit statuses
// [SECTION] Workbook
// [SECTION] Checking against an extract
#include "core/audit/workbook.h"

#include "core/extract/fingerprint.h"

#include <algorithm>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Audit statuses
// ---------------------------------------------------------------------------

std::string_view audit_status_key(AuditStatus s) {
    switch (s) {
    case AuditStatus::Planned:
        return "planned";
    case AuditStatus::InProgress:
        return "in-progress";
    case AuditStatus::Completed:
        return "completed";
    }
    return "planned";
}

std::optional<AuditStatus> parse_audit_status_key(std::string_view key) {
    for (AuditStatus s : {AuditStatus::Planned, AuditStatus::InProgress, AuditStatus::Completed})
        if (audit_status_key(s) == key)
            return s;
    return std::nullopt;
}

std::string_view audit_status_label(AuditStatus s) {
    switch (s) {
    case AuditStatus::Planned:
        return "Planned";
    case AuditStatus::InProgress:
        return "In progress";
    case AuditStatus::Completed:
        return "Completed";
    }
    return "Planned";
}

// ---------------------------------------------------------------------------
// [SECTION] Workbook
// ---------------------------------------------------------------------------

namespace {

// The n of "<prefix>n" (n decimal, no sign, no leading zero needed), or 0 when `id` has
// another shape: hand-edited ids such as "A-audit" are left alone and never collide.
std::uint64_t id_number(std::string_view id, std::string_view prefix) {
    if (id.size() <= prefix.size() || id.substr(0, prefix.size()) != prefix ||
        id.size() - prefix.size() > 9)
        return 0;
    std::uint64_t n = 0;
    for (char ch : id.substr(prefix.size())) {
        if (ch < '0' || ch > '9')
            return 0;
        n = n * 10 + static_cast<std::uint64_t>(ch - '0');
    }
    return n;
}

// "<prefix>n" with n one more than the largest in use (not the count: after a deletion the
// count would give back an id still in use, or re-use one the auditor has seen).
template <typename T>
std::string next_id(const std::vector<T>& items, std::string_view prefix) {
    std::uint64_t largest = 0;
    for (const T& item : items)
        largest = std::max(largest, id_number(item.id, prefix));
    return std::string(prefix) + std::to_string(largest + 1);
}

} // namespace

namespace {
// The item of `items` with that id (const or not), or nullptr.
template <typename Items>
auto find_by_id(Items& items, std::string_view id) -> decltype(&items.front()) {
    for (auto& item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}
} // namespace

Audit* Workbook::find_audit(std::string_view id) {
    return find_by_id(audits, id);
}

const Audit* Workbook::find_audit(std::string_view id) const {
    return find_by_id(audits, id);
}

Sample* Workbook::find_sample(std::string_view id) {
    return find_by_id(samples, id);
}

const Sample* Workbook::find_sample(std::string_view id) const {
    return find_by_id(samples, id);
}

std::string Workbook::next_audit_id() const {
    return next_id(audits, "A-");
}

std::string Workbook::next_sample_id() const {
    return next_id(samples, "S-");
}

ExtractIdentity extract_identity(const Extract& extract) {
    ExtractIdentity id;
    id.fingerprint = extract_fingerprint(extract);
    id.organisation = extract.metadata.organisation_name;
    id.as_at = format_date(extract.metadata.as_at);
    id.extracted_at = format_date_time(extract.metadata.extracted_at);
    return id;
}

Audit new_audit(const Workbook& wb, const Policy& policy, RecordSet records, std::string record_id,
                std::string sample_id) {
    Audit a;
    a.id = wb.next_audit_id();
    a.records = records;
    a.record_id = std::move(record_id);
    a.sample_id = std::move(sample_id);
    a.auditor = wb.auditor;
    a.capacity = wb.capacity;
    if (records == RecordSet::Cases) {
        for (const CaseAreaInfo& info : case_areas())
            a.answers.push_back({std::string(info.key), AreaResult::Unanswered, {}});
    } else {
        for (const ChecklistItem& item : policy.audit.supervision_checklist)
            a.answers.push_back({item.key, AreaResult::Unanswered, {}});
    }
    return a;
}

std::vector<AreaResult> audit_results(const Audit& audit) {
    std::vector<AreaResult> out;
    if (audit.records == RecordSet::Cases) {
        // Always the 14 areas in the policy's order, whatever order the answers are stored
        // in: an area with no answer stored counts as unanswered, never as left out.
        out.reserve(k_case_area_count);
        for (const CaseAreaInfo& info : case_areas()) {
            AreaResult r = AreaResult::Unanswered;
            for (const AreaAnswer& ans : audit.answers)
                if (ans.key == info.key)
                    r = ans.result;
            out.push_back(r);
        }
        return out;
    }
    // The supervision checklist is the policy's and may change: the audit's own items are
    // what was audited.
    for (const AreaAnswer& ans : audit.answers)
        out.push_back(ans.result);
    return out;
}

std::vector<WorkbookAudit> completed_case_audits(const Workbook& wb) {
    std::vector<WorkbookAudit> out;
    for (const Audit& a : wb.audits) {
        if (a.records != RecordSet::Cases || a.status != AuditStatus::Completed)
            continue;
        // The day it was completed; an older workbook without it falls back to the date the
        // audit judged at. With neither there is no date to compare, so it is left out.
        const std::optional<Date> date = a.completed ? a.completed : a.audit_date;
        if (date)
            out.push_back({a.record_id, *date});
    }
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Checking against an extract
// ---------------------------------------------------------------------------

Index find_record(const Extract& extract, RecordSet records, std::string_view id) {
    if (records == RecordSet::Cases)
        return extract.find_case(id);
    return extract.supervision_by_id.find(extract.ids.find(id));
}

namespace {

std::string join_ids(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

std::string count_of(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "Westmere Borough Council (synthetic), as at 2 March 2026, extracted 2026-03-02T18:30".
std::string describe(const ExtractIdentity& id) {
    std::string out = id.organisation.empty() ? "an unnamed organisation" : id.organisation;
    if (const std::optional<Date> as_at = parse_date(id.as_at))
        out += ", as at " + format_date_long(*as_at);
    if (!id.extracted_at.empty())
        out += ", extracted " + id.extracted_at;
    return out;
}

} // namespace

WorkbookMatch match_workbook(const Workbook& wb, const Extract& extract) {
    WorkbookMatch m;
    m.same_extract = wb.extract.fingerprint == extract_fingerprint(extract);
    for (const Audit& a : wb.audits) {
        if (find_record(extract, a.records, a.record_id) != k_no_index)
            m.audits_found.push_back(a.id);
        else
            m.audits_missing.push_back(a.id);
    }
    const std::size_t total = wb.audits.size();
    if (m.same_extract) {
        m.message = "This workbook was saved with this extract (" +
                    count_of(total, "audit", "audits") + ", " +
                    count_of(wb.samples.size(), "sample", "samples") + ").";
        if (!m.audits_missing.empty())
            m.message += " " + count_of(m.audits_missing.size(), "audit is", "audits are") +
                         " of records not found in it: " + join_ids(m.audits_missing) + ".";
        return m;
    }
    m.message = "This workbook was saved with a different extract (" + describe(wb.extract) + ").";
    if (total == 0) {
        m.message += " It holds no audits.";
    } else if (m.audits_missing.empty()) {
        m.message += total == 1 ? " Its audit is of a record in this extract too."
                                : " All " + std::to_string(total) +
                                      " of its audits are of records in this extract too.";
    } else if (m.audits_found.empty()) {
        m.message += (total == 1 ? " Its audit is not of a record in this extract ("
                                 : " None of its " + std::to_string(total) +
                                       " audits are of records in this extract (") +
                     join_ids(m.audits_missing) + ").";
    } else {
        m.message += " " + std::to_string(m.audits_found.size()) + " of its " +
                     count_of(total, "audit", "audits") +
                     (m.audits_found.size() == 1 ? " is of a record" : " are of records") +
                     " in this extract; not found here: " + join_ids(m.audits_missing) + ".";
    }
    return m;
}

void refresh_workbook_indexes(Workbook& wb, const Extract& extract) {
    for (Sample& s : wb.samples)
        for (DrawnRecord& d : s.drawn)
            d.index = find_record(extract, s.spec.records, d.id);
}

Workbook adopt_workbook(const Workbook& wb, const Extract& extract) {
    Workbook out = wb;
    out.extract = extract_identity(extract);

    out.samples.clear();
    for (const Sample& s : wb.samples) {
        Sample kept = s;
        kept.drawn.clear();
        for (const DrawnRecord& d : s.drawn) {
            const Index index = find_record(extract, s.spec.records, d.id);
            if (index != k_no_index)
                kept.drawn.push_back({index, d.id, d.reason});
        }
        if (kept.drawn.empty())
            continue;
        kept.changes.clear();
        for (const SampleChange& c : s.changes)
            if (find_record(extract, s.spec.records, c.record_id) != k_no_index)
                kept.changes.push_back(c);
        out.samples.push_back(std::move(kept));
    }

    out.audits.clear();
    for (const Audit& a : wb.audits) {
        if (find_record(extract, a.records, a.record_id) == k_no_index)
            continue;
        Audit kept = a;
        const bool sample_kept = std::any_of(out.samples.begin(), out.samples.end(),
                                             [&](const Sample& s) { return s.id == a.sample_id; });
        if (!sample_kept)
            kept.sample_id.clear();
        out.audits.push_back(std::move(kept));
    }
    return out;
}

} // namespace ca::audit
