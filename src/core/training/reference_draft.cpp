// Case Audit - drafting a reference audit (see reference_draft.h for the rules).
//
// Index of this file:
// [SECTION] The trainer's words
// [SECTION] Writing areas from the indicators
// [SECTION] The draft
#include "core/training/reference_draft.h"

#include "core/audit/scoring.h"

#include <algorithm>
#include <array>

namespace ca::training {

namespace {

using audit::AreaResult;
using audit::CaseArea;
using text::Indicator;

// ---------------------------------------------------------------------------
// [SECTION] The trainer's words
// ---------------------------------------------------------------------------

struct Words {
    CaseArea area;
    const char* met;
    const char* partly;
    const char* not_met;
    const char* not_applicable;
    const char* guidance;
};

// One row per area, in the policy's order.
const std::array<Words, audit::k_case_area_count> k_words = {{
    {CaseArea::Adequate,
     "The recording is proportionate: each note says what happened, why it matters and what "
     "follows, without padding.",
     "Most notes are proportionate, but some repeat earlier entries or carry detail that does "
     "not help anyone act; a reader has to work to find what changed.",
     "The file is hard to use: notes are copied forward, empty or overlong, so what happened "
     "and why is buried. Recording must be adequate, relevant and not excessive.",
     "",
     "Read three or four notes in a row: does each add something new and relevant? Look for "
     "text copied from earlier notes, empty entries and detail about other people."},
    {CaseArea::Jargon,
     "The notes are in plain English; abbreviations are spelled out, so the person or a new "
     "worker could follow them.",
     "Mostly plain English, but some abbreviations and service terms are left unexplained.",
     "The notes lean on abbreviations and service jargon the person, their family or another "
     "professional would not follow. Spell out an abbreviation the first time and say what a "
     "service does rather than naming it.",
     "",
     "Would the person understand their own record? Look for unexplained abbreviations "
     "(the first time each is used) and service shorthand."},
    {CaseArea::Literacy,
     "The recording is accurate and readable, with few slips of spelling or grammar.",
     "Readable, but spelling and punctuation slips are frequent enough to distract and, in "
     "places, to blur the meaning.",
     "Spelling, capitals and sentence errors are frequent enough to undermine the record as "
     "evidence. A record may be read in court or by the person: it must be accurate.",
     "",
     "Read for meaning first, then for accuracy: misspellings, sentences without capitals, "
     "text in capitals, names spelled differently."},
    {CaseArea::Strengths,
     "The person's strengths, abilities and own views run through the record: we hear what "
     "matters to them in their words.",
     "Strengths and the person's views appear, but deficit language still dominates in places "
     "and their own words are only sometimes recorded.",
     "The record describes the person mostly through deficits and tasks; their strengths, "
     "networks and own views are largely missing. The Care Act asks us to start from what the "
     "person can do and wants.",
     "",
     "Does the record say what the person can do, who supports them and what they want, in "
     "their own words? Count deficit words against strengths."},
    {CaseArea::FactOpinion,
     "Facts are attributed, opinions are labelled as professional judgement and decisions "
     "give their reasons.",
     "Mostly clear, but some judgements are written as fact and some decisions give no "
     "reason.",
     "Opinion is written as fact and decisions are recorded without their reasons, so a "
     "reader cannot tell what was seen, what was reported and what was judged.",
     "",
     "For each judgement ask: who says so, on what evidence? Is it labelled as professional "
     "opinion? Does each decision say why?"},
    {CaseArea::NonDiscriminatory, "The language is respectful and non-discriminatory throughout.",
     "",
     "The record uses labelling or discriminatory language about the person. Even one such "
     "term should be challenged: describe needs and behaviour, not labels.",
     "",
     "Look for labels (\"demented\", \"challenging\", \"bed-blocker\") and wording a person "
     "would find demeaning about age, disability, race, faith or sexuality."},
    {CaseArea::Training,
     "The worker completed information security and data protection training within a month "
     "of starting.",
     "Only one of the two courses was completed within a month of starting.",
     "Neither information security nor data protection training was completed within a month "
     "of starting, as the policy requires.",
     "The training deadline had not passed on the audit date, or no worker held the case: "
     "there is nothing to judge yet.",
     "Check the allocated worker's training record: both courses, each within a month of the "
     "start date."},
    {CaseArea::UpToDate,
     "The file is up to date: recent notes, reviews on time and supervision actions acted on.",
     "The file is partly up to date: some of the checks (recent notes, first review at six to "
     "eight weeks, annual reviews, supervision actions) are not met.",
     "The file is not up to date: recent contact is not recorded and reviews are overdue.", "",
     "Look at the date of the last note, the first review of each plan (six to eight weeks) "
     "and the gap between reviews."},
    {CaseArea::RiskAssessment, "The core assessment has a completed risk section.",
     "The core assessment has a risk section, but it is not completed.",
     "There is no completed risk section in a core assessment.", "",
     "Open the core assessment and find its risk section: is it there and completed?"},
    {CaseArea::Safeguarding, "Safeguarding has been considered and recorded.", "",
     "Nothing on file shows that safeguarding was considered, although the file should say so "
     "even when there are no concerns.",
     "",
     "Look for a safeguarding section, concern or enquiry, or a note that considers "
     "safeguarding, even to record that there is no concern."},
    {CaseArea::MentalCapacity,
     "Mental capacity has been considered and recorded, with an assessment where there was "
     "doubt.",
     "",
     "There is no capacity assessment and nothing records that capacity was considered, "
     "although decisions about care were made. Where capacity is in doubt the Mental Capacity "
     "Act requires a decision-specific assessment on file.",
     "",
     "Look for a capacity assessment, a capacity section in an assessment, or a note that "
     "considers the person's capacity for the decisions made."},
    {CaseArea::Correspondence, "Emails and letters are uploaded as PDF and indexed.",
     "Some emails and letters are uploaded as PDF and indexed; others are not.",
     "Emails and letters on file are not uploaded as PDF and indexed, so the correspondence "
     "cannot be found or relied on.",
     "There is no email or letter on this file, so there is nothing to upload.",
     "List the documents: is every email and letter a PDF and indexed?"},
    {CaseArea::Timescales, "Notes and assessments were recorded within the policy's timescales.",
     "Some notes or assessments were recorded late.",
     "Most recording was late: notes written well after the event, assessments past their "
     "timescale.",
     "There are no notes or assessments to time.",
     "Compare each note's event date with when it was recorded, and each assessment's start "
     "and completion."},
    {CaseArea::GivenToPerson, "The assessment, plan and review were given to the person.",
     "Some of the assessment, plan and review were given to the person, not all.",
     "None of the latest assessment, plan and review is recorded as given to the person.",
     "Nothing has been completed yet that should be given to the person.",
     "Check each completed assessment, plan and review: is it recorded as given to the person, "
     "and how?"},
}};

const Words& words(CaseArea area) {
    return k_words[static_cast<std::size_t>(area)];
}

std::string_view words_for(const Words& w, AreaResult r) {
    switch (r) {
    case AreaResult::Met:
        return w.met;
    case AreaResult::PartlyMet:
        return w.partly;
    case AreaResult::NotMet:
        return w.not_met;
    case AreaResult::NotApplicable:
        return w.not_applicable;
    case AreaResult::Unanswered:
        break;
    }
    return "";
}

// ---------------------------------------------------------------------------
// [SECTION] Writing areas from the indicators
// ---------------------------------------------------------------------------

std::uint32_t sum(const text::CaseTextSummary& s, std::initializer_list<Indicator> list) {
    std::uint32_t n = 0;
    for (Indicator i : list) {
        n += s.count(i);
    }
    return n;
}

// Under `met` per note Met, under `partly` Partly met, else Not met.
AreaResult by_rate(std::uint32_t concerns, std::uint32_t notes, double met, double partly) {
    const double rate = static_cast<double>(concerns) / static_cast<double>(notes);
    return rate < met      ? AreaResult::Met
           : rate < partly ? AreaResult::PartlyMet
                           : AreaResult::NotMet;
}

AreaResult writing_result(CaseArea area, const text::CaseTextSummary& s) {
    if (s.notes == 0) {
        return AreaResult::NotMet;
    }
    switch (area) {
    case CaseArea::Adequate:
        return by_rate(sum(s, {Indicator::CopiedText, Indicator::EmptyNote,
                               Indicator::VeryLongEntry, Indicator::ThirdPartyDetail}),
                       s.notes, 0.5, 1.5);
    case CaseArea::Jargon:
        return by_rate(
            sum(s, {Indicator::AcronymNotSpelledOut, Indicator::Jargon, Indicator::WordyPhrase}),
            s.notes, 0.5, 1.5);
    case CaseArea::Literacy:
        return by_rate(sum(s, {Indicator::Spelling, Indicator::NoCapital, Indicator::Capitals,
                               Indicator::RepeatedWord, Indicator::LowercaseI}),
                       s.notes, 0.5, 1.5);
    case CaseArea::Strengths: {
        const double voice = static_cast<double>(s.notes_with_voice) / s.notes;
        const double share = s.strengths_share.value_or(0.0);
        if (s.strengths == 0 || share < 0.45 || voice < 0.25) {
            return AreaResult::NotMet;
        }
        return share >= 0.70 && voice >= 0.5 ? AreaResult::Met : AreaResult::PartlyMet;
    }
    case CaseArea::FactOpinion:
        return by_rate(sum(s, {Indicator::UnlabelledJudgement, Indicator::DecisionWithoutReason}),
                       s.notes, 0.3, 0.6);
    case CaseArea::NonDiscriminatory:
        return s.count(Indicator::Discriminatory) == 0 ? AreaResult::Met : AreaResult::NotMet;
    default:
        return AreaResult::Unanswered;
    }
}

// ---------------------------------------------------------------------------
// [SECTION] The draft
// ---------------------------------------------------------------------------

// The ids of the records the evidence lines name: shortfalls first (or, for a Met area, the
// lines in order), at most five, each once; labels of records without an id of their own
// ("AS-1 section risk") are left out, since a reference cites ids.
std::vector<std::string> cited(const Extract& x, const audit::AreaEvidence& e, AreaResult r) {
    std::vector<std::string> ids;
    const bool want_shortfalls = r == AreaResult::NotMet || r == AreaResult::PartlyMet;
    for (int pass = 0; pass < 2 && ids.size() < 5; ++pass) {
        for (const audit::EvidenceLine& line : e.lines) {
            if ((pass == 0) != (want_shortfalls ? !line.ok : line.ok)) {
                continue;
            }
            for (const audit::RecordRef& ref : line.records) {
                const std::string id = audit::record_label(x, ref);
                if (ids.size() < 5 && id.find(' ') == std::string::npos &&
                    std::find(ids.begin(), ids.end(), id) == ids.end()) {
                    ids.push_back(id);
                }
            }
        }
    }
    return ids;
}

} // namespace

std::string_view area_guidance(CaseArea area) {
    return words(area).guidance;
}

std::string_view area_result_words(CaseArea area, AreaResult result) {
    return words_for(words(area), result);
}

PracticeCase draft_reference(const Extract& x, const audit::CaseEvidence& evidence,
                             const text::CaseTextReport& report, const GradeBands& bands) {
    PracticeCase c;
    c.case_id = std::string(x.id_of(x.cases[evidence.case_index].id));
    c.audit_date = evidence.audit_date;
    std::vector<AreaResult> results;
    for (const audit::AreaEvidence& e : evidence.areas) {
        const std::optional<CaseArea> area = audit::parse_case_area_key(e.key);
        if (!area) {
            continue;
        }
        ReferenceArea ref;
        ref.area = *area;
        ref.result = audit::case_area(*area).about_writing ? writing_result(*area, report.summary)
                                                           : e.proposal;
        if (ref.result == AreaResult::Unanswered) {
            ref.result = AreaResult::NotApplicable;
        }
        // An area whose rule has no words for this result (safeguarding is met or not)
        // falls back to the nearer one, so no rationale is ever empty.
        std::string_view judgement = words_for(words(*area), ref.result);
        if (judgement.empty() && ref.result == AreaResult::PartlyMet) {
            ref.result = AreaResult::NotMet;
            judgement = words_for(words(*area), ref.result);
        }
        if (judgement.empty()) {
            ref.result = AreaResult::Met;
            judgement = words_for(words(*area), ref.result);
        }
        ref.rationale = std::string(judgement);
        // The assistant's summary ends by handing the area to the auditor; the reference is
        // that judgement, so the hand-over is left out.
        std::string shows = e.summary;
        const std::string_view handover = " Needs your judgement.";
        if (shows.size() >= handover.size() &&
            shows.compare(shows.size() - handover.size(), handover.size(), handover) == 0) {
            shows.erase(shows.size() - handover.size());
        }
        if (!shows.empty()) {
            ref.rationale += " What the file shows: " + shows;
        }
        ref.evidence = cited(x, e, ref.result);
        ref.guidance = std::string(words(*area).guidance);
        results.push_back(ref.result);
        c.areas.push_back(std::move(ref));
    }
    c.grade = audit::score_results(results, bands).grade;
    return c;
}

} // namespace ca::training
