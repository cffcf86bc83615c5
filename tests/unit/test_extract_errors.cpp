// The case extract importer on bad input: robustness, syntax, schema and referential
// findings. Every expected line, column, path and id below was worked out by hand from the
// input shown.
#include "test_extract_support.h"

#include "core/extract/import.h"

using namespace ca;
using namespace ca_test;

// ---------------------------------------------------------------------------
// Robustness: each case from the issue gets a clear message and no crash.
// ---------------------------------------------------------------------------

TEST_CASE("an empty file is an error, not a crash", "[extract]") {
    const ImportResult r = import_extract("");
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "syntax");
    CHECK(f.message == "The file is empty: a case extract is a JSON object.");
    CHECK(f.line == 1);
    CHECK(f.column == 1);
}

TEST_CASE("a file of white space only is an error", "[extract]") {
    const ImportResult r = import_extract("  \n\n ");
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "syntax");
    CHECK(f.message.find("only white space") != std::string::npos);
    CHECK(f.line == 3);
    CHECK(f.column == 2);
}

TEST_CASE("a truncated file says where it ends and what is still open", "[extract]") {
    const std::string text = minimal();
    // Cut inside the first case: after "C-5001" has started.
    const std::size_t cut = text.find("\"C-5001\"") + 4;
    const ImportResult r = import_extract(text.substr(0, cut));
    CHECK_FALSE(r.ok());
    CHECK(r.error_count == 1);
    const Finding& f = only(r, "syntax");
    CHECK(f.message.find("ends before the JSON is complete inside cases[0]") != std::string::npos);
    // The cut is on line 42 of the fixture, after `      "id": "C-5` (16 characters): the
    // file ends at column 17.
    CHECK(f.line == 42);
    CHECK(f.column == 17);
}

TEST_CASE("a file truncated between records names the array", "[extract]") {
    const ImportResult r = import_extract(R"({"cases": [ {"id": "C1"}, )");
    CHECK_FALSE(r.ok());
    CHECK(only(r, "syntax").message.find("in the cases array") != std::string::npos);
}

TEST_CASE("a UTF-8 byte-order mark is accepted with a notice", "[extract]") {
    const ImportResult r = import_extract("\xEF\xBB\xBF" + minimal());
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(only(r, "byte-order-mark").severity == Severity::Notice);
    CHECK(r.extract->notes.size() == 6);
}

TEST_CASE("a broken byte-order mark is an encoding error", "[extract]") {
    const ImportResult r = import_extract("\xEF\xBB{}");
    CHECK_FALSE(r.ok());
    CHECK(only(r, "encoding").line == 1);
}

TEST_CASE("invalid UTF-8 inside a note is an encoding error with its position", "[extract]") {
    // "Phoned" -> "Ph\xFFned" on line 58 of the fixture; the same in a text made long (the
    // importer checks long texts itself: see test_extract_long_strings.cpp).
    for (std::size_t extra : {std::size_t{0}, std::size_t{150}}) {
        INFO(extra << " more bytes");
        const std::string text =
            replace_once(minimal(), "Phoned the GP", "Ph\xFFned the GP" + std::string(extra, 'a'));
        const ImportResult r = import_extract(text);
        CHECK_FALSE(r.ok());
        const Finding& f = only(r, "encoding");
        CHECK(f.message.find("0xFF") != std::string::npos);
        CHECK(f.json_path == "cases[0]");
        CHECK(f.line == 58);
        CHECK(f.column == 22); // `          "text": "Ph` is 21 characters
    }
}

TEST_CASE("an overlong UTF-8 form is rejected too", "[extract]") {
    const std::string text = replace_once(minimal(), "Bo Sample", "Bo \xC0\xAF Sample");
    const ImportResult r = import_extract(text);
    CHECK_FALSE(r.ok());
    CHECK(only(r, "encoding").json_path == "people[1]");
}

