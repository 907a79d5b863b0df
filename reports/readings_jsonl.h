#pragma once
// Readings, JSON Lines: one physical ballot a line (docs/formats.md).
#include <expected>
#include <string_view>
#include <vector>

#include "tally/input_error.h"
#include "tally/reading.h"

namespace kp {

// Parses every line; blank lines are skipped, line numbers count them. Fields other than
// the reading's own (image, scores, ...) are ignored. A line with "status": "rejected" or
// "set_aside" is not a ballot of any round and is skipped; "review" and "unread" are refused,
// because a ballot still waiting for the committee, or a sheet not read yet, must not be left
// out of a result.
std::expected<std::vector<Reading>, InputError> parseReadings(std::string_view text);

}  // namespace kp
