// Unit tests: the synthetic data generator (src/core/generate/).
//
// Index of this file:
// [SECTION] JSON writer
// [SECTION] Determinism
// [SECTION] Structure of every record kind
// [SECTION] Scenario guarantees on the demo
// [SECTION] The importer accepts generated extracts
#include "core/calendar/date.h"
#include "core/extract/import.h"
#include "core/generate/generate.h"
#include "core/generate/json_writer.h"
#include "test_fingerprint_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using nlohmann::json;

namespace {

std::string generate_text(const ca::GenerateOptions& o) {
    ca::StringSink sink;
    ca::generate_extract(o, sink);
    return sink.text;
}

ca::GenerateOptions small(std::uint64_t seed, int cases) {
    ca::GenerateOptions o;
    o.seed = seed;
    o.cases = cases;
    o.as_at = ca::make_date(2026, 10, 30);
    return o;
}

// The demo is generated once and shared by the tests below (it takes a few seconds in a
// sanitizer build).
const std::string& demo_text() {
    static const std::string text = generate_text(ca::demo_options());
    return text;
}
const json& demo_json() {
    static const json doc = json::parse(demo_text());
    return doc;
}

std::string escaped(std::string_view s) {
    std::string out;
    ca::JsonWriter::escape_into(out, s);
    return out;
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] JSON writer
// ---------------------------------------------------------------------------

TEST_CASE("JSON writer escapes quotes, backslashes and control characters", "[generate]") {
    CHECK(escaped("plain") == "plain");
    CHECK(escaped("say \"hi\"") == "say \\\"hi\\\"");
    CHECK(escaped("a\\b") == "a\\\\b");
    CHECK(escaped("line\nnext\ttab\rcr") == "line\\nnext\\ttab\\rcr");
    CHECK(escaped(std::string_view("\x01\x1f", 2)) == "\\u0001\\u001f");
    CHECK(escaped(std::string_view("nul\0!", 5)) == "nul\\u0000!");
    CHECK(escaped("\b\f") == "\\b\\f");
}

TEST_CASE("JSON writer passes valid UTF-8 and replaces invalid bytes", "[generate]") {
    // Valid: é (C3 A9), € (E2 82 AC), 😀 (F0 9F 98 80) are copied as they are.
    CHECK(escaped("Zo\xC3\xAB") == "Zo\xC3\xAB");
    CHECK(escaped("\xE2\x82\xAC") == "\xE2\x82\xAC");
    CHECK(escaped("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");
    const std::string fffd = "\xEF\xBF\xBD";
    // A lone continuation byte, a truncated sequence, an overlong "/" (C0 AF), a UTF-16
    // surrogate (ED A0 80) and a code point above U+10FFFF (F4 90 80 80): each invalid
    // lead byte becomes U+FFFD, and the bytes after it are examined afresh.
    CHECK(escaped("a\x80z") == "a" + fffd + "z");
    CHECK(escaped("\xC3") == fffd);
    CHECK(escaped("\xC0\xAF") == fffd + fffd);
    CHECK(escaped("\xED\xA0\x80") == fffd + fffd + fffd);
    CHECK(escaped("\xF4\x90\x80\x80") == fffd + fffd + fffd + fffd);
    CHECK(escaped("\xFF") == fffd);
    // The output of any byte string parses as JSON.
    std::string all;
    for (int b = 0; b < 256; ++b)
        all.push_back(static_cast<char>(b));
    CHECK_NOTHROW(json::parse("\"" + escaped(all) + "\""));
}

TEST_CASE("JSON writer places commas, nesting and numbers correctly", "[generate]") {
    ca::StringSink sink;
    {
        ca::JsonWriter j(sink, 0); // depth 0: everything on one line
        j.begin_object();
        j.field("a", "x");
        j.field_int("n", -9223372036854775807LL - 1);
        j.key("list");
        j.begin_array();
        j.integer(0);
        j.boolean(true);
        j.null();
        j.raw_number("0.6");
        j.date(ca::make_date(2026, 2, 3));
        j.date_time(ca::make_date(2026, 2, 3), 9 * 60 + 5);
        j.begin_array();
        j.end_array();
        j.begin_object();
        j.end_object();
        j.end_array();
        j.end_object();
    }
    CHECK(sink.text == "{\"a\": \"x\", \"n\": -9223372036854775808, \"list\": [0, true, null, "
                       "0.6, \"2026-02-03\", \"2026-02-03T09:05\", [], {}]}\n");
    const json doc = json::parse(sink.text);
    CHECK(doc["list"][3] == 0.6);
}

TEST_CASE("JSON writer streams through the sink in pieces", "[generate]") {
    // 100000 strings of 10 bytes: more than one 60 KiB flush; the pieces concatenate to
    // the whole, and bytes_written counts every byte.
    std::vector<std::size_t> pieces;
    std::string all;
    ca::FunctionSink sink([&](std::string_view s) {
        pieces.push_back(s.size());
        all.append(s);
    });
    std::uint64_t written = 0;
    {
        ca::JsonWriter j(sink, 1);
        j.begin_array();
        for (int i = 0; i < 100000; ++i)
            j.string("abcdefghij");
        j.end_array();
        j.flush();
        written = j.bytes_written();
    }
    CHECK(pieces.size() > 10);
    CHECK(written == all.size());
    CHECK(json::parse(all).size() == 100000);
}

// ---------------------------------------------------------------------------
// [SECTION] Determinism
// ---------------------------------------------------------------------------

TEST_CASE("the same seed and size give byte-identical output", "[generate]") {
    const std::string a = generate_text(small(7, 60));
    const std::string b = generate_text(small(7, 60));
    CHECK(a.size() > 10000);
    CHECK(a == b);
    // Streaming through a function sink gives the same bytes as a string sink.
    std::string streamed;
    ca::FunctionSink fs([&](std::string_view s) { streamed.append(s); });
    ca::generate_extract(small(7, 60), fs);
    CHECK(streamed == a);
}

using ca::test::fnv1a;

TEST_CASE("generated bytes are the same natively and in wasm", "[generate]") {
    // Fingerprints of the native output (caseaudit generate --cases 20 --seed 7, and
    // --demo), computed with an independent Python FNV-1a over the files. The wasm build
    // runs this test too, so passing there shows the browser generates identical bytes.
    // A deliberate change to the generator changes these values: regenerate and update.
    const std::string twenty = generate_text(small(7, 20));
    CHECK(twenty.size() == 504416u);
    CHECK(fnv1a(twenty) == 0xF4469B47FDA08E82u);
    CHECK(demo_text().size() == 16391319u);
    CHECK(fnv1a(demo_text()) == 0xB0D8C5BA8E685C5Eu);
}

TEST_CASE("different seeds, sizes and dates give different output", "[generate]") {
    const std::string a = generate_text(small(7, 60));
    CHECK(generate_text(small(8, 60)) != a);
    CHECK(generate_text(small(7, 61)) != a);
    ca::GenerateOptions later = small(7, 60);
    later.as_at = ca::make_date(2026, 11, 30);
    CHECK(generate_text(later) != a);
}

TEST_CASE("demo options are fixed", "[generate]") {
    const ca::GenerateOptions d = ca::demo_options();
    CHECK(d.seed == 20261030u);
    CHECK(d.cases == 800);
    CHECK(d.as_at == ca::make_date(2026, 10, 30));
    CHECK(d.target_mb == 0.0);
}

TEST_CASE("generate rejects a case count below 1", "[generate]") {
    ca::CountingSink sink;
    CHECK_THROWS_AS(ca::generate_extract(small(1, 0), sink), std::invalid_argument);
    CHECK(sink.bytes() == 0u);
}

TEST_CASE("target size picks a case count that gives about that size", "[generate]") {
    // 3 MB: the case count is scaled from a 400-case sample; the result must be within 10 %.
    ca::GenerateOptions o = small(3, 1);
    o.target_mb = 3.0;
    ca::CountingSink sink;
    const ca::GenerateStats s = ca::generate_extract(o, sink);
    CHECK(s.cases == ca::cases_for_target_mb(o, 3.0));
    CHECK(sink.bytes() > 2700000u);
    CHECK(sink.bytes() < 3300000u);
    CHECK(s.bytes == sink.bytes());
    // A tiny target still gives one case.
    CHECK(ca::cases_for_target_mb(o, 0.0001) == 1);
}

// ---------------------------------------------------------------------------
// [SECTION] Structure of every record kind
// ---------------------------------------------------------------------------

namespace {

bool is_date(const json& v) {
    return v.is_string() && ca::parse_date(v.get<std::string>()).has_value();
}
bool is_date_time(const json& v) {
    return v.is_string() && ca::parse_date_time(v.get<std::string>()).has_value();
}
bool is_id(const json& v) {
    return v.is_string() && !v.get<std::string>().empty() && v.get<std::string>().size() <= 256;
}
bool in(const json& v, std::initializer_list<const char*> values) {
    if (!v.is_string())
        return false;
    for (const char* s : values)
        if (v.get<std::string>() == s)
            return true;
    return false;
}

// Counts every problem instead of stopping at the first, so a failure names them all.
struct Checker {
    std::vector<std::string> problems;
    std::map<std::string, int> records; // kind -> number checked

    void require(bool ok, const std::string& what) {
        if (!ok && problems.size() < 20)
            problems.push_back(what);
    }
    void optional_date(const json& o, const char* k, const std::string& where) {
        if (o.contains(k))
            require(o[k].is_null() || is_date(o[k]), where + "." + k);
    }
    void given(const json& o, const std::string& where) {
        if (!o.contains("givenToPerson"))
            return;
        const json& g = o["givenToPerson"];
        require(is_date(g["date"]), where + ".givenToPerson.date");
        require(in(g["method"], {"in-person", "post", "email", "portal", "other"}),
                where + ".givenToPerson.method");
    }

    void check(const json& doc) {
        const json& m = doc["metadata"];
        require(m["format"] == "case-audit-extract", "metadata.format");
        require(m["formatVersion"] == 1, "metadata.formatVersion");
        require(is_date_time(m["extractedAt"]), "metadata.extractedAt");
        require(is_date(m["asAt"]), "metadata.asAt");
        require(m["organisation"]["name"].is_string(), "metadata.organisation.name");
        for (const json& t : doc["teams"]) {
            ++records["team"];
            require(is_id(t["id"]) && t["name"].is_string(), "team id/name");
            require(in(t["kind"], {"community", "hospital", "other"}), "team.kind");
            if (t.contains("caseloadLimits"))
                require(t["caseloadLimits"]["upper"].is_number_integer() &&
                            t["caseloadLimits"]["absolute"].is_number_integer() &&
                            t["caseloadLimits"]["upper"] <= t["caseloadLimits"]["absolute"],
                        "team.caseloadLimits");
        }
        for (const json& w : doc["workers"]) {
            ++records["worker"];
            const std::string where = "worker " + w.value("id", std::string("?"));
            require(is_id(w["id"]) && w["name"].is_string() && is_id(w["teamId"]), where);
            require(
                in(w["role"], {"qualified-social-worker", "senior-practitioner",
                               "social-work-assistant", "occupational-therapist", "team-manager",
                               "senior-manager", "principal-social-worker", "director", "other"}),
                where + ".role");
            require(w["qualified"].is_boolean(), where + ".qualified");
            require(is_date(w["startDate"]), where + ".startDate");
            optional_date(w, "endDate", where);
            optional_date(w, "asyeStartDate", where);
            optional_date(w, "asyeCompletedDate", where);
            if (w.contains("fte"))
                require(w["fte"].is_number() && w["fte"] > 0 && w["fte"] <= 1, where + ".fte");
            for (const json& t : w.value("training", json::array())) {
                ++records["training"];
                require(in(t["course"], {"information-security", "data-protection", "safeguarding",
                                         "mental-capacity", "other"}),
                        where + ".training.course");
                require(is_date(t["completedDate"]), where + ".training.completedDate");
            }
        }
        for (const json& p : doc["people"]) {
            ++records["person"];
            require(is_id(p["id"]) && p["name"].is_string() && is_date(p["dateOfBirth"]), "person");
            if (p.contains("gender"))
                require(in(p["gender"], {"male", "female", "other", "not-known", "not-stated"}),
                        "person.gender");
        }
        for (const json& c : doc["cases"])
            check_case(c);
        for (const json& s : doc["supervisions"]) {
            ++records["supervision"];
            require(is_id(s["id"]) && is_id(s["superviseeId"]) && is_id(s["supervisorId"]),
                    "supervision ids");
            require(is_date(s["heldDate"]) && is_date_time(s["recordedAt"]), "supervision dates");
            for (const json& id : s["casesDiscussed"])
                require(is_id(id), "supervision.casesDiscussed");
            for (const json& d : s["decisions"])
                require(d["text"].is_string(), "supervision.decisions.text");
            for (const json& a : s["actions"])
                require(a["text"].is_string() && is_date(a["dueDate"]), "supervision.actions");
        }
        for (const json& d : doc["directorDiscussions"]) {
            ++records["directorDiscussion"];
            require(is_id(d["id"]) && is_id(d["workerId"]) && is_date(d["date"]) &&
                        d["agreedCaseload"].is_number_integer() && is_date(d["periodFrom"]),
                    "directorDiscussion");
            optional_date(d, "periodTo", "directorDiscussion");
        }
        for (const json& a : doc["audits"]) {
            ++records["audit"];
            require(is_id(a["id"]) && is_id(a["caseId"]) && is_id(a["auditorId"]) &&
                        is_date(a["date"]),
                    "audit");
            require(in(a["kind"],
                       {"first-line", "senior-manager", "professional-standards", "peer", "other"}),
                    "audit.kind");
            require(in(a["grade"], {"outstanding", "good", "requires-improvement", "inadequate"}),
                    "audit.grade");
        }
    }

    void check_case(const json& c) {
        ++records["case"];
        const std::string where = "case " + c.value("id", std::string("?"));
        require(is_id(c["id"]) && is_id(c["personId"]), where + " ids");
        require(in(c["status"], {"open", "closed"}), where + ".status");
        require(is_date(c["openedDate"]), where + ".openedDate");
        optional_date(c, "closedDate", where);
        require(c["allocations"].is_array(), where + ".allocations");
        for (const json& a : c["allocations"]) {
            ++records["allocation"];
            require(is_id(a["workerId"]) && is_date(a["from"]), where + ".allocation");
            optional_date(a, "to", where + ".allocation");
            require(in(a["role"], {"primary", "secondary"}), where + ".allocation.role");
        }
        for (const json& q : c["requests"]) {
            ++records["request"];
            require(is_id(q["id"]) && is_date(q["receivedDate"]), where + ".request");
        }
        for (const json& n : c["notes"]) {
            ++records["note"];
            require(is_id(n["id"]) && is_id(n["authorId"]), where + ".note ids");
            require(
                in(n["type"], {"visit", "phone", "correspondence", "case-audit",
                               "record-of-supervision-discussion", "managers-decision", "other"}),
                where + ".note.type");
            require(is_date(n["eventDate"]) && is_date_time(n["recordedAt"]),
                    where + ".note dates");
            require(n["text"].is_string(), where + ".note.text");
        }
        for (const json& a : c["assessments"]) {
            ++records["assessment"];
            require(is_id(a["id"]) && is_id(a["authorId"]) && is_date(a["startDate"]),
                    where + ".assessment");
            require(in(a["kind"], {"core", "carer", "occupational-therapy", "financial", "other"}),
                    where + ".assessment.kind");
            optional_date(a, "completedDate", where);
            for (const json& s : a.value("sections", json::array())) {
                ++records["section"];
                require(in(s["kind"], {"risk", "safeguarding", "mental-capacity", "strengths",
                                       "outcomes", "needs", "other"}),
                        where + ".section.kind");
                require(s["completed"].is_boolean(), where + ".section.completed");
            }
            given(a, where);
        }
        for (const json& p : c["plans"]) {
            ++records["plan"];
            require(is_id(p["id"]) && is_id(p["authorId"]) && is_date(p["startDate"]),
                    where + ".plan");
            optional_date(p, "reviewDueDate", where);
            given(p, where);
        }
        for (const json& s : c["services"]) {
            ++records["service"];
            require(is_id(s["id"]) && s["serviceType"].is_string() && is_date(s["startDate"]),
                    where + ".service");
        }
        for (const json& r : c["reviews"]) {
            ++records["review"];
            require(is_id(r["id"]) && is_id(r["authorId"]), where + ".review");
            require(in(r["reason"], {"planned", "unplanned-hospital", "unplanned-carer-related",
                                     "unplanned-safeguarding", "unplanned-provider-failure",
                                     "unplanned-change-in-commissioning", "unplanned-other"}),
                    where + ".review.reason");
            optional_date(r, "completedDate", where);
            given(r, where);
        }
        for (const json& g : c["safeguarding"]) {
            ++records["safeguarding"];
            require(is_id(g["id"]) && in(g["kind"], {"concern", "enquiry"}) &&
                        is_date(g["raisedDate"]),
                    where + ".safeguarding");
        }
        for (const json& m : c["capacityAssessments"]) {
            ++records["capacityAssessment"];
            require(is_id(m["id"]) && is_id(m["authorId"]) && is_date(m["date"]) &&
                        m["decision"].is_string() &&
                        in(m["outcome"], {"has-capacity", "lacks-capacity", "not-concluded"}),
                    where + ".capacityAssessment");
        }
        for (const json& d : c["documents"]) {
            ++records["document"];
            require(is_id(d["id"]) && in(d["kind"], {"email", "letter", "report", "form", "other"}),
                    where + ".document");
            require(in(d["fileFormat"], {"pdf", "doc", "docx", "msg", "eml", "txt", "rtf", "jpg",
                                         "png", "tiff", "xlsx", "other"}),
                    where + ".document.fileFormat");
            require(d["indexed"].is_boolean() && is_date(d["uploadedDate"]), where + ".document");
        }
    }
};

} // namespace

TEST_CASE("the demo is valid JSON with every required field of every record kind", "[generate]") {
    const json& doc = demo_json();
    Checker checker;
    checker.check(doc);
    INFO("first problems: " << json(checker.problems).dump());
    CHECK(checker.problems.empty());
    // Every record kind of the format occurs at least once.
    for (const char* kind :
         {"team", "worker", "training", "person", "case", "allocation", "request", "note",
          "assessment", "section", "plan", "service", "review", "safeguarding",
          "capacityAssessment", "document", "supervision", "directorDiscussion", "audit"}) {
        INFO(kind);
        CHECK(checker.records[kind] > 0);
    }
    CHECK(checker.records["case"] == 800);
    CHECK(checker.records["person"] == 800);
}

TEST_CASE("a 10-case extract is valid and complete", "[generate]") {
    const json doc = json::parse(generate_text(small(99, 10)));
    Checker checker;
    checker.check(doc);
    INFO("first problems: " << json(checker.problems).dump());
    CHECK(checker.problems.empty());
    CHECK(doc["cases"].size() == 10);
    CHECK(doc["people"].size() == 10);
}

// ---------------------------------------------------------------------------
// [SECTION] Scenario guarantees on the demo
// ---------------------------------------------------------------------------

TEST_CASE("demo scenario: caseloads, ASYE, lower limits, Director discussions", "[generate]") {
    const json& doc = demo_json();
    const ca::Date as_at = *ca::parse_date(doc["metadata"]["asAt"].get<std::string>());
    CHECK(as_at == ca::make_date(2026, 10, 30));

    // An independent caseload count: open primary allocations on the as-at date
    // (from <= D and (to is null or D <= to)), per worker.
    std::map<std::string, int> caseload;
    for (const json& c : doc["cases"])
        for (const json& a : c["allocations"]) {
            if (a["role"] != "primary")
                continue;
            const ca::Date from = *ca::parse_date(a["from"].get<std::string>());
            const bool open_ended = a["to"].is_null();
            const bool covers =
                from <= as_at &&
                (open_ended || as_at <= *ca::parse_date(a["to"].get<std::string>()));
            if (covers)
                ++caseload[a["workerId"].get<std::string>()];
        }

    std::map<std::string, std::string> team_kind;
    std::set<std::string> lower_limit_teams;
    for (const json& t : doc["teams"]) {
        team_kind[t["id"]] = t["kind"];
        if (t.contains("caseloadLimits") && t["caseloadLimits"]["upper"] < 25)
            lower_limit_teams.insert(t["id"].get<std::string>());
    }
    CHECK_FALSE(lower_limit_teams.empty());
    CHECK(doc["teams"].size() == 5); // four frontline teams and the directorate
    CHECK(doc["workers"].size() >= 35);
    CHECK(doc["workers"].size() <= 45);

    int over_25 = 0, over_28 = 0, over_lower_absolute = 0;
    std::set<int> asye_months;
    bool asye_completed = false;
    std::set<std::string> roles;
    for (const json& w : doc["workers"]) {
        roles.insert(w["role"].get<std::string>());
        const std::string id = w["id"];
        const std::string team = w["teamId"];
        const bool qualified_sw =
            w["qualified"] == true &&
            (w["role"] == "qualified-social-worker" || w["role"] == "senior-practitioner");
        if (qualified_sw && team_kind[team] == "community" && !lower_limit_teams.count(team)) {
            over_25 += caseload[id] > 25 ? 1 : 0;
            over_28 += caseload[id] > 28 ? 1 : 0;
        }
        if (lower_limit_teams.count(team) && caseload[id] > 22)
            ++over_lower_absolute;
        if (w.contains("asyeStartDate") && !w["asyeStartDate"].is_null()) {
            const ca::Date start = *ca::parse_date(w["asyeStartDate"].get<std::string>());
            if (w.contains("asyeCompletedDate") && !w["asyeCompletedDate"].is_null()) {
                const ca::Date done = *ca::parse_date(w["asyeCompletedDate"].get<std::string>());
                asye_completed = asye_completed || done >= ca::add_months(start, 12);
            } else {
                // Whole months from the ASYE start to the as-at date.
                for (int m = 0; m <= 24; ++m)
                    if (ca::add_months(start, m) == as_at)
                        asye_months.insert(m);
            }
        }
    }
    CHECK(over_25 >= 1);
    CHECK(over_28 >= 1);
    CHECK(over_lower_absolute >= 1);
    CHECK(asye_months == std::set<int>{1, 4, 7, 10});
    CHECK(asye_completed);
    for (const char* role :
         {"qualified-social-worker", "senior-practitioner", "social-work-assistant",
          "occupational-therapist", "team-manager", "senior-manager", "director"}) {
        INFO(role);
        CHECK(roles.count(role) == 1);
    }

    // Director discussions: at least one in force on the as-at date, one expired before it,
    // and one whose agreed caseload is below the worker's caseload.
    int valid = 0, expired = 0, exceeded = 0;
    for (const json& d : doc["directorDiscussions"]) {
        const ca::Date from = *ca::parse_date(d["periodFrom"].get<std::string>());
        const bool ended =
            !d["periodTo"].is_null() && *ca::parse_date(d["periodTo"].get<std::string>()) < as_at;
        if (ended) {
            ++expired;
        } else if (from <= as_at) {
            ++valid;
            if (caseload[d["workerId"].get<std::string>()] > d["agreedCaseload"].get<int>())
                ++exceeded;
        }
    }
    CHECK(valid >= 1);
    CHECK(expired >= 1);
    CHECK(exceeded >= 1);
}

TEST_CASE("demo scenario: training, recording, reviews, documents, audits", "[generate]") {
    const json& doc = demo_json();
    const ca::Date as_at = ca::make_date(2026, 10, 30);
    // Training: someone completed both courses within a month, someone late, someone missing.
    int on_time = 0, late = 0, missing = 0;
    for (const json& w : doc["workers"]) {
        const ca::Date start = *ca::parse_date(w["startDate"].get<std::string>());
        for (const char* course : {"information-security", "data-protection"}) {
            bool found = false;
            for (const json& t : w["training"])
                if (t["course"] == course) {
                    found = true;
                    const ca::Date d = *ca::parse_date(t["completedDate"].get<std::string>());
                    (d <= ca::add_months(start, 1) ? on_time : late) += 1;
                }
            missing += found ? 0 : 1;
        }
    }
    CHECK(on_time > 0);
    CHECK(late > 0);
    CHECK(missing > 0);

    // Recording: good and poor text, late notes, overdue reviews, open enquiries,
    // unindexed .msg emails, audits within the last 12 months.
    bool quoted = false, labelled = false, jargon = false, suffers = false, capitals = false;
    int late_notes = 0, overdue = 0, open_enquiries = 0, unindexed_msg = 0;
    for (const json& c : doc["cases"]) {
        for (const json& n : c["notes"]) {
            const std::string t = n["text"];
            quoted = quoted || t.find(" said: \"") != std::string::npos;
            labelled = labelled || t.find("In my professional opinion") != std::string::npos;
            jargon = jargon || t.find("NFA") != std::string::npos;
            suffers = suffers || t.find("suffers from") != std::string::npos;
            capitals = capitals || t.find("ADVISED TO RING") != std::string::npos;
            const ca::Date event = *ca::parse_date(n["eventDate"].get<std::string>());
            const ca::DateTime rec = *ca::parse_date_time(n["recordedAt"].get<std::string>());
            CHECK(rec.date >= event); // never recorded before the event (an import error)
            late_notes += ca::days_between(event, rec.date) > 5 ? 1 : 0;
        }
        for (const json& r : c["reviews"])
            if (r["completedDate"].is_null() && !r["dueDate"].is_null() &&
                *ca::parse_date(r["dueDate"].get<std::string>()) < as_at)
                ++overdue;
        for (const json& g : c["safeguarding"])
            open_enquiries += g["kind"] == "enquiry" && g["closedDate"].is_null() ? 1 : 0;
        for (const json& d : c["documents"])
            unindexed_msg += d["fileFormat"] == "msg" && d["indexed"] == false ? 1 : 0;
    }
    CHECK(quoted);
    CHECK(labelled);
    CHECK(jargon);
    CHECK(suffers);
    CHECK(capitals);
    CHECK(late_notes > 0);
    CHECK(overdue > 0);
    CHECK(open_enquiries > 0);
    CHECK(unindexed_msg > 0);
    int recent_audits = 0;
    for (const json& a : doc["audits"])
        recent_audits +=
            *ca::parse_date(a["date"].get<std::string>()) > ca::add_months(as_at, -12) ? 1 : 0;
    CHECK(recent_audits > 0);
    CHECK(recent_audits < static_cast<int>(doc["audits"].size()));
}

// ---------------------------------------------------------------------------
// [SECTION] The importer accepts generated extracts
// ---------------------------------------------------------------------------

TEST_CASE("the importer accepts the demo and a 10-case extract without errors", "[generate]") {
    const ca::ImportResult demo = ca::import_extract(demo_text());
    std::string errors; // the errors, if any, to show on failure
    for (const ca::Finding& f : demo.findings)
        if (f.severity == ca::Severity::Error)
            errors += ca::format_finding(f) + "\n";
    INFO(errors);
    CHECK(demo.ok());
    CHECK(demo.error_count == 0u);
    const ca::ImportResult tiny = ca::import_extract(generate_text(small(99, 10)));
    for (const ca::Finding& f : tiny.findings)
        if (f.severity == ca::Severity::Error)
            errors += ca::format_finding(f) + "\n";
    INFO(errors);
    CHECK(tiny.ok());
    CHECK(tiny.error_count == 0u);
}
