#include "src/common/keys.h"

#include <sodium.h>
#include <stdexcept>
#include <vector>

namespace kp {

namespace {

void initSodium() {
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium cannot be initialised");  // a broken installation: a bug, not input
    }
}

std::string hex(const unsigned char* data, std::size_t size) {
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, size);
    out.pop_back();
    return out;
}

// Exactly `size` bytes from hex, or nothing.
std::vector<unsigned char> unhex(const std::string& text, std::size_t size) {
    std::vector<unsigned char> out(size);
    std::size_t length = 0;
    if (sodium_hex2bin(out.data(), size, text.data(), text.size(), nullptr, &length, nullptr) != 0 || length != size ||
        text.size() != size * 2) {
        return {};
    }
    return out;
}

}  // namespace

KeyPair generateKeyPair() {
    initSodium();
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    KeyPair pair{hex(pk, sizeof pk), hex(sk, sizeof sk)};
    sodium_memzero(sk, sizeof sk);
    return pair;
}

std::expected<std::string, std::string> sign(const std::string& message, const std::string& secretKeyHex) {
    initSodium();
    const auto sk = unhex(secretKeyHex, crypto_sign_SECRETKEYBYTES);
    if (sk.empty()) {
        return std::unexpected("the secret key is not " + std::to_string(crypto_sign_SECRETKEYBYTES * 2) + " hex digits");
    }
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(), sk.data());
    return hex(sig, sizeof sig);
}

std::expected<std::string, std::string> publicKeyOf(const std::string& secretKeyHex) {
    initSodium();
    const auto sk = unhex(secretKeyHex, crypto_sign_SECRETKEYBYTES);
    if (sk.empty()) {
        return std::unexpected("the secret key is not " + std::to_string(crypto_sign_SECRETKEYBYTES * 2) + " hex digits");
    }
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(pk, sk.data());
    return hex(pk, sizeof pk);
}

bool verifySignature(const std::string& message, const std::string& signatureHex, const std::string& publicKeyHex) {
    initSodium();
    const auto sig = unhex(signatureHex, crypto_sign_BYTES);
    const auto pk = unhex(publicKeyHex, crypto_sign_PUBLICKEYBYTES);
    return !sig.empty() && !pk.empty() &&
           crypto_sign_verify_detached(sig.data(), reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                                       pk.data()) == 0;
}

std::expected<std::string, std::string> hashPassword(const std::string& password) {
    initSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return std::unexpected("not enough memory to hash the password");
    }
    return std::string(out);
}

bool checkPassword(const std::string& password, const std::string& hash) {
    initSodium();
    return hash.starts_with("$argon2id$") &&
           crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace kp
