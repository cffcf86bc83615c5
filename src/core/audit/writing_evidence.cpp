// Case Audit - the recording-quality indicators as evidence for the six writing areas.
//
// Index of this file:
// [SECTION] Inputs from the extract
// [SECTION] Wording
// [SECTION] Evidence for the six areas
#include "core/audit/writing_evidence.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Inputs from the extract
// ---------------------------------------------------------------------------

bool is_writing_note(const Note& note, Date audit_date) {
    if (audit_date < note.recorded_at.date)
        return false; // not on the file yet on the audit date
    switch (note.type) {
    case NoteType::CaseAudit:
    case NoteType::RecordOfSupervisionDiscussion:
    case NoteType::ManagersDecision:
        return false;
    default:
        return true;
    }
}

std::vector<text::NoteInput> case_note_inputs(const Extract& extract, Index case_index,
                                              Date audit_date, std::vector<std::string>& dates) {
    const Case& c = extract.cases[case_index];
    dates.clear();
    dates.reserve(c.notes.count); // the views below point into it: no reallocation after
    std::vector<text::NoteInput> inputs;
    inputs.reserve(c.notes.count);
    for (std::uint32_t i = c.notes.begin; i < c.notes.end(); ++i) {
        const Note& n = extract.notes[i];
        if (!is_writing_note(n, audit_date))
            continue;
        // The event date orders the chronology (the assistant compares dates as text);
        // the recording time breaks ties between notes of one day.
        dates.push_back(format_date(n.event_date) + "T" +
                        format_date_time(n.recorded_at).substr(11));
        inputs.push_back({extract.id_of(n.id), dates.back(), extract.text_of(n.text)});
    }
    return inputs;
}

namespace {
void split_words(std::string_view name, std::vector<std::string>& out) {
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && (name[i] == ' ' || name[i] == ',' || name[i] == '.'))
            ++i;
        std::size_t j = i;
        while (j < name.size() && name[j] != ' ' && name[j] != ',' && name[j] != '.')
            ++j;
        if (j > i)
            out.emplace_back(name.substr(i, j - i));
        i = j;
    }
}
} // namespace

std::vector<std::string> person_name_words(const Extract& extract, Index person) {
    std::vector<std::string> words;
    if (person < extract.people.size())
        split_words(extract.text_of(extract.people[person].name), words);
    return words;
}

std::vector<std::string> extract_names(const Extract& extract) {
    std::vector<std::string> names;
    names.reserve(extract.people.size() + extract.workers.size() + extract.teams.size() + 1);
    names.push_back(extract.metadata.organisation_name);
    for (const Person& p : extract.people)
        names.emplace_back(extract.text_of(p.name));
    for (const Worker& w : extract.workers)
        names.emplace_back(extract.text_of(w.name));
    for (const Team& t : extract.teams)
        names.emplace_back(extract.text_of(t.name));
    return names;
}

text::WordLists policy_word_lists(const Policy& policy) {
    text::WordLists lists = text::default_word_lists();
    if (!text::add_council_terms(lists, policy.text.council_terms_json).empty())
        return text::default_word_lists();
    return lists;
}

// ---------------------------------------------------------------------------
// [SECTION] Wording
// ---------------------------------------------------------------------------

namespace {

// How each indicator is counted in a sentence: "12 possible misspellings".
struct IndicatorWords {
    const char* one;
    const char* many;
};
constexpr std::array<IndicatorWords, text::k_indicator_count> k_words = {{
    {"possible misspelling", "possible misspellings"},
    {"American spelling", "American spellings"},
    {"repeated word", "repeated words"},
    {"sentence without a capital", "sentences without a capital"},
    {"sentence without final punctuation", "sentences without final punctuation"},
    {"very long sentence", "very long sentences"},
    {"lower-case \"i\"", "lower-case \"i\"s"},
    {"passage in capitals", "passages in capitals"},
    {"hard-to-read note", "hard-to-read notes"},
    {"acronym not spelled out", "acronyms not spelled out"},
    {"jargon term", "jargon terms"},
    {"wordy phrase", "wordy phrases"},
    {"strengths phrase", "strengths phrases"},
    {"deficit word", "deficit words"},
    {"record of the person's own views", "records of the person's own views"},
    {"attributed fact", "attributed facts"},
    {"first-hand observation", "first-hand observations"},
    {"labelled professional opinion", "labelled professional opinions"},
    {"unlabelled judgement", "unlabelled judgements"},
    {"stated reason", "stated reasons"},
    {"decision without a reason", "decisions without a reason"},
    {"labelling or discriminatory term", "labelling or discriminatory terms"},
    {"very long entry", "very long entries"},
    {"sentence copied from an earlier note", "sentences copied from an earlier note"},
    {"empty or near-empty note", "empty or near-empty notes"},
    {"passage of third-party detail", "passages of third-party detail"},
}};

std::string counted(std::uint32_t n, text::Indicator i) {
    const IndicatorWords& w = k_words[static_cast<std::size_t>(i)];
    return std::to_string(n) + " " + (n == 1 ? w.one : w.many);
}

// What the assistant looks for in each area, in the order of text::AuditArea.
constexpr std::array<const char*, text::k_audit_area_count> k_checked = {
    "The recording-quality assistant looked for very long entries, empty or near-empty notes, "
    "sentences copied from earlier notes and third-party detail.",
    "The recording-quality assistant looked for social care jargon, wordy phrases and "
    "acronyms not spelled out at their first use in the file.",
    "The recording-quality assistant checked spelling (British English, social care words and "
    "the names in the extract), American spellings, repeated words, capitals and punctuation, "
    "very long sentences and readability.",
    "The recording-quality assistant counted strengths vocabulary against deficit vocabulary, "
    "and records of the person's own views.",
    "The recording-quality assistant looked for attributed facts, first-hand observation, "
    "labelled professional opinion, reasons for decisions, and evaluative words with no "
    "source or label.",
    "The recording-quality assistant looked for labelling and discriminatory terms from a "
    "curated UK list (legitimate clinical and safeguarding words are never flagged).",
};

} // namespace

