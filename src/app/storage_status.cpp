// Case Audit - when the browser's storage lets the auditor down (see storage_status.h).
//
// Index of this file:
// [SECTION] Messages
// [SECTION] Newer workbooks
// [SECTION] Hooks
#include "app/storage_status.h"

#include "app/app.h"
#include "app/audit_store.h"
#include "core/audit/workbook.h"
#include "platform/platform.h"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>

namespace ca::app {

// ---------------------------------------------------------------------------
// [SECTION] Messages
// ---------------------------------------------------------------------------

namespace {
// Each ends with what the auditor can do; the banner (views/view_storage_banner.cpp) puts
// "Save workbook" beside it.
constexpr const char* k_off_message =
    "This browser does not let Case Audit keep anything on this device (its storage is "
    "switched off: a private window, a browser setting or your organisation's policy). Your "
    "work stays in this page while it is open: use Save workbook to keep it in a file, and "
    "Open workbook to carry on from that file later.";
constexpr const char* k_full_message =
    "This browser's storage for Case Audit is full, so your latest change is not saved on "
    "this device (what was saved before it is kept as it was). Your work stays in this page: "
    "use Save workbook now to keep it in a file. The app tries again after your next change.";
constexpr const char* k_other_tab_message =
    "This extract's audit work was just changed in another Case Audit tab or window on this "
    "computer. So that neither overwrites the other, nothing you do in this tab is saved on "
    "this device any more: use \"Use the other tab's work\" to carry on with what it saved, "
    "or Save workbook to keep this tab's work in a file.";

void set_trouble(AuditState& a, StorageTrouble trouble, std::string message) {
    a.storage_trouble = trouble;
    a.storage_error = std::move(message);
    // Full tries again with every change; the others would only fail again, or overwrite.
    if (trouble != StorageTrouble::Full)
        a.storage_key.clear();
}
} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Newer workbooks
// ---------------------------------------------------------------------------

std::optional<std::uint64_t> newer_workbook_version(std::string_view stored) {
    // Not one of the app's own files but the browser's storage: anything may be there.
    const nlohmann::json j = nlohmann::json::parse(stored, nullptr, false);
    if (!j.is_object())
        return std::nullopt;
    const auto format = j.find("format");
    const auto version = j.find("version");
    if (format == j.end() || !format->is_string() ||
        format->get<std::string>() != audit::k_workbook_format || version == j.end() ||
        !version->is_number_unsigned())
        return std::nullopt;
    const std::uint64_t v = version->get<std::uint64_t>();
    if (v <= static_cast<std::uint64_t>(audit::k_workbook_version))
        return std::nullopt;
    return v;
}

bool leave_newer_workbook(AuditState& a, std::string_view stored) {
    const std::optional<std::uint64_t> v = newer_workbook_version(stored);
    if (!v)
        return false;
    set_trouble(a, StorageTrouble::NewerVersion,
                "The audit work saved on this device for this extract was written by a newer "
                "version of Case Audit (workbook version " +
                    std::to_string(*v) + "; this one reads version " +
                    std::to_string(audit::k_workbook_version) +
                    "). It has been left as it is, and nothing you do here is saved on this "
                    "device, so that it is not overwritten: carry on in the newer Case Audit, "
                    "or use Save workbook to keep what you do here in a file.");
    return true;
}

// ---------------------------------------------------------------------------
// [SECTION] Hooks
// ---------------------------------------------------------------------------

void check_storage_after_open(AppState& state) {
    AuditState& a = state.audit;
    if (a.storage_key.empty())
        return;                                        // no extract, or already explained
    (void)platform::storage_get(k_workbook_index_key); // reaches for the storage once more
    if (platform::storage_problem() == platform::StorageProblem::Off)
        set_trouble(a, StorageTrouble::Off, k_off_message);
}

void save_workbook_and_check(AppState& state) {
    AuditState& a = state.audit;
    const bool attempted = a.changed && !a.storage_key.empty();
    save_workbook_if_changed(state);
    if (!attempted)
        return;
    if (a.storage_error.empty()) {
        a.storage_trouble = StorageTrouble::None;
        return;
    }
    if (platform::storage_problem() == platform::StorageProblem::Off)
        set_trouble(a, StorageTrouble::Off, k_off_message);
    else
        set_trouble(a, StorageTrouble::Full, k_full_message);
}

void watch_other_tabs(AppState& state) {
    AuditState& a = state.audit;
    for (const std::string& key : platform::take_storage_changes()) {
        if (a.storage_key.empty() || (key != a.storage_key && key != "*"))
            continue; // not this workbook, or this tab no longer saves it
        set_trouble(a, StorageTrouble::OtherTab, k_other_tab_message);
    }
}

void take_stored_workbook(AppState& state) {
    open_workbook_for_extract(state);
    check_storage_after_open(state);
}

} // namespace ca::app
