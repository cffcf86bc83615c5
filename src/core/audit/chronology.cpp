// Case Audit - the chronology of one case file (see chronology.h for what is on it and in
// which order).
//
// Index of this file:
// [SECTION] Labels
// [SECTION] Builder (titles and parts into the Chronology's own string)
// [SECTION] Entries of each kind
// [SECTION] Building and order
// [SECTION] Lookup
// [SECTION] Filtering and search
#include "core/audit/chronology.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Labels
// ---------------------------------------------------------------------------

std::string_view entry_kind_label(EntryKind k) {
    switch (k) {
    case EntryKind::Note:
        return "Note";
    case EntryKind::Assessment:
        return "Assessment";
    case EntryKind::Plan:
        return "Care and support plan";
    case EntryKind::Review:
        return "Review";
    case EntryKind::Safeguarding:
        return "Safeguarding";
    case EntryKind::CapacityAssessment:
        return "Capacity assessment";
    case EntryKind::Document:
        return "Document";
    case EntryKind::Supervision:
        return "Supervision";
    case EntryKind::Audit:
        return "Audit";
    case EntryKind::Count:
        break;
    }
    return "";
}

namespace {

std::string_view section_kind_label(SectionKind k) {
    switch (k) {
    case SectionKind::Risk:
        return "Risk section";
    case SectionKind::Safeguarding:
        return "Safeguarding section";
    case SectionKind::MentalCapacity:
        return "Mental capacity section";
    case SectionKind::Strengths:
        return "Strengths section";
    case SectionKind::Outcomes:
        return "Outcomes section";
    case SectionKind::Needs:
        return "Needs section";
    case SectionKind::Other:
        break;
    }
    return "Other section";
}

std::string_view given_method_label(GivenMethod m) {
    switch (m) {
    case GivenMethod::InPerson:
        return "in person";
    case GivenMethod::Post:
        return "by post";
    case GivenMethod::Email:
        return "by email";
    case GivenMethod::Portal:
        return "through the portal";
    case GivenMethod::Other:
        break;
    }
    return "by other means";
}

std::string_view review_reason_label(ReviewReason r) {
    switch (r) {
    case ReviewReason::Planned:
        return "planned";
    case ReviewReason::UnplannedHospital:
        return "unplanned: hospital";
    case ReviewReason::UnplannedCarerRelated:
        return "unplanned: carer related";
    case ReviewReason::UnplannedSafeguarding:
        return "unplanned: safeguarding";
    case ReviewReason::UnplannedProviderFailure:
        return "unplanned: provider failure";
    case ReviewReason::UnplannedChangeInCommissioning:
        return "unplanned: change in commissioning";
    case ReviewReason::UnplannedOther:
        break;
    }
    return "unplanned: other";
}

std::string_view review_method_label(ReviewMethod m) {
    switch (m) {
    case ReviewMethod::Person:
        return "with the person";
    case ReviewMethod::Carer:
        return "with the carer";
    case ReviewMethod::PersonAndCarer:
        return "with the person and carer";
    case ReviewMethod::Unrecorded:
        break;
    }
    return "";
}

std::string_view safeguarding_outcome_label(SafeguardingOutcome o) {
    switch (o) {
    case SafeguardingOutcome::NoFurtherAction:
        return "no further action";
    case SafeguardingOutcome::ProgressToEnquiry:
        return "progressed to an enquiry";
    case SafeguardingOutcome::RiskRemoved:
        return "risk removed";
    case SafeguardingOutcome::RiskReduced:
        return "risk reduced";
    case SafeguardingOutcome::RiskRemains:
        return "risk remains";
    case SafeguardingOutcome::Other:
        return "other outcome";
    case SafeguardingOutcome::Unrecorded:
        break;
    }
    return "";
}

std::string_view capacity_outcome_label(CapacityOutcome o) {
    switch (o) {
    case CapacityOutcome::HasCapacity:
        return "has capacity";
    case CapacityOutcome::LacksCapacity:
        return "lacks capacity";
    case CapacityOutcome::NotConcluded:
        break;
    }
    return "not concluded";
}

std::string_view document_kind_label(DocumentKind k) {
    switch (k) {
    case DocumentKind::Email:
        return "email";
    case DocumentKind::Letter:
        return "letter";
    case DocumentKind::Report:
        return "report";
    case DocumentKind::Form:
        return "form";
    case DocumentKind::Other:
        break;
    }
    return "other";
}

std::string_view audit_kind_label(AuditKind k) {
    switch (k) {
    case AuditKind::FirstLine:
        return "first line";
    case AuditKind::SeniorManager:
        return "senior manager";
    case AuditKind::ProfessionalStandards:
        return "professional standards";
    case AuditKind::Peer:
        return "peer";
    case AuditKind::Other:
        return "other";
    case AuditKind::Unrecorded:
        break;
    }
    return "";
}

std::string_view audit_grade_label(AuditGrade g) {
    switch (g) {
    case AuditGrade::Outstanding:
        return "Outstanding";
    case AuditGrade::Good:
        return "Good";
    case AuditGrade::RequiresImprovement:
        return "Requires improvement";
    case AuditGrade::Inadequate:
        return "Inadequate";
    case AuditGrade::Unrecorded:
        break;
    }
    return "no grade recorded";
}

// "PDF", "DOCX": the format as people write it.
std::string file_format_label(FileFormat f) {
    std::string out(enum_name(f));
    if (f == FileFormat::Other)
        return "other format";
    for (char& c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Builder
// ---------------------------------------------------------------------------

class Builder {
public:
    Builder(const Extract& extract, Chronology& out) : ex_(extract), out_(out) {}

    // Starts an entry; its title is then written with the add_* calls and closed by
    // finish_title().
    ChronologyEntry& begin(EntryKind kind, RecordKind record_kind, Index index, Date date,
                           Index author, TextRef text) {
        ChronologyEntry e;
        e.kind = kind;
        e.record = RecordRef{record_kind, index};
        e.date = date;
        e.author = author;
        e.text = text;
        e.parts_begin = static_cast<std::uint32_t>(out_.parts.size());
        out_.entries.push_back(e);
        open_ = static_cast<std::uint32_t>(out_.strings.size());
        return out_.entries.back();
    }
    Builder& add(std::string_view s) {
        out_.strings.append(s.data(), s.size());
        return *this;
    }
    Builder& add_date(Date d) { return add(format_date_long(d)); }
    Builder& add_text(TextRef t) { return add(ex_.text_of(t)); }
    Builder& add_worker(Index w) {
        if (w < ex_.workers.size())
            add_text(ex_.workers[w].name);
        return *this;
    }
    // Ends the text begun by begin() or begin_label() and returns it.
    Span close() {
        const auto end = static_cast<std::uint32_t>(out_.strings.size());
        return Span{open_, end - open_};
    }
    void finish_title() { out_.entries.back().title = close(); }

    // A part of the current entry; its label is written with add_* and closed by
    // finish_part().
    void begin_part() { open_ = static_cast<std::uint32_t>(out_.strings.size()); }
    void finish_part(TextRef text, RecordRef record) {
        out_.parts.push_back(EntryPart{close(), text, record});
        ++out_.entries.back().parts_count;
    }

    // "; given to the person 24 November 2025, in person"
    void add_given(const std::optional<GivenToPerson>& given) {
        if (!given)
            return;
        add("; given to the person ").add_date(given->date).add(", ");
        add(given_method_label(given->method));
    }

    const Extract& extract() const { return ex_; }

private:
    const Extract& ex_;
    Chronology& out_;
    std::uint32_t open_ = 0;
};

// ---------------------------------------------------------------------------
// [SECTION] Entries of each kind
// ---------------------------------------------------------------------------

void add_notes(Builder& b, const Case& c) {
    const Extract& ex = b.extract();
    for (Index i = c.notes.begin; i < c.notes.end(); ++i) {
        const Note& n = ex.notes[i];
        ChronologyEntry& e =
            b.begin(EntryKind::Note, RecordKind::Note, i, n.event_date, n.author, n.text);
        e.recorded_at = n.recorded_at;
        b.add(note_type_label(n.type));
        if (!n.title.empty())
            b.add(": ").add_text(n.title);
        b.finish_title();
    }
}

void add_assessments(Builder& b, const Case& c) {
    const Extract& ex = b.extract();
    for (Index i = c.assessments.begin; i < c.assessments.end(); ++i) {
        const Assessment& a = ex.assessments[i];
        b.begin(EntryKind::Assessment, RecordKind::Assessment, i, a.completed.value_or(a.start),
                a.author, TextRef{});
        b.add(assessment_kind_label(a.kind));
        if (a.completed)
            b.add(" (completed ").add_date(*a.completed);
        else
            b.add(" (started ").add_date(a.start).add(", not completed");
        b.add_given(a.given_to_person);
        b.add(")");
        b.finish_title();
        for (Index s = a.sections.begin; s < a.sections.end(); ++s) {
            const AssessmentSection& section = ex.sections[s];
            b.begin_part();
            b.add(section_kind_label(section.kind));
            if (section.completed && section.completed_date)
                b.add(" (completed ").add_date(*section.completed_date).add(")");
            else if (section.completed)
                b.add(" (completed)");
            else
                b.add(" (not completed)");
            b.finish_part(section.text, RecordRef{RecordKind::AssessmentSection, s});
        }
    }
}

void add_plans(Builder& b, const Case& c) {
    const Extract& ex = b.extract();
    for (Index i = c.plans.begin; i < c.plans.end(); ++i) {
        const Plan& p = ex.plans[i];
        b.begin(EntryKind::Plan, RecordKind::Plan, i, p.completed.value_or(p.start), p.author,
                p.text);
        b.add("Care and support plan");
        if (p.completed)
            b.add(" (completed ").add_date(*p.completed);
        else
            b.add(" (started ").add_date(p.start).add(", not completed");
        if (p.review_due)
            b.add("; review due ").add_date(*p.review_due);
        b.add_given(p.given_to_person);
        b.add(")");
        b.finish_title();
    }
}

void add_reviews(Builder& b, const Case& c) {
    const Extract& ex = b.extract();
    for (Index i = c.reviews.begin; i < c.reviews.end(); ++i) {
        const Review& r = ex.reviews[i];
        // Neither date recorded: the case's opening date keeps it on the time line, at the
        // start of the file, and the title says so.
        const Date date = r.completed ? *r.completed : r.due ? *r.due : c.opened;
        b.begin(EntryKind::Review, RecordKind::Review, i, date, r.author, r.text);
        b.add("Review, ").add(review_reason_label(r.reason));
        const std::string_view method = review_method_label(r.method);
        if (!method.empty())
            b.add(", ").add(method);
        if (r.completed) {
            b.add(" (completed ").add_date(*r.completed);
            if (r.due)
                b.add("; due ").add_date(*r.due);
        } else if (r.due) {
            b.add(" (due ").add_date(*r.due).add(", not completed");
        } else {
            b.add(" (not completed, no date recorded");
        }
        b.add_given(r.given_to_person);
        b.add(")");
        b.finish_title();
    }
}

void add_safeguarding(Builder& b, const Case& c) {
    const Extract& ex = b.extract();
    for (Index i = c.safeguarding.begin; i < c.safeguarding.end(); ++i) {
        const Safeguarding& s = ex.safeguarding[i];
        b.begin(EntryKind::Safeguarding, RecordKind::Safeguarding, i, s.raised, s.lead, s.text);
        b.add(s.kind == SafeguardingKind::Concern ? "Safeguarding concern"
                                                  : "Safeguarding enquiry");
        b.add(" (raised ").add_date(s.raised);
        if (s.decision)
            b.add("; decision ").add_date(*s.decision);
        if (s.closed)
            b.add("; closed ").add_date(*s.closed);
        else
            b.add("; open");
        b.add(")");
        const std::string_view outcome = safeguarding_outcome_label(s.outcome);
        if (!outcome.empty())
            b.add(": ").add(outcome);
        b.finish_title();
    }
}

void add_capacity_assessments(Builder& b, const Case& c) {
    const Extract& ex = b.extract();
    for (Index i = c.capacity_assessments.begin; i < c.capacity_assessments.end(); ++i) {
        const CapacityAssessment& m = ex.capacity_assessments[i];
        b.begin(EntryKind::CapacityAssessment, RecordKind::CapacityAssessment, i, m.date, m.author,
                m.text);
        b.add("Capacity assessment");
        if (!m.decision.empty())
            b.add(": ").add_text(m.decision);
        b.add(" (").add(capacity_outcome_label(m.outcome)).add(")");
        b.finish_title();
    }
}

void add_documents(Builder& b, const Case& c) {
    const Extract& ex = b.extract();
    for (Index i = c.documents.begin; i < c.documents.end(); ++i) {
        const Document& d = ex.documents[i];
        b.begin(EntryKind::Document, RecordKind::Document, i, d.received.value_or(d.uploaded),
                k_no_index, TextRef{});
        b.add("Document: ").add(document_kind_label(d.kind)).add(", ");
        b.add(file_format_label(d.file_format));
        b.add(d.indexed ? ", indexed" : ", not indexed");
        if (d.received && *d.received != d.uploaded)
            b.add(" (uploaded ").add_date(d.uploaded).add(")");
        if (!d.title.empty())
            b.add(": ").add_text(d.title);
        b.finish_title();
    }
}

// Supervision records that discussed the case, or decided or asked for something about it.
void add_supervisions(Builder& b, Index case_index) {
    const Extract& ex = b.extract();
    const auto about_case = [&](Range items) {
        for (Index k = items.begin; k < items.end(); ++k)
            if (ex.supervision_items[k].case_index == case_index)
                return true;
        return false;
    };
    for (Index i = 0; i < ex.supervisions.size(); ++i) {
        const Supervision& s = ex.supervisions[i];
        bool discussed = false;
        for (Index k = s.cases_discussed.begin; k < s.cases_discussed.end() && !discussed; ++k)
            discussed = ex.supervision_cases[k] == case_index;
        if (!discussed && !about_case(s.decisions) && !about_case(s.actions))
            continue;
        ChronologyEntry& e = b.begin(EntryKind::Supervision, RecordKind::Supervision, i, s.held,
                                     s.supervisor, TextRef{});
        e.recorded_at = s.recorded_at;
        b.add("Supervision of ").add_worker(s.supervisee);
        b.finish_title();
        const RecordRef record{RecordKind::Supervision, i};
        for (Index k = s.decisions.begin; k < s.decisions.end(); ++k) {
            const SupervisionItem& item = ex.supervision_items[k];
            if (item.case_index != case_index)
                continue;
            b.begin_part();
            b.add("Decision");
            b.finish_part(item.text, record);
        }
        for (Index k = s.actions.begin; k < s.actions.end(); ++k) {
            const SupervisionItem& item = ex.supervision_items[k];
            if (item.case_index != case_index)
                continue;
            b.begin_part();
            b.add("Action");
            if (item.owner < ex.workers.size())
                b.add(" for ").add_worker(item.owner);
            if (item.due)
                b.add(", due ").add_date(*item.due);
            b.finish_part(item.text, record);
        }
    }
}

void add_audits(Builder& b, Index case_index) {
    const Extract& ex = b.extract();
    for (Index i = 0; i < ex.audits.size(); ++i) {
        const AuditRecord& a = ex.audits[i];
        if (a.case_index != case_index)
            continue;
        b.begin(EntryKind::Audit, RecordKind::Audit, i, a.date, a.auditor, a.note);
        b.add("Audit");
        const std::string_view kind = audit_kind_label(a.kind);
        if (!kind.empty())
            b.add(" (").add(kind).add(")");
        b.add(": ").add(audit_grade_label(a.grade));
        b.finish_title();
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Building and order
// ---------------------------------------------------------------------------

// Newest first; see chronology.h for the tie order.
bool comes_before(const ChronologyEntry& a, const ChronologyEntry& b) {
    if (a.date != b.date)
        return a.date > b.date;
    if (a.kind != b.kind)
        return a.kind < b.kind;
    if (a.recorded_at && b.recorded_at && *a.recorded_at != *b.recorded_at)
        return *a.recorded_at > *b.recorded_at;
    return a.record.index > b.record.index;
}

} // namespace

Chronology build_chronology(const Extract& extract, Index case_index) {
    Chronology out;
    if (case_index >= extract.cases.size())
        return out;
    out.case_index = case_index;
    const Case& c = extract.cases[case_index];
    const std::size_t own = std::size_t{c.notes.count} + c.assessments.count + c.plans.count +
                            c.reviews.count + c.safeguarding.count + c.capacity_assessments.count +
                            c.documents.count;
    out.entries.reserve(own + 8);
    // Titles run to about 40 bytes (more for a note's title).
    out.strings.reserve(own * 48);

    Builder b(extract, out);
    add_notes(b, c);
    add_assessments(b, c);
    add_plans(b, c);
    add_reviews(b, c);
    add_safeguarding(b, c);
    add_capacity_assessments(b, c);
    add_documents(b, c);
    add_supervisions(b, case_index);
    add_audits(b, case_index);

    std::sort(out.entries.begin(), out.entries.end(), comes_before);
    return out;
}

std::vector<Index> chronology_authors(const Chronology& chronology, const Extract& extract) {
    std::vector<Index> authors;
    for (const ChronologyEntry& e : chronology.entries)
        if (e.author < extract.workers.size())
            authors.push_back(e.author);
    std::sort(authors.begin(), authors.end());
    authors.erase(std::unique(authors.begin(), authors.end()), authors.end());
    std::sort(authors.begin(), authors.end(), [&](Index a, Index b) {
        const std::string_view na = extract.text_of(extract.workers[a].name);
        const std::string_view nb = extract.text_of(extract.workers[b].name);
        return na != nb ? na < nb : a < b;
    });
    return authors;
}

// ---------------------------------------------------------------------------
// [SECTION] Lookup
// ---------------------------------------------------------------------------

std::uint32_t Chronology::find(RecordRef record) const {
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const ChronologyEntry& e = entries[i];
        if (e.record == record)
            return static_cast<std::uint32_t>(i);
        for (std::uint32_t p = e.parts_begin; p < e.parts_begin + e.parts_count; ++p)
            if (parts[p].record == record)
                return static_cast<std::uint32_t>(i);
    }
    return k_no_entry;
}

// ---------------------------------------------------------------------------
// [SECTION] Filtering and search
// ---------------------------------------------------------------------------

namespace {

inline char fold(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// How common a (folded) byte is in English case notes, higher = rarer: space first, then the
// letters by their usual frequency; digits, punctuation and non-ASCII bytes count as rare.
int rarity(char c) {
    static constexpr std::string_view k_common = " etaoinshrdlcumwfgypbvkjxqz";
    const std::size_t at = k_common.find(c);
    return at == std::string_view::npos ? static_cast<int>(k_common.size()) : static_cast<int>(at);
}

// A search text prepared once per filter: folded, and anchored on its rarest byte. The
// texts are scanned for the anchor with memchr (both of its cases), which skips most of a
// text in wide steps, and only where the anchor occurs is the whole text compared: a case of
// 5,000 long notes is searched several times faster than byte by byte.
struct Needle {
    std::string folded;
    std::size_t anchor = 0; // position of the rarest byte in `folded`
    char lower = 0;         // that byte, and its upper case (the same when not a letter)
    char upper = 0;

    explicit Needle(std::string_view text) : folded(text) {
        for (char& c : folded)
            c = fold(c);
        for (std::size_t i = 1; i < folded.size(); ++i)
            if (rarity(folded[i]) > rarity(folded[anchor]))
                anchor = i;
        if (!folded.empty()) {
            lower = folded[anchor];
            upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 'a' + 'A') : lower;
        }
    }
};

// The next occurrence of `c` in [from, end), or `end`.
const char* find_byte(const char* from, const char* end, char c) {
    const void* p = std::memchr(from, c, static_cast<std::size_t>(end - from));
    return p != nullptr ? static_cast<const char*>(p) : end;
}

// True when the folded needle occurs in `haystack` (the needle is not empty).
bool contains(std::string_view haystack, const Needle& needle) {
    const std::size_t m = needle.folded.size();
    if (m > haystack.size())
        return false;
    const char* const h = haystack.data();
    // Anchor positions run from h + anchor to the last one where the whole needle still fits.
    const char* const end = h + (haystack.size() - m) + needle.anchor + 1;
    const char* from = h + needle.anchor;
    const char* next_lower = find_byte(from, end, needle.lower);
    const char* next_upper =
        needle.upper == needle.lower ? end : find_byte(from, end, needle.upper);
    for (;;) {
        const char* const at = std::min(next_lower, next_upper);
        if (at == end)
            return false;
        const char* const start = at - needle.anchor;
        std::size_t k = 0;
        while (k < m && fold(start[k]) == needle.folded[k])
            ++k;
        if (k == m)
            return true;
        from = at + 1;
        if (next_lower < from)
            next_lower = find_byte(from, end, needle.lower);
        if (next_upper < from)
            next_upper = find_byte(from, end, needle.upper);
    }
}

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

bool entry_contains(const Chronology& chronology, const Extract& extract, const ChronologyEntry& e,
                    const Needle& needle) {
    if (contains(chronology.title(e), needle) || contains(extract.text_of(e.text), needle))
        return true;
    for (std::uint32_t p = e.parts_begin; p < e.parts_begin + e.parts_count; ++p) {
        const EntryPart& part = chronology.parts[p];
        if (contains(chronology.str(part.label), needle) ||
            contains(extract.text_of(part.text), needle))
            return true;
    }
    return false;
}

} // namespace

bool contains_ignoring_case(std::string_view haystack, std::string_view needle) {
    if (needle.empty())
        return true;
    return contains(haystack, Needle(needle));
}

void filter_chronology(const Chronology& chronology, const Extract& extract,
                       const ChronologyFilter& filter, std::vector<std::uint32_t>& out) {
    out.clear();
    out.reserve(chronology.entries.size());
    // Prepared once here, so the loop compares the texts where they are.
    const Needle needle(trim(filter.search));
    for (std::size_t i = 0; i < chronology.entries.size(); ++i) {
        const ChronologyEntry& e = chronology.entries[i];
        if ((filter.kinds & kind_bit(e.kind)) == 0)
            continue;
        if (filter.author != k_no_index && e.author != filter.author)
            continue;
        if ((filter.from && e.date < *filter.from) || (filter.to && e.date > *filter.to))
            continue;
        if (!needle.folded.empty() && !entry_contains(chronology, extract, e, needle))
            continue;
        out.push_back(static_cast<std::uint32_t>(i));
    }
}

std::vector<std::uint32_t> filter_chronology(const Chronology& chronology, const Extract& extract,
                                             const ChronologyFilter& filter) {
    std::vector<std::uint32_t> out;
    filter_chronology(chronology, extract, filter, out);
    return out;
}

} // namespace ca::audit
