// Tests for the extract fingerprint (core/extract/fingerprint.h; the bytes hashed are listed
// at the top of fingerprint.cpp).
//
// The expected values were computed outside the product with this Python 3 model of the
// documented layout (FNV-1a 64 over length-prefixed fields):
//
//     def fnv(b):
//         h = 0xcbf29ce484222325
//         for x in b:
//             h ^= x; h = (h * 0x100000001b3) % 2**64
//         return h
//     def fp(fields):
//         data = b''.join(str(len(f.encode())).encode() + b':' + f.encode() for f in fields)
//         return '%016x' % fnv(data)
//
// The model itself reproduces the published FNV-1a 64 vectors: fnv(b'') = cbf29ce484222325,
// fnv(b'a') = af63dc4c8601ec8c.
#include "core/extract/fingerprint.h"
#include "test_extract_support.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

std::string fingerprint_of(const std::string& json) {
    const ca::ImportResult r = ca::import_extract(json);
    INFO(ca_test::all_findings(r));
    REQUIRE(r.ok());
    return ca::extract_fingerprint(*r.extract);
}

} // namespace

TEST_CASE("Fingerprint of an empty extract, worked by hand", "[fingerprint]") {
    // An Extract with nothing in it: empty organisation name and code, the default date-time
    // and date (1970-01-01T00:00, 1970-01-01), 21 counts of 0 and no ids. Bytes hashed:
    //   "0:" "0:" "16:1970-01-01T00:00" "10:1970-01-01" then "1:0" 21 times.
    // fp(['', '', '1970-01-01T00:00', '1970-01-01'] + ['0'] * 21) = 8e3381b81dca0f36
    const ca::Extract empty;
    CHECK(ca::extract_fingerprint(empty) == "8e3381b81dca0f36");
}

TEST_CASE("Fingerprint of the minimal fixture, worked by hand", "[fingerprint]") {
    // tests/data/extract/minimal-valid.json. Fields, in order:
    //   'Westmere Borough Council (synthetic)', 'E99999999', '2026-03-02T18:30', '2026-03-02'
    //   counts: teams 2, workers 4, training 4, people 2, cases 2, allocations 3, requests 1,
    //   notes 6, assessments 1, sections 5, plans 1, services 1, reviews 1, safeguarding 1,
    //   capacity assessments 1, documents 2, supervisions 1, cases discussed 1, decisions and
    //   actions 2, Director discussions 1, audits 1
    //   ids: T-NORTH T-HOSP W-DIR W-TM W-SW1 W-OT1 P-1001 P-1002 C-5001 C-5002 N-1 .. N-6 SUP-1
    // fp(those fields) = 275d32c79b7cf8d9 (the Python model reads the counts from the JSON).
    CHECK(fingerprint_of(ca_test::minimal()) == "275d32c79b7cf8d9");
}

TEST_CASE("The same extract imported twice has the same fingerprint", "[fingerprint]") {
    const std::string text = ca_test::minimal();
    const std::string first = fingerprint_of(text);
    CHECK(first.size() == 16);
    CHECK(first.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(fingerprint_of(text) == first);
    // Chunked import (the app's path) builds the same Extract, so the same fingerprint.
    ca::ExtractImporter importer;
    for (std::size_t at = 0; at < text.size(); at += 97)
        importer.feed(std::string_view(text).substr(at, 97));
    const ca::ImportResult chunked = importer.finish();
    REQUIRE(chunked.ok());
    CHECK(ca::extract_fingerprint(*chunked.extract) == first);
}

TEST_CASE("Changing one id, the as-at date or a count changes the fingerprint", "[fingerprint]") {
    const std::string text = ca_test::minimal();
    const std::string base = fingerprint_of(text);

    SECTION("a note id renamed") {
        // N-6 is referred to by nothing, so renaming it keeps the extract valid.
        const std::string changed =
            ca_test::replace_once(text, "\"id\": \"N-6\"", "\"id\": \"N-7\"");
        CHECK(fingerprint_of(changed) != base);
    }
    SECTION("a supervision id renamed") {
        CHECK(fingerprint_of(ca_test::replace_once(text, "\"SUP-1\"", "\"SUP-2\"")) != base);
    }
    SECTION("the as-at date") {
        CHECK(fingerprint_of(ca_test::replace_once(text, "\"asAt\": \"2026-03-02\"",
                                                   "\"asAt\": \"2026-03-03\"")) != base);
    }
    SECTION("the extraction time, by one minute") {
        CHECK(fingerprint_of(ca_test::replace_once(text, "2026-03-02T18:30:00",
                                                   "2026-03-02T18:31:00")) != base);
    }
    SECTION("a record without an id added (a secondary allocation)") {
        const std::string changed = ca_test::replace_once(
            text, "\"allocations\": [\n",
            "\"allocations\": [\n        { \"workerId\": \"W-TM\", \"from\": \"2025-11-03\", "
            "\"role\": \"secondary\" },\n");
        CHECK(fingerprint_of(changed) != base);
    }
}

TEST_CASE("Texts inside records are not part of the fingerprint", "[fingerprint]") {
    // By design (fingerprint.h): it tells "the same extract again" apart from another
    // extract, without reading every byte; a note's wording is not hashed.
    const std::string text = ca_test::minimal();
    const std::string changed =
        ca_test::replace_once(text, "Awaiting call back.", "Awaiting a call back.");
    CHECK(fingerprint_of(changed) == fingerprint_of(text));
}
