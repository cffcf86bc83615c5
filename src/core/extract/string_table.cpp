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

StrId StringTable::find(std::string_view text) const {
    if (slots_.empty())
        return k_no_str;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(text) & mask;; i = (i + 1) & mask) {
        const std::uint32_t slot = slots_[i];
        if (slot == 0)
            return k_no_str;
        if (view(slot - 1) == text)
            return slot - 1;
    }
}

StrId StringTable::intern(std::string_view text) {
    if ((size() + 1) * 2 > slots_.size())
        grow();
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(text) & mask;
    for (;; i = (i + 1) & mask) {
        const std::uint32_t slot = slots_[i];
        if (slot == 0)
            break;
        if (view(slot - 1) == text)
            return slot - 1;
    }
    const StrId id = size();
    chars_.append(text);
    offsets_.push_back(static_cast<std::uint32_t>(chars_.size()));
    slots_[i] = id + 1;
    return id;
}

void StringTable::grow() {
    std::vector<std::uint32_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t slot : old) {
        if (slot == 0)
            continue;
        std::size_t i = hash(view(slot - 1)) & mask;
        while (slots_[i] != 0)
            i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

std::size_t StringTable::memory_bytes() const {
    return chars_.capacity() + offsets_.capacity() * sizeof(std::uint32_t) +
           slots_.capacity() * sizeof(std::uint32_t);
}

} // namespace ca
