// Case Audit - the extract fingerprint (see fingerprint.h for what it is for).
//
// The bytes hashed, exactly (so that another tool, or a test, can recompute it): a sequence
// of fields, each written as its length in bytes in decimal, a colon, then its bytes
// ("5:T-ONE"). The length prefix keeps the fields apart whatever an id contains, so that
// the ids "ab", "c" and "a", "bc" hash differently. The fields, in this order:
//   1. metadata: organisation name, organisation code, extractedAt as "YYYY-MM-DDTHH:MM",
//      asAt as "YYYY-MM-DD";
//   2. the number of records of each kind, in decimal, in the order of Extract's vectors:
//      teams, workers, training, people, cases, allocations, requests, notes, assessments,
//      assessment sections, plans, services, reviews, safeguarding, capacity assessments,
//      documents, supervisions, supervision cases discussed, supervision decisions and
//      actions, Director discussions, audits (21 counts);
//   3. the ids of every team, then worker, person, case, note and supervision record, each
//      kind in file order (the counts in 2 say where one kind ends).
// The hash is FNV-1a 64 (offset basis 0xcbf29ce484222325, prime 0x100000001b3: for each
// byte, h ^= byte, then h *= prime), written as 16 lowercase hex digits.
//
// Note texts, names and dates inside records are not hashed: re-reading a 500 MB extract's
// text would cost seconds in the browser, and an export of the same moment does not change
// them without changing a count or an id.
#include "core/extract/fingerprint.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace ca {

namespace {

class Fnv1a64 {
public:
    void bytes(std::string_view s) {
        for (char c : s) {
            h_ ^= static_cast<unsigned char>(c);
            h_ *= 0x100000001b3ull;
        }
    }
    // One length-prefixed field: "<decimal length>:<bytes>".
    void field(std::string_view s) {
        decimal(s.size());
        bytes(":");
        bytes(s);
    }
    void count(std::size_t n) {
        char digits[20];
        field(std::string_view(digits, to_decimal(n, digits)));
    }
    std::string hex() const {
        static const char digits[] = "0123456789abcdef";
        std::string out(16, '0');
        std::uint64_t v = h_;
        for (std::size_t i = 16; i > 0; --i) {
            out[i - 1] = digits[v & 0xFu];
            v >>= 4;
        }
        return out;
    }

private:
    // Written into a buffer of the caller's: this runs once per id (a 100 MB extract has
    // about 150,000), and std::to_string made a string each time.
    static std::size_t to_decimal(std::size_t n, char (&out)[20]) {
        std::size_t len = 0;
        do {
            out[len++] = static_cast<char>('0' + n % 10);
            n /= 10;
        } while (n != 0);
        std::reverse(out, out + len);
        return len;
    }
    void decimal(std::size_t n) {
        char digits[20];
        bytes(std::string_view(digits, to_decimal(n, digits)));
    }

    std::uint64_t h_ = 0xcbf29ce484222325ull;
};

template <class Record>
void ids(Fnv1a64& h, const Extract& ex, const std::vector<Record>& records) {
    for (const Record& r : records)
        h.field(ex.id_of(r.id));
}

} // namespace

std::string extract_fingerprint(const Extract& ex) {
    Fnv1a64 h;
    h.field(ex.metadata.organisation_name);
    h.field(ex.metadata.organisation_code);
    h.field(format_date_time(ex.metadata.extracted_at));
    h.field(format_date(ex.metadata.as_at));

    h.count(ex.teams.size());
    h.count(ex.workers.size());
    h.count(ex.training.size());
    h.count(ex.people.size());
    h.count(ex.cases.size());
    h.count(ex.allocations.size());
    h.count(ex.requests.size());
    h.count(ex.notes.size());
    h.count(ex.assessments.size());
    h.count(ex.sections.size());
    h.count(ex.plans.size());
    h.count(ex.services.size());
    h.count(ex.reviews.size());
    h.count(ex.safeguarding.size());
    h.count(ex.capacity_assessments.size());
    h.count(ex.documents.size());
    h.count(ex.supervisions.size());
    h.count(ex.supervision_cases.size());
    h.count(ex.supervision_items.size());
    h.count(ex.director_discussions.size());
    h.count(ex.audits.size());

    ids(h, ex, ex.teams);
    ids(h, ex, ex.workers);
    ids(h, ex, ex.people);
    ids(h, ex, ex.cases);
    ids(h, ex, ex.notes);
    ids(h, ex, ex.supervisions);
    return h.hex();
}

} // namespace ca
