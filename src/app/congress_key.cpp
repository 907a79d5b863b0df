#include "congress_key.h"

#include <filesystem>
#include <sys/stat.h>

#include "src/common/durable_file.h"
#include "src/common/keys.h"

namespace kp::app {

namespace fs = std::filesystem;

std::expected<std::string, std::string> makeCongressKey(const std::string& dir) {
    const fs::path secret = fs::path(dir) / "congress.key";
    const fs::path pub = fs::path(dir) / "congress.pub";
    std::error_code ec;
    if (fs::exists(secret, ec) || fs::exists(pub, ec)) {
        return std::unexpected(dir + " already holds a congress key; nothing was changed");
    }
    fs::create_directories(dir, ec);
    const KeyPair pair = generateKeyPair();
    const mode_t previous = ::umask(077);  // the secret key is readable by its owner only
    const auto wroteSecret = writeFileDurably(secret.string(), pair.secretKeyHex + "\n");
    ::umask(previous);
    if (!wroteSecret) {
        return std::unexpected(wroteSecret.error());
    }
    if (const auto wrote = writeFileDurably(pub.string(), pair.publicKeyHex + "\n"); !wrote) {
        return std::unexpected(wrote.error());
    }
    return pair.publicKeyHex;
}

}  // namespace kp::app
