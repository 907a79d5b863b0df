#include "string_index.h"

#include <algorithm>
#include <bit>

namespace kp {

namespace {

std::uint32_t tagOf(std::uint64_t hash) {
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    return tag == 0 ? 1 : tag;
}

}  // namespace

StringIndex::StringIndex(std::size_t expected) { reserve(expected); }

void StringIndex::reserve(std::size_t expected) {
    // Keep the table at most half full so that probe runs stay short.
    const std::size_t wanted = std::bit_ceil(std::max<std::size_t>(16, expected * 2));
    if (wanted > m_slots.size()) {
        rehash(wanted);
    }
    m_keys.reserve(expected);
}

std::uint64_t StringIndex::hashOf(std::string_view key) {
    // FNV-1a over the bytes, then a multiply-xorshift finaliser so that keys differing only in
    // their last characters ("c17", "c18") spread over both the slot bits and the tag bits.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : key) {
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 32;
    return h;
}

StringIndex::Probe StringIndex::probe(std::string_view key) const {
    const std::uint64_t hash = hashOf(key);
    const std::uint32_t tag = tagOf(hash);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.position == 0) {
            return {i, tag, std::nullopt};
        }
        if (s.tag == tag && m_keys[s.position - 1] == key) {
            return {i, tag, s.position - 1};
        }
    }
}

std::uint32_t StringIndex::insertAt(const Probe& p, std::string_view key) {
    const auto position = static_cast<std::uint32_t>(m_keys.size());
    m_keys.push_back(key);
    m_slots[p.slot] = Slot{p.tag, position + 1};
    if (2 * m_keys.size() > m_slots.size()) {
        rehash(m_slots.size() * 2);
    }
    return position;
}

std::pair<std::uint32_t, bool> StringIndex::insert(std::string_view key) {
    const Probe p = probe(key);
    if (p.position) {
        return {*p.position, false};
    }
    return {insertAt(p, key), true};
}

void StringIndex::rehash(std::size_t capacity) {
    m_slots.assign(capacity, Slot{});
    const std::size_t mask = capacity - 1;
    for (std::uint32_t position = 0; position < m_keys.size(); ++position) {
        const std::uint64_t hash = hashOf(m_keys[position]);
        std::size_t i = static_cast<std::size_t>(hash) & mask;
        while (m_slots[i].position != 0) {
            i = (i + 1) & mask;
        }
        m_slots[i] = Slot{tagOf(hash), position + 1};
    }
}

}  // namespace kp
