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
