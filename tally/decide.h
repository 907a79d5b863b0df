#pragma once
#include "round_counter.h"
#include "round_result.h"

namespace kp {

// Applies Điều 30 to a finished count: a candidate has a majority only when
// 2 × votes > base; majority candidates fill the seats by votes, high to low; equal votes
// straddling the cut-off form a tie that is reported, never broken; seats that no majority
// candidate can take stay unfilled. With a combined list (alternates > 0) the next majority
// candidates after the seats are alternates, in vote order, with the same tie rule.
RoundResult decideRound(const RoundCounter& count);

}  // namespace kp
