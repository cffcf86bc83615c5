// Case Audit - where the auditor's workbook is kept (see audit_store.h for the storage keys).
//
// Index of this file:
// [SECTION] Clock
// [SECTION] Storage keys and the index of stored workbooks
// [SECTION] Changing and resetting the audit state (declared in audit_state.h)
// [SECTION] The workbook in the browser's storage
// [SECTION] Workbook files
// [SECTION] Opening an audit
#include "app/audit_store.h"

#include "app/writing_assist.h"
#include "core/audit/workbook_edit.h"
#include "core/extract/fingerprint.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <utility>

namespace ca::app {

// ---------------------------------------------------------------------------
// [SECTION] Clock
// ---------------------------------------------------------------------------

std::uint64_t now_milliseconds() {
    using namespace std::chrono;
    const auto ms = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    return ms > 0 ? static_cast<std::uint64_t>(ms) : 0;
}

namespace {
std::tm local_now() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}
} // namespace

std::string now_local_iso() {
    const std::tm tm = local_now();
    char text[64]; // room for any int, as GCC checks
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min);
    return text;
}

Date today_local() {
    const std::tm tm = local_now();
    return make_date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

// ---------------------------------------------------------------------------
// [SECTION] Storage keys and the index of stored workbooks
// ---------------------------------------------------------------------------

std::string workbook_storage_key(std::string_view fingerprint) {
    return "workbook:" + std::string(fingerprint);
}

std::string unreadable_storage_key(std::string_view key) {
    return "workbook-unreadable:" + std::string(key);
}

std::vector<std::string> stored_workbook_keys() {
    std::vector<std::string> keys;
    const std::optional<std::string> text = platform::storage_get(k_workbook_index_key);
    if (!text)
        return keys;
    // Not one of the app's own files but the browser's storage: anything may be there.
    const nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
    if (!j.is_array())
        return keys;
    for (const nlohmann::json& k : j)
        if (k.is_string())
            keys.push_back(k.get<std::string>());
    return keys;
}

namespace {
// Returns whether the key is in the index now.
bool add_to_index(const std::string& key) {
    std::vector<std::string> keys = stored_workbook_keys();
    if (std::find(keys.begin(), keys.end(), key) != keys.end())
        return true;
    keys.push_back(key);
    return platform::storage_set(k_workbook_index_key, nlohmann::json(keys).dump());
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
} // namespace

std::string workbook_counts(const audit::Workbook& wb) {
    return plural(wb.samples.size(), "sample", "samples") + ", " +
           plural(wb.audits.size(), "audit", "audits");
}

// ---------------------------------------------------------------------------
// [SECTION] Changing and resetting the audit state
// ---------------------------------------------------------------------------

void touch_workbook(AppState& state) {
    AuditState& a = state.audit;
    ++state.revisions.workbook;
    a.changed = true;
    a.workbook.modified = now_local_iso();
    a.workbook.policy_fingerprint = a.policy_fingerprint;
}

void dictionary_changed(AppState& state) {
    ++state.revisions.dictionary;
    touch_workbook(state);
}

void workbook_replaced(AppState& state) {
    ++state.revisions.workbook;
    ++state.revisions.dictionary;
}

void reset_audit_state(AuditState& a, bool same_extract) {
    AuditState fresh;
    // Kept always: a workbook file being read (it is read for whatever extract is open),
    // the policy's fingerprint (the policy has not changed) and where the auditor put the
    // divider of the workspace.
    fresh.file.reading = std::move(a.file.reading);
    fresh.file.file_name = std::move(a.file.file_name);
    fresh.policy_fingerprint = std::move(a.policy_fingerprint);
    fresh.fingerprint_built = a.fingerprint_built;
    fresh.workspace.split = a.workspace.split;
    if (same_extract) {
        // Another workbook of the same extract: where it is kept, and whether saving there
        // failed, stay; so does the sampling form as the auditor left it (not its draw).
        fresh.storage_key = std::move(a.storage_key);
        fresh.indexed = a.indexed;
        fresh.storage_error = std::move(a.storage_error);
        fresh.form = std::move(a.form);
        fresh.form.preview.reset();
        fresh.file.warnings = std::move(a.file.warnings); // of the workbook file being opened
    }
    a = std::move(fresh);
}

// ---------------------------------------------------------------------------
// [SECTION] The workbook in the browser's storage
// ---------------------------------------------------------------------------

namespace {
void copy_auditor_fields(AuditState& a) {
    std::snprintf(a.auditor, sizeof a.auditor, "%s", a.workbook.auditor.c_str());
    std::snprintf(a.capacity, sizeof a.capacity, "%s", a.workbook.capacity.c_str());
}

// A stored workbook that does not load is moved, never deleted: a later version of the app
// (or a person with the file) may still read it. Returns false when it could not be moved.
bool set_aside(const std::string& key, const std::string& text) {
    std::string aside = unreadable_storage_key(key);
    for (int n = 2; platform::storage_get(aside); ++n)
        aside = unreadable_storage_key(key) + ":" + std::to_string(n);
    if (!platform::storage_set(aside, text))
        return false;
    add_to_index(aside);
    platform::storage_remove(key);
    return true;
}
} // namespace

void open_workbook_for_extract(AppState& state) {
    AuditState& a = state.audit;
    reset_audit_state(a, false);
    workbook_replaced(state);
    if (!state.extract)
        return;
    const Extract& x = *state.extract;
    a.workbook.extract = audit::extract_identity(x);
    const std::string fingerprint = a.workbook.extract.fingerprint; // hashed once per import
    a.storage_key = workbook_storage_key(fingerprint);

    if (const std::optional<std::string> stored = platform::storage_get(a.storage_key)) {
        audit::WorkbookLoadResult r = audit::load_workbook_json(*stored);
        if (r.workbook && r.workbook->extract.fingerprint == fingerprint) {
            a.workbook = std::move(*r.workbook);
            audit::refresh_workbook_indexes(a.workbook, x);
            a.notice =
                "Your audit work on this extract was restored: " + workbook_counts(a.workbook) +
                ".";
        } else {
            // A path says what is wrong; a syntax error (no path) means damaged text.
            std::string why = "it belongs to another extract";
            if (!r.errors.empty())
                why = r.errors[0].path.empty() ? "the saved text is damaged"
                                               : r.errors[0].path + ": " + r.errors[0].message;
            if (set_aside(a.storage_key, *stored)) {
                a.warning = "The audit work saved on this device for this extract could not be "
                            "read (" +
                            why +
                            "). It has been set aside, not deleted, and a new workbook started. "
                            "If you saved your workbook to a file, open it with Open workbook.";
            } else {
                // Saving now would overwrite the only copy: nothing is saved this session.
                a.storage_key.clear();
                a.storage_error = "The audit work saved on this device for this extract could "
                                  "not be read (" +
                                  why +
                                  ") nor set aside, so nothing you do now is saved on this "
                                  "device. Use Save workbook to keep your work in a file.";
            }
        }
    }
    copy_auditor_fields(a);
}

void save_workbook_if_changed(AppState& state) {
    AuditState& a = state.audit;
    if (!a.changed)
        return;
    a.changed = false;
    if (a.storage_key.empty())
        return;
    if (platform::storage_set(a.storage_key, audit::save_workbook_json(a.workbook))) {
        a.storage_error.clear();
        if (!a.indexed) // saves come with every keystroke in a comment: read the index once
            a.indexed = add_to_index(a.storage_key);
    } else {
        a.storage_error = "Your latest audit work could not be saved in this browser (its "
                          "storage is full or switched off). Use \"Save workbook\" to keep it "
                          "in a file; the app tries again after your next change.";
    }
}

void clear_device_data(AppState& state) {
    AuditState& a = state.audit;
    std::vector<std::string> keys = stored_workbook_keys();
    if (!a.storage_key.empty() && std::find(keys.begin(), keys.end(), a.storage_key) == keys.end())
        keys.push_back(a.storage_key);
    std::size_t workbooks = 0;
    for (const std::string& k : keys) {
        if (platform::storage_get(k))
            ++workbooks;
        platform::storage_remove(k);
    }
    platform::storage_remove(k_workbook_index_key);
    platform::storage_remove(k_policy_storage_key);

    set_policy(state, default_policy(), "built-in defaults");
    state.policy.last_errors.clear();
    state.policy.last_file.clear();

    reset_audit_state(a, true);
    a.indexed = false; // the index was removed with the rest
    a.storage_error.clear();
    workbook_replaced(state);
    if (state.extract)
        a.workbook.extract = audit::extract_identity(*state.extract);
    copy_auditor_fields(a);
    a.notice = "All Case Audit data on this device was cleared: " +
               plural(workbooks, "stored workbook", "stored workbooks") +
               " and the policy setting. Workbook and policy files you saved are not affected.";
}

// ---------------------------------------------------------------------------
// [SECTION] Workbook files
// ---------------------------------------------------------------------------

std::string workbook_file_name(const audit::Workbook& wb) {
    std::string org;
    for (const char ch : wb.extract.organisation) {
        const auto u = static_cast<unsigned char>(ch);
        if (std::isalnum(u) != 0 && u < 0x80)
            org += static_cast<char>(std::tolower(u));
        else if (!org.empty() && org.back() != '-')
            org += '-';
    }
    while (!org.empty() && org.back() == '-')
        org.pop_back();
    if (org.empty())
        org = "extract";
    return "case-audit-workbook-" + org + "-" + format_date(today_local()) + ".json";
}

void save_workbook_file(AppState& state) {
    AuditState& a = state.audit;
    a.workbook.policy_fingerprint = a.policy_fingerprint;
    const std::string name = workbook_file_name(a.workbook);
    if (platform::save_file(name, "application/json", audit::save_workbook_json(a.workbook)))
        a.notice = "Saved " + name + " (" + workbook_counts(a.workbook) + ") to your downloads.";
    else
        a.notice = "The workbook could not be saved as a file: the browser refused the "
                   "download.";
}

void receive_workbook_file(AppState& state, platform::OpenedFile&& file) {
    // Far larger than any workbook: thousands of audits with long comments fit in a few MB.
    constexpr std::uint64_t k_max_workbook_bytes = 64u << 20;
    WorkbookFileState& f = state.audit.file;
    f.file_name = file.name;
    f.errors.clear();
    f.warnings.clear();
    f.held.reset();
    if (file.size > k_max_workbook_bytes) {
        f.errors.push_back({"", "This file is larger than 64 MB, far larger than any workbook: "
                                "is it an extract? Open extracts in Import."});
        platform::close_file(file.id);
        return;
    }
    if (f.reading)
        platform::close_file(f.reading->id);
    platform::request_file_slice(file.id, 0, static_cast<std::uint32_t>(file.size));
    f.reading = std::move(file);
}

namespace {
void take_workbook(AppState& state, audit::Workbook wb, const std::string& how) {
    AuditState& a = state.audit;
    reset_audit_state(a, true);
    a.workbook = std::move(wb);
    a.form.fold = !a.workbook.samples.empty(); // the audits are the work now
    copy_auditor_fields(a);
    a.notice = how + ": " + workbook_counts(a.workbook) + ".";
    workbook_replaced(state);
    touch_workbook(state);
}

bool has_work(const audit::Workbook& wb) {
    return !wb.samples.empty() || !wb.audits.empty();
}
} // namespace

void pump_workbook_file(AppState& state) {
    WorkbookFileState& f = state.audit.file;
    if (!f.reading)
        return;
    for (platform::FileSlice& slice : platform::take_file_slices(f.reading->id)) {
        platform::close_file(f.reading->id);
        f.reading.reset();
        if (!slice.error.empty()) {
            f.errors.push_back({"", slice.error});
            return;
        }
        audit::WorkbookLoadResult r = audit::load_workbook_json(std::string_view(
            reinterpret_cast<const char*>(slice.bytes.data()), slice.bytes.size()));
        f.warnings = std::move(r.warnings);
        if (!r.workbook) {
            f.errors = std::move(r.errors);
            if (f.errors.empty())
                f.errors.push_back({"", "This file is not a Case Audit workbook."});
            return;
        }
        if (!state.extract) {
            f.errors.push_back({"", "Open the extract this workbook was made from first "
                                    "(Import), then open the workbook."});
            return;
        }
        f.match = audit::match_workbook(*r.workbook, *state.extract);
        if (f.match.same_extract && !has_work(state.audit.workbook)) {
            audit::refresh_workbook_indexes(*r.workbook, *state.extract);
            take_workbook(state, std::move(*r.workbook), "Opened " + f.file_name);
            return;
        }
        // Another extract's, or it would replace work already done here: the auditor decides.
        f.held = std::move(*r.workbook);
        return;
    }
}

void accept_opened_workbook(AppState& state) {
    WorkbookFileState& f = state.audit.file;
    if (!f.held || !state.extract)
        return;
    if (f.match.same_extract) {
        audit::refresh_workbook_indexes(*f.held, *state.extract);
        take_workbook(state, std::move(*f.held), "Opened " + f.file_name);
    } else {
        audit::Workbook adopted = audit::adopt_workbook(*f.held, *state.extract);
        take_workbook(state, std::move(adopted),
                      "Opened what applies to this extract from " + f.file_name);
    }
}

void cancel_opened_workbook(AppState& state) {
    WorkbookFileState& f = state.audit.file;
    f.held.reset();
    state.audit.notice = "Not opened: " + f.file_name + ". Your work here is unchanged.";
}

// ---------------------------------------------------------------------------
// [SECTION] Opening an audit
// ---------------------------------------------------------------------------

bool open_audit(AppState& state, std::string_view audit_id) {
    AuditState& a = state.audit;
    if (!state.extract)
        return false;
    audit::Audit* au = a.workbook.find_audit(audit_id);
    if (au == nullptr)
        return false;
    const bool changed = audit::start_audit(a.workbook, *au, state.extract->metadata.as_at);
    if (changed)
        touch_workbook(state);
    a.workspace.audit_id = std::string(audit_id);
    a.page = SamplingPage::Workspace;
    update_audit_workspace(state);
    return true;
}

void close_audit(AppState& state) {
    AuditWorkspace& ws = state.audit.workspace;
    ws.audit_id.clear();
    ws.case_evidence.reset();
    ws.supervision_evidence.reset();
    ws.evidence_built.forget();
    state.audit.page = SamplingPage::Samples;
}

void update_audit_workspace(AppState& state) {
    AuditState& a = state.audit;
    AuditWorkspace& ws = a.workspace;
    if (ws.audit_id.empty() || !state.extract)
        return;
    const audit::Audit* au = a.workbook.find_audit(ws.audit_id);
    if (au == nullptr) { // taken out of the workbook (a file opened, data cleared)
        close_audit(state);
        return;
    }
    const Extract& x = *state.extract;
    const Date date = au->audit_date.value_or(x.metadata.as_at);
    if (!ws.evidence_built.stale(state.revisions) && ws.evidence_audit == au->id &&
        ws.evidence_record == au->record_id && ws.evidence_date == date)
        return;
    ws.evidence_built.built(state.revisions);
    ws.evidence_audit = au->id;
    ws.evidence_record = au->record_id;
    ws.evidence_date = date;
    ws.case_evidence.reset();
    ws.supervision_evidence.reset();
    if (au->records == audit::RecordSet::Cases) {
        const Index c = x.find_case(au->record_id);
        if (c == k_no_index) {
            case_file_clear(ws.case_file);
            return;
        }
        ws.case_evidence = audit::case_evidence(x, state.policy.policy, c, date);
        ws.writing.add_writing_evidence(*ws.case_evidence, x, a.workbook.dictionary,
                                        state.policy.policy, state.revisions);
        case_file_show(ws.case_file, x, c);
    } else {
        const Index s = x.supervision_by_id.find(x.ids.find(au->record_id));
        case_file_clear(ws.case_file);
        if (s != k_no_index)
            ws.supervision_evidence = audit::supervision_evidence(x, state.policy.policy, s);
    }
}

} // namespace ca::app