TEST_CASE("100,000-deep nesting is refused at the depth limit without recursion", "[extract]") {
    const std::string deep = "{\"metadata\": " + std::string(100000, '[');
    const ImportResult r = import_extract(deep);
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "too-deep");
    CHECK(f.message.find("more than 64 levels") != std::string::npos);
    CHECK(f.line == 1);
    // The 65th '[' is the one refused: 13 characters of `{"metadata": ` then 64 '['.
    CHECK(f.column == 13 + 64 + 1);

    // The same inside a record array, fed in small chunks.
    const std::string deep_case = "{\"cases\": [" + std::string(100000, '{');
    ExtractImporter importer;
    for (std::size_t at = 0; at < deep_case.size(); at += 1000)
        importer.feed(std::string_view(deep_case).substr(at, 1000));
    CHECK(importer.failed());
    const ImportResult r2 = importer.finish();
    CHECK(only(r2, "too-deep").json_path == "cases[0]");
}

TEST_CASE("a 50 MB string is refused with its position, without parsing it", "[extract]") {
    std::string text =
        replace_once(minimal(), R"("text": "Letter sent confirming the discharge plan.")",
                     "\"text\": \"" + std::string(50u << 20, 'a') + "\"");
    ExtractImporter importer;
    importer.set_total_bytes(text.size());
    // As the app would: in 4 MiB slices, stopping once the importer has failed.
    std::size_t fed = 0;
    for (std::size_t at = 0; at < text.size() && !importer.failed(); at += 4u << 20) {
        importer.feed(std::string_view(text).substr(at, 4u << 20));
        fed = at + (4u << 20);
    }
    CHECK(fed < text.size()); // it stopped early
    const ImportResult r = importer.finish();
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "too-long");
    CHECK(f.json_path == "cases[1]");
    CHECK(f.message.find("longer than 1 MiB") != std::string::npos);
    // Line 115: `          "recordedAt": "2025-09-02T11:00", "text": ` is 52 characters, so
    // the text's opening quote is column 53.
    CHECK(f.line == 115);
    CHECK(f.column == 53);
}

TEST_CASE("a record larger than the record limit is refused", "[extract]") {
    ImportLimits limits;
    limits.max_record_bytes = 1000;
    const ImportResult r = import_extract(minimal(), limits);
    CHECK_FALSE(r.ok());
    // Teams, workers and people are all under 1000 bytes; cases[0] (line 41) is not.
    const Finding& f = only(r, "too-large");
    CHECK(f.message == "The record cases[0] is larger than 1000 bytes, the largest this "
                       "version accepts.");
    CHECK(f.line == 41);
    CHECK(f.column == 5);
}

TEST_CASE("numbers too large are schema errors at their exact path", "[extract]") {
    for (const char* big : {"1e999", "123456789012345678901234567890", "-1e400"}) {
        INFO(big);
        const std::string text = replace_once(minimal(), "\"agreedCaseload\": 30",
                                              std::string("\"agreedCaseload\": ") + big);
        const ImportResult r = import_extract(text);
        CHECK_FALSE(r.ok());
        const Finding& f = only(r, "wrong-type");
        CHECK(f.json_path == "directorDiscussions[0].agreedCaseload");
        CHECK(f.record_id == "DD-1");
        CHECK(f.message.find("Expected a whole number from 0 to 1000") != std::string::npos);
    }
}

TEST_CASE("a number too large in an unknown field is accepted", "[extract]") {
    const std::string text =
        replace_once(minimal(), "\"agreedCaseload\": 30", "\"agreedCaseload\": 30, \"big\": 1e999");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(only(r, "unknown-field").json_path == "directorDiscussions[].big");
}

TEST_CASE("a top level that is not an object is refused", "[extract]") {
    for (const char* text : {"[1, 2]", "\"extract\"", "42", "null", "true"}) {
        INFO(text);
        const ImportResult r = import_extract(text);
        CHECK_FALSE(r.ok());
        const Finding& f = only(r, "top-level");
        CHECK(f.line == 1);
        CHECK(f.column == 1);
    }
    CHECK(only(import_extract("[]"), "top-level").message.find("starts with an array") !=
          std::string::npos);
}

