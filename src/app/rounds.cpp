#include "rounds.h"

#include <algorithm>
#include <set>

#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "src/app/json_lines.h"
#include "src/app/record_count.h"
#include "src/store/committee.h"
#include "tally/tally.h"

namespace kp::app {

std::expected<std::vector<Reading>, std::string> countedReadings(store::Record& record) {
    const auto counted = store::Committee(record).countedJsonl();
    if (!counted) {
        return std::unexpected(counted.error().message);
    }
    auto readings = parseReadings(*counted);
    if (!readings) {
        return std::unexpected(readings.error().message());
    }
    return std::move(*readings);
}

std::expected<std::vector<RoundResult>, std::string> tallyRecord(store::Record& record, const Congress& congress) {
    auto readings = countedReadings(record);
    if (!readings) {
        return std::unexpected(readings.error());
    }
    // The ballots issued as the committee recorded them after a recount stand in for the congress
    // file's figure, as in the minutes and `tally --db` (countRecord).
    auto rows = record.rows();
    if (!rows) {
        return std::unexpected(rows.error().message);
    }
    Congress ruled = congress;
    if (auto applied = applyRoundRulings(ruled, rows->roundRulings); !applied) {
        return std::unexpected(applied.error());
    }
    auto results = tally(ruled, *readings);
    if (!results) {
        return std::unexpected(results.error().message());
    }
    return std::move(*results);
}

std::expected<RoundInput, std::string> roundInput(store::Record& record, const std::string& election, int round) {
    const auto text = record.congressJson();
    if (!text) {
        return std::unexpected(text.error().message);
    }
    auto congress = parseCongress(*text);
    if (!congress) {
        return std::unexpected("the record's congress: " + congress.error().message());
    }
    const auto e = std::ranges::find(congress->elections, ElectionId{election}, &Election::id);
    if (e == congress->elections.end()) {
        return std::unexpected("the congress has no election \"" + election + "\"");
    }
    // A later round is the one the earlier rounds call for, once they are settled.
    std::optional<RoundSpec> spec;
    for (RoundSpec& open : openRounds(record, *congress).rounds) {
        if (open.election == e->id && open.round == round) {
            spec = std::move(open);
        }
    }
    if (!spec) {
        return std::unexpected(
            "election \"" + election + "\" has no round " + std::to_string(round) +
            " to count: the round before it has ballots waiting for the committee, or left no seat to fill");
    }
    const auto index = static_cast<std::size_t>(e - congress->elections.begin());
    return RoundInput{std::move(*congress), index, std::move(*spec)};
}

OpenRounds openRounds(const Congress& congress, const std::vector<RoundResult>& results) {
    OpenRounds out;
    for (const Election& e : congress.elections) {
        if (auto first = roundSpec(congress, e, 1, {})) {
            out.rounds.push_back(std::move(*first));
        }
        std::vector<RoundResult> earlier;
        std::ranges::copy_if(results, std::back_inserter(earlier),
                             [&](const RoundResult& r) { return r.spec.election == e.id && r.ballots.collected > 0; });
        std::ranges::sort(earlier, {}, [](const RoundResult& r) { return r.spec.round; });
        for (const RoundResult& r : earlier) {
            if (r.spec.round > 1) {
                out.rounds.push_back(r.spec);
            }
        }
        auto next = nextRound(congress, e, earlier);
        if (!next) {
            out.notes.push_back(next.error().message());
        } else if (next->has_value()) {
            out.rounds.push_back(std::move(**next));
        }
    }
    return out;
}

OpenRounds openRounds(store::Record& record, const Congress& congress) {
    const auto counted = store::Committee(record).countedJsonl();
    if (!counted) {
        return openRounds(congress, {});
    }
    std::set<std::pair<std::string, int>> pending;
    std::string settled;
    for (const auto& line : jsonLinesOf(*counted)) {
        if (line.value("status", "") == "review") {
            pending.emplace(line.value("election", ""), line.value("round", 1));
        } else {
            settled += line.dump() + "\n";
        }
    }
    auto readings = parseReadings(settled);
    auto results = readings ? tally(congress, *readings) : std::unexpected(readings.error());
    if (!results) {
        OpenRounds out = openRounds(congress, {});
        out.notes.push_back(results.error().message());
        return out;
    }
    // Each election's results up to its first round still waiting for the committee.
    std::vector<RoundResult> known;
    std::set<std::string> cut;
    std::ranges::sort(*results, {}, [](const RoundResult& r) { return r.spec.round; });
    for (RoundResult& r : *results) {
        if (cut.contains(r.spec.election.value)) {
            continue;
        }
        if (pending.contains({r.spec.election.value, r.spec.round})) {
            cut.insert(r.spec.election.value);
            continue;
        }
        known.push_back(std::move(r));
    }
    // A round still waiting is listed all the same: the round before it calls for it.
    return openRounds(congress, known);
}

}  // namespace kp::app
