#include "src/app/inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <type_traits>

#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "tally/tally.h"

namespace kp::app {

std::expected<std::string, std::string> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::unexpected("cannot open " + path + ": " + std::strerror(errno));
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        return std::unexpected("cannot read " + path + ": " + std::strerror(errno));
    }
    return buffer.str();
}

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

std::expected<Congress, std::string> loadCongress(const std::string& path) {
    return loadWith(path, parseCongress);
}

std::expected<std::vector<Reading>, std::string> loadReadings(const std::string& path) {
    return loadWith(path, parseReadings);
}

std::expected<RoundSpec, std::string> loadRound(const Congress& congress, const std::string& id, int round,
                                                const std::string& readingsPath) {
    if (round > 1 && readingsPath.empty()) {
        return std::unexpected("round " + std::to_string(round) +
                               " depends on the results of the earlier rounds: give their --readings");
    }
    std::vector<Reading> readings;
    if (round > 1) {
        auto loaded = loadReadings(readingsPath);
        if (!loaded) {
            return std::unexpected(loaded.error());
        }
        readings = std::move(*loaded);
    }
    return roundOf(congress, id, round, readings);
}

std::expected<RoundSpec, std::string> roundOf(const Congress& congress, const std::string& id, int round,
                                              std::span<const Reading> earlierReadings) {
    const auto election = std::ranges::find(congress.elections, ElectionId{id}, &Election::id);
    if (election == congress.elections.end()) {
        return std::unexpected("election \"" + id + "\" is not in the congress file");
    }
    std::vector<RoundResult> earlier;
    if (round > 1) {
        std::vector<Reading> before;
        for (const Reading& r : earlierReadings) {
            if (r.election == election->id && r.round < round) {
                before.push_back(r);
            }
        }
        auto results = tally(congress, before, TallyFilter{election->id, std::nullopt});
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

}  // namespace kp::app
