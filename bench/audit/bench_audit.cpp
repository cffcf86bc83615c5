// Audit workspace benchmark: one case file of NOTES notes (default 5,000, the issue's "the
// chronology stays fast on a case with 5,000 notes"), written as extract JSON and imported,
// then timed (best of RUNS):
//   chronology   build_chronology: every record of the case, newest first
//   filter       filter_chronology with a search word ("capacity"), with a kind filter, and
//                with no filter (what the viewer runs as the auditor types)
//   evidence     case_evidence: the 14-area evidence rules
//   writing      the recording-quality assistant on the case (analyse_case) and its summary
//                as evidence for the six writing areas (add_writing_indicators)
//   sample       draw_sample of 6 over a generated extract of SAMPLE_MB megabytes
// Prints one JSON line. Not part of the default build or the tests; bench/audit/run.sh
// builds it natively and for wasm.
//
// usage: bench_audit [NOTES] [RUNS] [SAMPLE_MB]
#include "bench/bench_support.h"
#include "core/audit/chronology.h"
#include "core/audit/evidence.h"
#include "core/audit/sampling.h"
#include "core/audit/writing_evidence.h"
#include "core/extract/import.h"
#include "core/generate/generate.h"
#include "core/text/analyser.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

namespace {

using ca_bench::best_of;
using ca_bench::now_ms;

const char* const k_sentences[] = {
    "Home visit to Alex with her daughter.",
    "Alex said she would like to stay in her own home and keep her cat.",
    "Her daughter told me that Alex sometimes forgets her evening tablets.",
    "I observed a dosette box on the kitchen table with two days of tablets still in it.",
    "In my professional opinion Alex has capacity to make this decision because she could "
    "explain the risks.",
    "Alex enjoys gardening and manages her own shopping with help from a friend.",
    "She is unable to climb the stairs and has had two falls since December.",
    "Phoned the GP surgery to ask for a medication review.",
    "Safeguarding was considered; no concerns were raised.",
};

std::string date_of(int day_offset) {
    return ca::format_date(ca::add_days(ca::make_date(2012, 1, 2), day_offset));
}

// One case with `notes` notes spread over the years to 2026, plus assessments, plans,
// reviews and documents in proportion.
std::string case_file_json(int notes) {
    std::string j = R"({"metadata": {"format": "case-audit-extract", "formatVersion": 1,
        "extractedAt": "2026-10-30T18:00", "asAt": "2026-10-30",
        "organisation": {"name": "Benchmark Borough, synthetic", "code": "E99999999"}},
      "teams": [{"id": "T-1", "name": "North Community Team", "kind": "community"}],
      "workers": [{"id": "W-1", "name": "Sam Worker", "teamId": "T-1",
        "role": "qualified-social-worker", "qualified": true, "startDate": "2011-09-05",
        "training": [{"course": "information-security", "completedDate": "2011-09-20"},
                     {"course": "data-protection", "completedDate": "2011-10-05"}]}],
      "people": [{"id": "P-1", "name": "Alex Example", "dateOfBirth": "1941-06-15"}],
      "cases": [{"id": "C-1", "personId": "P-1", "teamId": "T-1", "status": "open",
        "openedDate": "2012-01-02",
        "allocations": [{"workerId": "W-1", "from": "2012-01-02", "role": "primary"}],
        "notes": [)";
    const int span_days = 5400; // 2012-01-02 to about 2026-10
    std::uint32_t s = 2463534242u;
    for (int i = 0; i < notes; ++i) {
        const int day = static_cast<int>(static_cast<long long>(i) * span_days / notes);
        std::string text;
        for (int k = 0; k < 4; ++k) {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            text += std::string(k ? " " : "") + k_sentences[s % 9];
        }
        j += std::string(i ? "," : "") + R"({"id": "N-)" + std::to_string(i) +
             R"(", "authorId": "W-1", "type": "visit", "eventDate": ")" + date_of(day) +
             R"(", "recordedAt": ")" + date_of(day + (i % 4)) + R"(T10:00", "text": ")" + text +
             "\"}";
    }
    j += R"(], "assessments": [)";
    for (int i = 0; i < notes / 250; ++i)
        j += std::string(i ? "," : "") + R"({"id": "A-)" + std::to_string(i) +
             R"(", "kind": "core", "authorId": "W-1", "startDate": ")" + date_of(i * 270) +
             R"(", "completedDate": ")" + date_of(i * 270 + 20) +
             R"(", "sections": [{"kind": "risk", "completed": true, "text": "Falls risk."},
               {"kind": "safeguarding", "completed": true, "text": "None."}],
               "givenToPerson": {"date": ")" +
             date_of(i * 270 + 25) + R"(", "method": "post"}})";
    j += R"(], "reviews": [)";
    for (int i = 0; i < notes / 250; ++i)
        j += std::string(i ? "," : "") + R"({"id": "RV-)" + std::to_string(i) +
             R"(", "authorId": "W-1", "reason": "planned", "dueDate": ")" + date_of(i * 270 + 200) +
             R"(", "completedDate": ")" + date_of(i * 270 + 200) + R"(", "text": "Reviewed."})";
    j += R"(], "documents": [)";
    for (int i = 0; i < notes / 50; ++i)
        j += std::string(i ? "," : "") + R"({"id": "D-)" + std::to_string(i) +
             R"(", "kind": "letter", "fileFormat": ")" + (i % 7 ? "pdf" : "docx") +
             R"(", "indexed": true, "uploadedDate": ")" + date_of(i * 54) + R"("})";
    j += "]}]}";
    return j;
}

} // namespace

