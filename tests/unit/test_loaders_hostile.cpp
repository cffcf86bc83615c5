// Every file a person opens by hand (the case extract, the policy file, the audit workbook)
// against input that once crashed a loader or misled its reader: huge numbers, deep nesting,
// keys written twice, control characters, UTF-16 and UTF-32, versions beyond range, and the
// follow-on messages of a bad date. docs/reliability.md lists them; the fuzz targets in
// tests/fuzz look for more. Every line, column and path below was counted by hand from the
// text shown.
#include "test_extract_support.h"

#include "core/audit/workbook.h"
#include "core/export/csv.h"
#include "core/extract/import.h"
#include "core/policy/policy.h"

#include <string>

using namespace ca;
using namespace ca_test;

namespace {

std::string policy_messages(const PolicyLoadResult& r) {
    std::string out;
    for (const PolicyError& e : r.errors)
        out += e.path + ": " + e.message + "\n";
    return out;
}

// `depth` opening brackets, then as many closing ones.
std::string nested(int depth) {
    return std::string(static_cast<std::size_t>(depth), '[') +
           std::string(static_cast<std::size_t>(depth), ']');
}

} // namespace

// ---------------------------------------------------------------------------
// The case extract
// ---------------------------------------------------------------------------

TEST_CASE("an extract saved as UTF-16 or UTF-32 gets an encoding error that says so",
          "[extract][reliability]") {
    struct Case {
        std::string bytes;
        const char* name;
    };
    const Case cases[] = {
        {std::string("\xFF\xFE{\0\"\0", 6), "UTF-16 (little-endian)"}, // with its BOM
        {std::string("{\0\"\0m\0", 6), "UTF-16 (little-endian)"},      // without
        {std::string("\0{\0\"", 4), "UTF-16 (big-endian)"},
        {std::string("\0\0\0{", 4), "UTF-32 (big-endian)"},
        {std::string("{\0\0\0\"\0\0\0", 8), "UTF-32 (little-endian)"},
        {std::string("\xFF\xFE", 2), "UTF-16 (little-endian)"}, // shorter than four bytes
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const ImportResult whole = import_extract(c.bytes);
        const Finding& f = only(whole, "encoding");
        CHECK(f.message.find(std::string("saved as ") + c.name + " text") != std::string::npos);
        CHECK(f.line == 1);
        CHECK(f.column == 1);
        CHECK(whole.error_count == 1);
        // One byte at a time: the same single error.
        ExtractImporter importer;
        for (char b : c.bytes)
            importer.feed(std::string_view(&b, 1));
        const ImportResult chunked = importer.finish();
        CHECK(only(chunked, "encoding").message == f.message);
        CHECK(chunked.error_count == 1);
    }
}

TEST_CASE("a field written twice inside a record is an error naming both places",
          "[extract][reliability]") {
    // Line 6 of the fixture is `    "asAt": "2026-03-02",`: the first key's quote is at
    // column 5; after it, 21 characters and a space, so the second is at column 27.
    const ImportResult r = import_extract(replace_once(
        minimal(), R"("asAt": "2026-03-02",)", R"("asAt": "2026-03-02", "asAt": "2026-03-03",)"));
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "duplicate-key");
    CHECK(f.json_path == "metadata.asAt");
    CHECK(f.message.find("(line 6, column 5 and line 6, column 27)") != std::string::npos);
    CHECK(f.line == 6);
    CHECK(f.column == 27);
}

TEST_CASE("an unknown field written twice in a record is an error too", "[extract][reliability]") {
    // Line 16: `    { "id": "W-DIR", ...`: the first "x" at column 7, the second 9 further on.
    const ImportResult r = import_extract(
        replace_once(minimal(), R"({ "id": "W-DIR",)", R"({ "x": 1, "x": 2, "id": "W-DIR",)"));
    const Finding& f = only(r, "duplicate-key");
    CHECK(f.json_path == "workers[0].x");
    CHECK(f.record_id == "W-DIR");
    CHECK(f.message.find("(line 16, column 7 and line 16, column 15)") != std::string::npos);
}

TEST_CASE("a top-level field given twice names both places", "[extract][reliability]") {
    // `{"teams": [], "teams": []}`: the column is that of each key's closing quote (8 and
    // 21), as the scanner has always reported it.
    const ImportResult r = import_extract(R"({"teams": [], "teams": []})");
    const Finding& f = only(r, "duplicate-key");
    CHECK(f.message.find("(line 1, column 8 and line 1, column 21)") != std::string::npos);
}

