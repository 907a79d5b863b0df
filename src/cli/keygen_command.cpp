#include "keygen_command.h"

#include <filesystem>
#include <iostream>

#include "args.h"
#include "exit_codes.h"
#include "src/app/congress_key.h"

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
    const auto made = app::makeCongressKey(*out);
    if (!made) {
        return inputError("keygen: " + made.error());
    }
    std::cout << "Khóa công khai / public key: " << *made << "\n"
              << "secret key: " << (fs::path(*out) / "congress.key").string() << " (giữ kín / keep it secret)\n";
    return EXIT_OK;
}

}  // namespace kp::cli