int main(int argc, char** argv) {
    const int notes = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    const double sample_mb = argc > 3 ? std::atof(argv[3]) : 100.0;

    ca::ExtractImporter importer;
    importer.feed(case_file_json(notes));
    ca::ImportResult imported = importer.finish();
    if (!imported.ok()) {
        std::fprintf(stderr, "the benchmark's case file did not import\n");
        return 1;
    }
    const ca::Extract& ex = *imported.extract;
    const ca::Policy policy = ca::default_policy();
    long long checksum = 0; // keeps the optimiser from dropping the work

    ca::audit::Chronology chrono;
    const double t_chrono = best_of(runs, [&] { chrono = ca::audit::build_chronology(ex, 0); });
    std::vector<std::uint32_t> rows;
    ca::audit::ChronologyFilter search;
    search.search = "capacity";
    const double t_search = best_of(runs, [&] {
        ca::audit::filter_chronology(chrono, ex, search, rows);
        checksum += static_cast<long long>(rows.size());
    });
    ca::audit::ChronologyFilter kinds;
    kinds.kinds = ca::audit::kind_bit(ca::audit::EntryKind::Document);
    const double t_kinds = best_of(runs, [&] {
        ca::audit::filter_chronology(chrono, ex, kinds, rows);
        checksum += static_cast<long long>(rows.size());
    });
    const double t_all = best_of(runs, [&] {
        ca::audit::filter_chronology(chrono, ex, {}, rows);
        checksum += static_cast<long long>(rows.size());
    });
    ca::audit::CaseEvidence evidence;
    const double t_evidence = best_of(
        runs, [&] { evidence = ca::audit::case_evidence(ex, policy, 0, ex.metadata.as_at); });

    double t0 = now_ms();
    ca::text::TextAnalyser analyser;
    analyser.add_known_words(ca::audit::extract_names(ex));
    const double t_dictionary = now_ms() - t0;
    const double t_writing = best_of(std::min(runs, 3), [&] {
        std::vector<std::string> dates;
        const ca::text::CaseTextReport report =
            analyser.analyse_case(ca::audit::case_note_inputs(ex, 0, ex.metadata.as_at, dates),
                                  ca::audit::person_name_words(ex, 0));
        ca::audit::add_writing_indicators(evidence, ex, report);
    });

    // Sampling over a whole generated extract.
    ca::GenerateOptions options;
    options.target_mb = sample_mb;
    ca::ExtractImporter big_importer;
    ca::FunctionSink sink([&](std::string_view bytes) { big_importer.feed(bytes); });
    ca::generate_extract(options, sink);
    ca::ImportResult big = big_importer.finish();
    if (!big.ok()) {
        std::fprintf(stderr, "the generated extract did not import\n");
        return 1;
    }
    const ca::audit::SampleSpec spec = ca::audit::default_sample_spec(*big.extract, policy, 42);
    const double t_sample = best_of(runs, [&] {
        const ca::audit::SampleResult r = ca::audit::draw_sample(*big.extract, policy, spec);
        checksum += static_cast<long long>(r.drawn.size());
    });

    std::printf("{\"notes\": %d, \"entries\": %zu, \"chronology_ms\": %.2f, "
                "\"search_ms\": %.2f, \"kind_filter_ms\": %.2f, \"no_filter_ms\": %.2f, "
                "\"evidence_ms\": %.2f, \"dictionary_ms\": %.1f, \"writing_ms\": %.1f, "
                "\"sample_extract_cases\": %zu, \"sample_ms\": %.2f, \"checksum\": %lld}\n",
                notes, chrono.entries.size(), t_chrono, t_search, t_kinds, t_all, t_evidence,
                t_dictionary, t_writing, big.extract->cases.size(), t_sample, checksum);
    return 0;
}