TEST_CASE("control characters in names and ids are rejected, and shown escaped",
          "[extract][reliability]") {
    const ImportResult name = import_extract(
        replace_once(minimal(), R"("name": "Dana Director")", R"("name": "Dana\u0000Director")"));
    CHECK_FALSE(name.ok());
    const Finding& f = only(name, "bad-value");
    CHECK(f.json_path == "workers[0].name");
    CHECK(f.record_id == "W-DIR");
    CHECK(f.message.find(R"("Dana\u0000Director")") != std::string::npos);
    CHECK(f.message.find('\0') == std::string::npos);

    // A tab is not allowed in a name either (it would split a table cell).
    const ImportResult tab = import_extract(
        replace_once(minimal(), R"("name": "Alex Example")", R"("name": "Alex\tExample")"));
    CHECK(only(tab, "bad-value").json_path == "people[0].name");

    const ImportResult id =
        import_extract(replace_once(minimal(), R"("id": "T-HOSP")", R"("id": "T\u001bHOSP")"));
    CHECK(only(id, "bad-value").json_path == "teams[1].id");
}

TEST_CASE("free text may hold line breaks and tabs but no other control character",
          "[extract][reliability]") {
    const std::string from = R"("Phoned the GP surgery)";
    const ImportResult ok = import_extract(replace_once(minimal(), from, R"("Line\none\tand\r)"));
    INFO(all_findings(ok));
    CHECK(ok.ok());
    const ImportResult bell = import_extract(replace_once(minimal(), from, R"("Ring\u0007)"));
    CHECK(only(bell, "bad-value").json_path == "cases[0].notes[1].text");
    const ImportResult backspace = import_extract(replace_once(minimal(), from, R"("Back\b)"));
    CHECK(only(backspace, "bad-value").message.find(R"("\b")") != std::string::npos);
}

TEST_CASE("after a bad asAt no message quotes a made-up 1970-01-01", "[extract][reliability]") {
    // 2026-02-30 does not exist. Bo Sample was born in 1988, after 1970-01-01: before, the
    // date-of-birth check compared it with the empty date and warned.
    const ImportResult r = import_extract(
        replace_once(minimal(), R"("asAt": "2026-03-02")", R"("asAt": "2026-02-30")"));
    CHECK(only(r, "bad-date").json_path == "metadata.asAt");
    for (const Finding& f : r.findings)
        CHECK(f.message.find("1970") == std::string::npos);

    const ImportResult made = import_extract(replace_once(
        minimal(), R"("extractedAt": "2026-03-02T18:30:00")", R"("extractedAt": "yesterday")"));
    for (const Finding& f : made.findings)
        CHECK(f.message.find("1970") == std::string::npos);
}

// ---------------------------------------------------------------------------
// The policy file
// ---------------------------------------------------------------------------

TEST_CASE("a policy number too large to hold is a located error, not an abort",
          "[policy][reliability]") {
    // Column: `{"name":"P","version":"1","caseload":{"upper":` is 46 characters.
    PolicyLoadResult r;
    REQUIRE_NOTHROW(
        r = load_policy_json(R"({"name":"P","version":"1","caseload":{"upper":1e400}})"));
    INFO(policy_messages(r));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "caseload.upper");
    CHECK(r.errors[0].message.find("At line 1, column 47") == 0);
    CHECK(r.errors[0].message.find("1e400") != std::string::npos);
}

TEST_CASE("a policy nested 100,000 deep is refused before anything recurses",
          "[policy][reliability]") {
    // `{"text":` is 8 characters; the root object is level 1, so the 64th '[' (column 72)
    // would be level 65; the path is text and 63 indexes.
    PolicyLoadResult r;
    REQUIRE_NOTHROW(r = load_policy_json("{\"text\":" + nested(100000) + "}"));
    INFO(policy_messages(r));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.find("At line 1, column 72") == 0);
    CHECK(r.errors[0].message.find("nested more than 64 levels") != std::string::npos);
    std::string path = "text";
    for (int i = 0; i < 63; ++i)
        path += "[0]";
    CHECK(r.errors[0].path == path);
}

TEST_CASE("a policy key written twice is an error naming both places", "[policy][reliability]") {
    // `{"name":"A",` is 12 characters and `"version":"1",` 14: the second "name" is at 27.
    const PolicyLoadResult r = load_policy_json(R"({"name":"A","version":"1","name":"B"})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "name");
    CHECK(r.errors[0].message.find("(line 1, column 2 and line 1, column 27)") !=
          std::string::npos);
}

TEST_CASE("a policy in UTF-16 gets an encoding error", "[policy][reliability]") {
    const PolicyLoadResult r = load_policy_json(std::string("\xFF\xFE{\0}\0", 6));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.find("saved as UTF-16 (little-endian) text") != std::string::npos);
}

TEST_CASE("a policy whole number beyond range is reported as written", "[policy][reliability]") {
    // 18446744073709551615 (2^64 - 1) read as a signed number is -1.
    const PolicyLoadResult r =
        load_policy_json(R"({"name":"P","version":"1","policyFormat":18446744073709551615})");
    INFO(policy_messages(r));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].path == "policyFormat");
    CHECK(r.errors[0].message.find("18446744073709551615") != std::string::npos);
}

