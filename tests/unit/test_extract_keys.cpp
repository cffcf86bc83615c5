// The case extract importer on unusual but legal top-level fields and keys: unknown
// top-level fields of every JSON type, keys written with escape sequences, and the rule that
// no finding ever shows the JSON library's own wording. Every expected value below was
// worked out by hand from the input shown.
#include "test_extract_support.h"

#include "core/extract/import.h"

using namespace ca;
using namespace ca_test;

namespace {

// The five required top-level fields, in the order the importer reports them missing.
const char* const k_required[] = {"metadata", "teams", "workers", "people", "cases"};

// True when no finding carries wording from the JSON library (its messages name its own
// API, e.g. "Use get_bool()", or say "JSON document made of a scalar").
bool no_library_wording(const ImportResult& r) {
    for (const Finding& f : r.findings) {
        const std::string& m = f.message;
        if (m.find("get_") != std::string::npos || m.find("scalar") != std::string::npos ||
            m.find("simdjson") != std::string::npos || m.find("tape") != std::string::npos ||
            m.find("TAPE") != std::string::npos)
            return false;
    }
    return true;
}

// Checks that `r` holds exactly: one unknown-field notice per name in `unknown` (in that
// order, with the name as path) and the five missing-field errors, and nothing else.
void check_unknown_and_missing(const ImportResult& r, std::vector<std::string> unknown) {
    INFO(all_findings(r));
    CHECK_FALSE(r.ok());
    CHECK(no_library_wording(r));
    REQUIRE(r.findings.size() == unknown.size() + 5);
    for (std::size_t i = 0; i < unknown.size(); ++i) {
        CHECK(r.findings[i].code == "unknown-field");
        CHECK(r.findings[i].severity == Severity::Notice);
        CHECK(r.findings[i].json_path == unknown[i]);
    }
    for (std::size_t i = 0; i < 5; ++i) {
        const Finding& f = r.findings[unknown.size() + i];
        CHECK(f.code == "missing-field");
        CHECK(f.json_path == k_required[i]);
        CHECK(f.message ==
              "The required top-level field \"" + std::string(k_required[i]) + "\" is missing.");
    }
    CHECK(r.error_count == 5);
    CHECK(r.notice_count == unknown.size());
}

} // namespace

// ---------------------------------------------------------------------------
// Unknown top-level fields of every JSON type
// ---------------------------------------------------------------------------

TEST_CASE("an unknown top-level string is a notice, then the missing fields", "[extract]") {
    // One unknown field "unknownTop" (a string): 1 notice, then all 5 required fields missing.
    check_unknown_and_missing(import_extract(R"({"unknownTop":"x"})"), {"unknownTop"});
}

TEST_CASE("unknown top-level scalars of each type are notices", "[extract]") {
    // A string, a number, a negative float, true, false and null: 6 notices, 5 errors.
    check_unknown_and_missing(
        import_extract(R"({"a":"x", "b":12, "c":-1.5e3, "d":true, "e":false, "f":null})"),
        {"a", "b", "c", "d", "e", "f"});
}

TEST_CASE("metadata fields written at the top level are unknown fields", "[extract]") {
    // The issue's example: "format" and "formatVersion" belong inside "metadata"; at the top
    // level they are two unknown fields (a string and a number), and all 5 required are
    // missing.
    check_unknown_and_missing(
        import_extract(R"({"format":"case-audit-extract","formatVersion":1})"),
        {"format", "formatVersion"});
}

TEST_CASE("unknown top-level objects and arrays still behave the same", "[extract]") {
    check_unknown_and_missing(import_extract(R"({"unknownTop":{"a":1}, "list":[1,"2",{}]})"),
                              {"unknownTop", "list"});
}

TEST_CASE("an unknown top-level scalar in a valid extract keeps the import", "[extract]") {
    // Inserted right after the opening brace; the rest of the fixture is valid.
    const std::string text = replace_once(minimal(), "{", R"({"exportedBy": "etl-7", "rows": 42,)");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(count_code(r, "unknown-field") == 2);
    CHECK(r.findings[0].json_path == "exportedBy");
    CHECK(r.findings[1].json_path == "rows");
    CHECK(r.extract->notes.size() == 6);
}

