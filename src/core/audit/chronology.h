// Case Audit - the chronology of one case file: every record of the case on one time line,
// newest first, with the filters an auditor uses to find what matters in a long file.
//
// What is on it (one entry per record):
//   note                 event date (and the recorded date-time); title "Visit: <title>"
//   assessment           completed date, else its start; its sections are parts of the entry
//                        ("Risk section (completed 3 March 2026)")
//   plan                 completed date, else its start
//   review               completed date, else its due date, else the case's opening date
//                        (the title then says no date was recorded)
//   safeguarding         the date raised
//   capacity assessment  its date
//   document             the date received, else the date uploaded
//   supervision          the date held: the supervision records whose cases discussed include
//                        the case, or with a decision or action about it; the entry's parts
//                        are the decisions and actions about this case only (the rest of the
//                        record is about other people's cases and is not shown)
//   previous audit       its date
//
// Order: date, newest first. On the same date, by kind in EntryKind order (notes first,
// audits last); two notes (or supervisions) of the same date, the later recorded date-time
// first; then the record later in the extract first. Every key is compared, so the order is
// total and does not depend on the sort algorithm.
//
// Speed: a case is built once (one pass over the case's own records, one over the
// supervision records); filtering is one pass over the entries with no allocation per entry,
// and the search reads the texts where they are, in the extract's text store.
//
// Index of this file:
// [SECTION] Entries
// [SECTION] Building
// [SECTION] Filtering and search
#pragma once

#include "core/audit/checklist.h"
#include "core/calendar/date.h"
#include "core/extract/model.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca::audit {

// ---------------------------------------------------------------------------
// [SECTION] Entries
// ---------------------------------------------------------------------------

// The kinds of entry, in the order used for entries of the same date.
enum class EntryKind : std::uint8_t {
    Note,
    Assessment,
    Plan,
    Review,
    Safeguarding,
    CapacityAssessment,
    Document,
    Supervision,
    Audit,
    Count
};
inline constexpr std::size_t k_entry_kind_count = static_cast<std::size_t>(EntryKind::Count);

// A set of kinds, one bit per EntryKind.
using KindMask = std::uint32_t;
inline constexpr KindMask kind_bit(EntryKind k) {
    return KindMask{1} << static_cast<unsigned>(k);
}
inline constexpr KindMask k_all_entry_kinds = (KindMask{1} << k_entry_kind_count) - 1;

// "Note", "Assessment", "Care and support plan", "Review", "Safeguarding",
// "Capacity assessment", "Document", "Supervision", "Audit".
std::string_view entry_kind_label(EntryKind k);

// A piece of text owned by the Chronology (titles, part labels): offset and length in
// Chronology::strings.
struct Span {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

// Part of an entry shown under its text: an assessment's section, a supervision's decision
// or action about the case.
struct EntryPart {
    Span label;       // "Risk section (completed 3 March 2026)", "Decision", "Action: ..."
    TextRef text;     // in the extract's text store
    RecordRef record; // the section; the supervision record for its decisions and actions
};

struct ChronologyEntry {
    Date date;                           // the event date (see the top of this file)
    std::optional<DateTime> recorded_at; // notes and supervisions: when it was written up
    EntryKind kind = EntryKind::Note;
    RecordRef record;
    Index author = k_no_index; // worker; k_no_index for documents (no author in the extract)
    Span title;
    TextRef text;                  // the record's own text (empty for assessments, documents
                                   // and supervisions, whose words are in their parts)
    std::uint32_t parts_begin = 0; // into Chronology::parts
    std::uint32_t parts_count = 0;
};

struct Chronology {
    Index case_index = k_no_index;
    std::vector<ChronologyEntry> entries; // newest first
    std::vector<EntryPart> parts;
    std::string strings; // titles and labels, back to back

    std::string_view str(Span s) const {
        return std::string_view(strings).substr(s.offset, s.length);
    }
    std::string_view title(const ChronologyEntry& e) const { return str(e.title); }

    // The position of the entry showing `record` (a section or a supervision item: the entry
    // it is a part of), or k_no_entry when the record is not on this chronology.
    static constexpr std::uint32_t k_no_entry = 0xFFFFFFFFu;
    std::uint32_t find(RecordRef record) const;
};

// ---------------------------------------------------------------------------
// [SECTION] Building
// ---------------------------------------------------------------------------

// The chronology of `case_index` (empty, with case_index k_no_index, when it is out of
// range).
Chronology build_chronology(const Extract& extract, Index case_index);

// The distinct authors of the entries, by name (then index), for an author filter.
std::vector<Index> chronology_authors(const Chronology& chronology, const Extract& extract);

// ---------------------------------------------------------------------------
// [SECTION] Filtering and search
// ---------------------------------------------------------------------------

struct ChronologyFilter {
    KindMask kinds = k_all_entry_kinds;
    Index author = k_no_index; // k_no_index: any author
    std::optional<Date> from;  // inclusive
    std::optional<Date> to;    // inclusive
    // Found in the title, the text, or a part's label or text. Case-insensitive with ASCII
    // case folding only (A-Z = a-z; "É" and "é" differ); spaces around it are ignored; ""
    // matches every entry.
    std::string_view search;
};

// The positions in chronology.entries of the entries that pass, in chronology order,
// written to `out` (cleared first; its capacity is reused from call to call).
void filter_chronology(const Chronology& chronology, const Extract& extract,
                       const ChronologyFilter& filter, std::vector<std::uint32_t>& out);
std::vector<std::uint32_t> filter_chronology(const Chronology& chronology, const Extract& extract,
                                             const ChronologyFilter& filter);

// True when `needle` occurs in `haystack` ignoring ASCII case; "" occurs everywhere.
bool contains_ignoring_case(std::string_view haystack, std::string_view needle);

} // namespace ca::audit
