// Case Audit - combining the extract's past audits and the workbooks (see report_inputs.h).
//
// Index of this file:
// [SECTION] Names and kinds
// [SECTION] One audit's place (team, worker, grade)
// [SECTION] Combining
#include "core/report/report_inputs.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace ca::report {

// ---------------------------------------------------------------------------
// [SECTION] Names and kinds
// ---------------------------------------------------------------------------

namespace {

// Lower case, outer spaces removed: "  Morgan Manager " and "morgan manager" are one name.
std::string name_key(std::string_view s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
        --e;
    std::string out;
    out.reserve(e - b);
    for (std::size_t i = b; i < e; ++i)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

} // namespace

AuditKind kind_from_capacity(std::string_view capacity) {
    const std::string k = name_key(capacity);
    if (k.empty())
        return AuditKind::Unrecorded;
    if (starts_with(k, "first-line") || starts_with(k, "first line") ||
        starts_with(k, "team manager"))
        return AuditKind::FirstLine;
    if (starts_with(k, "senior manager") || starts_with(k, "head of service"))
        return AuditKind::SeniorManager;
    if (starts_with(k, "professional standards") || starts_with(k, "principal social worker") ||
        starts_with(k, "quality assurance"))
        return AuditKind::ProfessionalStandards;
    if (starts_with(k, "peer"))
        return AuditKind::Peer;
    return AuditKind::Other;
}

std::string_view audit_kind_title(AuditKind kind) {
    switch (kind) {
    case AuditKind::FirstLine:
        return "First-line";
    case AuditKind::SeniorManager:
        return "Senior manager";
    case AuditKind::ProfessionalStandards:
        return "Professional standards";
    case AuditKind::Peer:
        return "Peer";
    case AuditKind::Other:
        return "Other";
    case AuditKind::Unrecorded:
        break;
    }
    return "Not recorded";
}

audit::Grade grade_from_extract(AuditGrade g) {
    switch (g) {
    case AuditGrade::Outstanding:
        return audit::Grade::Outstanding;
    case AuditGrade::Good:
        return audit::Grade::Good;
    case AuditGrade::RequiresImprovement:
        return audit::Grade::RequiresImprovement;
    case AuditGrade::Inadequate:
        return audit::Grade::Inadequate;
    case AuditGrade::Unrecorded:
        break;
    }
    return audit::Grade::None;
}

const audit::Audit* workbook_audit(const std::vector<WorkbookInput>& inputs, const ReportAudit& a) {
    if (a.source != AuditSource::Workbook || a.file >= inputs.size())
        return nullptr;
    const std::vector<audit::Audit>& audits = inputs[a.file].workbook.audits;
    return a.index < audits.size() ? &audits[a.index] : nullptr;
}

// ---------------------------------------------------------------------------
// [SECTION] One audit's place
// ---------------------------------------------------------------------------

namespace {

// The worker holding the case's primary allocation on `d` (the latest to start, when
// records overlap); when none covers `d`, the last primary allocation before it.
Index case_worker_on(const Extract& ex, const Case& c, Date d) {
    Index covering = k_no_index;
    Index before = k_no_index;
    Date covering_from{};
    Date before_from{};
    for (Index i = c.allocations.begin; i < c.allocations.end(); ++i) {
        const Allocation& a = ex.allocations[i];
        if (a.role != AllocationRole::Primary || d < a.from)
            continue;
        if (a.covers(d)) {
            if (covering == k_no_index || covering_from <= a.from) {
                covering = a.worker;
                covering_from = a.from;
            }
        } else if (before == k_no_index || before_from <= a.from) {
            before = a.worker;
            before_from = a.from;
        }
    }
    return covering != k_no_index ? covering : before;
}

void place_case(const Extract& ex, ReportAudit& r) {
    if (r.record >= ex.cases.size())
        return;
    const Case& c = ex.cases[r.record];
    r.team = c.team;
    r.worker = case_worker_on(ex, c, r.date);
}

void place_supervision(const Extract& ex, ReportAudit& r) {
    if (r.record >= ex.supervisions.size())
        return;
    r.worker = ex.supervisions[r.record].supervisee;
    if (r.worker < ex.workers.size())
        r.team = ex.workers[r.worker].team;
}

bool same_actions(const std::vector<audit::ActionItem>& a,
                  const std::vector<audit::ActionItem>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].text != b[i].text || a[i].owner != b[i].owner || a[i].due != b[i].due ||
            a[i].done != b[i].done)
            return false;
    return true;
}

bool same_results(const audit::Audit& a, const audit::Audit& b) {
    if (a.status != b.status || a.grade_override != b.grade_override ||
        a.completed != b.completed || a.answers.size() != b.answers.size() ||
        !same_actions(a.actions, b.actions))
        return false;
    for (std::size_t i = 0; i < a.answers.size(); ++i)
        if (a.answers[i].key != b.answers[i].key || a.answers[i].result != b.answers[i].result)
            return false;
    return true;
}

std::string identity_text(const Extract& ex) {
    return ex.metadata.organisation_name + ", as at " + format_date_long(ex.metadata.as_at);
}

