// The case file chronology: what is on it, its order (ties included), the filters and the
// search, on the documented minimal extract (tests/data/extract/minimal-valid.json) and
// small edits of it.
//
// Worker indexes in the minimal extract: 0 W-DIR Dana Director, 1 W-TM Morgan Manager,
// 2 W-SW1 Sam Social-Worker, 3 W-OT1 Olu Therapist.
//
// Case C-5001, worked by hand from the fixture, newest first (position: date, record):
//   0  2026-02-10  N-4 case-audit note (W-TM)            same date: notes before audits
//   1  2026-02-10  AUD-1 first-line audit, good (W-TM)
//   2  2026-01-14  N-3 record of supervision (W-TM)      same date: notes before supervision
//   3  2026-01-14  SUP-1 (supervisor W-TM)
//   4  2026-01-07  RV-1 review completed (W-SW1)
//   5  2025-11-28  D-2 letter received (no author)
//   6  2025-11-27  CSP-1 plan completed (W-SW1)
//   7  2025-11-20  A-1 core assessment completed (W-SW1), 5 sections
//   8  2025-11-13  D-1 email received (no author)
//   9  2025-11-12  N-2 phone (W-SW1)
//   10 2025-11-05  N-1 visit (W-SW1)
#include "test_caseload_support.h"
#include "test_extract_support.h"

#include "core/audit/chronology.h"

#include <memory>
#include <string>
#include <vector>

using namespace ca;
using namespace ca::audit;
using namespace ca_test;

namespace {

using Positions = std::vector<std::uint32_t>;

std::unique_ptr<Extract> load(const std::string& json) {
    ImportResult r = import_extract(json);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    REQUIRE(r.error_count == 0);
    return std::move(r.extract);
}

Chronology of_case(const Extract& x, const char* case_id) {
    const Index c = x.find_case(case_id);
    REQUIRE(c != k_no_index);
    return build_chronology(x, c);
}

// "N-4 AUD-1 ...": the ids of the entries, in chronology order.
std::string ids(const Extract& x, const Chronology& chron) {
    std::string out;
    for (const ChronologyEntry& e : chron.entries) {
        if (!out.empty())
            out += ' ';
        out += record_label(x, e.record);
    }
    return out;
}

Positions filtered(const Chronology& chron, const Extract& x, const ChronologyFilter& f) {
    return filter_chronology(chron, x, f);
}

Positions search(const Chronology& chron, const Extract& x, std::string_view text) {
    ChronologyFilter f;
    f.search = text;
    return filter_chronology(chron, x, f);
}

} // namespace

// ---------------------------------------------------------------------------
// What is on it, and in which order
// ---------------------------------------------------------------------------

