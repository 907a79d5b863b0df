#pragma once
// The tally engine's entry point: a congress and its readings in, round results out.
// Pure: no I/O, no clock, no randomness, no floating point. Same input, same output.
#include <expected>
#include <optional>
#include <span>
#include <vector>

#include "congress.h"
#include "input_error.h"
#include "reading.h"
#include "round_result.h"

namespace kp {

struct TallyFilter {
    std::optional<ElectionId> election;
    std::optional<int> round;
};

// Results for every election of the congress (in congress order) and every round that
// has readings (ascending; round 1 always, even with no ballot yet), filtered by `filter`.
// Earlier rounds are always counted, because a later round depends on their outcome.
// Refuses, with the first problem found: an invalid congress, a reading of an unknown
// election or round, any reading the round's counter refuses, and more ballots collected
// than issued.
std::expected<std::vector<RoundResult>, InputError> tally(const Congress& congress, std::span<const Reading> readings,
                                                          const TallyFilter& filter = {});

}  // namespace kp