std::string identity_text(const audit::ExtractIdentity& id) {
    std::string out = id.organisation.empty() ? "an unnamed organisation" : id.organisation;
    if (const std::optional<Date> d = parse_date(id.as_at))
        out += ", as at " + format_date_long(*d);
    return out;
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Combining
// ---------------------------------------------------------------------------

CombinedAudits combine_audits(const Extract& ex, const std::string& fingerprint,
                              const Policy& policy, const std::vector<WorkbookInput>& inputs) {
    CombinedAudits out;
    out.fingerprint = fingerprint;
    // Workers by name, for a workbook's auditor; a name two workers share names neither.
    std::unordered_map<std::string, Index> worker_by_name;
    for (Index w = 0; w < ex.workers.size(); ++w) {
        const auto [it, added] =
            worker_by_name.emplace(name_key(ex.text_of(ex.workers[w].name)), w);
        if (!added)
            it->second = k_no_index;
    }
    auto worker_named = [&](std::string_view name) {
        const auto it = worker_by_name.find(name_key(name));
        return it == worker_by_name.end() ? k_no_index : it->second;
    };

    // Audit identity -> position in out.audits.
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t f = 0; f < inputs.size(); ++f) {
        const audit::Workbook& wb = inputs[f].workbook;
        InputFile file;
        file.file = inputs[f].file;
        file.audits = static_cast<int>(wb.audits.size());
        if (wb.extract.fingerprint != fingerprint) {
            file.message = file.file + " was saved for another extract (" +
                           identity_text(wb.extract) + ", fingerprint " + wb.extract.fingerprint +
                           "), not the one open (" + identity_text(ex) + ", fingerprint " +
                           fingerprint + "). It is not added.";
            out.files.push_back(std::move(file));
            continue;
        }
        file.accepted = true;
        for (std::size_t i = 0; i < wb.audits.size(); ++i) {
            const audit::Audit& a = wb.audits[i];
            ReportAudit r;
            r.source = AuditSource::Workbook;
            r.file = f;
            r.index = i;
            r.id = a.id;
            r.records = a.records;
            r.record_id = a.record_id;
            r.record = a.records == audit::RecordSet::Cases
                           ? ex.find_case(a.record_id)
                           : ex.supervision_by_id.find(ex.ids.find(a.record_id));
            r.auditor = a.auditor;
            r.auditor_worker = worker_named(a.auditor);
            r.kind = kind_from_capacity(a.capacity);
            r.done = a.status == audit::AuditStatus::Completed;
            r.date = a.completed ? *a.completed : a.audit_date.value_or(ex.metadata.as_at);
            if (r.done) {
                ++file.completed;
                r.score = audit::score_results(audit::audit_results(a), policy.audit.bands);
                r.scored = r.score.applicable > 0;
                r.grade = a.grade_override != audit::Grade::None ? a.grade_override : r.score.grade;
            }
            if (a.records == audit::RecordSet::Cases)
                place_case(ex, r);
            else
                place_supervision(ex, r);

            const std::string key = std::string(audit::record_set_key(a.records)) + "\n" +
                                    a.record_id + "\n" + name_key(a.auditor) + "\n" +
                                    (a.audit_date ? format_date(*a.audit_date) : "");
            const auto [it, added] = seen.emplace(key, out.audits.size());
            if (added) {
                out.audits.push_back(std::move(r));
                continue;
            }
            // The same audit again: keep the copy from the workbook saved last.
            ReportAudit& kept = out.audits[it->second];
            const audit::Audit& other = *workbook_audit(inputs, kept);
            const bool replace = inputs[kept.file].workbook.modified < wb.modified;
            Clash c;
            c.results_differ = !same_results(a, other);
            if (replace) {
                c.kept_file = file.file;
                c.kept_id = a.id;
                c.dropped_file = inputs[kept.file].file;
                c.dropped_id = kept.id;
                ++out.files[kept.file].duplicates;
                kept = std::move(r);
            } else {
                c.kept_file = inputs[kept.file].file;
                c.kept_id = kept.id;
                c.dropped_file = file.file;
                c.dropped_id = a.id;
                ++file.duplicates;
            }
            c.message =
                "The same audit of " + a.record_id + " by " + a.auditor + " is " + c.kept_id +
                " in " + c.kept_file + " and " + c.dropped_id + " in " + c.dropped_file +
                "; it is counted once, from " + c.kept_file + (replace ? " (saved later)." : ".") +
                (c.results_differ ? " Their results differ." : " Their results are the same.");
            out.clashes.push_back(std::move(c));
        }
        out.files.push_back(std::move(file));
    }

    // The extract's past audits, unless a workbook's completed audit is the same one.
    std::unordered_map<std::string, std::size_t> done_case_audits; // case id + date + auditor
    for (std::size_t i = 0; i < out.audits.size(); ++i) {
        const ReportAudit& r = out.audits[i];
        if (r.done && r.records == audit::RecordSet::Cases && r.auditor_worker != k_no_index)
            done_case_audits.emplace(r.record_id + "\n" + format_date(r.date) + "\n" +
                                         std::to_string(r.auditor_worker),
                                     i);
    }
    out.extract_audits = static_cast<int>(ex.audits.size());
    for (std::size_t i = 0; i < ex.audits.size(); ++i) {
        const AuditRecord& a = ex.audits[i];
        const std::string case_id(
            ex.id_of(a.case_index < ex.cases.size() ? ex.cases[a.case_index].id : k_no_str));
        const auto twin = done_case_audits.find(case_id + "\n" + format_date(a.date) + "\n" +
                                                std::to_string(a.auditor));
        if (twin != done_case_audits.end()) {
            out.audits[twin->second].also_in_extract = true;
            ++out.extract_duplicates;
            continue;
        }
        ReportAudit r;
        r.source = AuditSource::Extract;
        r.index = i;
        r.id = std::string(ex.id_of(a.id));
        r.records = audit::RecordSet::Cases;
        r.record = a.case_index;
        r.record_id = case_id;
        r.auditor_worker = a.auditor;
        if (a.auditor < ex.workers.size())
            r.auditor = std::string(ex.text_of(ex.workers[a.auditor].name));
        r.kind = a.kind;
        r.done = true;
        r.date = a.date;
        r.grade = grade_from_extract(a.grade);
        place_case(ex, r);
        out.audits.push_back(std::move(r));
    }
    return out;
}

} // namespace ca::report