TEST_CASE("a malformed unknown top-level scalar is a located syntax error", "[extract]") {
    // `tru` is not a JSON literal. `{"unknownTop":tru` is 17 characters; as for a bad
    // literal inside a record, the parser stops at the ',' after it, where the literal
    // turned out to be cut short: column 18. The excerpt must show it, in plain words.
    const ImportResult r = import_extract(R"({"unknownTop":tru, "teams": []})");
    INFO(all_findings(r));
    CHECK_FALSE(r.ok());
    CHECK(no_library_wording(r));
    const Finding& f = only(r, "syntax");
    CHECK(f.json_path == "unknownTop");
    CHECK(f.line == 1);
    CHECK(f.column == 18);
    CHECK(f.message.find("tru") != std::string::npos);
}

TEST_CASE("a scalar where a required top-level value belongs is a type error", "[extract]") {
    // "teams": 5 is the wrong type (an array is expected); the other 4 are missing.
    const ImportResult r = import_extract(R"({"teams": 5})");
    INFO(all_findings(r));
    CHECK_FALSE(r.ok());
    CHECK(no_library_wording(r));
    const Finding& f = only(r, "wrong-type");
    CHECK(f.json_path == "teams");
    CHECK(f.message == "Expected an array, but found a number.");
    CHECK(count_code(r, "missing-field") == 4);
}

// ---------------------------------------------------------------------------
// Keys written with escape sequences
// ---------------------------------------------------------------------------

TEST_CASE("a record key written with escapes is the field it spells", "[extract]") {
    // "\u0069d" is "id" (U+0069 is 'i'); "te\u0061mId" is "teamId" (U+0061 is 'a').
    std::string text = replace_once(minimal(), R"({ "id": "T-HOSP")", R"({ "\u0069d": "T-HOSP")");
    text = replace_once(text, R"("id": "W-DIR", "name": "Dana Director", "teamId")",
                        R"("id": "W-DIR", "name": "Dana Director", "te\u0061mId")");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(count_code(r, "unknown-field") == 0);
    CHECK(r.extract->find_team("T-HOSP") == 1);
    CHECK(r.extract->workers[0].team == 0); // T-NORTH is teams[0]
}

TEST_CASE("a record key with an escaped quote is read as written", "[extract]") {
    // The key "x\"y" spells x"y: its first quote is escaped, so the key does not end there.
    const std::string text =
        replace_once(minimal(), R"({ "id": "T-HOSP")", R"({ "x\"y": 1, "id": "T-HOSP")");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(only(r, "unknown-field").json_path == "teams[].x\"y");
    CHECK(r.extract->find_team("T-HOSP") == 1);
}

TEST_CASE("ids and values written with escapes are what they spell", "[extract]") {
    // "W-D\u0049R" is "W-DIR" (U+0049 is 'I'), so the line manager reference to "W-DIR"
    // resolves; "\u0068ospital" is "hospital"; "Dana \"D\" Director" holds two quotes.
    // The same record keeps plain strings ("teamId", "T-NORTH") beside the escaped ones.
    std::string text = replace_once(minimal(), R"({ "id": "W-DIR", "name": "Dana Director")",
                                    R"({ "id": "W-D\u0049R", "name": "Dana \"D\" Director")");
    text = replace_once(text, R"("name": "Hospital Discharge Team", "kind": "hospital")",
                        R"("name": "Hospital Discharge Team", "kind": "\u0068ospital")");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(r.findings.empty());
    const Extract& x = *r.extract;
    REQUIRE(x.find_worker("W-DIR") == 0);
    CHECK(x.text.view(x.workers[0].name) == "Dana \"D\" Director");
    CHECK(x.workers[0].team == 0);
    CHECK(x.workers[1].line_manager == 0); // W-TM's manager is "W-DIR"
    CHECK(x.teams[1].kind == TeamKind::Hospital);
}

TEST_CASE("a top-level key written with escapes is the field it spells", "[extract]") {
    // "\u0063ases" is "cases" (U+0063 is 'c'); "\/" is '/', so "a\/b" is the unknown "a/b".
    std::string text = replace_once(minimal(), R"("cases": [)", R"("\u0063ases": [)");
    text = replace_once(text, "{", R"({"a\/b": 1,)");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(r.extract->cases.size() == 2);
    CHECK(r.extract->notes.size() == 6);
    CHECK(only(r, "unknown-field").json_path == "a/b");
}

TEST_CASE("a top-level key with a bad escape is a syntax error", "[extract]") {
    // "\x" is not a JSON escape. `{"te` is 4 characters: the backslash is column 5.
    const ImportResult r = import_extract(R"({"te\xams": []})");
    INFO(all_findings(r));
    CHECK_FALSE(r.ok());
    CHECK(no_library_wording(r));
    const Finding& f = only(r, "syntax");
    CHECK(f.line == 1);
    CHECK(f.column == 5);
}
