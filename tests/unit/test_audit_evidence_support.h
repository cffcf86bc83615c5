// Helpers for the audit evidence tests: the records of one case (notes, assessments and their
// sections, plans, reviews, safeguarding, capacity assessments, documents), training and
// supervision records, added to an ExtractBuilder's extract in code, so that each test states
// exactly the records a rule looks at.
//
// Records of one case must be added while that case is the last one built (the extract keeps
// a case's records contiguous); each helper checks it, so a test cannot build a broken
// extract by mistake.
#pragma once

#include "core/audit/evidence.h"
#include "test_caseload_support.h"

#include <initializer_list>
#include <string>

namespace ca_test {

inline ca::DateTime at(const char* iso, int minute_of_day = 9 * 60) {
    return ca::DateTime{d(iso), static_cast<std::int16_t>(minute_of_day)};
}

// Appends `record` to `all` and to the run `range` of its owner.
template <typename T>
ca::Index push_into(std::vector<T>& all, ca::Range& range, T record) {
    if (range.count == 0)
        range.begin = static_cast<std::uint32_t>(all.size());
    REQUIRE(range.end() == all.size()); // the owner's records must stay contiguous
    all.push_back(std::move(record));
    ++range.count;
    return static_cast<ca::Index>(all.size() - 1);
}

// One case and its records. `b.ex` must outlive it.
class CaseRecords {
public:
    CaseRecords(ExtractBuilder& builder, ca::Index case_index) : b(builder), c(case_index) {}

    ca::Index note(ca::Date event, ca::DateTime recorded, ca::Index author,
                   ca::NoteType type = ca::NoteType::Visit, const std::string& text = "Visit.") {
        ca::Note n;
        n.id = b.ex.ids.intern("N-" + std::to_string(b.ex.notes.size() + 1));
        n.case_index = c;
        n.author = author;
        n.type = type;
        n.event_date = event;
        n.recorded_at = recorded;
        n.text = b.ex.text.add(text);
        return push_into(b.ex.notes, kase().notes, n);
    }

    ca::Index assessment(ca::AssessmentKind kind, ca::Date start,
                         std::optional<ca::Date> completed = std::nullopt,
                         std::optional<ca::GivenToPerson> given = std::nullopt) {
        ca::Assessment a;
        a.id = b.ex.ids.intern("AS-" + std::to_string(b.ex.assessments.size() + 1));
        a.case_index = c;
        a.kind = kind;
        a.start = start;
        a.completed = completed;
        a.given_to_person = given;
        a.sections.begin = static_cast<std::uint32_t>(b.ex.sections.size());
        return push_into(b.ex.assessments, kase().assessments, a);
    }

    // A section of assessment `a`, which must be the last assessment added.
    ca::Index section(ca::Index a, ca::SectionKind kind, bool completed,
                      const std::string& text = "",
                      std::optional<ca::Date> completed_date = std::nullopt) {
        REQUIRE(a + 1 == b.ex.assessments.size());
        ca::AssessmentSection s;
        s.assessment = a;
        s.kind = kind;
        s.completed = completed;
        s.completed_date = completed_date;
        s.text = b.ex.text.add(text);
        return push_into(b.ex.sections, b.ex.assessments[a].sections, s);
    }

    ca::Index plan(ca::Date start, std::optional<ca::Date> completed = std::nullopt,
                   std::optional<ca::GivenToPerson> given = std::nullopt) {
        ca::Plan p;
        p.id = b.ex.ids.intern("PL-" + std::to_string(b.ex.plans.size() + 1));
        p.case_index = c;
        p.start = start;
        p.completed = completed;
        p.given_to_person = given;
        return push_into(b.ex.plans, kase().plans, p);
    }

    ca::Index review(std::optional<ca::Date> due, std::optional<ca::Date> completed,
                     std::optional<ca::GivenToPerson> given = std::nullopt) {
        ca::Review r;
        r.id = b.ex.ids.intern("RV-" + std::to_string(b.ex.reviews.size() + 1));
        r.case_index = c;
        r.due = due;
        r.completed = completed;
        r.given_to_person = given;
        return push_into(b.ex.reviews, kase().reviews, r);
    }

    ca::Index safeguarding(ca::Date raised,
                           ca::SafeguardingKind kind = ca::SafeguardingKind::Concern) {
        ca::Safeguarding s;
        s.id = b.ex.ids.intern("SG-" + std::to_string(b.ex.safeguarding.size() + 1));
        s.case_index = c;
        s.kind = kind;
        s.raised = raised;
        return push_into(b.ex.safeguarding, kase().safeguarding, s);
    }

