#pragma once
// SHA-256 (libsodium) for content hashes: layout hashes on ballots, image names in the store,
// the audit chain. Thread-safe.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kp {

using Sha256 = std::array<std::uint8_t, 32>;

Sha256 sha256(std::string_view data);
std::string toHex(const Sha256& digest);
inline std::string sha256Hex(std::string_view data) { return toHex(sha256(data)); }

}  // namespace kp
