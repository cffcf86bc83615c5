// The recording-quality indicators as evidence for the six writing areas of a case audit.
#include "core/audit/writing_evidence.h"

#include "test_caseload_support.h"

#include <catch2/catch.hpp>

using namespace ca;
using namespace ca::audit;
using ca_test::d;

namespace {

// One case with three notes (N-1..N-3) for the person "Mary Anne Jones".
struct Fixture {
    ca_test::ExtractBuilder b;
    Index c = 0;
    Fixture() {
        const Index team = b.team("T-1");
        b.worker("W-1", team);
        c = b.add_case(d("2025-01-06"));
        b.ex.people[b.ex.cases[c].person].name = b.ex.text.add("Mary Anne Jones");
        b.ex.metadata.organisation_name = "London Borough of Eastmere";
        const char* texts[] = {"Visited Mary.", "Phoned the GP.", "Letter sent."};
        b.ex.cases[c].notes = {0, 3};
        for (int i = 0; i < 3; ++i) {
            Note n;
            n.id = b.ex.ids.intern("N-" + std::to_string(i + 1));
            n.case_index = c;
            n.event_date = add_days(d("2026-03-02"), i);
            n.recorded_at = {add_days(d("2026-03-02"), i), static_cast<std::int16_t>(600 + i)};
            n.text = b.ex.text.add(texts[i]);
            b.ex.notes.push_back(n);
        }
    }
};

text::TextFinding concern(text::Indicator i, const char* message) {
    text::TextFinding f;
    f.indicator = i;
    f.area = text::area_of(i);
    f.kind = text::kind_of(i);
    f.message = message;
    return f;
}

} // namespace

TEST_CASE("the case's notes and names as the assistant reads them", "[audit][writing]") {
    Fixture f;
    std::vector<std::string> dates;
    const std::vector<text::NoteInput> in = case_note_inputs(f.b.ex, f.c, d("2026-03-16"), dates);
    REQUIRE(in.size() == 3);
    CHECK(in[0].id == "N-1");
    CHECK(in[0].date == "2026-03-02T10:00"); // minute 600 of the day
    CHECK(in[2].date == "2026-03-04T10:02");
    CHECK(in[1].text == "Phoned the GP.");
    CHECK(person_name_words(f.b.ex, f.b.ex.cases[f.c].person) ==
          std::vector<std::string>{"Mary", "Anne", "Jones"});
    const std::vector<std::string> names = extract_names(f.b.ex);
    CHECK(names.front() == "London Borough of Eastmere");
    CHECK(std::find(names.begin(), names.end(), "Worker W-1") != names.end());
    CHECK(std::find(names.begin(), names.end(), "Team T-1") != names.end());
}

