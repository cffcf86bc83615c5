// Unit tests: recording-quality assistant over a case file, the false-positive guard, the
// word lists and a council's own terms (src/core/text/analyser.h, word_lists.h).
//
// Index of this file:
// [SECTION] Case file: chronological first use, copied text, summary
// [SECTION] Long and hard-to-read notes
// [SECTION] False-positive guard: a page of good practice recording
// [SECTION] Word lists: sources, licences, council terms
// [SECTION] Same findings on every platform
#include "core/text/analyser.h"
#include "test_text_support.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace {

struct LoadedCase {
    nlohmann::json json;
    std::vector<std::string> names;
    std::vector<ca::text::NoteInput> notes;
};

// The notes point into `json`, which lives as long as the LoadedCase.
void load_case(const std::string& file, LoadedCase& c) {
    c.json = nlohmann::json::parse(ca_test::read_text_fixture(file));
    c.names = c.json["person_names"].get<std::vector<std::string>>();
    for (const auto& n : c.json["notes"])
        c.notes.push_back({n["id"].get_ref<const std::string&>(),
                           n["date"].get_ref<const std::string&>(),
                           n["text"].get_ref<const std::string&>()});
}

std::size_t count_in(const ca::text::NoteTextReport& r, ca::text::Indicator i) {
    std::size_t n = 0;
    for (const auto& f : r.findings)
        n += f.indicator == i ? 1 : 0;
    return n;
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Case file: chronological first use, copied text, summary
// ---------------------------------------------------------------------------

TEST_CASE("case: acronyms at first use and copied text in date order", "[text]") {
    LoadedCase c;
    load_case("case-notes.json", c);
    const auto report = ca_test::text_analyser().analyse_case(c.notes, c.names);
    REQUIRE(report.notes.size() == 3);
    CHECK(report.notes[0].id == "c1"); // input order kept
    // Chronological order is c2 (01-05), c3 (01-08), c1 (01-12): MCA first appears in c2
    // without its expansion; ICB first appears in c1 without one; CHC is spelled out in c3.
    const auto& acr = report.summary.acronyms_not_spelled_out;
    REQUIRE(acr.size() == 2);
    CHECK(acr[0].acronym == "MCA");
    CHECK(acr[0].note_id == "c2");
    CHECK(acr[0].date == "2026-01-05");
    CHECK(acr[0].expansion == "Mental Capacity Act");
    CHECK(acr[0].offset == 55); // "Tom said he would like to go back to the allotment. " is
                                // 52 bytes, then "An " 3
    CHECK(acr[1].acronym == "ICB");
    CHECK(acr[1].note_id == "c1");
    CHECK(count_in(report.notes[0], ca::text::Indicator::AcronymNotSpelledOut) == 1); // ICB
    CHECK(count_in(report.notes[1], ca::text::Indicator::AcronymNotSpelledOut) == 1); // MCA
    CHECK(count_in(report.notes[2], ca::text::Indicator::AcronymNotSpelledOut) == 0);
    // c1 (01-12) repeats a sentence of c3 (01-08): flagged in c1, the later note, only.
    CHECK(count_in(report.notes[0], ca::text::Indicator::CopiedText) == 1);
    CHECK(count_in(report.notes[2], ca::text::Indicator::CopiedText) == 0);
    for (const auto& f : report.notes[0].findings)
        if (f.indicator == ca::text::Indicator::CopiedText)
            CHECK(f.message == "The same sentence appears in the note of 2026-01-08 (c3)");
    // Voice: "Tom said he would like" in c2 only.
    CHECK(report.summary.persons_voice);
    CHECK(report.summary.notes_with_voice == 1);
    CHECK(report.summary.notes == 3);
    // The summary counts are the sums of the notes' findings.
    std::uint32_t total = 0;
    for (const auto& n : report.notes)
        total += static_cast<std::uint32_t>(n.findings.size());
    std::uint32_t by_indicator = 0;
    for (const std::uint32_t v : report.summary.per_indicator)
        by_indicator += v;
    std::uint32_t by_area = 0;
    for (int a = 0; a < ca::text::k_audit_area_count; ++a)
        by_area += report.summary.concerns_per_area[static_cast<std::size_t>(a)] +
                   report.summary.evidence_per_area[static_cast<std::size_t>(a)];
    CHECK(by_indicator == total);
    CHECK(by_area == total);
    CHECK(report.summary.count(ca::text::Indicator::AcronymNotSpelledOut) == 2);
    CHECK(report.summary.concerns(ca::text::AuditArea::Jargon) >= 2);
}

TEST_CASE("case: strengths share and empty input", "[text]") {
    auto& a = ca_test::text_analyser();
    // 2 strengths (enjoys, manages) and 1 deficit (unable): share 2 / 3.
    const std::vector<ca::text::NoteInput> notes = {
        {"a", "2026-01-01", "Mary enjoys music and manages her money."},
        {"b", "2026-01-02", "She is unable to use the stairs."}};
    const auto r = a.analyse_case(notes);
    CHECK(r.summary.strengths == 2);
    CHECK(r.summary.deficits == 1);
    REQUIRE(r.summary.strengths_share.has_value());
    CHECK(*r.summary.strengths_share == Approx(2.0 / 3.0));
    const auto none = a.analyse_case({});
    CHECK(none.notes.empty());
    CHECK_FALSE(none.summary.strengths_share.has_value());
    CHECK_FALSE(none.summary.readability.available());
}

// ---------------------------------------------------------------------------
// [SECTION] Long and hard-to-read notes
// ---------------------------------------------------------------------------

TEST_CASE("excess and readability: very long entry, hard to read, boundaries", "[text]") {
    auto& a = ca_test::text_analyser();
    // "Mary went to the shop with her friend on Monday." is 10 words. 60 of them = 600
    // words: at the limit, not above it; 61 = 610 words: above it.
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "Mary went to the shop with her friend on Monday. ";
    const auto r600 = a.analyse_note({"x", "2026-01-01", text});
    CHECK(r600.readability.words == 600);
    CHECK(count_in(r600, ca::text::Indicator::VeryLongEntry) == 0);
    text += "Mary went to the shop with her friend on Monday. ";
    const auto r610 = a.analyse_note({"y", "2026-01-01", text});
    CHECK(r610.readability.words == 610);
    CHECK(count_in(r610, ca::text::Indicator::VeryLongEntry) == 1);
    // Long words in a long sentence: 30 words of 4+ syllables, one sentence:
    // FRE = 206.835 - 1.015 * 30 - 84.6 * (syllables / 30) is far below 30.
    std::string hard;
    for (int i = 0; i < 6; ++i)
        hard += "comprehensive multidisciplinary organisational rehabilitation evaluation ";
    hard += "continues.";
    const auto rh = a.analyse_note({"z", "2026-01-01", hard});
    CHECK(rh.readability.words == 31);
    CHECK(rh.readability.reading_ease() < 30.0);
    CHECK(count_in(rh, ca::text::Indicator::HardToRead) == 1);
    // Easy text of the same length is not flagged.
    CHECK(count_in(r610, ca::text::Indicator::HardToRead) == 0);
}

// ---------------------------------------------------------------------------
// [SECTION] False-positive guard: a page of good practice recording
// ---------------------------------------------------------------------------

TEST_CASE("false-positive guard: good practice recording has no discriminatory or spelling "
          "flags",
          "[text]") {
    LoadedCase c;
    load_case("good-practice.json", c);
    const auto report = ca_test::text_analyser().analyse_case(c.notes, c.names);
    for (std::size_t i = 0; i < report.notes.size(); ++i) {
        for (const auto& f : report.notes[i].findings) {
            INFO(c.notes[i].id << ": " << ca::text::indicator_id(f.indicator) << " ["
                               << ca_test::highlighted(c.notes[i].text, f) << "]");
            CHECK(f.indicator != ca::text::Indicator::Discriminatory);
            CHECK(f.indicator != ca::text::Indicator::Spelling);
            CHECK(f.indicator != ca::text::Indicator::AmericanSpelling);
        }
    }
    // And it does show good recording: voice, strengths, labelled opinion, reasons.
    CHECK(report.summary.persons_voice);
    CHECK(report.summary.strengths >= 4);
    CHECK(report.summary.count(ca::text::Indicator::LabelledOpinion) >= 1);
    CHECK(report.summary.count(ca::text::Indicator::StatedReason) >= 1);
    CHECK(report.summary.count(ca::text::Indicator::UnlabelledJudgement) == 0);
    CHECK(report.summary.acronyms_not_spelled_out.empty());
}

// ---------------------------------------------------------------------------
// [SECTION] Word lists: sources, licences, council terms
// ---------------------------------------------------------------------------

TEST_CASE("word lists: every list states its source and licence", "[text]") {
    const auto& w = ca::text::default_word_lists();
    for (const ca::text::TermList* l :
         {&w.social_care_words, &w.acronyms, &w.jargon, &w.wordy_govuk, &w.wordy_phrases,
          &w.american, &w.strengths, &w.deficit, &w.evaluative, &w.discriminatory}) {
        INFO(l->id);
        CHECK_FALSE(l->source.empty());
        CHECK_FALSE(l->licence.empty());
        CHECK_FALSE(l->entries.empty());
    }
    CHECK(w.wordy_govuk.licence.find("Open Government Licence v3.0") != std::string::npos);
    // Entries disabled in the file ("key", "progress") are not loaded.
    for (const auto& t : w.wordy_govuk.entries) {
        CHECK(t.term != "key");
        CHECK(t.term != "progress");
    }
}

TEST_CASE("word lists: a council adds its own terms, and errors leave the lists unchanged",
          "[text]") {
    ca::text::WordLists w = ca::text::default_word_lists();
    const std::size_t jargon_before = w.jargon.entries.size();
    CHECK(ca::text::add_council_terms(
              w, R"({"jargon": [{"term": "SPOC", "suggestion": "single point of contact"}],
                     "socialCareWords": ["Brightwell"], "discriminatory": ["oldie"]})") == "");
    CHECK(w.jargon.entries.size() == jargon_before + 1);
    ca::text::TextAnalyser a(w);
    const std::string text = "The SPOC at Brightwell called about the oldie.";
    const auto r = a.analyse_note({"n", "2026-01-01", text});
    CHECK(count_in(r, ca::text::Indicator::Jargon) == 1);
    CHECK(count_in(r, ca::text::Indicator::Discriminatory) == 1);
    CHECK(count_in(r, ca::text::Indicator::Spelling) == 0); // Brightwell, SPOC accepted

    const std::size_t size_now = w.jargon.entries.size();
    CHECK(ca::text::add_council_terms(w, R"({"jargon": ["x"], "jargn": []})") ==
          "council terms: unknown key \"jargn\"");
    CHECK(w.jargon.entries.size() == size_now); // all or nothing
    CHECK(
        ca::text::add_council_terms(w, R"({"discriminatory": ["Dementia"]})").find("allow-list") !=
        std::string::npos);
    CHECK(ca::text::add_council_terms(w, "[1]") == "council terms: not a JSON object");
    CHECK(ca::text::add_council_terms(w, R"({"jargon": [3]})")
              .rfind("council terms: malformed entry", 0) == 0);
}

// ---------------------------------------------------------------------------
// [SECTION] Same findings on every platform
// ---------------------------------------------------------------------------

TEST_CASE("the findings are the same natively and in wasm (digest of all fixtures)", "[text]") {
    // FNV-1a 64 over every finding of every fixture: indicator, offset, length, message and
    // suggestion (default options: no hunspell suggestions). The same test binary runs
    // natively and under node; both must give the digest below (recorded natively).
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](std::string_view s) {
        for (const char ch : s) {
            h ^= static_cast<unsigned char>(ch);
            h *= 1099511628211ull;
        }
        h ^= 0xFF;
        h *= 1099511628211ull;
    };
    std::uint32_t findings = 0;
    auto& a = ca_test::text_analyser();
    for (const char* file : {"good-practice.json", "case-notes.json"}) {
        LoadedCase c;
        load_case(file, c);
        for (const auto& n : a.analyse_case(c.notes, c.names).notes)
            for (const auto& f : n.findings) {
                mix(ca::text::indicator_id(f.indicator));
                mix(std::to_string(f.offset) + ":" + std::to_string(f.length));
                mix(f.message);
                mix(f.suggestion);
                ++findings;
            }
    }
    const auto fixtures = nlohmann::json::parse(ca_test::read_text_fixture("indicator-notes.json"));
    for (const auto& n : fixtures["notes"]) {
        const std::string text = n["text"].get<std::string>();
        for (const auto& f : a.analyse_note({"n", "2026-01-01", text}).findings) {
            mix(ca::text::indicator_id(f.indicator));
            mix(std::to_string(f.offset) + ":" + std::to_string(f.length));
            mix(f.message);
            mix(f.suggestion);
            ++findings;
        }
    }
    INFO("findings: " << findings << ", digest: " << h);
    CHECK(h == 6483268550295795423ull);
}