TEST_CASE("chronology of a case with records of every kind it holds, newest first",
          "[audit][chronology]") {
    const auto x = load(minimal());
    const Chronology chron = of_case(*x, "C-5001");
    CHECK(chron.case_index == x->find_case("C-5001"));
    REQUIRE(chron.entries.size() == 11); // 4 notes, 1 assessment, 1 plan, 1 review,
                                         // 2 documents, 1 supervision, 1 audit
    CHECK(ids(*x, chron) == "N-4 AUD-1 N-3 SUP-1 RV-1 D-2 CSP-1 A-1 D-1 N-2 N-1");

    const auto& e = chron.entries;
    CHECK(e[0].kind == EntryKind::Note);
    CHECK(e[1].kind == EntryKind::Audit);
    CHECK(e[3].kind == EntryKind::Supervision);
    CHECK(e[4].kind == EntryKind::Review);
    CHECK(e[5].kind == EntryKind::Document);
    CHECK(e[6].kind == EntryKind::Plan);
    CHECK(e[7].kind == EntryKind::Assessment);

    // Dates: a note's event date, the assessment's completion, a document's receipt.
    CHECK(e[0].date == d("2026-02-10"));
    CHECK(e[4].date == d("2026-01-07")); // completed, not due (2026-01-08)
    CHECK(e[5].date == d("2025-11-28")); // received, not uploaded (2025-12-03)
    CHECK(e[6].date == d("2025-11-27"));
    CHECK(e[7].date == d("2025-11-20")); // completed, not started (2025-11-05)
    CHECK(e[10].date == d("2025-11-05"));
    // Recorded date-times: notes and supervisions only.
    REQUIRE(e[10].recorded_at.has_value());
    CHECK(format_date_time(*e[10].recorded_at) == "2025-11-06T09:15");
    REQUIRE(e[3].recorded_at.has_value());
    CHECK(format_date_time(*e[3].recorded_at) == "2026-01-15T10:10");
    CHECK_FALSE(e[7].recorded_at.has_value());
    CHECK_FALSE(e[1].recorded_at.has_value());

    // Authors: the note's author, the supervisor, the auditor; documents have none.
    CHECK(e[0].author == 1);
    CHECK(e[1].author == 1);
    CHECK(e[3].author == 1);
    CHECK(e[4].author == 2);
    CHECK(e[5].author == k_no_index);
    CHECK(e[8].author == k_no_index);
    CHECK(e[10].author == 2);

    // Titles.
    CHECK(chron.title(e[0]) == "Case audit note");
    CHECK(chron.title(e[1]) == "Audit (first line): Good");
    CHECK(chron.title(e[2]) == "Record of supervision discussion");
    CHECK(chron.title(e[3]) == "Supervision of Sam Social-Worker");
    CHECK(chron.title(e[4]) == "Review, planned, with the person and carer (completed 7 January "
                               "2026; due 8 January 2026; given to the person 9 January 2026, "
                               "by email)");
    CHECK(chron.title(e[5]) == "Document: letter, DOCX, not indexed (uploaded 3 December 2025)");
    CHECK(chron.title(e[6]) == "Care and support plan (completed 27 November 2025; review due 8 "
                               "January 2026; given to the person 28 November 2025, by post)");
    CHECK(chron.title(e[7]) == "Core assessment (completed 20 November 2025; given to the "
                               "person 24 November 2025, in person)");
    CHECK(chron.title(e[8]) == "Document: email, PDF, indexed (uploaded 14 November 2025): GP "
                               "reply about medication review");
    CHECK(chron.title(e[9]) == "Phone call");
    CHECK(chron.title(e[10]) == "Visit: Home visit");

    // Texts: the record's own words, straight from the extract; none for documents,
    // assessments (their sections are parts) and supervisions (decisions and actions).
    CHECK(x->text_of(e[0].text) == "Case audited. Risk section complete; strengths well recorded.");
    CHECK(x->text_of(e[6].text) == "Two calls a day for personal care; sensor mat.");
    CHECK(e[1].text.empty()); // AUD-1 has no note
    CHECK(e[3].text.empty());
    CHECK(e[5].text.empty());
    CHECK(e[7].text.empty());
}

TEST_CASE("chronology: an assessment's sections are parts of its entry", "[audit][chronology]") {
    const auto x = load(minimal());
    const Chronology chron = of_case(*x, "C-5001");
    const ChronologyEntry& a = chron.entries[7];
    REQUIRE(a.record.kind == RecordKind::Assessment);
    REQUIRE(a.parts_count == 5);
    const EntryPart* p = &chron.parts[a.parts_begin];
    CHECK(chron.str(p[0].label) == "Risk section (completed 20 November 2025)");
    CHECK(x->text_of(p[0].text) == "Risk of falls at night; sensor mat agreed.");
    CHECK(chron.str(p[1].label) == "Safeguarding section (completed)"); // no date given
    CHECK(chron.str(p[2].label) == "Mental capacity section (completed)");
    CHECK(chron.str(p[3].label) == "Strengths section (completed)");
    CHECK(chron.str(p[4].label) == "Outcomes section (not completed)");
    CHECK(p[4].text.empty());
    const Index first_section = x->assessments[a.record.index].sections.begin;
    for (std::uint32_t i = 0; i < 5; ++i) {
        CHECK(p[i].record.kind == RecordKind::AssessmentSection);
        CHECK(p[i].record.index == first_section + i);
    }
    // The other entries have no parts, but the supervision (its decision and action).
    for (std::size_t i = 0; i < chron.entries.size(); ++i)
        if (i != 7 && i != 3)
            CHECK(chron.entries[i].parts_count == 0);
}

