// Case Audit - opening what the Training section works on: the built-in training pack, a
// pack file, and the workbooks of a calibration exercise; and the trainee's feedback kept in
// step with the workbook.
//
// Index of this file:
// [SECTION] Pages
// [SECTION] Training packs
// [SECTION] Calibration workbooks
// [SECTION] Feedback and calibration figures
#include "app/app.h"
#include "app/training_state.h"
#include "core/extract/fingerprint.h"
#include "core/training/built_in_pack.h"

#include <utility>

namespace ca::app {

// ---------------------------------------------------------------------------
// [SECTION] Pages
// ---------------------------------------------------------------------------

const char* training_page_name(TrainingPage p) {
    switch (p) {
    case TrainingPage::Learn:
        return "Learn";
    case TrainingPage::Practise:
        return "Practise";
    case TrainingPage::Moderation:
        return "Moderation";
    case TrainingPage::Calibration:
        return "Calibration";
    case TrainingPage::Author:
        return "Author";
    case TrainingPage::Count:
        break;
    }
    return "";
}

// ---------------------------------------------------------------------------
// [SECTION] Training packs
// ---------------------------------------------------------------------------

namespace {

// Far larger than any pack: the built-in one is about 170 kB.
constexpr std::uint64_t k_max_pack_bytes = 64u << 20;

// A pack that loaded: its records become the open extract on the next frame (App::frame
// takes pending_extract), and the trainee's workbook for it comes back from the browser.
void take_pack(AppState& state, training::PackLoadResult&& r, std::string name, std::string text) {
    PracticeState& p = state.training.practice;
    p.errors.clear();
    p.pack = std::move(*r.pack);
    p.pack_name = name;
    p.fingerprint = extract_fingerprint(*r.extract);
    p.practising.clear();
    p.shown_case.clear();
    p.feedback_built.forget();
    state.training.pending_extract = std::shared_ptr<const Extract>(std::move(r.extract));
    state.training.pending_name = "Training pack: " + p.pack->title;
    state.training.pending_text = std::move(text);
    state.training.page = TrainingPage::Practise;
}

void refuse_pack(AppState& state, training::PackLoadResult&& r, std::string name) {
    PracticeState& p = state.training.practice;
    p.errors = std::move(r.errors);
    p.errors_file = std::move(name);
}

} // namespace

void open_built_in_pack(AppState& state) {
    std::string json = training::built_in_pack().json;
    training::PackLoadResult r = training::load_pack_json(json);
    if (r.ok())
        take_pack(state, std::move(r), "Built-in pack", std::move(json));
    else
        refuse_pack(state, std::move(r), "Built-in pack");
}

void receive_training_pack(AppState& state, platform::OpenedFile&& file) {
    PracticeState& p = state.training.practice;
    p.errors.clear();
    if (file.size > k_max_pack_bytes) {
        p.errors_file = file.name;
        p.errors.push_back({"", 0, 0,
                            "This file is larger than 64 MB, far larger than any training pack: "
                            "is it an extract? Open extracts in Import."});
        platform::close_file(file.id);
        return;
    }
    if (p.reading)
        platform::close_file(p.reading->id);
    platform::request_file_slice(file.id, 0, static_cast<std::uint32_t>(file.size));
    p.reading = std::move(file);
}

bool practice_pack_open(const AppState& state) {
    const PracticeState& p = state.training.practice;
    return p.pack && state.extract && state.audit.workbook.extract.fingerprint == p.fingerprint &&
           !state.training.pending_extract;
}

// ---------------------------------------------------------------------------
// [SECTION] Calibration workbooks
// ---------------------------------------------------------------------------

void receive_calibration_workbook(AppState& state, platform::OpenedFile&& file) {
    constexpr std::uint64_t k_max_workbook_bytes = 64u << 20;
    CalibrationState& c = state.training.calibration;
    if (file.size > k_max_workbook_bytes) {
        c.errors.push_back(file.name + ": larger than 64 MB, far larger than any workbook.");
        platform::close_file(file.id);
        return;
    }
    platform::request_file_slice(file.id, 0, static_cast<std::uint32_t>(file.size));
    c.reading.push_back(std::move(file));
}

namespace {

std::string_view bytes_text(const platform::FileSlice& slice) {
    return {reinterpret_cast<const char*>(slice.bytes.data()), slice.bytes.size()};
}

void pump_pack(AppState& state) {
    PracticeState& p = state.training.practice;
    if (!p.reading)
        return;
    for (platform::FileSlice& slice : platform::take_file_slices(p.reading->id)) {
        const std::string name = p.reading->name;
        platform::close_file(p.reading->id);
        p.reading.reset();
        if (!slice.error.empty()) {
            p.errors_file = name;
            p.errors.push_back({"", 0, 0, slice.error});
            return;
        }
        training::PackLoadResult r = training::load_pack_json(bytes_text(slice));
        if (r.ok())
            take_pack(state, std::move(r), name, std::string(bytes_text(slice)));
        else
            refuse_pack(state, std::move(r), name);
        return;
    }
}

void pump_calibration(AppState& state) {
    CalibrationState& c = state.training.calibration;
    for (std::size_t i = 0; i < c.reading.size();) {
        platform::OpenedFile& f = c.reading[i];
        std::vector<platform::FileSlice> slices = platform::take_file_slices(f.id);
        if (slices.empty()) {
            ++i;
            continue;
        }
        const platform::FileSlice& slice = slices.front();
        if (!slice.error.empty()) {
            c.errors.push_back(f.name + ": " + slice.error);
        } else {
            audit::WorkbookLoadResult r = audit::load_workbook_json(bytes_text(slice));
            if (r.ok()) {
                std::string name = r.workbook->auditor.empty() ? f.name : r.workbook->auditor;
                c.workbooks.push_back({std::move(name), f.name, std::move(*r.workbook)});
            } else {
                c.errors.push_back(f.name + ": " + audit::format_workbook_errors(r));
            }
        }
        platform::close_file(f.id);
        c.reading.erase(c.reading.begin() + static_cast<std::ptrdiff_t>(i));
    }
}

} // namespace

void pump_training_files(AppState& state) {
    pump_pack(state);
    pump_calibration(state);
}

// ---------------------------------------------------------------------------
// [SECTION] Feedback and calibration figures
// ---------------------------------------------------------------------------

void update_training(AppState& state) {
    PracticeState& p = state.training.practice;
    if (practice_pack_open(state) && p.feedback_built.stale(state.revisions)) {
        const Policy& policy = state.policy.policy;
        p.feedback = training::compare_workbook(*p.pack, *state.extract, state.audit.workbook,
                                                policy.audit.bands);
        p.summary = training::summarise(
            p.feedback, {policy.training.pass_agreement_percent, policy.training.pass_kappa});
        p.feedback_built.built(state.revisions);
    }
    CalibrationState& c = state.training.calibration;
    if (c.workbooks.size() >= 2 &&
        (c.result_built.stale(state.revisions) || c.result_count != c.workbooks.size())) {
        std::vector<audit::Workbook> wbs;
        std::vector<std::string> names;
        for (const CalibrationWorkbook& w : c.workbooks) {
            wbs.push_back(w.workbook);
            names.push_back(w.name);
        }
        c.result = training::calibrate(wbs, names, state.policy.policy.audit.bands);
        c.result_built.built(state.revisions);
        c.result_count = c.workbooks.size();
    } else if (c.workbooks.size() < 2) {
        c.result.reset();
    }
}

} // namespace ca::app
