// The case extract importer on valid input: counts, values, indexes, chunked feeding.
#include "test_extract_support.h"

#include "core/extract/import.h"

using namespace ca;
using namespace ca_test;

TEST_CASE("the documented minimal extract imports with hand-counted records", "[extract]") {
    const ImportResult r = import_extract(minimal());
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(r.findings.empty());
    CHECK(r.error_count == 0);
    const Extract& x = *r.extract;

    CHECK(x.teams.size() == 2);
    CHECK(x.workers.size() == 4);
    CHECK(x.training.size() == 4); // W-TM 2, W-SW1 2, W-OT1 0, W-DIR none
    CHECK(x.people.size() == 2);
    CHECK(x.cases.size() == 2);
    CHECK(x.allocations.size() == 3);
    CHECK(x.requests.size() == 1);
    CHECK(x.notes.size() == 6);
    CHECK(x.assessments.size() == 1);
    CHECK(x.sections.size() == 5);
    CHECK(x.plans.size() == 1);
    CHECK(x.services.size() == 1);
    CHECK(x.reviews.size() == 1);
    CHECK(x.safeguarding.size() == 1);
    CHECK(x.capacity_assessments.size() == 1);
    CHECK(x.documents.size() == 2);
    CHECK(x.supervisions.size() == 1);
    CHECK(x.supervision_cases.size() == 1);
    CHECK(x.supervision_items.size() == 2);
    CHECK(x.director_discussions.size() == 1);
    CHECK(x.audits.size() == 1);
}