TEST_CASE("chronology: a supervision shows only its decisions and actions about the case",
          "[audit][chronology]") {
    // SUP-1 also discusses C-5002 and decides something about it.
    std::string json = replace_once(minimal(), R"("casesDiscussed": ["C-5001"])",
                                    R"("casesDiscussed": ["C-5001", "C-5002"])");
    json = replace_once(json,
                        R"([ { "caseId": "C-5001", "text": "Plan to be reviewed in 6 weeks." } ])",
                        R"([ { "caseId": "C-5001", "text": "Plan to be reviewed in 6 weeks." },
             { "caseId": "C-5002", "text": "Close the case once the goals are met." } ])");
    const auto x = load(json);

    const Chronology first = of_case(*x, "C-5001");
    REQUIRE(first.entries[3].kind == EntryKind::Supervision);
    const ChronologyEntry& s1 = first.entries[3];
    REQUIRE(s1.parts_count == 2); // its decision and its action; not C-5002's decision
    CHECK(first.str(first.parts[s1.parts_begin].label) == "Decision");
    CHECK(x->text_of(first.parts[s1.parts_begin].text) == "Plan to be reviewed in 6 weeks.");
    CHECK(first.str(first.parts[s1.parts_begin + 1].label) ==
          "Action for Sam Social-Worker, due 31 January 2026");
    CHECK(x->text_of(first.parts[s1.parts_begin + 1].text) == "Book the review.");
    CHECK(first.parts[s1.parts_begin].record == RecordRef{RecordKind::Supervision, 0});

    // C-5002: N-6 (2025-12-19) is older than the supervision (2026-01-14).
    const Chronology second = of_case(*x, "C-5002");
    CHECK(ids(*x, second) == "SUP-1 N-6 SG-1 MCA-1 N-5");
    const ChronologyEntry& s2 = second.entries[0];
    REQUIRE(s2.parts_count == 1);
    CHECK(x->text_of(second.parts[s2.parts_begin].text) ==
          "Close the case once the goals are met.");
    CHECK(second.title(s2) == "Supervision of Sam Social-Worker");
    // The supervision's own text is about the supervisee's work as a whole: not shown.
    CHECK(search(second, *x, "Reflective").empty());
}

TEST_CASE("chronology: a supervision deciding about a case it does not list is still shown",
          "[audit][chronology]") {
    const std::string json =
        replace_once(minimal(), R"("casesDiscussed": ["C-5001"])", R"("casesDiscussed": [])");
    const auto x = load(json);
    const Chronology chron = of_case(*x, "C-5001");
    CHECK(ids(*x, chron) == "N-4 AUD-1 N-3 SUP-1 RV-1 D-2 CSP-1 A-1 D-1 N-2 N-1");
    CHECK(chron.entries[3].parts_count == 2);
}

TEST_CASE("chronology of the second case: safeguarding and capacity titles",
          "[audit][chronology]") {
    const auto x = load(minimal());
    const Chronology chron = of_case(*x, "C-5002");
    // N-6 2025-12-19, SG-1 2025-09-10, MCA-1 2025-09-05, N-5 2025-09-02; no supervision or
    // audit is about this case.
    CHECK(ids(*x, chron) == "N-6 SG-1 MCA-1 N-5");
    const auto& e = chron.entries;
    CHECK(chron.title(e[0]) == "Manager's decision");
    CHECK(chron.title(e[1]) == "Safeguarding concern (raised 10 September 2025; decision 11 "
                               "September 2025; closed 1 October 2025): no further action");
    CHECK(e[1].author == 3); // the lead, W-OT1
    CHECK(x->text_of(e[1].text) == "Unexplained bruising; explained by a fall.");
    CHECK(chron.title(e[2]) == "Capacity assessment: Where to live on discharge (has capacity)");
    CHECK(e[2].kind == EntryKind::CapacityAssessment);
    CHECK(chron.title(e[3]) == "Correspondence");
}

