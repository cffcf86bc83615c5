// The case extract importer on long strings (128 bytes or more, quotes included): the
// scanner lists them so that the record cursor jumps over them instead of searching them
// again (see KnownString in json_cursor.h), and their text is taken from the input. These
// tests check that this changes nothing a user can see: the same text, the same errors at
// the same places, whatever the chunking. Every expected value below was worked out by
// hand from the input shown.
#include "test_extract_support.h"

#include "core/extract/import.h"

using namespace ca;
using namespace ca_test;

namespace {

// "Visited at home. Visited at home. ..." cut to exactly `n` bytes.
std::string filler(std::size_t n) {
    std::string out;
    while (out.size() < n)
        out += "Visited at home. ";
    out.resize(n);
    return out;
}

// The fixture with three note texts made long: N-1 plain (200 bytes), N-2 with escapes
// (the JSON below spells the text in `k_n2_text`), N-6 with a non-ASCII character.
const std::string k_n2_json = R"(Line one\nLine \"two\" \u00a3 5 \ud83d\ude00 tab\tend. )";
const std::string k_n2_text = "Line one\nLine \"two\" \xC2\xA3 5 \xF0\x9F\x98\x80 tab\tend. ";

// Written as it is (UTF-8 in the JSON, no escapes): "£" is the two bytes C2 A3.
const std::string k_n6_text = "Fee of \xC2\xA3"
                              "5 agreed. ";

std::string long_fixture() {
    std::string text = replace_once(minimal(),
                                    "Visited Alex at home with her daughter. Alex said she wants "
                                    "to keep cooking for herself.",
                                    filler(200));
    text = replace_once(text,
                        "Phoned the GP surgery to ask for a medication review. Awaiting call back.",
                        k_n2_json + filler(150));
    return replace_once(text, "Case closed: goals met.", k_n6_text + filler(1000));
}

// "Phoned the GP" (line 58 of the fixture) written as `written`, in a short text and in one
// made long by 150 more bytes: the same one syntax error, on line 58 of cases[0], at
// `column` (0: any column), both times.
void check_syntax_error_in_phone_note(const std::string& written, int column) {
    for (std::size_t extra : {std::size_t{0}, std::size_t{150}}) {
        INFO(extra << " more bytes");
        const std::string text = replace_once(minimal(), "Phoned the GP", written + filler(extra));
        const ImportResult r = import_extract(text);
        CHECK_FALSE(r.ok());
        const Finding& f = only(r, "syntax");
        CHECK(f.json_path == "cases[0]");
        CHECK(f.line == 58);
        if (column > 0)
            CHECK(f.column == column);
    }
}

ImportResult import_in_chunks(const std::string& text, std::size_t chunk) {
    ExtractImporter importer;
    importer.set_total_bytes(text.size());
    for (std::size_t at = 0; at < text.size(); at += chunk)
        importer.feed(std::string_view(text).substr(at, chunk));
    return importer.finish();
}

} // namespace

TEST_CASE("long texts are read as written, escapes replaced, whatever the chunking", "[extract]") {
    const std::string text = long_fixture();
    for (std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{64}, std::size_t{100},
                              std::size_t{4096}, text.size()}) {
        INFO("chunk size " << chunk);
        const ImportResult r = import_in_chunks(text, chunk);
        INFO(all_findings(r));
        REQUIRE(r.ok());
        CHECK(r.findings.empty());
        const Extract& x = *r.extract;
        REQUIRE(x.notes.size() == 6);
        CHECK(x.text_of(x.notes[0].text) == filler(200));
        CHECK(x.text_of(x.notes[1].text) == k_n2_text + filler(150));
        CHECK(x.text_of(x.notes[5].text) == k_n6_text + filler(1000));
        // The short strings around them are untouched.
        CHECK(x.text_of(x.notes[0].title) == "Home visit");
        CHECK(x.text_of(x.notes[3].text) ==
              "Case audited. Risk section complete; strengths well recorded.");
        CHECK(x.notes[1].author == x.find_worker("W-SW1"));
    }
}