TEST_CASE("text after the closing brace is refused", "[extract]") {
    const ImportResult r = import_extract(minimal() + "{}");
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "syntax");
    CHECK(f.message.find("more text after the end") != std::string::npos);
    CHECK(f.line == 149); // the fixture's 148 lines end with a newline
    CHECK(f.column == 1);
}

// ---------------------------------------------------------------------------
// Syntax errors: line, column and an excerpt.
// ---------------------------------------------------------------------------

TEST_CASE("a syntax error inside a record gives line, column and excerpt", "[extract]") {
    const std::string text = "{\n"
                             "  \"metadata\": {\n"
                             "    \"format\": \"case-audit-extract\",\n"
                             "    \"formatVersion\": 1,,\n"
                             "    \"asAt\": \"2026-03-02\"\n"
                             "  }\n"
                             "}\n";
    // Line 4 is `    "formatVersion": 1,,`: the second ',' is character 24.
    const ImportResult r = import_extract(text);
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "syntax");
    CHECK(f.line == 4);
    CHECK(f.column == 24);
    CHECK(f.json_path == "metadata");
    CHECK(f.message.find("Near: \"") != std::string::npos);
    CHECK(f.message.find("1,,") != std::string::npos);
}

TEST_CASE("a bad literal in a case note is located", "[extract]") {
    // Line 54 of the fixture ends `"recordedAt": "2025-11-06T09:15", "title": "Home visit",`
    const std::string text = replace_once(minimal(), R"("title": "Home visit")", R"("title": tru)");
    const ImportResult r = import_extract(text);
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "syntax");
    CHECK(f.json_path == "cases[0]");
    CHECK(f.line == 54);
    // `          "recordedAt": "2025-11-06T09:15", "title": tru` is 56 wide: the parser stops
    // at the ',' after it, where the literal turned out to be cut short.
    CHECK(f.column == 57);
}

TEST_CASE("a missing comma between top-level fields is located by the scanner", "[extract]") {
    const ImportResult r = import_extract(R"({"teams": [] "workers": []})");
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "syntax");
    CHECK(f.message.find("Expected ',' or '}' after the value of \"teams\"") != std::string::npos);
    CHECK(f.line == 1);
    CHECK(f.column == 14);
}

TEST_CASE("a mismatched bracket is located by the scanner", "[extract]") {
    const ImportResult r = import_extract("{\"teams\": [\n  {\"id\": [1, 2}\n]}");
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "syntax");
    CHECK(f.message.find("Found '}' where ']' was expected in teams[0]") != std::string::npos);
    CHECK(f.line == 2);
    CHECK(f.column == 15);
}

// ---------------------------------------------------------------------------
// Schema errors: the exact JSON path and what was expected.
// ---------------------------------------------------------------------------