TEST_CASE("chronology: ties on a date go by kind, then recorded time, then file order",
          "[audit][chronology]") {
    // C-5002 gets three notes on 2025-09-02 and its capacity assessment moves to that day:
    //   N-5 recorded 11:00, N-6 recorded the next day 08:00, N-7 recorded 11:00 (as N-5).
    // Expected: SG-1 (2025-09-10) first; then on 2025-09-02 the notes before the capacity
    // assessment; among notes the latest recorded first (N-6), then N-7 before N-5 (same
    // recorded time: the later in the file first).
    std::string json = replace_once(
        minimal(),
        R"({ "id": "N-6", "authorId": "W-TM", "type": "managers-decision", "eventDate": "2025-12-19",
          "recordedAt": "2025-12-19T12:00", "text": "Case closed: goals met." })",
        R"({ "id": "N-6", "authorId": "W-TM", "type": "managers-decision", "eventDate": "2025-09-02",
          "recordedAt": "2025-09-03T08:00", "text": "Case closed: goals met." },
        { "id": "N-7", "authorId": "W-OT1", "type": "phone", "eventDate": "2025-09-02",
          "recordedAt": "2025-09-02T11:00", "text": "Rang the ward." })");
    json = replace_once(json, R"("date": "2025-09-05")", R"("date": "2025-09-02")");
    const auto x = load(json);
    const Chronology chron = of_case(*x, "C-5002");
    CHECK(ids(*x, chron) == "SG-1 N-6 N-7 N-5 MCA-1");
}

TEST_CASE("chronology: assessments, plans and reviews not completed, and undated reviews",
          "[audit][chronology]") {
    std::string json = replace_once(minimal(), R"("completedDate": "2025-11-20",)", "");
    json = replace_once(json, R"("startDate": "2025-11-27",
          "completedDate": "2025-11-27",)",
                        R"("startDate": "2025-11-27",)");
    json = replace_once(json, R"("dueDate": "2026-01-08", "completedDate": "2026-01-07",)", "");
    const auto x = load(json);
    const Chronology chron = of_case(*x, "C-5001");
    // A-1 now dates from its start (2025-11-05, the day of N-1: the note first); CSP-1 from
    // its start (2025-11-27, as before); RV-1 has no date and takes the case's opening date
    // (2025-11-03), the oldest on the file.
    CHECK(ids(*x, chron) == "N-4 AUD-1 N-3 SUP-1 D-2 CSP-1 D-1 N-2 N-1 A-1 RV-1");
    const auto& e = chron.entries;
    CHECK(e[9].date == d("2025-11-05"));
    CHECK(chron.title(e[9]) == "Core assessment (started 5 November 2025, not completed; given "
                               "to the person 24 November 2025, in person)");
    CHECK(chron.title(e[5]) == "Care and support plan (started 27 November 2025, not completed; "
                               "review due 8 January 2026; given to the person 28 November "
                               "2025, by post)");
    CHECK(e[10].date == d("2025-11-03"));
    CHECK(chron.title(e[10]) == "Review, planned, with the person and carer (not completed, no "
                                "date recorded; given to the person 9 January 2026, by email)");
}

TEST_CASE("chronology: a review due but not completed dates from its due date",
          "[audit][chronology]") {
    const std::string json =
        replace_once(minimal(), R"("dueDate": "2026-01-08", "completedDate": "2026-01-07",)",
                     R"("dueDate": "2026-01-08",)");
    const auto x = load(json);
    const Chronology chron = of_case(*x, "C-5001");
    REQUIRE(chron.entries[4].kind == EntryKind::Review);
    CHECK(chron.entries[4].date == d("2026-01-08"));
    CHECK(chron.title(chron.entries[4]) ==
          "Review, planned, with the person and carer (due 8 January 2026, not completed; given "
          "to the person 9 January 2026, by email)");
}

