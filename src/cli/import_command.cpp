#include "import_command.h"

#include <iostream>

#include "args.h"
#include "exit_codes.h"
#include "inputs.h"
#include "reports/congress_json.h"
#include "src/app/readings_import.h"
#include "src/app/scan_import.h"
#include "src/common/utc_time.h"
#include "src/store/record.h"

namespace kp::cli {

int runImport(const std::vector<std::string>& argv) {
    const ArgSpec spec{{"--db", "--operator", "--congress", "--scans", "--election", "--round", "--readings"},
                       {"--reread"}};
    const char* usage =
        "usage: kiemphieu-cli import --db FILE --operator NAME [--congress FILE] [--scans DIR --election ID [--round "
        "N]] "
        "[--readings FILE [--reread]]";
    auto args = Args::parse(argv, spec);
    if (!args) {
        return usageError("import: " + args.error());
    }
    const auto db = args->value("--db");
    const auto actor = args->value("--operator");
    if (!db || !actor || (args->value("--scans").has_value() != args->value("--election").has_value())) {
        return usageError(usage);
    }
    int round = 1;
    if (const auto r = args->value("--round")) {
        const auto n = positiveNumber("--round", *r);
        if (!n) {
            return usageError("import: " + n.error());
        }
        round = *n;
    }
    const std::string time = utcNow();
    auto record = [&]() -> store::Result<store::Record> {
        if (const auto congress = args->value("--congress")) {
            auto text = readFile(*congress);
            if (!text) {
                return std::unexpected(store::StoreError{0, text.error()});
            }
            if (const auto parsed = parseCongress(*text); !parsed) {  // a record only of a valid congress
                return std::unexpected(store::StoreError{0, *congress + ": " + parsed.error().message()});
            }
            return store::Record::create(*db, *text, *actor, time);
        }
        return store::Record::open(*db);
    }();
    if (!record) {
        return inputError("import: " + record.error().message);
    }
    if (const auto scans = args->value("--scans")) {
        auto summary = app::importScanFolder(*record, *scans, *args->value("--election"), round, *actor, time);
        if (!summary) {
            return inputError("import: " + summary.error());
        }
        std::cout << "scans: " << summary->sheets << " sheets (" << summary->refeeds
                  << " possibly re-fed, waiting for the committee), " << summary->alreadyInRecord
                  << " already in the record\n";
    }
    if (const auto readings = args->value("--readings")) {
        auto count = app::importReadingsFile(*record, *readings, args->flag("--reread"), *actor, time);
        if (!count) {
            return inputError("import: " + count.error());
        }
        std::cout << "readings: " << count->recorded << " recorded, " << count->alreadyRecorded << " already recorded";
        if (count->superseded > 0) {
            std::cout << ", " << count->superseded << " read again (rulings on the earlier readings no longer apply)";
        }
        std::cout << "\n";
    }
    if (const auto unread = record->unreadSheets(); unread && !unread->empty()) {
        std::cout << "not read yet: " << unread->size() << " sheet(s) — import their readings before the result\n";
    }
    return EXIT_OK;
}

}  // namespace kp::cli
