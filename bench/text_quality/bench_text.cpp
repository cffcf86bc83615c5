// Recording-quality assistant benchmark (not built by default; see run.sh).
//
// Times, on synthetic notes (no real person):
//  1. loading the British English dictionary (constructing a TextAnalyser);
//  2. analysing one case file of 500 notes (median of 5 runs), with and without hunspell
//     suggestions for misspelt words;
//  3. analysing a whole extract of MB megabytes of note text, case by case (500 notes each).
//
// usage: bench_text [MB]     (default 100)
#include "core/text/analyser.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// Deterministic xorshift so native and wasm analyse the same text.
std::uint32_t next(std::uint32_t& s) {
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    return s;
}

const char* const k_sentences[] = {
    "Home visit to Mary Jones with Priya Patel, social worker.",
    "Mary said she would like to stay in her own home and keep her cat.",
    "Her daughter told me that Mary sometimes forgets to take her evening tablets.",
    "I observed a dosette box on the kitchen table with two days of tablets still in it.",
    "In my professional opinion Mary has capacity to make this decision because she could "
    "explain the risks.",
    "The service user was non-compliant with her care package and presented as chaotic.",
    "Mary enjoys gardening and manages her own shopping with help from a friend.",
    "She is unable to climb the stairs and has had two falls since December.",
    "The MCA assessment and the CHC checklist were discussed with the ward.",
    "i spoke with the OT about a grab rail and a stairlift for the the stairs.",
    "Prior to the visit I liaised with the district nurse about her pressure care.",
    "The color of her legs had changed and she was recieving antibiotics from the GP.",
    "Case closed.",
    "Her son has a criminal conviction and was not at the visit.",
    "Next steps: Priya Patel will review the support plan in six weeks.",
};
constexpr std::uint32_t k_sentence_count = sizeof(k_sentences) / sizeof(k_sentences[0]);

std::string make_note(std::uint32_t& seed) {
    std::string text;
    const std::uint32_t n = 2 + next(seed) % 6; // 2 to 7 sentences, about 400 bytes
    for (std::uint32_t i = 0; i < n; ++i) {
        text += k_sentences[next(seed) % k_sentence_count];
        text += i + 1 < n && next(seed) % 3 == 0 ? "\n" : " ";
    }
    return text;
}

struct Case {
    std::vector<std::string> ids, dates, texts;
    std::vector<ca::text::NoteInput> inputs;
    std::size_t bytes = 0;
};

Case make_case(std::uint32_t& seed, std::size_t notes) {
    Case c;
    for (std::size_t i = 0; i < notes; ++i) {
        c.ids.push_back("n" + std::to_string(i));
        char date[16];
        std::snprintf(date, sizeof date, "2025-%02u-%02u", 1 + static_cast<unsigned>(i / 28) % 12,
                      1 + static_cast<unsigned>(i % 28));
        c.dates.emplace_back(date);
        c.texts.push_back(make_note(seed));
        c.bytes += c.texts.back().size();
    }
    for (std::size_t i = 0; i < notes; ++i)
        c.inputs.push_back({c.ids[i], c.dates[i], c.texts[i]});
    return c;
}

double median_case_ms(ca::text::TextAnalyser& a, const Case& c, std::size_t& findings) {
    std::vector<double> runs;
    for (int r = 0; r < 5; ++r) {
        const auto t0 = Clock::now();
        const auto report = a.analyse_case(c.inputs, {"Mary Jones"});
        runs.push_back(ms_since(t0));
        findings = 0;
        for (const auto& n : report.notes)
            findings += n.findings.size();
    }
    std::sort(runs.begin(), runs.end());
    return runs[2];
}

} // namespace

int main(int argc, char** argv) {
    const double mb = argc > 1 ? std::atof(argv[1]) : 100.0;
    const std::vector<std::string> names = {"Mary Jones", "Priya Patel"};

    const bool profile = argc > 2; // "bench_text MB profile": no suggestions run
    auto t0 = Clock::now();
    ca::text::AnalysisOptions suggesting;
    suggesting.spelling_suggestions = true;
    ca::text::TextAnalyser with_suggestions(ca::text::default_word_lists(), suggesting);
    const double load_ms = ms_since(t0);
    with_suggestions.add_known_words(names);
    ca::text::AnalysisOptions quick;
    quick.spelling_suggestions = false;
    ca::text::TextAnalyser without_suggestions(ca::text::default_word_lists(), quick);
    without_suggestions.add_known_words(names);

    std::uint32_t seed = 2463534242u;
    const Case one = make_case(seed, 500);
    std::size_t findings = 0;
    // The first run fills the spelling and suggestion caches; the median of 5 is what the
    // viewer sees once the extract's words have been seen.
    t0 = Clock::now();
    if (!profile)
        with_suggestions.analyse_case(one.inputs, {"Mary Jones"});
    const double first_ms = ms_since(t0);
    const double case_ms = profile ? 0.0 : median_case_ms(with_suggestions, one, findings);
    std::size_t findings_quick = 0;
    const double case_quick_ms = median_case_ms(without_suggestions, one, findings_quick);
    std::printf("dictionary load: %.0f ms\n", load_ms);
    std::printf("case of 500 notes (%.0f KB, %zu findings): %.1f ms without suggestions; "
                "with suggestions %.1f ms the first time, %.1f ms once cached\n",
                static_cast<double>(one.bytes) / 1024.0, findings_quick, case_quick_ms, first_ms,
                case_ms);

    std::size_t bytes = 0;
    std::size_t notes = 0;
    t0 = Clock::now();
    while (static_cast<double>(bytes) < mb * 1024.0 * 1024.0) {
        const Case c = make_case(seed, 500);
        const auto report = without_suggestions.analyse_case(c.inputs, {"Mary Jones"});
        bytes += c.bytes;
        notes += report.notes.size();
    }
    const double total_ms = ms_since(t0);
    std::printf("extract of %.0f MB note text (%zu notes): %.1f s (%.1f MB/s, including "
                "generating the notes)\n",
                static_cast<double>(bytes) / 1048576.0, notes, total_ms / 1000.0,
                static_cast<double>(bytes) / 1048576.0 / (total_ms / 1000.0));
    return 0;
}
