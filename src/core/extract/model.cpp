// Case Audit - the in-memory case extract. See model.h.
#include "core/extract/model.h"

#include <algorithm>

namespace ca {

void IdIndex::build(std::vector<std::pair<StrId, Index>> pairs) {
    std::sort(pairs.begin(), pairs.end());
    pairs_ = std::move(pairs);
    pairs_.shrink_to_fit();
}

Index IdIndex::find(StrId id) const {
    if (id == k_no_str)
        return k_no_index;
    const auto it = std::lower_bound(pairs_.begin(), pairs_.end(), std::make_pair(id, Index{0}));
    return it != pairs_.end() && it->first == id ? it->second : k_no_index;
}

std::string_view Extract::worker_name(Index w) const {
    return w < workers.size() ? text_of(workers[w].name) : std::string_view();
}

std::string_view Extract::team_name(Index t) const {
    return t < teams.size() ? text_of(teams[t].name) : std::string_view();
}

Index Extract::primary_worker_on(Index c, Date day) const {
    if (c >= cases.size())
        return k_no_index;
    const Allocation* best = nullptr;
    const Range r = cases[c].allocations;
    for (std::uint32_t i = r.begin; i < r.end() && i < allocations.size(); ++i) {
        const Allocation& a = allocations[i];
        // ">=": of two starting the same day, the later in the file.
        if (a.role == AllocationRole::Primary && a.covers(day) &&
            (best == nullptr || a.from >= best->from))
            best = &a;
    }
    return best == nullptr ? k_no_index : best->worker;
}

Index Extract::last_primary_worker(Index c, Date day) const {
    const Index current = primary_worker_on(c, day);
    if (current != k_no_index || c >= cases.size())
        return current;
    const Allocation* best = nullptr;
    const Range r = cases[c].allocations;
    for (std::uint32_t i = r.begin; i < r.end() && i < allocations.size(); ++i) {
        const Allocation& a = allocations[i];
        // Not covering `day` and not starting after it: ended before it.
        if (a.role == AllocationRole::Primary && a.from <= day && a.to &&
            (best == nullptr || *a.to >= *best->to))
            best = &a;
    }
    return best == nullptr ? k_no_index : best->worker;
}

namespace {
template <typename T>
std::size_t bytes_of(const std::vector<T>& v) {
    return v.capacity() * sizeof(T);
}
} // namespace

std::size_t Extract::memory_bytes() const {
    return ids.memory_bytes() + text.memory_bytes() + bytes_of(teams) + bytes_of(workers) +
           bytes_of(training) + bytes_of(people) + bytes_of(cases) + bytes_of(allocations) +
           bytes_of(requests) + bytes_of(notes) + bytes_of(assessments) + bytes_of(sections) +
           bytes_of(plans) + bytes_of(services) + bytes_of(reviews) + bytes_of(safeguarding) +
           bytes_of(capacity_assessments) + bytes_of(documents) + bytes_of(supervisions) +
           bytes_of(supervision_cases) + bytes_of(supervision_items) +
           bytes_of(director_discussions) + bytes_of(audits) + team_by_id.memory_bytes() +
           worker_by_id.memory_bytes() + person_by_id.memory_bytes() + case_by_id.memory_bytes() +
           note_by_id.memory_bytes() + supervision_by_id.memory_bytes();
}

} // namespace ca
