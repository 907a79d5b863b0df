#include "keygen_command.h"

#include <filesystem>
#include <iostream>
#include <sys/stat.h>

#include "args.h"
#include "exit_codes.h"
#include "src/common/durable_file.h"
#include "src/common/keys.h"

namespace kp::cli {

namespace fs = std::filesystem;

int runKeygen(const std::vector<std::string>& argv) {
    auto args = Args::parse(argv, ArgSpec{{"--out"}, {}});
    if (!args) {
        return usageError("keygen: " + args.error());
    }
    const auto out = args->value("--out");
    if (!out) {
        return usageError("usage: kiemphieu-cli keygen --out DIR");
    }
    const fs::path secret = fs::path(*out) / "congress.key";
    const fs::path pub = fs::path(*out) / "congress.pub";
    std::error_code ec;
    // A congress has one key for its whole record: replacing it would orphan every signature.
    if (fs::exists(secret, ec) || fs::exists(pub, ec)) {
        return inputError("keygen: " + secret.parent_path().string() + " already holds a congress key; nothing was changed");
    }
    fs::create_directories(*out, ec);
    const KeyPair pair = generateKeyPair();
    const mode_t previous = ::umask(077);  // the secret key is readable by its owner only
    const auto wroteSecret = writeFileDurably(secret.string(), pair.secretKeyHex + "\n");
    ::umask(previous);
    if (!wroteSecret) {
        return inputError("keygen: " + wroteSecret.error());
    }
    if (const auto wrote = writeFileDurably(pub.string(), pair.publicKeyHex + "\n"); !wrote) {
        return inputError("keygen: " + wrote.error());
    }
    std::cout << "Khóa công khai / public key: " << pair.publicKeyHex << "\n"
              << "secret key: " << secret.string() << " (giữ kín / keep it secret)\n";
    return EXIT_OK;
}

}  // namespace kp::cli
