// Case Audit - drawing audit samples. sampling.h states the algorithm step by step; the
// numbered comments below refer to its steps.
//
// Index of this file:
// [SECTION] Keys and labels
// [SECTION] Specification
// [SECTION] Scope and record facts
// [SECTION] Drawing
#include "core/audit/sampling.h"

#include "core/caseload/caseload.h"
#include "core/random/random.h"

#include <algorithm>
#include <cstddef>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Keys and labels
// ---------------------------------------------------------------------------

std::string_view record_set_key(RecordSet s) {
    return s == RecordSet::Supervisions ? "supervisions" : "cases";
}

std::optional<RecordSet> parse_record_set_key(std::string_view key) {
    if (key == "cases")
        return RecordSet::Cases;
    if (key == "supervisions")
        return RecordSet::Supervisions;
    return std::nullopt;
}

std::string_view record_set_label(RecordSet s) {
    return s == RecordSet::Supervisions ? "supervision records" : "cases";
}

std::string_view stratum_key(Stratum s) {
    return s == Stratum::AsyeWorker ? "asye-worker" : "open-safeguarding-enquiry";
}

std::optional<Stratum> parse_stratum_key(std::string_view key) {
    if (key == "open-safeguarding-enquiry")
        return Stratum::OpenSafeguardingEnquiry;
    if (key == "asye-worker")
        return Stratum::AsyeWorker;
    return std::nullopt;
}

std::string_view stratum_label(Stratum s) {
    return stratum_label(s, RecordSet::Cases);
}

std::string_view stratum_label(Stratum s, RecordSet records) {
    if (s == Stratum::AsyeWorker)
        return records == RecordSet::Supervisions ? "a supervision record of a worker in their ASYE"
                                                  : "a case held by a worker in their ASYE";
    return "a case with an open safeguarding enquiry"; // cases only
}

// ---------------------------------------------------------------------------
// [SECTION] Specification
// ---------------------------------------------------------------------------

SampleSpec default_sample_spec(const Extract& extract, const Policy& policy, std::uint64_t seed) {
    const SamplingDefaults& p = policy.audit.sampling;
    SampleSpec spec;
    spec.size = p.size;
    spec.seed = seed;
    spec.date = extract.metadata.as_at;
    spec.exclude_recently_audited = p.exclude_recently_audited;
    spec.recently_audited_months = p.recently_audited_months;
    spec.exclude_closed = p.exclude_closed;
    spec.exclude_inactive = p.exclude_inactive;
    spec.activity_months = p.activity_months;
    return spec;
}

namespace {
std::string months_text(int n) {
    return std::to_string(n) + (n == 1 ? " month" : " months");
}
} // namespace

std::vector<std::string> sample_exclusions(const SampleSpec& spec) {
    std::vector<std::string> out;
    if (spec.records != RecordSet::Cases)
        return out;
    if (spec.exclude_closed)
        out.emplace_back("closed cases");
    if (spec.exclude_recently_audited)
        out.push_back("cases audited within " + months_text(spec.recently_audited_months) +
                      " (after " +
                      format_date_long(add_months(spec.date, -spec.recently_audited_months)) + ")");
    if (spec.exclude_inactive)
        out.push_back("cases with no note within " + months_text(spec.activity_months) +
                      " (after " + format_date_long(add_months(spec.date, -spec.activity_months)) +
                      ")");
    return out;
}

std::string sample_exclusions_text(const SampleSpec& spec) {
    if (spec.records != RecordSet::Cases)
        return "";
    const std::vector<std::string> left_out = sample_exclusions(spec);
    std::string text;
    for (const std::string& e : left_out)
        text += (text.empty() ? "Left out: " : "; ") + e;
    text += text.empty() ? "Nothing left out." : ".";
    if (!spec.exclude_inactive)
        text += " Cases with no recent note are included.";
    return text;
}

