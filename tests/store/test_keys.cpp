// The congress key (Ed25519) and operators' password hashes (Argon2id), through libsodium.
#include <doctest/doctest.h>

#include "src/common/keys.h"

using namespace kp;

TEST_CASE("keys: a signature verifies with its key and fails for any other message or key") {
    const KeyPair pair = generateKeyPair();
    CHECK(pair.publicKeyHex.size() == 64);
    CHECK(pair.secretKeyHex.size() == 128);
    const std::string manifest = "sha256 of readings.jsonl: 5e8f…\nhead of the audit log: 9c1a…\n";
    const auto signature = sign(manifest, pair.secretKeyHex);
    REQUIRE(signature.has_value());
    CHECK(signature->size() == 128);
    CHECK(verifySignature(manifest, *signature, pair.publicKeyHex));
    CHECK_FALSE(verifySignature(manifest + " ", *signature, pair.publicKeyHex));
    CHECK_FALSE(verifySignature(manifest, *signature, generateKeyPair().publicKeyHex));
    std::string flipped = *signature;
    flipped[0] = flipped[0] == '0' ? '1' : '0';
    CHECK_FALSE(verifySignature(manifest, flipped, pair.publicKeyHex));
    CHECK_FALSE(verifySignature(manifest, "not hex", pair.publicKeyHex));
}

TEST_CASE("keys: a malformed secret key is refused with the reason") {
    const auto signature = sign("x", "abc");
    REQUIRE_FALSE(signature.has_value());
    CHECK(signature.error() == "the secret key is not 128 hex digits");
}

TEST_CASE("keys: passwords are stored as salted Argon2id hashes that check only the right password") {
    const auto hash = hashPassword("Ban kiểm phiếu 2025");
    REQUIRE(hash.has_value());
    CHECK(hash->starts_with("$argon2id$"));
    CHECK(hash->find("Ban kiểm phiếu") == std::string::npos);
    CHECK(checkPassword("Ban kiểm phiếu 2025", *hash));
    CHECK_FALSE(checkPassword("Ban kiem phieu 2025", *hash));
    CHECK_FALSE(checkPassword("", *hash));
    CHECK(*hashPassword("Ban kiểm phiếu 2025") != *hash);  // a new salt each time
    CHECK_FALSE(checkPassword("x", "plain text"));
}
