#include "src/app/record_count.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "reports/tally_json.h"
#include "tally/tally.h"

namespace kp::app {

std::expected<void, std::string> applyRoundRulings(Congress& congress, const std::vector<store::RulingRow>& rulings) {
    for (const store::RulingRow& r : rulings) {  // in order: a later ruling on a round replaces an earlier
        const auto election = std::ranges::find(congress.elections, ElectionId{r.election}, &Election::id);
        const nlohmann::json decision = nlohmann::json::parse(r.decision, nullptr, false);
        if (election == congress.elections.end() || r.round < 1 || !decision.is_object() ||
            !decision.contains("issued") || !decision["issued"].is_number_integer()) {
            return std::unexpected("round ruling " + std::to_string(r.id) + " on election \"" + r.election +
                                   "\" round " + std::to_string(r.round) + " is not one this congress can take");
        }
        const Count issued = decision["issued"].get<Count>();
        if (r.round == 1) {
            election->issued = issued;
            continue;
        }
        auto defined = std::ranges::find(election->rounds, static_cast<int>(r.round), &RoundDefinition::round);
        if (defined == election->rounds.end()) {
            election->rounds.push_back(RoundDefinition{static_cast<int>(r.round), std::nullopt, {}, std::nullopt});
            defined = election->rounds.end() - 1;
        }
        defined->issued = issued;
    }
    return {};
}

std::expected<RecordCount, std::string> countRecord(const store::RecordRows& rows) {
    auto congress = parseCongress(rows.congress);
    if (!congress) {
        return std::unexpected("the congress: " + congress.error().message());
    }
    RecordCount out;
    out.congress = std::move(*congress);
    if (auto ruled = applyRoundRulings(out.congress, rows.roundRulings); !ruled) {
        return std::unexpected(ruled.error());
    }
    auto outcomes = store::countBallots(rows);
    if (!outcomes) {
        return std::unexpected(outcomes.error());
    }
    out.outcomes = std::move(*outcomes);
    out.lines = store::countedLines(out.outcomes);
    return out;
}

std::string resultOf(const RecordCount& count) {
    const auto notTallied = [](const std::string& why) {
        return nlohmann::ordered_json{{"not_tallied", why}}.dump(2) + "\n";
    };
    const auto readings = parseReadings(count.lines);
    if (!readings) {
        return notTallied(readings.error().message());
    }
    const auto results = tally(count.congress, *readings, TallyFilter{});
    return results ? tallyJson(*results) : notTallied(results.error().message());
}

}  // namespace kp::app
