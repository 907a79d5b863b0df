#pragma once
// A plain-text summary of a tally for the operator's terminal, in Vietnamese.
#include <span>
#include <string>

#include "tally/congress.h"
#include "tally/round_result.h"

namespace kp {

std::string tallySummaryText(const Congress& congress, std::span<const RoundResult> results);

}  // namespace kp