TEST_CASE("the writing areas read the practitioners' notes on the file on the audit date",
          "[audit][writing]") {
    // N-1 Visit (2 March), N-2 a case audit note (3 March), N-3 recorded 4 March, N-4 a record
    // of supervision discussion, N-5 a manager's decision, N-6 a visit recorded 20 March.
    Fixture f;
    f.b.ex.notes[1].type = NoteType::CaseAudit;
    const auto add = [&](NoteType type, const char* recorded) {
        Note n;
        n.id = f.b.ex.ids.intern("N-" + std::to_string(f.b.ex.notes.size() + 1));
        n.case_index = f.c;
        n.type = type;
        n.event_date = d(recorded);
        n.recorded_at = {d(recorded), 600};
        n.text = f.b.ex.text.add("Wich was recieved.");
        f.b.ex.notes.push_back(n);
        ++f.b.ex.cases[f.c].notes.count;
    };
    add(NoteType::RecordOfSupervisionDiscussion, "2026-03-05");
    add(NoteType::ManagersDecision, "2026-03-06");
    add(NoteType::Visit, "2026-03-20");
    std::vector<std::string> dates;
    // Audited on 16 March: N-1 and N-3 only.
    std::vector<text::NoteInput> in = case_note_inputs(f.b.ex, f.c, d("2026-03-16"), dates);
    REQUIRE(in.size() == 2);
    CHECK(in[0].id == "N-1");
    CHECK(in[1].id == "N-3");
    // On 20 March the later visit N-6 is on the file too.
    in = case_note_inputs(f.b.ex, f.c, d("2026-03-20"), dates);
    REQUIRE(in.size() == 3);
    CHECK(in[2].id == "N-6");

    // The report follows those notes: its second note is N-3, not the audit note N-2.
    CaseEvidence ev;
    ev.case_index = f.c;
    ev.audit_date = d("2026-03-16");
    ev.areas.resize(k_case_area_count);
    text::CaseTextReport report;
    report.notes.resize(2);
    report.notes[1].findings = {concern(text::Indicator::Spelling, "\"wich\" may be misspelt")};
    report.summary.notes = 2;
    add_writing_indicators(ev, f.b.ex, report);
    const AreaEvidence& lit = ev.areas[static_cast<std::size_t>(text::AuditArea::SpellingLiteracy)];
    REQUIRE(lit.lines.size() == 1);
    CHECK(lit.lines[0].records == std::vector<RecordRef>{{RecordKind::Note, 2}});
    CHECK(lit.lines[0].text.rfind("N-3 (4 March 2026)", 0) == 0);
    CHECK(lit.checked.find("not the managers' audit, supervision and decision notes") !=
          std::string::npos);
}

TEST_CASE("indicators fill the six writing areas, never a proposal", "[audit][writing]") {
    Fixture f;
    CaseEvidence ev;
    ev.case_index = f.c;
    ev.audit_date = d("2026-03-16");
    ev.areas.resize(k_case_area_count);
    // A hand-made report: note 1 (N-2) has two misspellings, note 2 (N-3) one; note 0 has
    // a strengths phrase and the person's voice; one jargon term in N-3.
    text::CaseTextReport report;
    report.notes.resize(3);
    report.notes[1].findings = {concern(text::Indicator::Spelling, "\"recieved\" may be misspelt"),
                                concern(text::Indicator::Spelling, "\"wich\" may be misspelt")};
    report.notes[2].findings = {concern(text::Indicator::Spelling, "\"adress\" may be misspelt"),
                                concern(text::Indicator::Jargon, "\"service user\" is jargon")};
    report.notes[0].findings = {concern(text::Indicator::Strength, "a strength"),
                                concern(text::Indicator::PersonsVoice, "the person's voice")};
    text::CaseTextSummary& s = report.summary;
    s.notes = 3;
    s.per_indicator[static_cast<std::size_t>(text::Indicator::Spelling)] = 3;
    s.per_indicator[static_cast<std::size_t>(text::Indicator::Jargon)] = 1;
    s.per_indicator[static_cast<std::size_t>(text::Indicator::Strength)] = 1;
    s.per_indicator[static_cast<std::size_t>(text::Indicator::PersonsVoice)] = 1;
    s.strengths = 1;
    s.deficits = 3;
    s.strengths_share = 0.25;
    s.notes_with_voice = 1;
    // 30 words, 3 sentences, 45 syllables: 206.835 - 1.015 x 10 - 84.6 x 1.5 = 69.785 -> 70.
    s.readability = {30, 3, 45};

    add_writing_indicators(ev, f.b.ex, report, 1);

    const AreaEvidence& literacy = ev.areas[static_cast<std::size_t>(CaseArea::Literacy)];
    CHECK(literacy.proposal == AreaResult::Unanswered);
    CHECK(literacy.summary ==
          "To look at: 3 possible misspellings (3 notes). Flesch reading ease 70 over the whole "
          "file (60 to 70 is plain English). Needs your judgement.");
    // max_lines 1: the note with the most concerns (N-2, two), then "and 1 more".
    REQUIRE(literacy.lines.size() == 2);
    CHECK(literacy.lines[0].text ==
          "N-2 (3 March 2026): 2 things to look at, e.g. \"recieved\" may be misspelt");
    REQUIRE(literacy.lines[0].records.size() == 1);
    CHECK(literacy.lines[0].records[0] == RecordRef{RecordKind::Note, 1});
    CHECK_FALSE(literacy.lines[0].ok);
    CHECK(literacy.lines[1].text == "and 1 more notes with something to look at.");

    const AreaEvidence& jargon = ev.areas[static_cast<std::size_t>(CaseArea::Jargon)];
    CHECK(jargon.summary == "To look at: 1 jargon term (3 notes). Needs your judgement.");
    REQUIRE(jargon.lines.size() == 1);
    CHECK(jargon.lines[0].records[0] == RecordRef{RecordKind::Note, 2});

    const AreaEvidence& strengths = ev.areas[static_cast<std::size_t>(CaseArea::Strengths)];
    CHECK(strengths.summary ==
          "No concerns found; good evidence: 1 strengths phrase, 1 record of the person's own "
          "views (3 notes). Strengths make up 25% of strengths and deficit words; the person's "
          "own views appear in 1 of 3 notes. Needs your judgement.");
    CHECK(strengths.lines.empty()); // good evidence is counted, not listed

    const AreaEvidence& nd = ev.areas[static_cast<std::size_t>(CaseArea::NonDiscriminatory)];
    CHECK(nd.summary == "No concerns found (3 notes). Needs your judgement.");
    CHECK(nd.checked.find("legitimate clinical and safeguarding words") != std::string::npos);
    // The other eight areas are left alone.
    CHECK(ev.areas[static_cast<std::size_t>(CaseArea::Training)].summary.empty());
}