TEST_CASE("chronology of an empty case, and of a case that does not exist", "[audit][chronology]") {
    const std::string json =
        replace_once(minimal(), R"("cases": [)",
                     R"("cases": [ { "id": "C-EMPTY", "personId": "P-1002", "status": "open",
                        "openedDate": "2025-10-01", "allocations": [] },)");
    const auto x = load(json);
    const Chronology chron = of_case(*x, "C-EMPTY");
    CHECK(chron.case_index == 0);
    CHECK(chron.entries.empty());
    CHECK(chron.parts.empty());
    CHECK(filter_chronology(chron, *x, ChronologyFilter{}).empty());
    CHECK(search(chron, *x, "visit").empty());
    CHECK(chronology_authors(chron, *x).empty());
    CHECK(chron.find(RecordRef{RecordKind::Note, 0}) == Chronology::k_no_entry);

    const Chronology none = build_chronology(*x, static_cast<Index>(x->cases.size()));
    CHECK(none.case_index == k_no_index);
    CHECK(none.entries.empty());
    CHECK(build_chronology(*x, k_no_index).entries.empty());
}

// ---------------------------------------------------------------------------
// Lookup and authors
// ---------------------------------------------------------------------------

TEST_CASE("chronology: finding a record's entry", "[audit][chronology]") {
    const auto x = load(minimal());
    const Chronology chron = of_case(*x, "C-5001");
    CHECK(chron.find(RecordRef{RecordKind::Note, x->find_note("N-1")}) == 10);
    CHECK(chron.find(RecordRef{RecordKind::Note, x->find_note("N-4")}) == 0);
    CHECK(chron.find(RecordRef{RecordKind::Audit, 0}) == 1);
    CHECK(chron.find(RecordRef{RecordKind::Document, 1}) == 5); // D-2
    // A section leads to its assessment's entry; the supervision to its entry.
    CHECK(chron.find(RecordRef{RecordKind::AssessmentSection, 0}) == 7);
    CHECK(chron.find(RecordRef{RecordKind::AssessmentSection, 4}) == 7);
    CHECK(chron.find(RecordRef{RecordKind::Supervision, 0}) == 3);
    // Records of another case, or of kinds not on a chronology.
    CHECK(chron.find(RecordRef{RecordKind::Note, x->find_note("N-5")}) == Chronology::k_no_entry);
    CHECK(chron.find(RecordRef{RecordKind::Safeguarding, 0}) == Chronology::k_no_entry);
    CHECK(chron.find(RecordRef{RecordKind::Case, 0}) == Chronology::k_no_entry);
    CHECK(chron.find(RecordRef{RecordKind::Worker, 2}) == Chronology::k_no_entry);
    CHECK(chron.find(RecordRef{}) == Chronology::k_no_entry);
}

TEST_CASE("chronology: the authors, by name", "[audit][chronology]") {
    const auto x = load(minimal());
    // C-5001: Morgan Manager (1) and Sam Social-Worker (2); documents have no author.
    CHECK(chronology_authors(of_case(*x, "C-5001"), *x) == std::vector<Index>{1, 2});
    // C-5002: Morgan Manager (1, N-6), Olu Therapist (3): "Morgan" < "Olu".
    CHECK(chronology_authors(of_case(*x, "C-5002"), *x) == std::vector<Index>{1, 3});
}

// ---------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------