    ca::Index capacity(ca::Date date, const std::string& decision = "Where to live") {
        ca::CapacityAssessment m;
        m.id = b.ex.ids.intern("MCA-" + std::to_string(b.ex.capacity_assessments.size() + 1));
        m.case_index = c;
        m.date = date;
        m.decision = b.ex.text.add(decision);
        return push_into(b.ex.capacity_assessments, kase().capacity_assessments, m);
    }

    ca::Index document(ca::DocumentKind kind, ca::FileFormat format, bool indexed,
                       ca::Date uploaded, const std::string& title = "") {
        ca::Document doc;
        doc.id = b.ex.ids.intern("D-" + std::to_string(b.ex.documents.size() + 1));
        doc.case_index = c;
        doc.kind = kind;
        doc.file_format = format;
        doc.indexed = indexed;
        doc.uploaded = uploaded;
        doc.title = b.ex.text.add(title);
        return push_into(b.ex.documents, kase().documents, doc);
    }

    ca::Case& kase() { return b.ex.cases[c]; }

    ExtractBuilder& b;
    ca::Index c;
};

// A completed training course of worker `w` (the worker's courses must be added together).
inline ca::Index training(ExtractBuilder& b, ca::Index w, ca::TrainingCourse course,
                          ca::Date completed) {
    ca::Training t;
    t.worker = w;
    t.course = course;
    t.completed = completed;
    return push_into(b.ex.training, b.ex.workers[w].training, t);
}

struct ActionSpec {
    ca::Index case_index = ca::k_no_index;
    std::string text;
    ca::Index owner = ca::k_no_index;
    std::optional<ca::Date> due;
};

// A supervision record: the cases discussed, decisions (one per case given, k_no_index for
// none about a case) and actions.
inline ca::Index supervision(ExtractBuilder& b, ca::Index supervisee, ca::Index supervisor,
                             ca::Date held, ca::DateTime recorded,
                             std::initializer_list<ca::Index> cases = {},
                             std::initializer_list<ca::Index> decisions = {},
                             std::initializer_list<ActionSpec> actions = {}) {
    ca::Supervision s;
    const auto n = static_cast<ca::Index>(b.ex.supervisions.size());
    s.id = b.ex.ids.intern("SUP-" + std::to_string(n + 1));
    s.supervisee = supervisee;
    s.supervisor = supervisor;
    s.held = held;
    s.recorded_at = recorded;
    for (ca::Index c : cases)
        push_into(b.ex.supervision_cases, s.cases_discussed, c);
    for (ca::Index c : decisions) {
        ca::SupervisionItem item;
        item.supervision = n;
        item.case_index = c;
        item.text = b.ex.text.add("Decision.");
        push_into(b.ex.supervision_items, s.decisions, item);
    }
    for (const ActionSpec& a : actions) {
        ca::SupervisionItem item;
        item.supervision = n;
        item.case_index = a.case_index;
        item.text = b.ex.text.add(a.text);
        item.owner = a.owner;
        item.due = a.due;
        push_into(b.ex.supervision_items, s.actions, item);
    }
    b.ex.supervisions.push_back(s);
    return n;
}

inline const ca::audit::AreaEvidence& area(const ca::audit::CaseEvidence& e,
                                           ca::audit::CaseArea a) {
    const std::string_view key = ca::audit::case_area(a).key;
    for (const ca::audit::AreaEvidence& x : e.areas)
        if (x.key == key)
            return x;
    FAIL("no evidence for area " << key);
    return e.areas.front(); // unreachable
}

inline const ca::audit::AreaEvidence& item(const ca::audit::SupervisionEvidence& e,
                                           const std::string& key) {
    for (const ca::audit::AreaEvidence& x : e.items)
        if (x.key == key)
            return x;
    FAIL("no evidence for item " << key);
    return e.items.front(); // unreachable
}

// The lines' texts, one per line, "!" before a shortfall: for exact checks with a readable
// failure message.
inline std::string lines_text(const ca::audit::AreaEvidence& e) {
    std::string out;
    for (const ca::audit::EvidenceLine& l : e.lines)
        out += (l.ok ? "" : "! ") + l.text + "\n";
    return out;
}

} // namespace ca_test