TEST_CASE("schema errors report the exact JSON path and the record id", "[extract]") {
    struct Case {
        const char* from;
        const char* to;
        const char* code;
        const char* path;
        const char* id;
        const char* expected_text;
    };
    const Case cases[] = {
        {R"("recordedAt": "2025-09-02T11:00")", R"("recordedAt": "2025-09-02 11:00")", "bad-date",
         "cases[1].notes[0].recordedAt", "N-5", "YYYY-MM-DDTHH:MM"},
        {R"("openedDate": "2025-11-03")", R"("openedDate": "2025-02-30")", "bad-date",
         "cases[0].openedDate", "C-5001", "found \"2025-02-30\""},
        {R"("qualified": true, "startDate": "2025-10-06")",
         R"("qualified": "yes", "startDate": "2025-10-06")", "wrong-type", "workers[2].qualified",
         "W-SW1", "Expected true or false, but found a string."},
        {R"("type": "phone")", R"("type": "meeting")", "bad-value", "cases[0].notes[1].type", "N-2",
         "record-of-supervision-discussion"},
        {R"("kind": "core")", R"("kind": 3)", "wrong-type", "cases[0].assessments[0].kind", "A-1",
         "found a number"},
        {R"("method": "post")", R"("method": "pigeon")", "bad-value",
         "cases[0].plans[0].givenToPerson.method", "CSP-1", "in-person"},
        // One of the deepest paths the format has (seven steps).
        {R"("kind": "risk", "completed": true, "completedDate": "2025-11-20")",
         R"("kind": "risk", "completed": true, "completedDate": "2025-11-31")", "bad-date",
         "cases[0].assessments[0].sections[0].completedDate", "A-1", "found \"2025-11-31\""},
        {R"("upper": 22)", R"("upper": 22.5)", "wrong-type", "teams[0].caseloadLimits.upper",
         "T-NORTH", "whole number"},
        {R"("fte": 0.6)", R"("fte": 1.5)", "wrong-type", "workers[3].fte", "W-OT1",
         "above 0 and at most 1"},
        {R"("casesDiscussed": ["C-5001"])", R"("casesDiscussed": "C-5001")", "wrong-type",
         "supervisions[0].casesDiscussed", "SUP-1", "Expected an array"},
        {R"("id": "AUD-1")", R"("id": "")", "bad-value", "audits[0].id", "", "must not be empty"},
        {R"("formatVersion": 1)", R"("formatVersion": "1")", "wrong-type", "metadata.formatVersion",
         "", "whole number"},
    };
    for (const Case& c : cases) {
        INFO(c.to);
        const ImportResult r = import_extract(replace_once(minimal(), c.from, c.to));
        CHECK_FALSE(r.ok());
        const Finding& f = only(r, c.code);
        CHECK(f.severity == Severity::Error);
        CHECK(f.json_path == c.path);
        CHECK(f.record_id == c.id);
        CHECK(f.message.find(c.expected_text) != std::string::npos);
        CHECK(r.error_count == 1);
    }
}

TEST_CASE("a missing required field names the field and its record", "[extract]") {
    const std::string text = replace_once(minimal(), R"("eventDate": "2025-11-12",)", "");
    const ImportResult r = import_extract(text);
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "missing-field");
    CHECK(f.json_path == "cases[0].notes[1]");
    CHECK(f.record_id == "N-2");
    CHECK(f.message == "The required field \"eventDate\" is missing from cases[0].notes[1].");
}

TEST_CASE("a record that is not an object is a schema error", "[extract]") {
    const ImportResult r =
        import_extract(replace_once(minimal(), R"("people": [)", R"("people": [ 7,)"));
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "wrong-type");
    CHECK(f.json_path == "people[0]");
    CHECK(f.message == "Expected an object, but found a number.");
}

TEST_CASE("a missing top-level array is reported", "[extract]") {
    const std::string text = replace_once(minimal(), R"("audits": [)", R"("auditz": [)");
    // audits is optional: renaming it makes an unknown field, not an error.
    const ImportResult ok = import_extract(text);
    REQUIRE(ok.ok());
    CHECK(only(ok, "unknown-field").json_path == "auditz");

    const ImportResult r =
        import_extract(replace_once(minimal(), R"("people": [)", R"("persons": [)"));
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "missing-field");
    CHECK(f.json_path == "people");
}

TEST_CASE("a file of another format or version stops at the metadata", "[extract]") {
    const ImportResult r =
        import_extract(replace_once(minimal(), R"("formatVersion": 1)", R"("formatVersion": 2)"));
    CHECK_FALSE(r.ok());
    CHECK(
        only(r, "format").message ==
        "This extract is in format version 2; this version of Case Audit reads format version 1.");
    CHECK(r.error_count == 1);

    const ImportResult r2 =
        import_extract(replace_once(minimal(), R"("case-audit-extract")", R"("something-else")"));
    CHECK(only(r2, "format").json_path == "metadata.format");
}

