#pragma once
// What one round of one election is: its list, its seats and the majority base.
#include <expected>
#include <optional>
#include <span>
#include <vector>

#include "congress.h"
#include "input_error.h"

namespace kp {

struct RoundResult;

// Strike ballots when the list is longer than the places to fill (seats, plus alternates on
// a combined list); the 4-column yes/no form otherwise (Điều 15). A list shorter than the
// seats is refused before this is asked.
enum class BallotForm { Strike, YesNo };

struct RoundSpec {
    ElectionId election;
    int round = 1;
    Count seats = 0;
    Count alternates = 0;
    Count base = 0;
    std::optional<Count> issued;
    std::vector<Candidate> candidates;      // in ballot order
    std::vector<CandidateId> electedEarlier;  // keep their seats; not on this round's list

    // A voter keeps at most this many names: one list elects the officials and the alternates.
    Count places() const { return seats + alternates; }
    BallotForm form() const {
        return static_cast<Count>(candidates.size()) > places() ? BallotForm::Strike : BallotForm::YesNo;
    }
};

// Checks the congress as a whole: unique ids, seats within the list, a positive base.
std::expected<void, InputError> validateCongress(const Congress& congress);

// The spec of round `round` of `election`, given the results of its earlier rounds
// (earlier.size() == round - 1). Round 1 is the election as adopted. A later round is the
// one the congress defined, or by default the runoff among the candidates tied at the
// previous cut-off, or else a new vote among the remaining candidates for the unfilled seats.
std::expected<RoundSpec, InputError> roundSpec(const Congress& congress, const Election& election, int round,
                                               std::span<const RoundResult> earlier);

// The round the congress holds next by default, after the rounds counted so far (`earlier`,
// rounds 1..n of `election` in order): none when nothing is counted yet or round n left no
// tie and no unfilled place; otherwise round n + 1 as roundSpec derives it (an error when it
// cannot be derived, e.g. a combined list whose further round the congress must define).
std::expected<std::optional<RoundSpec>, InputError> nextRound(const Congress& congress, const Election& election,
                                                              std::span<const RoundResult> earlier);

}  // namespace kp
