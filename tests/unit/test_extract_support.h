// Helpers shared by the extract importer's tests.
#pragma once

#include "core/extract/import.h"
#include "core/policy/policy.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace ca_test {

inline std::string read_fixture(const std::string& name) {
    std::ifstream in(std::string(CASEAUDIT_TEST_DATA_DIR) + "/extract/" + name, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::string minimal() {
    return read_fixture("minimal-valid.json");
}

// The minimal extract, imported, and the default policy: cases C-5001 and C-5002 (as at
// 2026-03-02), supervision record SUP-1.
struct MinimalExtract {
    MinimalExtract() : imported(ca::import_extract(minimal())) { REQUIRE(imported.ok()); }
    const ca::Extract& ex() const { return *imported.extract; }
    ca::ImportResult imported;
    ca::Policy policy = ca::default_policy();
};

// `text` with the first occurrence of `from` replaced; the test fails if it is absent, so a
// fixture edit cannot silently turn a test into one that checks nothing.
inline std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
}

inline int count_code(const ca::ImportResult& r, const std::string& code) {
    int n = 0;
    for (const ca::Finding& f : r.findings)
        if (f.code == code)
            ++n;
    return n;
}

// The one finding with `code`; fails the test when there is not exactly one.
inline const ca::Finding& only(const ca::ImportResult& r, const std::string& code) {
    INFO("findings with code " << code);
    for (const ca::Finding& f : r.findings)
        INFO(ca::format_finding(f));
    REQUIRE(count_code(r, code) == 1);
    for (const ca::Finding& f : r.findings)
        if (f.code == code)
            return f;
    return r.findings.front(); // unreachable
}

inline std::string all_findings(const ca::ImportResult& r) {
    std::string out;
    for (const ca::Finding& f : r.findings)
        out += ca::format_finding(f) + "\n";
    return out;
}

} // namespace ca_test
