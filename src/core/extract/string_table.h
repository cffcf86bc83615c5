// Case Audit - interned strings (record ids).
//
// Every id in an extract (worker "W-SW1", case "C-5001", ...) is stored once here and
// referred to by a 32-bit StrId, so that records point at each other by small integers and
// a 500 MB extract does not hold millions of small std::strings.
//
// Index of this file:
// [SECTION] Comparing short texts
// [SECTION] StringTable
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Comparing short texts
// ---------------------------------------------------------------------------

// Whether two texts are equal, for the short ones the importer compares for every field of
// every record (ids, field names). em++ turns std::string_view's == into a call to a
// byte-at-a-time memcmp; this compares 8 bytes at a time in line.
inline bool same_text(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    std::size_t i = 0;
    for (; i + 8 <= a.size(); i += 8) {
        std::uint64_t x = 0;
        std::uint64_t y = 0;
        std::memcpy(&x, a.data() + i, 8);
        std::memcpy(&y, b.data() + i, 8);
        if (x != y)
            return false;
    }
    for (; i < a.size(); ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

// ---------------------------------------------------------------------------
// [SECTION] StringTable
// ---------------------------------------------------------------------------

using StrId = std::uint32_t;
inline constexpr StrId k_no_str = 0xFFFFFFFFu;

// Append-only set of strings with O(1) interning (open addressing, linear probing over a
// power-of-two slot array that grows at half full). Ids are dense: 0, 1, 2, ...
class StringTable {
public:
    // The id of `text`, adding it when it is new.
    StrId intern(std::string_view text);
    // The id of `text`, or k_no_str when it was never interned.
    StrId find(std::string_view text) const;
    // The text of an id; precondition: id < size().
    std::string_view view(StrId id) const {
        return std::string_view(chars_.data() + offsets_[id], offsets_[id + 1] - offsets_[id]);
    }
    std::uint32_t size() const { return static_cast<std::uint32_t>(offsets_.size() - 1); }
    // Bytes held, for the memory figures in the import summary.
    std::size_t memory_bytes() const;

private:
    static std::uint32_t hash(std::string_view text);
    std::size_t probe(std::string_view text, std::uint32_t h) const;
    void grow();

    std::string chars_;
    std::vector<std::uint32_t> offsets_{0};
    std::vector<std::uint64_t> slots_; // hash << 32 | (StrId + 1) per slot; 0 = empty
};

} // namespace ca
