#include "tally.h"

#include <unordered_map>

#include "decide.h"
#include "round_counter.h"
#include "round_spec.h"

namespace kp {

namespace {

using RoundGroups = std::vector<std::vector<std::size_t>>;  // [round - 1] → reading indices

std::string lineOf(const Reading& r) {
    return r.line > 0 ? "readings line " + std::to_string(r.line) : "sheet \"" + r.sheet + "\"";
}

// Sorts reading indices by election and round, keeping file order within each round.
std::expected<std::vector<RoundGroups>, InputError> groupReadings(const Congress& congress,
                                                                  std::span<const Reading> readings) {
    std::unordered_map<std::string_view, std::size_t> electionIndex;
    for (std::size_t i = 0; i < congress.elections.size(); ++i) {
        electionIndex.emplace(congress.elections[i].id.value, i);
    }
    std::vector<RoundGroups> groups(congress.elections.size(), RoundGroups(1));
    for (std::size_t i = 0; i < readings.size(); ++i) {
        const Reading& r = readings[i];
        const auto e = electionIndex.find(r.election.value);
        if (e == electionIndex.end()) {
            return std::unexpected(InputError{InputErrorCode::UnknownElection, lineOf(r),
                                              "election \"" + r.election.value + "\" is not in the congress file"});
        }
        if (r.round < 1) {
            return std::unexpected(InputError{InputErrorCode::BadRound, lineOf(r), "round must be 1 or more"});
        }
        RoundGroups& rounds = groups[e->second];
        const auto round = static_cast<std::size_t>(r.round);
        if (rounds.size() < round) {
            rounds.resize(round);
        }
        rounds[round - 1].push_back(i);
    }
    // A later round exists only because of an earlier one.
    for (const RoundGroups& rounds : groups) {
        for (std::size_t k = 1; k < rounds.size(); ++k) {
            if (rounds[k - 1].empty() && !rounds[k].empty()) {
                const Reading& r = readings[rounds[k].front()];
                return std::unexpected(InputError{InputErrorCode::BadRound, lineOf(r),
                                                  "round " + std::to_string(k + 1) + " of election \"" +
                                                      r.election.value + "\" has readings but round " +
                                                      std::to_string(k) + " has none"});
            }
        }
    }
    return groups;
}

std::expected<RoundResult, InputError> countRound(const RoundSpec& spec, std::span<const Reading> readings,
                                                  const std::vector<std::size_t>& group) {
    RoundCounter counter(spec);
    counter.reserve(group.size());
    for (const std::size_t i : group) {
        if (auto ok = counter.add(readings[i]); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (spec.issued && counter.totals().collected > *spec.issued) {
        return std::unexpected(InputError{
            InputErrorCode::OverIssued,
            "election \"" + spec.election.value + "\" round " + std::to_string(spec.round),
            std::to_string(counter.totals().collected) + " ballots collected but " + std::to_string(*spec.issued) +
                " issued; the counting committee must rule before there is a result"});
    }
    return decideRound(counter);
}

}  // namespace

std::expected<std::vector<RoundResult>, InputError> tally(const Congress& congress, std::span<const Reading> readings,
                                                          const TallyFilter& filter) {
    if (auto ok = validateCongress(congress); !ok) {
        return std::unexpected(ok.error());
    }
    auto groups = groupReadings(congress, readings);
    if (!groups) {
        return std::unexpected(groups.error());
    }
    std::vector<RoundResult> results;
    bool electionFound = !filter.election;
    bool roundFound = !filter.round;
    for (std::size_t e = 0; e < congress.elections.size(); ++e) {
        const Election& election = congress.elections[e];
        if (filter.election && *filter.election != election.id) {
            continue;
        }
        electionFound = true;
        const RoundGroups& rounds = (*groups)[e];
        std::vector<RoundResult> done;
        for (std::size_t k = 0; k < rounds.size(); ++k) {
            const int round = static_cast<int>(k + 1);
            auto spec = roundSpec(congress, election, round, done);
            if (!spec) {
                return std::unexpected(spec.error());
            }
            auto result = countRound(*spec, readings, rounds[k]);
            if (!result) {
                return std::unexpected(result.error());
            }
            done.push_back(std::move(*result));
        }
        for (RoundResult& r : done) {
            if (!filter.round || *filter.round == r.spec.round) {
                roundFound = true;
                results.push_back(std::move(r));
            }
        }
    }
    if (!electionFound) {
        return std::unexpected(InputError{InputErrorCode::UnknownElection, "--election",
                                          "election \"" + filter.election->value + "\" is not in the congress file"});
    }
    if (!roundFound) {
        return std::unexpected(InputError{InputErrorCode::BadRound, "--round",
                                          "no readings for round " + std::to_string(*filter.round)});
    }
    return results;
}

}  // namespace kp
