#include "keygen_command.h"

#include <filesystem>
#include <iostream>

#include "args.h"
#include "exit_codes.h"
#include "src/app/congress_key.h"
#include "src/common/utc_time.h"
#include "src/store/record.h"

namespace kp::cli {

namespace fs = std::filesystem;

int runKeygen(const std::vector<std::string>& argv) {
    auto args = Args::parse(argv, ArgSpec{{"--out", "--db", "--operator"}, {}});
    if (!args) {
        return usageError("keygen: " + args.error());
    }
    const auto out = args->value("--out");
    if (!out || args->value("--db").has_value() != args->value("--operator").has_value()) {
        return usageError(
            "usage: kiemphieu-cli keygen --out DIR [--db FILE --operator NAME]   (--db: the record "
            "registers the key; its minutes print it and export signs with no other)");
    }
    std::optional<store::Record> record;
    if (const auto db = args->value("--db")) {  // opened first: a record that is not one makes no key
        auto opened = store::Record::open(*db);
        if (!opened) {
            return inputError("keygen: " + opened.error().message);
        }
        record = std::move(*opened);
    }
    const auto made = app::makeCongressKey(*out);
    if (!made) {
        return inputError("keygen: " + made.error());
    }
    if (record) {
        if (auto registered = record->registerKey(*made, *args->value("--operator"), utcNow()); !registered) {
            return inputError("keygen: " + registered.error().message);
        }
    }
    std::cout << "Khóa công khai / public key: " << *made << "\n"
              << "secret key: " << (fs::path(*out) / "congress.key").string() << " (giữ kín / keep it secret)\n";
    if (record) {
        std::cout << "registered in " << *args->value("--db") << ": printed on its minutes\n";
    }
    return EXIT_OK;
}

}  // namespace kp::cli
