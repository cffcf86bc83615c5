// Case Audit - when the browser's storage lets the auditor down: it is switched off or full,
// the workbook kept there was written by a newer Case Audit, or another tab of the app is
// editing the same workbook. In each case the app says so plainly, carries on with the work
// in memory, offers "Save workbook" in the message itself, and never writes over the stored
// copy with less than it holds (audit_store.cpp saves; this file decides when it must not).
//
// Index of this file:
// [SECTION] What went wrong
// [SECTION] Hooks (called by the App and audit_store.cpp)
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace ca::app {

struct AppState;
struct AuditState;

// ---------------------------------------------------------------------------
// [SECTION] What went wrong
// ---------------------------------------------------------------------------

// What stops the workbook being kept in the browser (shown as AuditState::storage_error).
// With Off, NewerVersion and OtherTab nothing more is written there this session (the
// storage key is cleared); with Full every change tries again.
enum class StorageTrouble {
    None,
    Off,          // storage switched off: a private window, a setting or an IT policy
    Full,         // the browser's storage quota for this page is used up
    NewerVersion, // the stored workbook is a newer Case Audit's: left as it is
    OtherTab,     // another tab or window changed this extract's workbook
};

// The version of a stored workbook when it is a newer one than this build reads; nullopt
// for anything else (this build's, older, not a workbook, not JSON).
std::optional<std::uint64_t> newer_workbook_version(std::string_view stored);

// ---------------------------------------------------------------------------
// [SECTION] Hooks
// ---------------------------------------------------------------------------

// After the workbook of a newly opened extract was looked for: says so when storage is
// switched off (nothing could be looked for).
void check_storage_after_open(AppState& state);

// Before a stored workbook that does not load is set aside: when it is a newer version's,
// it is left where it is, nothing is saved over it this session, and the auditor is told.
// Returns true when it was (the caller then does nothing more with it).
bool leave_newer_workbook(AuditState& a, std::string_view stored);

// save_workbook_if_changed(), then, when a save was attempted, names what went wrong (full
// or switched off) or clears it.
void save_workbook_and_check(AppState& state);

// Once a frame: another tab or window changed this extract's stored workbook (or cleared the
// app's storage). This tab stops saving there, so that neither overwrites the other unseen,
// and the auditor is told.
void watch_other_tabs(AppState& state);

// "Use the other tab's work": the stored workbook replaces the one in memory, and saving
// resumes.
void take_stored_workbook(AppState& state);

} // namespace ca::app
