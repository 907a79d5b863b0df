#pragma once
// The results as CSV for spreadsheets (RFC 4180: fields with a comma, quote or line break are
// quoted; CRLF line ends; UTF-8 with a byte-order mark so that Excel shows Vietnamese
// correctly). Percent as the minutes print it ("63,13", quoted because of the comma).
#include <span>
#include <string>

#include "tally/congress.h"
#include "tally/round_result.h"

namespace kp {

// A row per candidate and round, in congress, round and ballot order.
std::string candidatesCsv(const Congress& congress, std::span<const RoundResult> results);
// A row per election round: seats, base, ballots, invalid by reason, elected, tie, unfilled.
std::string roundsCsv(const Congress& congress, std::span<const RoundResult> results);
// Joins fields into one CSV line with its CRLF.
std::string csvLine(std::initializer_list<std::string> fields);

}  // namespace kp
