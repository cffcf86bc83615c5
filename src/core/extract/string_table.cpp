// Case Audit - interned strings (record ids). See string_table.h.
#include "core/extract/string_table.h"

namespace ca {

std::uint32_t StringTable::hash(std::string_view text) {
    // FNV-1a: ids are short, so a simple byte hash is as fast as anything fancier.
    std::uint32_t h = 2166136261u;
    for (char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

// Each slot holds the text's hash above its id + 1 (0: empty), so that a probe compares
// texts only when the hashes match: most probes end at the slot, without touching the
// offsets and characters of other ids (two cache misses each in a table of a million ids).
// The slot holding `text`, or the empty slot where it would go; `slots_` is never full.
std::size_t StringTable::probe(std::string_view text, std::uint32_t h) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const std::uint64_t slot = slots_[i];
        if (slot == 0 || (static_cast<std::uint32_t>(slot >> 32) == h &&
                          same_text(view(static_cast<StrId>(slot) - 1), text)))
            return i;
    }
}

StrId StringTable::find(std::string_view text) const {
    if (slots_.empty())
        return k_no_str;
    const std::uint64_t slot = slots_[probe(text, hash(text))];
    return slot == 0 ? k_no_str : static_cast<StrId>(slot) - 1;
}

StrId StringTable::intern(std::string_view text) {
    if ((size() + 1) * 2 > slots_.size())
        grow();
    const std::uint32_t h = hash(text);
    const std::size_t i = probe(text, h);
    if (slots_[i] != 0)
        return static_cast<StrId>(slots_[i]) - 1;
    const StrId id = size();
    chars_.append(text);
    offsets_.push_back(static_cast<std::uint32_t>(chars_.size()));
    slots_[i] = (std::uint64_t{h} << 32) | (id + 1u);
    return id;
}

void StringTable::grow() {
    std::vector<std::uint64_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint64_t slot : old) {
        if (slot == 0)
            continue;
        std::size_t i = (slot >> 32) & mask;
        while (slots_[i] != 0)
            i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

std::size_t StringTable::memory_bytes() const {
    return chars_.capacity() + offsets_.capacity() * sizeof(std::uint32_t) +
           slots_.capacity() * sizeof(std::uint64_t);
}

} // namespace ca