std::uint64_t seed_from_clock(std::uint64_t milliseconds_since_epoch) {
    const std::uint64_t seed = milliseconds_since_epoch % 1000000000u;
    return seed == 0 ? 1 : seed;
}

// ---------------------------------------------------------------------------
// [SECTION] Scope and record facts
// ---------------------------------------------------------------------------

namespace {

// "cases", "case", "supervision record(s)": the noun for n records.
std::string noun(std::size_t n, RecordSet records) {
    std::string out(record_set_label(records));
    if (n == 1)
        out.pop_back();
    return out;
}

// "12 cases", "1 case", "1 supervision record".
std::string count_of(std::size_t n, RecordSet records) {
    return std::to_string(n) + " " + noun(n, records);
}

template <class Record>
Index find_by_id(const Extract& ex, const std::vector<Record>& records, std::string_view id) {
    // A scan rather than the extract's IdIndex: a spec names a handful of ids, the vectors
    // are workers and teams (hundreds), and extracts built in code have no index.
    for (std::size_t i = 0; i < records.size(); ++i)
        if (ex.id_of(records[i].id) == id)
            return static_cast<Index>(i);
    return k_no_index;
}

// Which workers are in scope: chosen by id, or in a chosen team.
struct Scope {
    bool whole_service = true;
    std::vector<std::uint8_t> team_chosen;   // by team index
    std::vector<std::uint8_t> worker_chosen; // by worker index: chosen, or in a chosen team

