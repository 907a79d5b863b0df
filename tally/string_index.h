#pragma once
// A flat open-addressing hash index of strings, for the tally's two hot lookups (candidate
// ids, sheet numbers). std::unordered_map allocates a node per entry and chases pointers,
// which costs more than the counting itself at a million ballots; here a slot is 8 bytes
// (a hash tag and a position), so the table of a million sheets stays small and one probe
// usually touches one cache line.
// Each key gets a position: 0, 1, 2, ... in insertion order. Keys are views: the strings
// behind them must outlive the index.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace kp {

class StringIndex {
public:
    explicit StringIndex(std::size_t expected = 0);

    // Where `key` is or would go: look it up once, then insert at the same place.
    struct Probe {
        std::size_t slot;
        std::uint32_t tag;
        std::optional<std::uint32_t> position;  // set when the key is present
    };
    Probe probe(std::string_view key) const;
    // Inserts a key that `p` (the latest probe, no insert since) found absent; returns its position.
    std::uint32_t insertAt(const Probe& p, std::string_view key);

    // Inserts unless present; returns the key's position either way and whether it was new.
    std::pair<std::uint32_t, bool> insert(std::string_view key);
    std::optional<std::uint32_t> find(std::string_view key) const { return probe(key).position; }
    bool contains(std::string_view key) const { return find(key).has_value(); }
    std::size_t size() const { return m_keys.size(); }
    std::string_view key(std::uint32_t position) const { return m_keys[position]; }
    void reserve(std::size_t expected);

private:
    struct Slot {
        std::uint32_t tag = 0;       // high bits of the hash, never 0 in a used slot
        std::uint32_t position = 0;  // position + 1; 0 marks an empty slot
    };
    static std::uint64_t hashOf(std::string_view key);
    void rehash(std::size_t capacity);

    std::vector<Slot> m_slots;
    std::vector<std::string_view> m_keys;
};

}  // namespace kp