TEST_CASE("a control character in a policy text is rejected", "[policy][reliability]") {
    // `{"name":"Eas` is 12 characters: the escape starts at column 13.
    const PolicyLoadResult r = load_policy_json(R"({"name":"Eas\u0000tmere","version":"1"})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "name");
    CHECK(r.errors[0].message.find("At line 1, column 13") == 0);
    CHECK(r.errors[0].message.find("U+0000") != std::string::npos);

    // A line break is fine in a value, not in a key. `{"name":"A\nB","version":"1",` is
    // 29 characters, and the key's `\t` starts 3 further on, at column 33.
    const PolicyLoadResult ok = load_policy_json(R"({"name":"A\nB","version":"1"})");
    CHECK(ok.ok());
    const PolicyLoadResult key =
        load_policy_json(R"({"name":"A\nB","version":"1","ca\tseload":{}})");
    REQUIRE(key.errors.size() == 1);
    CHECK(key.errors[0].message.find("At line 1, column 33") == 0);
    CHECK(key.errors[0].message.find("U+0009") != std::string::npos);
}

// ---------------------------------------------------------------------------
// The audit workbook
// ---------------------------------------------------------------------------

TEST_CASE("a workbook version beyond range is reported as written", "[workbook][reliability]") {
    const audit::WorkbookLoadResult r = audit::load_workbook_json(
        R"({"format":"case-audit-workbook","version":18446744073709551615})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "version");
    CHECK(r.errors[0].message ==
          "This workbook is version 18446744073709551615; this Case Audit reads version 2. "
          "Update Case Audit to open it.");
}

TEST_CASE("a workbook with a huge number or deep nesting is a located error",
          "[workbook][reliability]") {
    audit::WorkbookLoadResult big;
    REQUIRE_NOTHROW(
        big = audit::load_workbook_json(R"({"format":"case-audit-workbook","version":1e400})"));
    REQUIRE(big.errors.size() == 1);
    CHECK(big.errors[0].path == "version");

    // "format" deeply nested: once quoted in the message through dump(), which recursed.
    audit::WorkbookLoadResult deep;
    REQUIRE_NOTHROW(deep = audit::load_workbook_json("{\"format\":" + nested(100000) + "}"));
    REQUIRE(deep.errors.size() == 1);
    CHECK(deep.errors[0].message.find("nested more than 64 levels") != std::string::npos);

    // Nested within the limit: refused for what it is, without printing it.
    const audit::WorkbookLoadResult list =
        audit::load_workbook_json("{\"format\":" + nested(10) + "}");
    REQUIRE(list.errors.size() == 1);
    CHECK(list.errors[0].message ==
          "This is not a Case Audit workbook: its \"format\" is a list, not "
          "\"case-audit-workbook\".");
}

TEST_CASE("a workbook key written twice is an error", "[workbook][reliability]") {
    // `{"format":"case-audit-workbook",` is 32 characters: the second key is at column 33.
    const audit::WorkbookLoadResult r =
        audit::load_workbook_json(R"({"format":"case-audit-workbook","format":"x","version":1})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.find("(line 1, column 2 and line 1, column 33)") !=
          std::string::npos);
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

TEST_CASE("a control character never reaches a CSV cell raw", "[csv][reliability]") {
    CsvWriter w(false);
    w.cell(std::string("A\0B", 3)).cell("C\x1b").cell("line\nbreak").end_row();
    // NUL and ESC shown as escapes; a line break is legal in a quoted cell.
    CHECK(w.str() == "A\\u0000B,C\\u001B,\"line\nbreak\"\r\n");
}

// ---------------------------------------------------------------------------
// Found by the fuzz targets (tests/fuzz/regressions/ keeps their inputs)
// ---------------------------------------------------------------------------

TEST_CASE("a failed import reports the bytes it read, whatever the chunks",
          "[extract][reliability]") {
    // fuzz_extract: the whole import said it had read every byte, the chunked one only up to
    // the fault. `{"teams": [ ` is 12 bytes and the bad record `{"id": 1 2}` 11 more: the
    // import stops after byte 23 either way.
    const std::string text = R"({"teams": [ {"id": 1 2} ], "workers": []})";
    const ImportResult whole = import_extract(text);
    CHECK(only(whole, "syntax").json_path == "teams[0]");
    CHECK(whole.bytes_read == 23);
    ExtractImporter importer;
    for (std::size_t i = 0; i < text.size() && !importer.failed(); ++i)
        importer.feed(text.substr(i, 1));
    CHECK(importer.finish().bytes_read == 23);
}

TEST_CASE("a policy path never holds a control character", "[policy][reliability]") {
    // fuzz_policy: a key with an escaped control character went into later paths raw. The
    // key is refused, and the number under it is reported with the key shown escaped.
    const PolicyLoadResult escaped = load_policy_json(R"({"a\u0001":{"x":1e400}})");
    INFO(policy_messages(escaped));
    REQUIRE(escaped.errors.size() == 2);
    CHECK(escaped.errors[1].path == "a\\u0001.x");
    // Written raw, a control character is a syntax error, reported as such (not as a key
    // written twice).
    const PolicyLoadResult raw = load_policy_json("{\"a\x01\":1,\"a\x01\":2}");
    REQUIRE(raw.errors.size() == 1);
    CHECK(raw.errors[0].message.rfind("Not valid JSON: ", 0) == 0);
}
