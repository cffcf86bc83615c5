// Case Audit - the extract importer's checks that need every record: ids indexed (a duplicate
// is an error) and every reference field turned from the id it names into the Index of that
// record (see import_internal.h for the parts and import.h for the design).
//
// The reference fields are one table (k_links): the record kind, the field, the records it
// names. Adding a reference to the format is a row here, not a loop.
//
// Index of this file:
// [SECTION] Where a record is, for messages
// [SECTION] The table of reference fields
// [SECTION] Ids
// [SECTION] check_all
#include "core/extract/import_internal.h"

#include <string>

namespace ca {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Where a record is, for messages
// ---------------------------------------------------------------------------
// Each is a plain function of (extract, record index), so the table below can hold it; they
// are called only to write a finding, never for a record that is fine.

std::string indexed(const char* name, Index i) {
    return std::string(name) + "[" + std::to_string(i) + "]";
}

// The names of the arrays, as template arguments.
constexpr char k_teams[] = "teams";
constexpr char k_workers[] = "workers";
constexpr char k_people[] = "people";
constexpr char k_cases[] = "cases";
constexpr char k_allocations[] = "allocations";
constexpr char k_notes[] = "notes";
constexpr char k_assessments[] = "assessments";
constexpr char k_plans[] = "plans";
constexpr char k_reviews[] = "reviews";
constexpr char k_safeguarding[] = "safeguarding";
constexpr char k_capacity[] = "capacityAssessments";
constexpr char k_documents[] = "documents";
constexpr char k_supervisions[] = "supervisions";
constexpr char k_director_discussions[] = "directorDiscussions";
constexpr char k_audits[] = "audits";

// A top-level record: "workers[3]".
template <const char* Name>
std::string top_path(const Extract&, Index i) {
    return indexed(Name, i);
}

// A record inside a case: "cases[2].notes[5]" (its place in the case's array).
template <typename R, std::vector<R> Extract::*Records, Range Case::*InCase, const char* Name>
std::string in_case_path(const Extract& e, Index i) {
    const Index c = (e.*Records)[i].case_index;
    return indexed(k_cases, c) + "." + indexed(Name, i - (e.cases[c].*InCase).begin);
}

// A decision or action of a supervision record: "supervisions[1].actions[0]".
std::string item_path(const Extract& e, Index i) {
    const Index s = e.supervision_items[i].supervision;
    const Supervision& sp = e.supervisions[s];
    if (i < sp.decisions.end())
        return indexed(k_supervisions, s) + "." + indexed("decisions", i - sp.decisions.begin);
    return indexed(k_supervisions, s) + "." + indexed("actions", i - sp.actions.begin);
}

// The supervision record whose casesDiscussed holds supervision_cases[i]. The ranges are in
// file order, so a binary search finds it (a file full of bad references stays linear).
Index supervision_of_case_ref(const Extract& e, Index i) {
    const auto it =
        std::partition_point(e.supervisions.begin(), e.supervisions.end(),
                             [&](const Supervision& s) { return s.cases_discussed.end() <= i; });
    return static_cast<Index>(it - e.supervisions.begin());
}

std::string case_ref_path(const Extract& e, Index i) {
    const Index s = supervision_of_case_ref(e, i);
    return indexed(k_supervisions, s) + "." +
           indexed("casesDiscussed", i - e.supervisions[s].cases_discussed.begin);
}

// The record id a finding carries: the record's own, or for a part of a record that has no
// id of its own (an allocation, a supervision's decisions), the id of the record holding it.
template <typename R, std::vector<R> Extract::*Records>
StrId own_id(const Extract& e, Index i) {
    return (e.*Records)[i].id;
}
StrId allocation_case_id(const Extract& e, Index i) {
    return e.cases[e.allocations[i].case_index].id;
}
StrId item_supervision_id(const Extract& e, Index i) {
    return e.supervisions[e.supervision_items[i].supervision].id;
}
StrId case_ref_supervision_id(const Extract& e, Index i) {
    return e.supervisions[supervision_of_case_ref(e, i)].id;
}

// ---------------------------------------------------------------------------
// [SECTION] The table of reference fields
// ---------------------------------------------------------------------------

template <typename R, std::vector<R> Extract::*Records>
std::size_t count_of(const Extract& e) {
    return (e.*Records).size();
}

template <typename R, std::vector<R> Extract::*Records, Index R::*Field>
Index* field_of(Extract& e, Index i) {
    return &((e.*Records)[i].*Field);
}

Index* case_ref_of(Extract& e, Index i) {
    return &e.supervision_cases[i];
}

// One reference field of one kind of record.
struct Link {
    std::size_t (*count)(const Extract&);       // how many records of the kind
    Index* (*field)(Extract&, Index);           // the field in record i
    const char* name;                           // its name; "" for an element of an array
    IdIndex Extract::*target;                   // the records it names
    const char* target_kind;                    // "worker", for the message
    std::string (*path)(const Extract&, Index); // the record's JSON path
    StrId (*record_id)(const Extract&, Index);  // the id the finding carries
};

template <typename R, std::vector<R> Extract::*Records, Index R::*Field>
constexpr Link link(const char* name, IdIndex Extract::*target, const char* target_kind,
                    std::string (*path)(const Extract&, Index),
                    StrId (*record_id)(const Extract&, Index) = &own_id<R, Records>) {
    return Link{&count_of<R, Records>,
                &field_of<R, Records, Field>,
                name,
                target,
                target_kind,
                path,
                record_id};
}

// Every reference in the format (docs/extract-format.md), in the order of its records.
const Link k_links[] = {
    link<Worker, &Extract::workers, &Worker::team>("teamId", &Extract::team_by_id, "team",
                                                   &top_path<k_workers>),
    link<Worker, &Extract::workers, &Worker::line_manager>("lineManagerId", &Extract::worker_by_id,
                                                           "worker", &top_path<k_workers>),
    link<Case, &Extract::cases, &Case::person>("personId", &Extract::person_by_id, "person",
                                               &top_path<k_cases>),
    link<Case, &Extract::cases, &Case::team>("teamId", &Extract::team_by_id, "team",
                                             &top_path<k_cases>),
    link<Allocation, &Extract::allocations, &Allocation::worker>(
        "workerId", &Extract::worker_by_id, "worker",
        &in_case_path<Allocation, &Extract::allocations, &Case::allocations, k_allocations>,
        &allocation_case_id),
    link<Note, &Extract::notes, &Note::author>(
        "authorId", &Extract::worker_by_id, "worker",
        &in_case_path<Note, &Extract::notes, &Case::notes, k_notes>),
    link<Assessment, &Extract::assessments, &Assessment::author>(
        "authorId", &Extract::worker_by_id, "worker",
        &in_case_path<Assessment, &Extract::assessments, &Case::assessments, k_assessments>),
    link<Plan, &Extract::plans, &Plan::author>(
        "authorId", &Extract::worker_by_id, "worker",
        &in_case_path<Plan, &Extract::plans, &Case::plans, k_plans>),
    link<Review, &Extract::reviews, &Review::author>(
        "authorId", &Extract::worker_by_id, "worker",
        &in_case_path<Review, &Extract::reviews, &Case::reviews, k_reviews>),
    link<Safeguarding, &Extract::safeguarding, &Safeguarding::lead>(
        "leadId", &Extract::worker_by_id, "worker",
        &in_case_path<Safeguarding, &Extract::safeguarding, &Case::safeguarding, k_safeguarding>),
    link<CapacityAssessment, &Extract::capacity_assessments, &CapacityAssessment::author>(
        "authorId", &Extract::worker_by_id, "worker",
        &in_case_path<CapacityAssessment, &Extract::capacity_assessments,
                      &Case::capacity_assessments, k_capacity>),
    link<Supervision, &Extract::supervisions, &Supervision::supervisee>(
        "superviseeId", &Extract::worker_by_id, "worker", &top_path<k_supervisions>),
    link<Supervision, &Extract::supervisions, &Supervision::supervisor>(
        "supervisorId", &Extract::worker_by_id, "worker", &top_path<k_supervisions>),
    Link{&count_of<Index, &Extract::supervision_cases>, &case_ref_of, "", &Extract::case_by_id,
         "case", &case_ref_path, &case_ref_supervision_id},
    link<SupervisionItem, &Extract::supervision_items, &SupervisionItem::case_index>(
        "caseId", &Extract::case_by_id, "case", &item_path, &item_supervision_id),
    link<SupervisionItem, &Extract::supervision_items, &SupervisionItem::owner>(
        "ownerId", &Extract::worker_by_id, "worker", &item_path, &item_supervision_id),
    link<DirectorDiscussion, &Extract::director_discussions, &DirectorDiscussion::worker>(
        "workerId", &Extract::worker_by_id, "worker", &top_path<k_director_discussions>),
    link<DirectorDiscussion, &Extract::director_discussions, &DirectorDiscussion::director>(
        "directorId", &Extract::worker_by_id, "worker", &top_path<k_director_discussions>),
    link<AuditRecord, &Extract::audits, &AuditRecord::case_index>("caseId", &Extract::case_by_id,
                                                                  "case", &top_path<k_audits>),
    link<AuditRecord, &Extract::audits, &AuditRecord::auditor>("auditorId", &Extract::worker_by_id,
                                                               "worker", &top_path<k_audits>),
};

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Ids
// ---------------------------------------------------------------------------

// Builds an id index over `records`, reporting duplicates (the first one wins).
template <typename R>
void ExtractImporter::Impl::index_ids(const std::vector<R>& records, IdIndex& index,
                                      const char* kind,
                                      std::string (*path_of)(const Extract&, Index)) {
    std::vector<std::pair<StrId, Index>> pairs;
    pairs.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i)
        if (records[i].id != k_no_str)
            pairs.emplace_back(records[i].id, size32(i));
    std::sort(pairs.begin(), pairs.end());
    std::vector<std::pair<StrId, Index>> unique;
    unique.reserve(pairs.size());
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (!unique.empty() && unique.back().first == pairs[i].first) {
            const std::string id(x->ids.view(pairs[i].first));
            add(Severity::Error, "duplicate-id",
                std::string("Two ") + kind + " have the id \"" + id + "\" (" +
                    path_of(*x, unique.back().second) + " and " + path_of(*x, pairs[i].second) +
                    "); ids must be unique.",
                path_of(*x, pairs[i].second) + ".id", id);
            continue;
        }
        unique.push_back(pairs[i]);
    }
    index.build(std::move(unique));
}