TEST_CASE("the minimal extract's values are read exactly", "[extract]") {
    const ImportResult r = import_extract(minimal());
    REQUIRE(r.ok());
    const Extract& x = *r.extract;

    CHECK(x.metadata.format_version == 1);
    CHECK(x.metadata.as_at == make_date(2026, 3, 2));
    CHECK(x.metadata.extracted_at.date == make_date(2026, 3, 2));
    CHECK(x.metadata.extracted_at.minute_of_day == 18 * 60 + 30);
    CHECK(x.metadata.organisation_name == "Westmere Borough Council (synthetic)");
    CHECK(x.metadata.organisation_code == "E99999999");
    CHECK(x.metadata.source_system == "mosaic");

    // Teams and their caseload overrides.
    const Index north = x.find_team("T-NORTH");
    REQUIRE(north == 0);
    REQUIRE(x.teams[north].caseload_limits.has_value());
    CHECK(x.teams[north].caseload_limits->upper == 22);
    CHECK(x.teams[north].caseload_limits->absolute == 25);
    CHECK(x.teams[1].kind == TeamKind::Hospital);
    CHECK_FALSE(x.teams[1].caseload_limits.has_value());

    // Workers: references resolved to indexes.
    const Index sw = x.find_worker("W-SW1");
    const Index tm = x.find_worker("W-TM");
    const Index ot = x.find_worker("W-OT1");
    REQUIRE(sw == 2);
    REQUIRE(tm == 1);
    REQUIRE(ot == 3);
    CHECK(x.find_worker("W-NOBODY") == k_no_index);
    CHECK(x.workers[sw].role == WorkerRole::QualifiedSocialWorker);
    CHECK(x.workers[sw].team == north);
    CHECK(x.workers[sw].line_manager == tm);
    CHECK(x.workers[tm].line_manager == x.find_worker("W-DIR"));
    CHECK(x.workers[sw].asye_start == make_date(2025, 10, 6));
    CHECK_FALSE(x.workers[sw].asye_completed.has_value());
    CHECK(x.workers[ot].fte == Approx(0.6f));
    CHECK(x.workers[sw].fte == Approx(1.0f));
    CHECK_FALSE(x.workers[ot].end.has_value()); // "endDate": null
    REQUIRE(x.workers[sw].training.count == 2);
    const Training& t2 = x.training[x.workers[sw].training.begin + 1];
    CHECK(t2.course == TrainingCourse::DataProtection);
    CHECK(t2.completed == make_date(2025, 11, 17));
    CHECK(t2.worker == sw);

    // People and CLD demographics.
    CHECK(x.people[0].gender == Gender::Female);
    CHECK(x.people[0].ethnicity == Ethnicity::WhiteBritish);
    CHECK(x.people[0].primary_support_reason == PrimarySupportReason::PhysicalPersonalCare);
    CHECK(x.people[1].gender == Gender::Unrecorded);
    CHECK(x.text_of(x.people[1].name) == "Bo Sample");

    // Case C-5001 and its contents.
    const Index c1 = x.find_case("C-5001");
    REQUIRE(c1 == 0);
    const Case& c = x.cases[c1];
    CHECK(c.person == 0);
    CHECK(c.status == CaseStatus::Open);
    CHECK_FALSE(c.closed.has_value());
    CHECK(c.notes.begin == 0);
    CHECK(c.notes.count == 4);
    CHECK(c.allocations.count == 2);
    const Allocation& sec = x.allocations[c.allocations.begin + 1];
    CHECK(sec.worker == ot);
    CHECK(sec.role == AllocationRole::Secondary);
    CHECK(sec.to == make_date(2026, 1, 9));
    CHECK(sec.covers(make_date(2026, 1, 9)));
    CHECK_FALSE(sec.covers(make_date(2026, 1, 10)));
    CHECK_FALSE(sec.covers(make_date(2025, 11, 9)));

    const Note& n2 = x.notes[1];
    CHECK(x.id_of(n2.id) == "N-2");
    CHECK(n2.author == sw);
    CHECK(n2.type == NoteType::Phone);
    CHECK(n2.event_date == make_date(2025, 11, 12));
    CHECK(n2.recorded_at.date == make_date(2025, 11, 12));
    CHECK(n2.recorded_at.minute_of_day == 16 * 60 + 40); // seconds dropped
    CHECK(x.text_of(n2.text) ==
          "Phoned the GP surgery to ask for a medication review. Awaiting call back.");
    CHECK(n2.title.empty());
    CHECK(x.text_of(x.notes[0].title) == "Home visit");
    CHECK(x.notes[3].type == NoteType::CaseAudit);
    CHECK(x.find_note("N-6") == 5);
    CHECK(x.notes[5].case_index == 1);
    CHECK(x.notes[5].type == NoteType::ManagersDecision);

    const Assessment& a = x.assessments[0];
    CHECK(a.kind == AssessmentKind::Core);
    REQUIRE(a.sections.count == 5);
    CHECK(x.sections[a.sections.begin].kind == SectionKind::Risk);
    CHECK(x.sections[a.sections.begin].completed_date == make_date(2025, 11, 20));
    CHECK(x.sections[a.sections.begin + 1].completed);
    CHECK_FALSE(x.sections[a.sections.begin + 1].completed_date.has_value());
    CHECK_FALSE(x.sections[a.sections.begin + 4].completed);
    CHECK(x.sections[a.sections.begin + 4].text.empty());
    REQUIRE(a.given_to_person.has_value());
    CHECK(a.given_to_person->date == make_date(2025, 11, 24));
    CHECK(a.given_to_person->method == GivenMethod::InPerson);

    CHECK(x.plans[0].review_due == make_date(2026, 1, 8));
    CHECK(x.plans[0].given_to_person->method == GivenMethod::Post);
    CHECK(x.text_of(x.services[0].service_type) == "Long Term Support: Community");
    CHECK(x.reviews[0].method == ReviewMethod::PersonAndCarer);
    CHECK(x.reviews[0].given_to_person->method == GivenMethod::Email);
    CHECK(x.requests[0].route_of_access == RouteOfAccess::CommunityOther);
    CHECK(x.documents[0].file_format == FileFormat::Pdf);
    CHECK(x.documents[0].indexed);
    CHECK(x.documents[1].file_format == FileFormat::Docx);
    CHECK_FALSE(x.documents[1].indexed);
    CHECK(x.documents[1].received == make_date(2025, 11, 28));

    // Case C-5002 (closed) and its safeguarding / capacity records.
    const Case& cc = x.cases[1];
    CHECK(cc.status == CaseStatus::Closed);
    CHECK(cc.closed == make_date(2025, 12, 19));
    CHECK(cc.safeguarding.count == 1);
    CHECK(cc.documents.count == 0);
    CHECK(x.safeguarding[0].lead == ot);
    CHECK(x.safeguarding[0].outcome == SafeguardingOutcome::NoFurtherAction);
    CHECK(x.capacity_assessments[0].outcome == CapacityOutcome::HasCapacity);
    CHECK(x.text_of(x.capacity_assessments[0].decision) == "Where to live on discharge");

    // Supervision: decisions then actions, each resolved.
    const Supervision& s = x.supervisions[0];
    CHECK(s.supervisee == sw);
    CHECK(s.supervisor == tm);
    CHECK(s.recorded_at.minute_of_day == 10 * 60 + 10);
    REQUIRE(s.cases_discussed.count == 1);
    CHECK(x.supervision_cases[s.cases_discussed.begin] == c1);
    REQUIRE(s.decisions.count == 1);
    REQUIRE(s.actions.count == 1);
    CHECK(x.text_of(x.supervision_items[s.decisions.begin].text) ==
          "Plan to be reviewed in 6 weeks.");
    const SupervisionItem& act = x.supervision_items[s.actions.begin];
    CHECK(x.text_of(act.text) == "Book the review.");
    CHECK(act.owner == sw);
    CHECK(act.due == make_date(2026, 1, 31));
    CHECK(act.case_index == c1);

    const DirectorDiscussion& dd = x.director_discussions[0];
    CHECK(dd.worker == ot);
    CHECK(dd.agreed_caseload == 30);
    CHECK(dd.period_to == make_date(2025, 12, 31));
    CHECK(x.audits[0].case_index == c1);
    CHECK(x.audits[0].grade == AuditGrade::Good);
    CHECK(x.audits[0].kind == AuditKind::FirstLine);
}