TEST_CASE("a top-level field given twice is an error", "[extract]") {
    const ImportResult r =
        import_extract(minimal().substr(0, minimal().rfind('}')) + ", \"teams\": []}");
    CHECK_FALSE(r.ok());
    CHECK(only(r, "duplicate-key").json_path == "teams");
}

// ---------------------------------------------------------------------------
// Unknown fields and lenient demographics.
// ---------------------------------------------------------------------------

TEST_CASE("unknown fields are accepted and reported once per path pattern", "[extract]") {
    std::string text =
        replace_once(minimal(), R"("id": "N-1",)", R"("id": "N-1", "mood": "calm",)");
    text = replace_once(text, R"("id": "N-2",)", R"("id": "N-2", "mood": {"a": [1, null, true]},)");
    text = replace_once(text, R"("id": "N-5",)", R"("id": "N-5", "mood": "x",)");
    text = replace_once(text, R"("id": "W-DIR",)", R"("id": "W-DIR", "mood": 1,)");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(count_code(r, "unknown-field") == 2);
    CHECK(r.notice_count == 2);
    CHECK(r.findings[0].json_path == "workers[].mood");
    CHECK(r.findings[1].json_path == "cases[].notes[].mood");
    CHECK(r.findings[1].severity == Severity::Notice);
    CHECK(r.extract->notes.size() == 6);
}

TEST_CASE("a malformed value inside an unknown field is still a syntax error", "[extract]") {
    const std::string text =
        replace_once(minimal(), R"("id": "N-1",)", R"("id": "N-1", "mood": [1.2.3],)");
    const ImportResult r = import_extract(text);
    CHECK_FALSE(r.ok());
    CHECK(only(r, "syntax").json_path == "cases[0]");
}

TEST_CASE("an unrecognised CLD demographic is a warning and is left out", "[extract]") {
    const std::string text = replace_once(minimal(), R"("gender": "female")", R"("gender": "F")");
    const ImportResult r = import_extract(text);
    REQUIRE(r.ok());
    const Finding& f = only(r, "bad-demographic");
    CHECK(f.severity == Severity::Warning);
    CHECK(f.json_path == "people[0].gender");
    CHECK(f.record_id == "P-1001");
    CHECK(r.extract->people[0].gender == Gender::Unrecorded);
    CHECK(r.warning_count == 1);
}

// ---------------------------------------------------------------------------
// Referential and semantic findings: severity and the record's id.
// ---------------------------------------------------------------------------

TEST_CASE("references to records that do not exist are errors naming the record", "[extract]") {
    struct Case {
        const char* from;
        const char* to;
        const char* path;
        const char* id;
        const char* missing;
    };
    const Case cases[] = {
        {R"("id": "N-1", "authorId": "W-SW1")", R"("id": "N-1", "authorId": "W-GHOST")",
         "cases[0].notes[0].authorId", "N-1", "worker with the id \"W-GHOST\""},
        {R"({ "workerId": "W-SW1", "from": "2025-11-03")",
         R"({ "workerId": "W-X", "from": "2025-11-03")", "cases[0].allocations[0].workerId",
         "C-5001", "worker with the id \"W-X\""},
        {R"("personId": "P-1002")", R"("personId": "P-9")", "cases[1].personId", "C-5002",
         "person with the id \"P-9\""},
        {R"("teamId": "T-HOSP",
      "role": "occupational-therapist")",
         R"("teamId": "T-NONE",
      "role": "occupational-therapist")",
         "workers[3].teamId", "W-OT1", "team with the id \"T-NONE\""},
        {R"("casesDiscussed": ["C-5001"])", R"("casesDiscussed": ["C-5001", "C-7"])",
         "supervisions[0].casesDiscussed[1]", "SUP-1", "case with the id \"C-7\""},
        {R"("ownerId": "W-SW1")", R"("ownerId": "W-0")", "supervisions[0].actions[0].ownerId",
         "SUP-1", "worker with the id \"W-0\""},
        {R"("caseId": "C-5001", "auditorId")", R"("caseId": "C-1", "auditorId")",
         "audits[0].caseId", "AUD-1", "case with the id \"C-1\""},
        {R"("leadId": "W-OT1")", R"("leadId": "W-Q")", "cases[1].safeguarding[0].leadId", "SG-1",
         "worker with the id \"W-Q\""},
    };
    for (const Case& c : cases) {
        INFO(c.to);
        const ImportResult r = import_extract(replace_once(minimal(), c.from, c.to));
        CHECK_FALSE(r.ok());
        const Finding& f = only(r, "unknown-reference");
        CHECK(f.severity == Severity::Error);
        CHECK(f.json_path == c.path);
        CHECK(f.record_id == c.id);
        CHECK(f.message.find(c.missing) != std::string::npos);
    }
}

