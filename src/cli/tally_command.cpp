#include "tally_command.h"

#include <iostream>

#include "args.h"
#include "exit_codes.h"
#include "inputs.h"
#include "reports/tally_json.h"
#include "reports/tally_text.h"
#include "tally/tally.h"

namespace kp::cli {

int runTally(const std::vector<std::string>& argv) {
    const ArgSpec spec{{"--congress", "--readings", "--election", "--round"}, {"--summary"}};
    auto args = Args::parse(argv, spec);
    if (!args) {
        return usageError("tally: " + args.error());
    }
    const auto congressPath = args->value("--congress");
    const auto readingsPath = args->value("--readings");
    if (!congressPath || !readingsPath || !args->positional().empty()) {
        return usageError("usage: kiemphieu-cli tally --congress FILE --readings FILE [--election ID] [--round N] "
                          "[--summary]");
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
    const auto congress = loadCongress(*congressPath);
    if (!congress) {
        return inputError(congress.error());
    }
    const auto readings = loadReadings(*readingsPath);
    if (!readings) {
        return inputError(readings.error());
    }
    auto results = tally(*congress, *readings, filter);
    if (!results) {
        const InputError& e = results.error();
        // Errors about a line belong to the readings file; the rest to the congress or the options.
        const std::string file = e.where.starts_with("readings") ? *readingsPath + ": " : "";
        return inputError(file + e.message());
    }
    std::cout << (args->flag("--summary") ? tallySummaryText(*congress, *results) : tallyJson(*results));
    return std::cout.good() ? EXIT_OK : inputError("cannot write the result to standard output");
}

}  // namespace kp::cli
