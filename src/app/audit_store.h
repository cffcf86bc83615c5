// Case Audit - where the auditor's workbook is kept: the browser's storage (after every
// change) and workbook files (saved and opened by the auditor).
//
// Storage keys (platform::storage_*; the browser prefixes them with "case-audit:"):
//   workbook:<fingerprint>                      the workbook of the extract with that
//                                               fingerprint (core/extract/fingerprint.h)
//   workbook-unreadable:workbook:<fingerprint>  a stored workbook that no longer loads, set
//                                               aside (never deleted) so nothing is lost
//   workbooks                                   a JSON array of the keys above, so that
//                                               "Clear all data on this device" finds them
//   policy                                      the policy set on this device (app.h)
//
// Index of this file:
// [SECTION] Clock (the app reads the device's clock here; the core never does)
// [SECTION] The workbook in the browser's storage
// [SECTION] Workbook files
// [SECTION] Opening an audit
//
// touch_workbook(), dictionary_changed(), workbook_replaced() and reset_audit_state() are
// declared in audit_state.h and defined in audit_store.cpp.
#pragma once

#include "app/app.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ca::app {

// ---------------------------------------------------------------------------
// [SECTION] Clock
// ---------------------------------------------------------------------------

std::uint64_t now_milliseconds(); // since 1970, UTC
std::string now_local_iso();      // "2026-11-26T09:05", the computer's local time
Date today_local();

// ---------------------------------------------------------------------------
// [SECTION] The workbook in the browser's storage
// ---------------------------------------------------------------------------

inline constexpr const char* k_workbook_index_key = "workbooks";
std::string workbook_storage_key(std::string_view fingerprint); // "workbook:" + fingerprint
std::string unreadable_storage_key(std::string_view key);       // "workbook-unreadable:" + key

// The keys in the "workbooks" index (empty when there is none or it does not read).
std::vector<std::string> stored_workbook_keys();

// A new extract is open: restores the auditor's work on it from storage (with a notice), or
// starts an empty workbook. A stored workbook that does not load is set aside under
// unreadable_storage_key() and a new one started, with a notice saying so.
void open_workbook_for_extract(AppState& state);

// Saves the workbook if a view touched it this frame. A failed save (storage full or
// switched off) sets storage_error, cleared by the next save that works.
void save_workbook_if_changed(AppState& state);

// "Clear all data on this device": removes every stored workbook (and the set-aside ones),
// the index and the stored policy; the policy in force returns to the defaults and the
// workbook in memory starts again empty. Files the auditor saved are not touched.
void clear_device_data(AppState& state);

// "A, B and C" counts in words: "2 samples, 5 audits".
std::string workbook_counts(const audit::Workbook& wb);

// ---------------------------------------------------------------------------
// [SECTION] Workbook files
// ---------------------------------------------------------------------------

// "case-audit-workbook-<organisation>-<today>.json", the organisation's name in lower case
// with runs of other characters made one "-".
std::string workbook_file_name(const audit::Workbook& wb);
void save_workbook_file(AppState& state);

// The auditor opened a file for OpenPurpose::Workbook: it is read whole (workbooks are
// small) and, once read, checked and either taken on, or held for the auditor to decide
// (another extract's, or replacing work already done here).
void receive_workbook_file(AppState& state, platform::OpenedFile&& file);
void pump_workbook_file(AppState& state);
// The held workbook: take what applies to the open extract, or let it go.
void accept_opened_workbook(AppState& state);
void cancel_opened_workbook(AppState& state);

// ---------------------------------------------------------------------------
// [SECTION] Opening an audit
// ---------------------------------------------------------------------------

// Opens the audit in the workspace and starts it (audit::start_audit: a planned audit is now
// in progress, judged as at the extract's as-at date unless it has its date, and the
// workbook's auditor and capacity fill its own when empty). Returns false for an unknown id.
bool open_audit(AppState& state, std::string_view audit_id);
void close_audit(AppState& state);

// Keeps the workspace's evidence in step with the open audit, the policy and the audit
// date: computed again only when one of them changed. Called once a frame.
void update_audit_workspace(AppState& state);

} // namespace ca::app