TEST_CASE("feeding the extract in chunks of any size gives the same result", "[extract]") {
    const std::string text = minimal();
    for (std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{7},
                              std::size_t{64}, std::size_t{4096}}) {
        INFO("chunk size " << chunk);
        ExtractImporter importer;
        importer.set_total_bytes(text.size());
        double last_progress = 0.0;
        for (std::size_t at = 0; at < text.size(); at += chunk) {
            importer.feed(std::string_view(text).substr(at, chunk));
            CHECK(importer.progress() >= last_progress);
            last_progress = importer.progress();
        }
        CHECK(importer.progress() == 1.0);
        CHECK(importer.bytes_fed() == text.size());
        const ImportResult r = importer.finish();
        INFO(all_findings(r));
        REQUIRE(r.ok());
        CHECK(r.findings.empty());
        CHECK(r.extract->notes.size() == 6);
        CHECK(r.extract->sections.size() == 5);
        CHECK(r.extract->text_of(r.extract->notes[3].text) ==
              "Case audited. Risk section complete; strengths well recorded.");
    }
}

TEST_CASE("progress is 0 until the total size is known", "[extract]") {
    ExtractImporter importer;
    importer.feed("{");
    CHECK(importer.progress() == 0.0);
    importer.set_total_bytes(4);
    CHECK(importer.progress() == 0.25);
}

TEST_CASE("fields may come in any order and references may point forward", "[extract]") {
    // Cases before workers and people, and metadata last.
    const std::string text = R"({
  "cases": [ { "allocations": [ { "role": "primary", "from": "2025-01-01", "workerId": "W2" } ],
               "openedDate": "2025-01-01", "status": "open", "personId": "P1", "id": "C1" } ],
  "people": [ { "dateOfBirth": "1950-01-01", "name": "A", "id": "P1" } ],
  "workers": [ { "id": "W2", "name": "B", "teamId": "T1", "role": "other", "qualified": false,
                 "startDate": "2020-01-01" } ],
  "teams": [ { "id": "T1", "name": "Team", "kind": "other" } ],
  "metadata": { "organisation": { "name": "Org" }, "asAt": "2025-06-30",
                "extractedAt": "2025-06-30T08:00", "formatVersion": 1,
                "format": "case-audit-extract" }
})";
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(r.findings.empty());
    CHECK(r.extract->allocations[0].worker == 0);
    CHECK(r.extract->cases[0].person == 0);
    CHECK(r.extract->metadata.as_at == make_date(2025, 6, 30));
}

