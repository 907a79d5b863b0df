#include "export_command.h"

#include <iostream>

#include "args.h"
#include "exit_codes.h"
#include "src/app/bundle.h"

namespace kp::cli {

int runExport(const std::vector<std::string>& argv) {
    auto args = Args::parse(argv, ArgSpec{{"--db", "--key", "--out"}, {}});
    if (!args) {
        return usageError("export: " + args.error());
    }
    const auto db = args->value("--db");
    const auto keyPath = args->value("--key");
    const auto out = args->value("--out");
    if (!db || !keyPath || !out) {
        return usageError("usage: kiemphieu-cli export --db FILE --key congress.key --out DIR");
    }
    const auto secret = readFile(*keyPath);
    if (!secret) {
        return inputError("export: " + secret.error());
    }
    const auto done = app::exportBundle(*db, *secret, *out);
    if (!done) {
        return inputError("export: " + done.error());
    }
    std::cout << "bundle: " << *out << " — " << done->sheets << " sheets, " << done->events
              << " audit events, signed by " << done->publicKey << (done->alreadyThere ? " (already exported)" : "") << "\n";
    return EXIT_OK;
}

}  // namespace kp::cli