// ---------------------------------------------------------------------------
// [SECTION] check_all
// ---------------------------------------------------------------------------

void ExtractImporter::Impl::check_all() {
    Extract& e = *x;
    index_ids(e.teams, e.team_by_id, "teams", &top_path<k_teams>);
    index_ids(e.workers, e.worker_by_id, "workers", &top_path<k_workers>);
    index_ids(e.people, e.person_by_id, "people", &top_path<k_people>);
    index_ids(e.cases, e.case_by_id, "cases", &top_path<k_cases>);
    index_ids(e.notes, e.note_by_id, "case notes",
              &in_case_path<Note, &Extract::notes, &Case::notes, k_notes>);
    index_ids(e.supervisions, e.supervision_by_id, "supervision records",
              &top_path<k_supervisions>);
    {
        IdIndex scratch;
        index_ids(
            e.assessments, scratch, "assessments",
            &in_case_path<Assessment, &Extract::assessments, &Case::assessments, k_assessments>);
        index_ids(e.plans, scratch, "plans",
                  &in_case_path<Plan, &Extract::plans, &Case::plans, k_plans>);
        index_ids(e.reviews, scratch, "reviews",
                  &in_case_path<Review, &Extract::reviews, &Case::reviews, k_reviews>);
        index_ids(e.documents, scratch, "documents",
                  &in_case_path<Document, &Extract::documents, &Case::documents, k_documents>);
        index_ids(e.director_discussions, scratch, "Director discussions",
                  &top_path<k_director_discussions>);
        index_ids(e.audits, scratch, "audit records", &top_path<k_audits>);
    }

    // Each reference field: the id it holds becomes the Index of the record it names.
    for (const Link& l : k_links) {
        const IdIndex& index = e.*(l.target);
        const std::size_t n = l.count(e);
        for (Index i = 0; i < n; ++i) {
            Index& ref = *l.field(e, i);
            if (ref == k_no_index)
                continue;
            const StrId wanted = ref;
            ref = index.find(wanted);
            if (ref != k_no_index)
                continue;
            std::string p = l.path(e, i);
            if (*l.name)
                p += std::string(".") + l.name;
            add(Severity::Error, "unknown-reference",
                std::string("There is no ") + l.target_kind + " with the id \"" +
                    std::string(x->ids.view(wanted)) + "\".",
                std::move(p), std::string(e.id_of(l.record_id(e, i))));
        }
    }

    // What a reference may not name.
    for (Index i = 0; i < e.workers.size(); ++i) {
        Worker& w = e.workers[i];
        if (w.line_manager == i) {
            add(Severity::Error, "unknown-reference", "A worker cannot be their own line manager.",
                indexed(k_workers, i) + ".lineManagerId", std::string(e.id_of(w.id)));
            w.line_manager = k_no_index;
        }
    }
    for (Index i = 0; i < e.director_discussions.size(); ++i) {
        const DirectorDiscussion& d = e.director_discussions[i];
        if (d.director != k_no_index && e.workers[d.director].role != WorkerRole::Director)
            add(Severity::Notice, "inconsistent",
                "The Director discussion names " + std::string(e.id_of(e.workers[d.director].id)) +
                    ", whose role is not director.",
                indexed(k_director_discussions, i) + ".directorId", std::string(e.id_of(d.id)));
    }

    // Checks against the as-at date.
    const Metadata& m = e.metadata;
    if (seen_top[0] && m.format_version == 1) {
        if (m.as_at.days > m.extracted_at.date.days)
            add(Severity::Warning, "inconsistent",
                "The as-at date " + format_date(m.as_at) +
                    " is after the date the extract was made (" + format_date(m.extracted_at.date) +
                    ").",
                "metadata.asAt");
        for (Index i = 0; i < e.people.size(); ++i)
            if (e.people[i].date_of_birth > m.as_at)
                add(Severity::Warning, "inconsistent",
                    "The date of birth " + format_date(e.people[i].date_of_birth) +
                        " is after the as-at date " + format_date(m.as_at) + ".",
                    indexed(k_people, i) + ".dateOfBirth", std::string(e.id_of(e.people[i].id)));
    }
}

} // namespace ca
