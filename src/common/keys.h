#pragma once
// The congress's signing key (Ed25519) and operators' password hashes (Argon2id), both from
// libsodium. Keys are kept as hex text: a public key is something an auditor reads aloud.
#include <expected>
#include <string>

namespace kp {

struct KeyPair {
    std::string publicKeyHex;  // 32 bytes
    std::string secretKeyHex;  // 64 bytes (libsodium's seed + public key)
};

KeyPair generateKeyPair();
// Detached Ed25519 signature of `message`, hex; the error says what is wrong with the key.
std::expected<std::string, std::string> sign(const std::string& message, const std::string& secretKeyHex);
// The public half of a secret key (libsodium keeps it inside the secret key).
std::expected<std::string, std::string> publicKeyOf(const std::string& secretKeyHex);
bool verifySignature(const std::string& message, const std::string& signatureHex, const std::string& publicKeyHex);

// Argon2id with libsodium's interactive limits (≈ 0.1 s, 64 MiB): slow for a guesser, quick
// enough for a sign-in. The result carries its own salt and parameters.
std::expected<std::string, std::string> hashPassword(const std::string& password);
bool checkPassword(const std::string& password, const std::string& hash);

}  // namespace kp