TEST_CASE("a worker cannot be their own line manager", "[extract]") {
    const ImportResult r = import_extract(
        replace_once(minimal(), R"("lineManagerId": "W-DIR")", R"("lineManagerId": "W-TM")"));
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "unknown-reference");
    CHECK(f.json_path == "workers[1].lineManagerId");
    CHECK(f.record_id == "W-TM");
}

TEST_CASE("duplicate ids are errors naming both places", "[extract]") {
    const ImportResult r =
        import_extract(replace_once(minimal(), R"("id": "W-OT1")", R"("id": "W-TM")"));
    CHECK_FALSE(r.ok());
    const Finding& f = only(r, "duplicate-id");
    CHECK(f.record_id == "W-TM");
    CHECK(f.json_path == "workers[3].id");
    CHECK(f.message.find("workers[1] and workers[3]") != std::string::npos);

    const ImportResult notes =
        import_extract(replace_once(minimal(), R"("id": "N-6")", R"("id": "N-1")"));
    const Finding& g = only(notes, "duplicate-id");
    CHECK(g.json_path == "cases[1].notes[1].id");
    CHECK(g.message.find("cases[0].notes[0] and cases[1].notes[1]") != std::string::npos);
}

TEST_CASE("dates in the wrong order are errors at the later field", "[extract]") {
    struct Case {
        const char* from;
        const char* to;
        const char* path;
        const char* id;
    };
    const Case cases[] = {
        // Recorded the day before the event (the boundary: the same day is fine, below).
        {R"("eventDate": "2025-11-12",
          "recordedAt": "2025-11-12T16:40:12")",
         R"("eventDate": "2025-11-12",
          "recordedAt": "2025-11-11T23:59")",
         "cases[0].notes[1].recordedAt", "N-2"},
        {R"("from": "2025-11-10", "to": "2026-01-09")",
         R"("from": "2025-11-10", "to": "2025-11-09")", "cases[0].allocations[1].to", "C-5001"},
        {R"("closedDate": "2025-12-19")", R"("closedDate": "2025-08-31")", "cases[1].closedDate",
         "C-5002"},
        {R"("heldDate": "2026-01-14")", R"("heldDate": "2026-01-16")", "supervisions[0].recordedAt",
         "SUP-1"},
        {R"("periodTo": "2025-12-31")", R"("periodTo": "2025-09-14")",
         "directorDiscussions[0].periodTo", "DD-1"},
        {R"("startDate": "2025-11-05",
          "completedDate": "2025-11-20")",
         R"("startDate": "2025-11-05",
          "completedDate": "2025-11-04")",
         "cases[0].assessments[0].completedDate", "A-1"},
        {R"("closedDate": "2025-10-01")", R"("closedDate": "2025-09-09")",
         "cases[1].safeguarding[0].closedDate", "SG-1"},
    };
    for (const Case& c : cases) {
        INFO(c.to);
        const ImportResult r = import_extract(replace_once(minimal(), c.from, c.to));
        CHECK_FALSE(r.ok());
        const Finding& f = only(r, "date-order");
        CHECK(f.json_path == c.path);
        CHECK(f.record_id == c.id);
    }
}

