#include "tally_command.h"

#include <iostream>

#include "args.h"
#include "exit_codes.h"
#include "inputs.h"
#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "reports/tally_json.h"
#include "reports/tally_text.h"
#include "src/app/record_count.h"
#include "src/store/consistency.h"
#include "src/store/record.h"
#include "tally/tally.h"

namespace kp::cli {

namespace {

struct TallyInputs {
    Congress congress;
    std::vector<Reading> readings;
    std::string readingsName;  // what errors about a reading line name
};

std::expected<TallyInputs, std::string> loadInputs(const std::string& congressPath, const std::string& readingsPath) {
    auto congress = loadCongress(congressPath);
    if (!congress) {
        return std::unexpected(congress.error());
    }
    auto readings = loadReadings(readingsPath);
    if (!readings) {
        return std::unexpected(readings.error());
    }
    return TallyInputs{std::move(*congress), std::move(*readings), readingsPath};
}

std::expected<TallyInputs, std::string> loadFromRecord(const std::string& dbPath) {
    auto record = store::Record::open(dbPath, store::Record::Access::ReadOnly);
    if (!record) {
        return std::unexpected(record.error().message);
    }
    auto rows = record->rows();
    if (!rows) {
        return std::unexpected(rows.error().message);
    }
    if (const auto problems = store::checkConsistency(*rows); !problems.empty()) {
        return std::unexpected(dbPath + " does not agree with its audit log (" + problems.front() +
                               (problems.size() > 1 ? ", and " + std::to_string(problems.size() - 1) + " more" : "") +
                               "); it is not tallied");
    }
    // What the committee counts: the readings with its rulings, and the reconciled manual entries.
    auto count = app::countRecord(*rows);
    if (!count) {
        return std::unexpected(dbPath + ": " + count.error());
    }
    auto readings = parseReadings(count->lines);
    if (!readings) {
        return std::unexpected(dbPath + ": the record's readings: " + readings.error().message());
    }
    return TallyInputs{std::move(count->congress), std::move(*readings),
                       dbPath + " (readings; lines follow sheet order)"};
}

}  // namespace

int runTally(const std::vector<std::string>& argv) {
    const ArgSpec spec{{"--congress", "--readings", "--db", "--election", "--round"}, {"--summary"}};
    auto args = Args::parse(argv, spec);
    if (!args) {
        return usageError("tally: " + args.error());
    }
    const auto congressPath = args->value("--congress");
    const auto readingsPath = args->value("--readings");
    const auto dbPath = args->value("--db");
    if (!((congressPath && readingsPath && !dbPath) || (dbPath && !congressPath && !readingsPath)) ||
        !args->positional().empty()) {
        return usageError(
            "usage: kiemphieu-cli tally (--congress FILE --readings FILE | --db FILE) [--election ID] "
            "[--round N] [--summary]");
    }
    TallyFilter filter;
    if (const auto e = args->value("--election")) {
        filter.election = ElectionId{*e};
    }
    if (const auto r = args->value("--round")) {
        const auto round = positiveNumber("--round", *r);
        if (!round) {
            return usageError("tally: " + round.error());
        }
        filter.round = *round;
    }
    // From a congress record, the same inputs come out of the record (src/store/record.h).
    const auto inputs = dbPath ? loadFromRecord(*dbPath) : loadInputs(*congressPath, *readingsPath);
    if (!inputs) {
        return inputError(inputs.error());
    }
    const auto& [congress, readings, readingsName] = *inputs;
    auto results = tally(congress, readings, filter);
    if (!results) {
        const InputError& e = results.error();
        // Errors about a line belong to the readings file; the rest to the congress or the options.
        const std::string file = e.where.starts_with("readings") ? readingsName + ": " : "";
        return inputError(file + e.message());
    }
    std::cout << (args->flag("--summary") ? tallySummaryText(congress, *results) : tallyJson(*results));
    return std::cout.good() ? EXIT_OK : inputError("cannot write the result to standard output");
}

}  // namespace kp::cli