TEST_CASE("chronology filter: no filter passes everything, in order", "[audit][chronology]") {
    const auto x = load(minimal());
    const Chronology chron = of_case(*x, "C-5001");
    CHECK(filtered(chron, *x, ChronologyFilter{}) == Positions{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
}

TEST_CASE("chronology filter: by kind", "[audit][chronology]") {
    const auto x = load(minimal());
    const Chronology chron = of_case(*x, "C-5001");
    ChronologyFilter f;
    f.kinds = kind_bit(EntryKind::Note);
    CHECK(filtered(chron, *x, f) == Positions{0, 2, 9, 10});
    f.kinds = kind_bit(EntryKind::Document) | kind_bit(EntryKind::Audit);
    CHECK(filtered(chron, *x, f) == Positions{1, 5, 8});
    f.kinds = kind_bit(EntryKind::Safeguarding) | kind_bit(EntryKind::CapacityAssessment);
    CHECK(filtered(chron, *x, f).empty()); // none on this case
    f.kinds = 0;
    CHECK(filtered(chron, *x, f).empty());
    f.kinds = k_all_entry_kinds & ~kind_bit(EntryKind::Note);
    CHECK(filtered(chron, *x, f) == Positions{1, 3, 4, 5, 6, 7, 8});
}

TEST_CASE("chronology filter: by author", "[audit][chronology]") {
    const auto x = load(minimal());
    const Chronology chron = of_case(*x, "C-5001");
    ChronologyFilter f;
    f.author = 1; // Morgan Manager: N-4, AUD-1, N-3, SUP-1 (as supervisor)
    CHECK(filtered(chron, *x, f) == Positions{0, 1, 2, 3});
    f.author = 2; // Sam Social-Worker: RV-1, CSP-1, A-1, N-2, N-1 (not SUP-1: supervisee)
    CHECK(filtered(chron, *x, f) == Positions{4, 6, 7, 9, 10});
    f.author = 3; // Olu Therapist wrote nothing on this case
    CHECK(filtered(chron, *x, f).empty());
    f.author = 1;
    f.kinds = kind_bit(EntryKind::Note); // and notes only
    CHECK(filtered(chron, *x, f) == Positions{0, 2});
}

TEST_CASE("chronology filter: by date range, both ends inclusive", "[audit][chronology]") {
    const auto x = load(minimal());
    const Chronology chron = of_case(*x, "C-5001");
    ChronologyFilter f;
    f.from = d("2025-11-20"); // A-1's date
    f.to = d("2026-01-07");   // RV-1's date
    CHECK(filtered(chron, *x, f) == Positions{4, 5, 6, 7});
    f.from = d("2025-11-21"); // a day later: A-1 drops out
    f.to = d("2026-01-06");   // a day earlier: RV-1 drops out
    CHECK(filtered(chron, *x, f) == Positions{5, 6});
    f.from = d("2026-01-14");
    f.to.reset();
    CHECK(filtered(chron, *x, f) == Positions{0, 1, 2, 3});
    f.from.reset();
    f.to = d("2025-11-12"); // N-2 on the day, D-1 (11-13) not
    CHECK(filtered(chron, *x, f) == Positions{9, 10});
    f.from = d("2026-01-01");
    f.to = d("2025-12-01"); // from after to: nothing
    CHECK(filtered(chron, *x, f).empty());
    f.from = d("2025-11-28");
    f.to = d("2025-11-28"); // a single day
    CHECK(filtered(chron, *x, f) == Positions{5});
}

TEST_CASE("chronology search: in texts, titles and parts, ignoring case", "[audit][chronology]") {
    const auto x = load(minimal());
    const Chronology chron = of_case(*x, "C-5001");
    // In a plan's text (CSP-1) and an assessment section's text (A-1's risk section).
    CHECK(search(chron, *x, "SENSOR MAT") == Positions{6, 7});
    // Only in a title: N-1's title "Home visit" (its text says "at home with").
    CHECK(search(chron, *x, "home visit") == Positions{10});
    // In a title (D-1, which has no text) and in a text (N-2).
    CHECK(search(chron, *x, "Medication Review") == Positions{8, 9});
    // A part's label (A-1 "Risk section ...") and a note's text (N-4 "Risk section complete").
    CHECK(search(chron, *x, "risk section") == Positions{0, 7});
    // A supervision action's text, and its label.
    CHECK(search(chron, *x, "book the REVIEW") == Positions{3});
    CHECK(search(chron, *x, "due 31 January") == Positions{3});
    // Spaces around the search are ignored; "Good" is only in AUD-1's title.
    CHECK(search(chron, *x, "   good \t") == Positions{1});
    CHECK(search(chron, *x, "no such words").empty());
    // Empty or blank: everything.
    CHECK(search(chron, *x, "").size() == 11);
    CHECK(search(chron, *x, "   ").size() == 11);

    // With the other filters: "review" is in N-2 (text), D-1 (title), RV-1 (title), CSP-1
    // (title "review due"), SUP-1 (action); Sam's only: N-2, RV-1, CSP-1.
    ChronologyFilter f;
    f.search = "review";
    CHECK(filtered(chron, *x, f) == Positions{2, 3, 4, 6, 8, 9});
    f.author = 2;
    CHECK(filtered(chron, *x, f) == Positions{4, 6, 9});
}

TEST_CASE("chronology filter: the output vector is cleared and reused", "[audit][chronology]") {
    const auto x = load(minimal());
    const Chronology chron = of_case(*x, "C-5001");
    std::vector<std::uint32_t> out{99, 98, 97};
    ChronologyFilter f;
    f.kinds = kind_bit(EntryKind::Audit);
    filter_chronology(chron, *x, f, out);
    CHECK(out == Positions{1});
}

TEST_CASE("case-insensitive containment, ASCII folding only", "[audit][chronology]") {
    CHECK(contains_ignoring_case("Risk OF falls", "of FALLS"));
    CHECK(contains_ignoring_case("abc", "ABC"));
    CHECK(contains_ignoring_case("abc", "bc")); // at the very end
    CHECK(contains_ignoring_case("aab", "ab")); // a false start, then a match
    CHECK(contains_ignoring_case("abc", ""));
    CHECK(contains_ignoring_case("", ""));
    CHECK_FALSE(contains_ignoring_case("", "a"));
    CHECK_FALSE(contains_ignoring_case("ab", "abc")); // needle longer
    CHECK_FALSE(contains_ignoring_case("abd", "abc"));
    // Not letters: '@' (0x40) and '`' (0x60) are not a case pair, nor '[' and '{'.
    CHECK_FALSE(contains_ignoring_case("@", "`"));
    CHECK_FALSE(contains_ignoring_case("[", "{"));
    // Beyond ASCII bytes compare exactly: "É" (C3 89) and "é" (C3 A9) differ.
    CHECK_FALSE(contains_ignoring_case("\xC3\x89tienne", "\xC3\xA9tienne"));
    CHECK(contains_ignoring_case("\xC3\xA9TIENNE", "\xC3\xA9tienne"));
}

TEST_CASE("case-insensitive containment: the search anchors on the needle's rarest letter",
          "[audit][chronology]") {
    // "quiz": 'z' (the rarest) is the anchor, last in the needle; found as 'z' in the text.
    CHECK(contains_ignoring_case("quick quiz", "QUIZ"));
    // "az" in "zazb": the first 'z' cannot end an "az"; the second does (positions 1-2).
    CHECK(contains_ignoring_case("zazb", "az"));
    // "az" in "zzz": every 'z' is tried, none follows an 'a'.
    CHECK_FALSE(contains_ignoring_case("zzz", "az"));
    // The anchor only in its upper case in the text.
    CHECK(contains_ignoring_case("FIZZ", "fizz"));
    // "quit": anchor 'q', met as 'Q' (position 0, "Qx q"), 'q' (position 3, "q QU"), then
    // 'Q' at position 5 starts "QUIT": both cases are followed in turn.
    CHECK(contains_ignoring_case("Qx q QUIT", "quit"));
    CHECK_FALSE(contains_ignoring_case("Qx q QUIZ", "quit"));
    // A digit is rarer than any letter: "12 mar" anchors on '1'.
    CHECK(contains_ignoring_case("Visit on 12 March", "12 mar"));
    CHECK_FALSE(contains_ignoring_case("Visit on 12 May", "12 mar"));
    // The anchor occurs in the text, but too near the start for the needle to fit before it
    // ("xq": 'q' is the anchor, at position 1; the text starts with 'q').
    CHECK_FALSE(contains_ignoring_case("qxy", "xq"));
    // ... or too near the end for the rest of the needle to fit after it.
    CHECK_FALSE(contains_ignoring_case("abcq", "qa"));
    CHECK(contains_ignoring_case("abcqa", "qa"));
}

TEST_CASE("entry kind labels", "[audit][chronology]") {
    CHECK(entry_kind_label(EntryKind::Note) == "Note");
    CHECK(entry_kind_label(EntryKind::Plan) == "Care and support plan");
    CHECK(entry_kind_label(EntryKind::CapacityAssessment) == "Capacity assessment");
    CHECK(entry_kind_label(EntryKind::Audit) == "Audit");
    CHECK(entry_kind_label(EntryKind::Count).empty());
    CHECK(kind_bit(EntryKind::Note) == 1u);
    CHECK(kind_bit(EntryKind::Audit) == 256u);
    CHECK(k_all_entry_kinds == 511u); // nine kinds
}