TEST_CASE("a note recorded on the day of its event is in order", "[extract]") {
    // N-2: event 2025-11-12, recorded 2025-11-12T00:00 (the earliest allowed moment).
    const ImportResult r =
        import_extract(replace_once(minimal(), R"("recordedAt": "2025-11-12T16:40:12")",
                                    R"("recordedAt": "2025-11-12T00:00")"));
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(r.findings.empty());
}

TEST_CASE("semantic warnings keep the import", "[extract]") {
    std::string text = replace_once(minimal(), R"("status": "closed",
      "openedDate": "2025-09-01", "closedDate": "2025-12-19")",
                                    R"("status": "closed",
      "openedDate": "2025-09-01", "closedDate": null)");
    text = replace_once(text, R"("uploadedDate": "2025-12-03")", R"("uploadedDate": "2025-11-27")");
    text = replace_once(text, R"("upper": 22, "absolute": 25)", R"("upper": 26, "absolute": 25)");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(r.warning_count == 3);
    CHECK(count_code(r, "inconsistent") == 3);
    for (const Finding& f : r.findings)
        CHECK(f.severity == Severity::Warning);
    CHECK(r.findings[0].json_path == "teams[0].caseloadLimits");
    CHECK(r.findings[1].json_path == "cases[0].documents[1].uploadedDate");
    CHECK(r.findings[1].record_id == "D-2");
    CHECK(r.findings[2].json_path == "cases[1].closedDate");
}

TEST_CASE("findings beyond the cap are counted, not stored", "[extract]") {
    ImportLimits limits;
    limits.max_findings_per_severity = 2;
    std::string text = minimal();
    // Each of four notes gets a note type that does not exist ("nope-visit"...), in the
    // note's own "type" field (a second "type" would be a key written twice).
    for (const char* id : {"\"N-1\"", "\"N-2\"", "\"N-3\"", "\"N-4\""}) {
        const std::size_t note = text.find(std::string("\"id\": ") + id);
        REQUIRE(note != std::string::npos);
        const std::size_t type = text.find("\"type\": \"", note);
        REQUIRE(type != std::string::npos);
        text.insert(type + 9, "nope-");
    }
    const ImportResult r = import_extract(text, limits);
    CHECK_FALSE(r.ok());
    CHECK(r.error_count == 4);
    CHECK(count_code(r, "bad-value") == 2);
    CHECK(only(r, "more-findings").message ==
          "2 more errors like these were found and not listed.");
}

TEST_CASE("findings format as text and JSON", "[extract]") {
    Finding f;
    f.code = "unknown-reference";
    f.message = "There is no worker with the id \"W-X\".";
    f.json_path = "cases[0].notes[0].authorId";
    f.record_id = "N-1";
    CHECK(format_finding(f) == "error [unknown-reference] cases[0].notes[0].authorId (N-1): "
                               "There is no worker with the id \"W-X\".");
    f.line = 3;
    f.column = 9;
    const std::string json = findings_to_json({f});
    CHECK(json.find("\"path\": \"cases[0].notes[0].authorId\"") != std::string::npos);
    CHECK(json.find("\"recordId\": \"N-1\"") != std::string::npos);
    CHECK(json.find("\"line\": 3") != std::string::npos);
    CHECK(findings_to_json({}) == "[]");
}

TEST_CASE("a file that cannot be opened gives one error", "[extract]") {
    const ImportResult r = import_extract_file("/nonexistent/extract.json");
    CHECK_FALSE(r.ok());
    CHECK(only(r, "file").message.find("cannot be opened") != std::string::npos);
}

TEST_CASE("importing from a file gives the same result as from memory", "[extract]") {
    const ImportResult r =
        import_extract_file(std::string(CASEAUDIT_TEST_DATA_DIR) + "/extract/minimal-valid.json");
    REQUIRE(r.ok());
    CHECK(r.extract->notes.size() == 6);
    CHECK(r.bytes_read == minimal().size());
}