TEST_CASE("a string of 127 bytes and one of 128 read the same way", "[extract]") {
    // With its two quotes a text of 126 bytes is 128 bytes long, the first one the scanner
    // lists for the cursor to jump over.
    for (std::size_t n : {std::size_t{124}, std::size_t{125}, std::size_t{126}, std::size_t{127}}) {
        INFO("text of " << n << " bytes");
        const std::string text = replace_once(minimal(), "Case closed: goals met.", filler(n));
        const ImportResult r = import_extract(text);
        REQUIRE(r.ok());
        CHECK(r.extract->text_of(r.extract->notes[5].text) == filler(n));
    }
}

TEST_CASE("a raw control character in a long text is a syntax error at that character",
          "[extract]") {
    // A raw tab (JSON needs \t) for the space after "Phoned": `          "text": "` is 19
    // characters, "Phoned" is columns 20 to 25, so the tab is column 26 of line 58.
    check_syntax_error_in_phone_note("Phoned\tthe GP ", 26);
    // The same after a non-ASCII character ("Ph£ned": £ is one character, two bytes), which
    // takes the long text through the full UTF-8 check.
    check_syntax_error_in_phone_note("Ph\xC2\xA3ned\tthe GP ", 26);
}

TEST_CASE("a bad escape in a long text is a syntax error where it is", "[extract]") {
    // "\x" is not a JSON escape. The backslash replaces the space after "Phoned" (column
    // 26); the error is reported at the 'x' (column 27), where the escape stops being one.
    check_syntax_error_in_phone_note(R"(Phoned\xthe GP )", 27);
}

TEST_CASE("a lone surrogate escape in a long text is a syntax error", "[extract]") {
    // \ud83d starts a surrogate pair; a space follows instead of its second half.
    check_syntax_error_in_phone_note(R"(Phoned \ud83d the GP )", 0);
}

TEST_CASE("a long key in a record is a field name, not text", "[extract]") {
    // A key of 130 bytes is listed by the scanner like a long text, and read as a field
    // name: it names an unknown field of a team.
    const std::string name = "x" + std::string(129, 'k');
    const std::string text =
        replace_once(minimal(), R"({ "id": "T-HOSP")", R"({ ")" + name + R"(": 1, "id": "T-HOSP")");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(only(r, "unknown-field").json_path == "teams[]." + name);
    CHECK(r.extract->find_team("T-HOSP") == 1);
}

TEST_CASE("long strings where an id, a number or nothing is expected", "[extract]") {
    // A 300-byte id, a 150-byte string for fte (a number) and a 150-byte string in an
    // unknown field, all in the worker W-OT1.
    std::string text =
        replace_once(minimal(), R"({ "id": "W-OT1", "name": "Olu Therapist")",
                     R"({ "id": ")" + std::string(300, 'W') + R"(", "name": "Olu Therapist")");
    text = replace_once(text, R"("fte": 0.6)",
                        R"("fte": ")" + filler(150) + R"(", "note": ")" + filler(150) + R"(")");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    CHECK_FALSE(r.ok());
    bool id_error = false;
    bool fte_error = false;
    for (const Finding& f : r.findings) {
        if (f.json_path == "workers[3].id" &&
            f.message == "An id must be at most 256 bytes long; this one is 300.")
            id_error = true;
        if (f.json_path == "workers[3].fte" &&
            f.message == "Expected a full-time equivalent above 0 and at most 1, but found a "
                         "string.")
            fte_error = true;
    }
    CHECK(id_error);
    CHECK(fte_error);
    CHECK(count_code(r, "unknown-field") == 1);
}

TEST_CASE("long strings with escapes outside the text store", "[extract]") {
    // A long worker name with escapes is text; a long string with escapes in an unknown
    // field is checked and dropped. Both go through the unescaper, the second outside the
    // text store. A bad escape there is still a syntax error of the record.
    const std::string name = R"(Olu \"O\" Therapist )" + filler(130);
    std::string text =
        replace_once(minimal(), R"("name": "Olu Therapist")",
                     R"("name": ")" + name + R"(", "extra": "a\tb )" + filler(130) + R"(")");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(r.extract->text_of(r.extract->workers[3].name) == "Olu \"O\" Therapist " + filler(130));
    CHECK(count_code(r, "unknown-field") == 1);

    // "\q" is not a JSON escape.
    text = replace_once(minimal(), R"("name": "Olu Therapist")",
                        R"("name": "Olu Therapist", "extra": "a\qb )" + filler(130) + R"(")");
    const ImportResult bad = import_extract(text);
    CHECK_FALSE(bad.ok());
    CHECK(only(bad, "syntax").json_path == "workers[3]");
}
