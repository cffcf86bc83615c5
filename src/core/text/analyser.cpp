// Case Audit - recording-quality assistant: analysing notes and case files.
//
// Index of this file:
// [SECTION] One note
// [SECTION] Across the case: acronyms at first use, copied text
// [SECTION] Reports and summary
// [SECTION] TextAnalyser
#include "core/text/analyser.h"

#include "core/text/compiled_lists.h"
#include "core/text/indicators.h"
#include "core/text/speller.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace ca::text {

struct TextAnalyser::Impl {
    CompiledLists lists;
    Speller speller;
    std::unordered_set<std::string> known_words; // folded

    explicit Impl(const WordLists& w) : lists(w) {
        for (const Term& t : lists.lists.social_care_words.entries)
            speller.add_word(t.term);
    }
};

namespace {

// ---------------------------------------------------------------------------
// [SECTION] One note
// ---------------------------------------------------------------------------

struct NoteWork {
    NoteContext note;
    std::vector<AcronymUse> acronyms;
    Readability readability;

    NoteWork(std::string_view text, const CompiledLists& lists) : note(text, lists.abbreviations) {}
};

void run_indicators(NoteWork& w, const CompiledLists& lists, Speller& speller,
                    const std::unordered_set<std::string>& known_words,
                    const std::unordered_set<std::string>& person_names,
                    const AnalysisOptions& opt) {
    NoteContext& note = w.note;
    w.readability = measure_readability(note);
    check_literacy(note, lists, opt);
    check_discriminatory(note, lists);
    check_jargon(note, lists);
    check_strengths_voice(note, lists, person_names, known_words);
    check_fact_opinion(note, lists);
    w.acronyms = find_acronyms(note, lists);
    check_spelling(note, lists, speller, known_words, opt);
    check_excess(note, lists, opt, w.readability.words);
    if (w.readability.words >= opt.readability_min_words &&
        w.readability.reading_ease() < opt.hard_to_read_below)
        note.add_note_level(Indicator::HardToRead,
                            "Hard to read: Flesch reading ease " +
                                std::to_string(static_cast<int>(w.readability.reading_ease())),
                            "use shorter sentences and everyday words");
}

std::unordered_set<std::string> folded_words(const std::vector<std::string>& phrases) {
    static const std::unordered_set<std::string> no_abbreviations;
    std::unordered_set<std::string> out;
    for (const std::string& p : phrases) {
        const TokenizedText tt = tokenize(p, no_abbreviations);
        for (const Token& t : tt.tokens)
            if (t.kind == TokenKind::Word)
                out.insert(fold_case(std::string_view(p).substr(t.offset, t.length)));
    }
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Across the case: acronyms at first use, copied text
// ---------------------------------------------------------------------------

void flag_acronyms(NoteWork& w, const NoteInput& in, const CompiledLists& lists,
                   std::unordered_set<std::string>& seen, std::vector<AcronymFirstUse>& first) {
    for (const AcronymUse& a : w.acronyms) {
        if (!seen.insert(a.acronym).second)
            continue; // not the first use in the case file
        if (a.spelled_out)
            continue;
        auto it = lists.acronyms.find(a.acronym);
        const std::string expansion = it != lists.acronyms.end() ? it->second : std::string();
        const std::string suggestion =
            expansion.empty() ? "write it in full the first time it is used in the case file"
                              : expansion + " (" + a.acronym + ")";
        w.note.add(Indicator::AcronymNotSpelledOut, a.token, 1,
                   "\"" + a.acronym + "\" is not spelled out at its first use in the case file",
                   suggestion);
        first.push_back(AcronymFirstUse{a.acronym, std::string(in.id), std::string(in.date),
                                        w.note.tt.tokens[a.token].offset, expansion});
    }
}

struct FirstSeen {
    std::size_t note = 0;
};

void flag_copied(NoteWork& w, std::size_t index, const std::vector<NoteInput>& inputs,
                 const AnalysisOptions& opt,
                 std::unordered_map<std::string, std::size_t>& sentences) {
    NoteContext& note = w.note;
    for (const Sentence& s : note.tt.sentences) {
        if (s.word_count < opt.copied_min_words)
            continue;
        std::string key;
        for (std::uint32_t k = 0; k < s.token_count; ++k) {
            const std::uint32_t i = s.first_token + k;
            if (note.tt.tokens[i].kind == TokenKind::Punct)
                continue;
            key += note.folded[i];
            key.push_back(' ');
        }
        auto [it, inserted] = sentences.emplace(std::move(key), index);
        if (inserted)
            continue;
        const NoteInput& from = inputs[it->second];
        const std::string where = it->second == index ? std::string("earlier in this note")
                                                      : "in the note of " + std::string(from.date) +
                                                            " (" + std::string(from.id) + ")";
        note.add(Indicator::CopiedText, s.first_token, s.token_count,
                 "The same sentence appears " + where,
                 "record what is new; refer to the earlier note instead of copying it");
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Reports and summary
// ---------------------------------------------------------------------------

NoteTextReport make_report(NoteWork& w, std::string_view id) {
    NoteTextReport r;
    r.id = std::string(id);
    r.readability = w.readability;
    r.findings = std::move(w.note.findings);
    std::stable_sort(r.findings.begin(), r.findings.end(),
                     [](const TextFinding& a, const TextFinding& b) {
                         if (a.offset != b.offset)
                             return a.offset < b.offset;
                         return a.indicator < b.indicator;
                     });
    for (const TextFinding& f : r.findings) {
        if (f.indicator == Indicator::Strength)
            ++r.strengths;
        else if (f.indicator == Indicator::Deficit)
            ++r.deficits;
        else if (f.indicator == Indicator::PersonsVoice)
            r.persons_voice = true;
    }
    return r;
}

void add_to_summary(CaseTextSummary& s, const NoteTextReport& r) {
    ++s.notes;
    s.readability += r.readability;
    s.strengths += r.strengths;
    s.deficits += r.deficits;
    if (r.persons_voice) {
        s.persons_voice = true;
        ++s.notes_with_voice;
    }
    for (const TextFinding& f : r.findings) {
        ++s.per_indicator[static_cast<std::size_t>(f.indicator)];
        if (f.kind == FindingKind::Concern)
            ++s.concerns_per_area[static_cast<std::size_t>(f.area)];
        else
            ++s.evidence_per_area[static_cast<std::size_t>(f.area)];
    }
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] TextAnalyser
// ---------------------------------------------------------------------------

TextAnalyser::TextAnalyser(const WordLists& lists, AnalysisOptions options)
    : impl_(std::make_unique<Impl>(lists)), options_(options) {}

TextAnalyser::~TextAnalyser() = default;

void TextAnalyser::add_known_words(const std::vector<std::string>& words) {
    const auto folded = folded_words(words);
    impl_->known_words.insert(folded.begin(), folded.end());
}

std::vector<std::string> TextAnalyser::suggest(std::string_view word) {
    return impl_->speller.suggest(word, options_.max_suggestions);
}

CaseTextReport TextAnalyser::analyse_case(const std::vector<NoteInput>& notes,
                                          const std::vector<std::string>& person_names) {
    const auto names = folded_words(person_names);
    std::vector<NoteWork> work;
    work.reserve(notes.size());
    for (const NoteInput& in : notes) {
        work.emplace_back(in.text, impl_->lists);
        run_indicators(work.back(), impl_->lists, impl_->speller, impl_->known_words, names,
                       options_);
    }
    // Chronological order for "first use" and "copied from an earlier note".
    std::vector<std::size_t> order(notes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return notes[a].date < notes[b].date; });
    CaseTextReport report;
    std::unordered_set<std::string> seen;
    std::unordered_map<std::string, std::size_t> sentences;
    for (const std::size_t i : order) {
        flag_acronyms(work[i], notes[i], impl_->lists, seen,
                      report.summary.acronyms_not_spelled_out);
        flag_copied(work[i], i, notes, options_, sentences);
    }
    report.notes.reserve(notes.size());
    for (std::size_t i = 0; i < notes.size(); ++i) {
        report.notes.push_back(make_report(work[i], notes[i].id));
        add_to_summary(report.summary, report.notes.back());
    }
    const std::uint32_t both = report.summary.strengths + report.summary.deficits;
    if (both > 0)
        report.summary.strengths_share = static_cast<double>(report.summary.strengths) / both;
    return report;
}

NoteTextReport TextAnalyser::analyse_note(const NoteInput& note,
                                          const std::vector<std::string>& person_names) {
    CaseTextReport r = analyse_case({note}, person_names);
    return std::move(r.notes.front());
}

} // namespace ca::text
