#include "sha256.h"

#include <sodium.h>

#include <stdexcept>

namespace kp {

Sha256 sha256(std::string_view data) {
    // sodium_init is idempotent and thread-safe; it fails only if no entropy source exists,
    // which hashing does not need, but the library asks for it before any call.
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw std::runtime_error("libsodium could not be initialised");
    }
    Sha256 out{};
    crypto_hash_sha256(out.data(), reinterpret_cast<const unsigned char*>(data.data()), data.size());
    return out;
}

std::string toHex(const Sha256& digest) {
    static constexpr char DIGITS[] = "0123456789abcdef";
    std::string out;
    out.reserve(64);
    for (const std::uint8_t b : digest) {
        out += DIGITS[b >> 4];
        out += DIGITS[b & 15];
    }
    return out;
}

}  // namespace kp
