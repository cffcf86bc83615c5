// Unit tests: each recording-quality indicator on hand-written synthetic notes
// (tests/data/text/indicator-notes.json: every note with the findings expected beside it).
#include "test_text_support.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>

namespace {

std::string describe(std::string_view text, const ca::text::NoteTextReport& r) {
    std::string out;
    for (const ca::text::TextFinding& f : r.findings)
        out += std::string(ca::text::indicator_id(f.indicator)) + " [" +
               ca_test::highlighted(text, f) + "]\n";
    return out;
}

} // namespace

TEST_CASE("indicators: fixture notes give the findings written beside them", "[text]") {
    const auto fixtures = nlohmann::json::parse(ca_test::read_text_fixture("indicator-notes.json"));
    REQUIRE(fixtures["notes"].size() >= 20);
    std::set<std::string> covered;
    for (const auto& n : fixtures["notes"]) {
        const std::string text = n["text"].get<std::string>();
        std::vector<std::string> names;
        if (n.contains("person_names"))
            names = n["person_names"].get<std::vector<std::string>>();
        const auto report = ca_test::text_analyser().analyse_note({"n", "2026-01-01", text}, names);
        INFO(n["name"].get<std::string>() << "\nfindings:\n" << describe(text, report));
        for (const auto& e : n["expected"]) {
            const std::string id = e[0].get<std::string>();
            const std::string span = e[1].get<std::string>();
            covered.insert(id);
            bool found = false;
            for (const ca::text::TextFinding& f : report.findings)
                if (ca::text::indicator_id(f.indicator) == id &&
                    ca_test::highlighted(text, f) == span)
                    found = true;
            INFO("expected " << id << " [" << span << "]");
            CHECK(found);
        }
        for (const auto& a : n["absent"]) {
            for (const ca::text::TextFinding& f : report.findings) {
                INFO("unexpected " << a.get<std::string>());
                CHECK(ca::text::indicator_id(f.indicator) != a.get<std::string>());
            }
        }
        if (n.contains("suggestion")) {
            // ["word", "a suggestion hunspell must offer for it"]: suggestions are asked for
            // one word at a time (TextAnalyser::suggest), as the viewer does on hover.
            const std::string word = n["suggestion"][0].get<std::string>();
            const std::string want = n["suggestion"][1].get<std::string>();
            const auto offered = ca_test::text_analyser().suggest(word);
            CHECK(std::find(offered.begin(), offered.end(), want) != offered.end());
        }
    }
    // Every indicator except the case-level and synthetic ones (long entry, hard to read:
    // see test_text_case.cpp) has a fixture note.
    for (int i = 0; i < ca::text::k_indicator_count; ++i) {
        const auto ind = static_cast<ca::text::Indicator>(i);
        if (ind == ca::text::Indicator::VeryLongEntry || ind == ca::text::Indicator::HardToRead)
            continue;
        INFO("no fixture for " << ca::text::indicator_id(ind));
        CHECK(covered.count(std::string(ca::text::indicator_id(ind))) == 1);
    }
}

TEST_CASE("indicators: each finding carries its area and kind", "[text]") {
    const std::string text = "The service user suffers from dementia. She said she enjoys music.";
    const auto r = ca_test::text_analyser().analyse_note({"n", "2026-01-01", text});
    REQUIRE_FALSE(r.findings.empty());
    for (const ca::text::TextFinding& f : r.findings) {
        CHECK(f.area == ca::text::area_of(f.indicator));
        CHECK(f.kind == ca::text::kind_of(f.indicator));
        CHECK(f.offset + f.length <= text.size());
        CHECK_FALSE(f.message.empty());
    }
    CHECK(ca::text::area_of(ca::text::Indicator::Jargon) == ca::text::AuditArea::Jargon);
    CHECK(ca::text::area_of(ca::text::Indicator::Discriminatory) ==
          ca::text::AuditArea::NonDiscriminatory);
    CHECK(ca::text::kind_of(ca::text::Indicator::PersonsVoice) == ca::text::FindingKind::Evidence);
    CHECK(r.strengths == 1); // "enjoys"
    CHECK(r.persons_voice);  // "She said"
}