    bool team(Index t) const { return t < team_chosen.size() && team_chosen[t] != 0; }
    bool worker(Index w) const { return w < worker_chosen.size() && worker_chosen[w] != 0; }
};

// The window (D - months, D] of "within `months` before D".
struct Window {
    Date after; // exclusive
    Date until; // inclusive
    bool contains(Date d) const { return after < d && d <= until; }
};
Window months_before(Date d, int months) {
    return {add_months(d, -months), d};
}

bool closed_on(const Case& c, Date d) {
    if (c.closed)
        return *c.closed <= d;
    return c.status == CaseStatus::Closed; // closed on an unknown date: closed at every date
}

bool open_enquiry_on(const Extract& ex, const Case& c, Date d) {
    for (std::uint32_t i = c.safeguarding.begin; i < c.safeguarding.end(); ++i) {
        const Safeguarding& s = ex.safeguarding[i];
        if (s.kind == SafeguardingKind::Enquiry && s.raised <= d && (!s.closed || d < *s.closed))
            return true;
    }
    return false;
}

bool has_note_within(const Extract& ex, const Case& c, Window w) {
    for (std::uint32_t i = c.notes.begin; i < c.notes.end(); ++i)
        if (w.contains(ex.notes[i].event_date))
            return true;
    return false;
}

// What step 1 and the strata need to know of one case on D.
struct CaseOnDate {
    bool in_scope = false;
    bool asye_holder = false; // a primary allocation covering D to a worker in their ASYE
};

CaseOnDate case_on_date(const Extract& ex, const Case& c, Date d, const Scope& scope,
                        const std::vector<std::uint8_t>& asye) {
    CaseOnDate out;
    if (d < c.opened)
        return out; // not a case yet on D
    bool held = false;
    for (std::uint32_t i = c.allocations.begin; i < c.allocations.end(); ++i) {
        const Allocation& a = ex.allocations[i];
        if (a.role != AllocationRole::Primary || !a.covers(d) || a.worker >= ex.workers.size())
            continue;
        held = true;
        if (scope.worker(a.worker))
            out.in_scope = true;
        if (asye[a.worker] != 0)
            out.asye_holder = true;
    }
    if (scope.whole_service || (!held && scope.team(c.team)))
        out.in_scope = true;
    return out;
}

// The note for a stratum that no eligible record satisfies.
std::string unsatisfied_note(Stratum s, RecordSet records) {
    if (records == RecordSet::Supervisions)
        return "No eligible supervision record is of a worker in their ASYE.";
    if (s == Stratum::AsyeWorker)
        return "No eligible case is held by a worker in their ASYE.";
    return "No eligible case has an open safeguarding enquiry.";
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Drawing
// ---------------------------------------------------------------------------

SampleResult draw_sample(const Extract& ex, const Policy& policy, const SampleSpec& spec,
                         const std::vector<WorkbookAudit>& also_audited) {
    SampleResult r;
    const Date d = spec.date;
    const bool cases = spec.records == RecordSet::Cases;

    // The spec: every problem is reported, and nothing is drawn when there is one.
    Scope scope;
    scope.whole_service = spec.workers.empty() && spec.teams.empty();
    scope.team_chosen.assign(ex.teams.size(), 0);
    scope.worker_chosen.assign(ex.workers.size(), 0);
    for (const std::string& id : spec.workers) {
        const Index w = find_by_id(ex, ex.workers, id);
        if (w == k_no_index)
            r.errors.push_back("No worker has the id " + id + ".");
        else
            scope.worker_chosen[w] = 1;
    }
    for (const std::string& id : spec.teams) {
        const Index t = find_by_id(ex, ex.teams, id);
        if (t == k_no_index)
            r.errors.push_back("No team has the id " + id + ".");
        else
            scope.team_chosen[t] = 1;
    }
    if (spec.size < 1)
        r.errors.push_back("The sample size must be at least 1.");
    // The policy file's bounds for the same numbers (docs/policy-file.md).
    auto bad_months = [](int m) { return m < 1 || m > 120; };
    if (bad_months(spec.activity_months) && (!cases || spec.exclude_inactive))
        r.errors.push_back("The activity period must be from 1 to 120 months.");
    if (cases && spec.exclude_recently_audited && bad_months(spec.recently_audited_months))
        r.errors.push_back("The recently audited period must be from 1 to 120 months.");
    if (!r.errors.empty())
        return r;
    for (std::size_t w = 0; w < ex.workers.size(); ++w)
        if (scope.team(ex.workers[w].team))
            scope.worker_chosen[w] = 1;

    std::vector<std::uint8_t> asye(ex.workers.size(), 0);
    for (std::size_t w = 0; w < ex.workers.size(); ++w)
        asye[w] = in_asye_on(ex.workers[w], policy.caseload.asye, d) ? 1 : 0;

    // Steps 1 and 2: the eligible records, and for each what the strata ask.
    std::vector<Index> eligible;
    std::vector<std::uint8_t> asye_flag;    // by record index
    std::vector<std::uint8_t> enquiry_flag; // by record index (cases)
    if (cases) {
        asye_flag.assign(ex.cases.size(), 0);
        enquiry_flag.assign(ex.cases.size(), 0);
        // Audits within the period, by case: the audit records on file...
        const Window audit_window = months_before(d, spec.recently_audited_months);
        std::vector<std::uint8_t> audited(ex.cases.size(), 0);
        for (const AuditRecord& a : ex.audits)
            if (a.case_index < ex.cases.size() && audit_window.contains(a.date))
                audited[a.case_index] = 1;
        // ... and the workbook's completed audits, matched by case id.
        std::vector<std::string_view> audited_ids;
        for (const WorkbookAudit& a : also_audited)
            if (audit_window.contains(a.date))
                audited_ids.push_back(a.case_id);
        std::sort(audited_ids.begin(), audited_ids.end());
        const Window activity = months_before(d, spec.activity_months);

        for (std::size_t i = 0; i < ex.cases.size(); ++i) {
            const Case& c = ex.cases[i];
            const CaseOnDate on = case_on_date(ex, c, d, scope, asye);
            if (!on.in_scope)
                continue;
            ++r.in_scope;
            if (spec.exclude_closed && closed_on(c, d)) {
                ++r.excluded_closed;
                continue;
            }
            if (spec.exclude_recently_audited &&
                (audited[i] != 0 ||
                 std::binary_search(audited_ids.begin(), audited_ids.end(), ex.id_of(c.id)))) {
                ++r.excluded_recently_audited;
                continue;
            }
            if (spec.exclude_inactive && !has_note_within(ex, c, activity)) {
                ++r.excluded_inactive;
                continue;
            }
            eligible.push_back(static_cast<Index>(i));
            asye_flag[i] = on.asye_holder ? 1 : 0;
            enquiry_flag[i] = open_enquiry_on(ex, c, d) ? 1 : 0;
        }
    } else {
        asye_flag.assign(ex.supervisions.size(), 0);
        const Window held = months_before(d, spec.activity_months);
        for (std::size_t i = 0; i < ex.supervisions.size(); ++i) {
            const Supervision& s = ex.supervisions[i];
            if (!held.contains(s.held) || s.supervisee >= ex.workers.size())
                continue;
            if (!scope.whole_service && !scope.worker(s.supervisee))
                continue;
            ++r.in_scope;
            eligible.push_back(static_cast<Index>(i));
            asye_flag[i] = asye[s.supervisee];
        }
    }
    r.eligible = eligible.size();

    // Step 3. Sorting by id first makes the draw independent of the file's record order.
    auto id_of = [&](Index i) {
        return cases ? ex.id_of(ex.cases[i].id) : ex.id_of(ex.supervisions[i].id);
    };
    std::stable_sort(eligible.begin(), eligible.end(),
                     [&](Index a, Index b) { return id_of(a) < id_of(b); });
    Random rng(spec.seed);
    rng.shuffle(eligible);

    const std::size_t size = static_cast<std::size_t>(spec.size);
    if (eligible.empty())
        r.notes.push_back("No " + noun(1, spec.records) + " is eligible, so nothing was drawn.");
    else if (eligible.size() == 1 && size > 1)
        r.notes.push_back("Only " + count_of(1, spec.records) + " is eligible; it is drawn.");
    else if (eligible.size() < size)
        r.notes.push_back("Only " + count_of(eligible.size(), spec.records) +
                          " are eligible; all are drawn.");

    std::vector<std::uint8_t> drawn(eligible.size(), 0); // by position in shuffled order
    auto satisfies = [&](Stratum s, Index record) {
        return s == Stratum::AsyeWorker ? asye_flag[record] != 0 : enquiry_flag[record] != 0;
    };
    auto draw = [&](std::size_t position, std::string reason) {
        drawn[position] = 1;
        const Index record = eligible[position];
        r.drawn.push_back({record, std::string(id_of(record)), std::move(reason)});
    };

    // Step 4.
    for (const Stratum s : spec.strata) {
        if (s == Stratum::OpenSafeguardingEnquiry && !cases) {
            r.notes.push_back("The rule \"" + std::string(stratum_label(s)) +
                              "\" applies to samples of cases only; it was not used.");
            continue;
        }
        bool already = false;
        for (const DrawnRecord& dr : r.drawn)
            already = already || satisfies(s, dr.index);
        if (already)
            continue;
        std::size_t found = eligible.size();
        for (std::size_t p = 0; p < eligible.size() && found == eligible.size(); ++p)
            if (drawn[p] == 0 && satisfies(s, eligible[p]))
                found = p;
        if (found == eligible.size()) {
            if (!eligible.empty())
                r.notes.push_back(unsatisfied_note(s, spec.records));
            continue;
        }
        if (r.drawn.size() >= size) {
            r.notes.push_back("No place was left in a sample of " + std::to_string(size) + " for " +
                              std::string(stratum_label(s, spec.records)) + ".");
            continue;
        }
        draw(found, "drawn to include " + std::string(stratum_label(s, spec.records)));
    }

    // Step 5.
    const std::string reason = "drawn at random from " + std::to_string(eligible.size()) +
                               " eligible " + noun(eligible.size(), spec.records);
    for (std::size_t p = 0; p < eligible.size() && r.drawn.size() < size; ++p)
        if (drawn[p] == 0)
            draw(p, reason);
    return r;
}

} // namespace ca::audit