TEST_CASE("a case with no notes, and a real analysis of a short file", "[audit][writing]") {
    Fixture f;
    CaseEvidence ev;
    ev.case_index = f.c;
    ev.audit_date = d("2026-03-16");
    ev.areas.resize(k_case_area_count);
    add_writing_indicators(ev, f.b.ex, text::CaseTextReport{});
    CHECK(ev.areas[0].summary == "No notes to read. Needs your judgement.");
    CHECK(ev.areas[0].lines.empty());

    // The real assistant on the fixture's three notes: "Mary" is a known name, so nothing
    // in "Visited Mary." is misspelt; "GP" is a widely understood acronym.
    text::TextAnalyser analyser;
    analyser.add_known_words(extract_names(f.b.ex));
    std::vector<std::string> dates;
    const text::CaseTextReport report =
        analyser.analyse_case(case_note_inputs(f.b.ex, f.c, d("2026-03-16"), dates),
                              person_name_words(f.b.ex, f.b.ex.cases[f.c].person));
    add_writing_indicators(ev, f.b.ex, report);
    const AreaEvidence& literacy = ev.areas[static_cast<std::size_t>(CaseArea::Literacy)];
    CHECK(report.summary.count(text::Indicator::Spelling) == 0);
    CHECK(literacy.summary.rfind("No concerns found", 0) == 0);
}

TEST_CASE("the council's own terms from the policy file reach the assistant", "[audit][writing]") {
    // "brightcare" (a council's own name for its home care service, written in lower case
    // as staff write it) is not in the British English dictionary; the policy's text section
    // lists it as a social care word, so it is no longer a possible misspelling.
    PolicyLoadResult r = load_policy_json(R"({"name": "Eastmere", "version": "1",
        "text": {"socialCareWords": ["brightcare"]}})");
    REQUIRE(r.ok());
    const std::vector<text::NoteInput> note = {
        {"N-1", "2026-03-02", "The brightcare team visited Alex on Monday."}};
    text::TextAnalyser plain;
    CHECK(plain.analyse_case(note).summary.count(text::Indicator::Spelling) == 1);
    text::TextAnalyser council(policy_word_lists(*r.policy));
    CHECK(council.analyse_case(note).summary.count(text::Indicator::Spelling) == 0);
    // The default policy adds nothing.
    CHECK(policy_word_lists(default_policy()).social_care_words.entries.size() ==
          text::default_word_lists().social_care_words.entries.size());
}