std::string_view indicator_name(text::Indicator indicator) {
    const auto i = static_cast<std::size_t>(indicator);
    return i < k_words.size() ? k_words[i].one : "";
}

// ---------------------------------------------------------------------------
// [SECTION] Evidence for the six areas
// ---------------------------------------------------------------------------

void add_writing_indicators(CaseEvidence& evidence, const Extract& extract,
                            const text::CaseTextReport& report, std::size_t max_lines) {
    if (evidence.case_index >= extract.cases.size())
        return;
    const Case& c = extract.cases[evidence.case_index];
    const text::CaseTextSummary& sum = report.summary;
    // The report's notes are the case's writing notes on the audit date, in order.
    std::vector<Index> read;
    read.reserve(report.notes.size());
    for (Index i = c.notes.begin; i < c.notes.end() && read.size() < report.notes.size(); ++i)
        if (is_writing_note(extract.notes[i], evidence.audit_date))
            read.push_back(i);

    for (int a = 0; a < text::k_audit_area_count; ++a) {
        const auto area = static_cast<text::AuditArea>(a);
        // CaseArea lists the six writing areas first, in the same (the policy's) order.
        const std::size_t slot = static_cast<std::size_t>(a);
        if (slot >= evidence.areas.size())
            return;
        AreaEvidence& out = evidence.areas[slot];
        out.checked = std::string(k_checked[slot]) +
                      " It read the practitioners' notes on the file on the audit date, not the "
                      "managers' audit, supervision and decision notes.";
        out.lines.clear();

        // The counts, concerns first, then good evidence.
        std::string concerns;
        std::string good;
        for (int i = 0; i < text::k_indicator_count; ++i) {
            const auto ind = static_cast<text::Indicator>(i);
            const std::uint32_t n = sum.count(ind);
            if (n == 0 || text::area_of(ind) != area)
                continue;
            std::string& into = text::kind_of(ind) == text::FindingKind::Concern ? concerns : good;
            into += (into.empty() ? "" : ", ") + counted(n, ind);
        }
        std::string summary =
            sum.notes == 0 ? "No notes to read."
                           : (concerns.empty() ? "No concerns found" : "To look at: " + concerns);
        if (sum.notes != 0) {
            if (!good.empty())
                summary += "; good evidence: " + good;
            summary += " (" + std::to_string(sum.notes) + " notes).";
        }
        if (area == text::AuditArea::Strengths && sum.strengths_share)
            summary += " Strengths make up " +
                       std::to_string(static_cast<int>(*sum.strengths_share * 100.0 + 0.5)) +
                       "% of strengths and deficit words; the person's own views appear in " +
                       std::to_string(sum.notes_with_voice) + " of " + std::to_string(sum.notes) +
                       " notes.";
        if (area == text::AuditArea::SpellingLiteracy && sum.readability.available())
            summary += " Flesch reading ease " +
                       std::to_string(static_cast<int>(sum.readability.reading_ease() + 0.5)) +
                       " over the whole file (60 to 70 is plain English).";
        out.summary = summary + " Needs your judgement.";

        // The notes with the most concerns in this area, each linked.
        struct Ranked {
            std::uint32_t note = 0; // position in the case's notes
            std::uint32_t concerns = 0;
        };
        std::vector<Ranked> ranked;
        for (std::uint32_t n = 0; n < read.size(); ++n) {
            std::uint32_t k = 0;
            for (const text::TextFinding& f : report.notes[n].findings)
                k += f.area == area && f.kind == text::FindingKind::Concern ? 1u : 0u;
            if (k > 0)
                ranked.push_back({n, k});
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const Ranked& x, const Ranked& y) { return x.concerns > y.concerns; });
        for (std::size_t r = 0; r < ranked.size() && r < max_lines; ++r) {
            const Index note = read[ranked[r].note];
            const Note& n = extract.notes[note];
            // The first concern of the area in that note, as an example.
            std::string example;
            for (const text::TextFinding& f : report.notes[ranked[r].note].findings)
                if (f.area == area && f.kind == text::FindingKind::Concern) {
                    example = f.message;
                    break;
                }
            EvidenceLine line;
            line.text = std::string(extract.id_of(n.id)) + " (" + format_date_long(n.event_date) +
                        "): " + std::to_string(ranked[r].concerns) +
                        (ranked[r].concerns == 1 ? " thing" : " things") + " to look at" +
                        (example.empty() ? "" : ", e.g. " + example);
            line.records.push_back({RecordKind::Note, note});
            line.ok = false;
            out.lines.push_back(std::move(line));
        }
        if (ranked.size() > max_lines)
            out.lines.push_back({"and " + std::to_string(ranked.size() - max_lines) +
                                     " more notes with something to look at.",
                                 {},
                                 false});
    }
}

} // namespace ca::audit