TEST_CASE("escaped strings are unescaped into the text store", "[extract]") {
    const std::string text =
        replace_once(minimal(), R"("text": "Case closed: goals met.")",
                     R"("text": "Line one\nLine \"two\" \u00a3 5 \ud83d\ude00 tab\tend")");
    const ImportResult r = import_extract(text);
    INFO(all_findings(r));
    REQUIRE(r.ok());
    CHECK(r.extract->text_of(r.extract->notes[5].text) ==
          "Line one\nLine \"two\" \xC2\xA3 5 \xF0\x9F\x98\x80 tab\tend");
}

TEST_CASE("ids are interned once and compared byte for byte", "[extract]") {
    const ImportResult r = import_extract(minimal());
    REQUIRE(r.ok());
    const Extract& x = *r.extract;
    CHECK(x.ids.find("W-SW1") != k_no_str);
    CHECK(x.ids.find("w-sw1") == k_no_str);
    // "W-SW1" is used by 12 fields in the example but stored once.
    std::size_t n = 0;
    for (StrId i = 0; i < x.ids.size(); ++i)
        if (x.ids.view(i) == "W-SW1")
            ++n;
    CHECK(n == 1);
}

TEST_CASE("StringTable interns, finds and grows", "[extract]") {
    StringTable t;
    CHECK(t.find("a") == k_no_str);
    const StrId a = t.intern("a");
    const StrId b = t.intern("b");
    CHECK(a == 0);
    CHECK(b == 1);
    CHECK(t.intern("a") == a);
    CHECK(t.intern("") == 2); // the empty string is a string like any other
    for (int i = 0; i < 1000; ++i)
        t.intern("id-" + std::to_string(i));
    CHECK(t.size() == 1003);
    CHECK(t.find("id-999") == 1002);
    CHECK(t.view(t.find("id-500")) == "id-500");
    CHECK(t.find("id-1000") == k_no_str);
}

TEST_CASE("same_text compares whole texts, 8 bytes at a time and the rest", "[extract]") {
    // Lengths either side of one and two 8-byte words, differing at every position: a
    // difference in the word part or in the tail must both be seen.
    const std::string base = "ABCDEFGHIJKLMNOPQRSTU";
    for (std::size_t len = 0; len <= base.size(); ++len) {
        const std::string a = base.substr(0, len);
        std::string b = a;
        CHECK(same_text(a, b));
        for (std::size_t i = 0; i < len; ++i) {
            b = a;
            b[i] = '-';
            INFO("length " << len << ", differing at " << i);
            CHECK_FALSE(same_text(a, b));
        }
        if (len > 0)
            CHECK_FALSE(same_text(a, base.substr(0, len - 1))); // a prefix is not equal
    }
    CHECK(same_text("", std::string_view()));
    CHECK_FALSE(same_text("W-SW1", "W-SW2"));
}

TEST_CASE("StringTable keeps apart two ids with the same hash", "[extract]") {
    // "C-129599" and "C-732382" have the same 32-bit FNV-1a hash (0x9177b442, worked out
    // by a search over "C-<n>"), so they share a home slot and the stored hash: only the
    // comparison of the texts tells them apart.
    StringTable t;
    const StrId a = t.intern("C-129599");
    CHECK(t.find("C-732382") == k_no_str);
    const StrId b = t.intern("C-732382");
    CHECK(a != b);
    CHECK(t.intern("C-129599") == a);
    CHECK(t.find("C-732382") == b);
    CHECK(t.view(b) == "C-732382");
    for (int i = 0; i < 200; ++i) // grows the table past both: they must survive the move
        t.intern("W-" + std::to_string(i));
    CHECK(t.find("C-129599") == a);
    CHECK(t.find("C-732382") == b);
}

TEST_CASE("enumerations round-trip through their kebab-case names", "[extract]") {
    CHECK(enum_name(NoteType::RecordOfSupervisionDiscussion) == "record-of-supervision-discussion");
    CHECK(parse_enum<NoteType>("managers-decision") == NoteType::ManagersDecision);
    CHECK_FALSE(parse_enum<NoteType>("Managers-Decision").has_value());
    CHECK_FALSE(parse_enum<Gender>("").has_value()); // Unrecorded is not a spelling
    CHECK(parse_enum<WorkerRole>("qualified-social-worker") == WorkerRole::QualifiedSocialWorker);
    CHECK(enum_name_list<TeamKind>() == "community, hospital, other");
    CHECK(enum_name_list<ReviewMethod>() == "person, carer, person-and-carer");
}
