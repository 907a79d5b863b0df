#include "inputs.h"

#include <algorithm>
#include <charconv>
#include <type_traits>

#include "args.h"
#include "exit_codes.h"
#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "tally/tally.h"

namespace kp::cli {

namespace {

// Reads a file and parses it; a parse error is prefixed with the file's path.
template <class Parse>
auto loadWith(const std::string& path, Parse parse)
    -> std::expected<typename std::invoke_result_t<Parse, std::string_view>::value_type, std::string> {
    auto text = readFile(path);
    if (!text) {
        return std::unexpected(text.error());
    }
    auto parsed = parse(*text);
    if (!parsed) {
        return std::unexpected(path + ": " + parsed.error().message());
    }
    return std::move(*parsed);
}

}  // namespace

std::expected<Congress, std::string> loadCongress(const std::string& path) { return loadWith(path, parseCongress); }

std::expected<std::vector<Reading>, std::string> loadReadings(const std::string& path) {
    return loadWith(path, parseReadings);
}

std::expected<RoundSpec, std::string> loadRound(const Congress& congress, const std::string& id, int round,
                                                const std::string& readingsPath) {
    const auto election = std::ranges::find(congress.elections, ElectionId{id}, &Election::id);
    if (election == congress.elections.end()) {
        return std::unexpected("election \"" + id + "\" is not in the congress file");
    }
    std::vector<RoundResult> earlier;
    if (round > 1) {
        if (readingsPath.empty()) {
            return std::unexpected("round " + std::to_string(round) +
                                   " depends on the results of the earlier rounds: give their --readings");
        }
        auto readings = loadReadings(readingsPath);
        if (!readings) {
            return std::unexpected(readings.error());
        }
        auto results = tally(congress, *readings, TallyFilter{election->id, std::nullopt});
        if (!results) {
            return std::unexpected(results.error().message());
        }
        for (RoundResult& r : *results) {
            if (r.spec.round < round) {
                earlier.push_back(std::move(r));
            }
        }
        if (static_cast<int>(earlier.size()) != round - 1) {
            return std::unexpected("the readings hold no result for round " + std::to_string(earlier.size() + 1) +
                                   " of election \"" + id + "\"");
        }
    }
    auto spec = roundSpec(congress, *election, round, earlier);
    if (!spec) {
        return std::unexpected(spec.error().message());
    }
    return std::move(*spec);
}

std::expected<RoundInput, int> loadRoundInput(const Args& args, const std::string& command) {
    int round = 1;
    if (const auto r = args.value("--round")) {
        const auto n = positiveNumber("--round", *r);
        if (!n) {
            return std::unexpected(usageError(command + ": " + n.error()));
        }
        round = *n;
    }
    auto congress = loadCongress(*args.value("--congress"));
    if (!congress) {
        return std::unexpected(inputError(congress.error()));
    }
    const std::string id = *args.value("--election");
    auto spec = loadRound(*congress, id, round, args.value("--readings").value_or(""));
    if (!spec) {
        return std::unexpected(inputError(spec.error()));
    }
    const auto at = std::ranges::find(congress->elections, ElectionId{id}, &Election::id);
    const auto index = static_cast<std::size_t>(at - congress->elections.begin());
    return RoundInput{std::move(*congress), index, std::move(*spec)};
}

std::expected<int, std::string> positiveNumber(const std::string& option, const std::string& text) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value < 1) {
        return std::unexpected(option + " must be a whole number from 1, got \"" + text + "\"");
    }
    return value;
}

}  // namespace kp::cli
