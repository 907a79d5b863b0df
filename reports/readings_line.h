#pragma once
// One line of the readings format, read two ways. The full parser (nlohmann::json) reads
// anything JSON allows and names every problem; the fast path reads only the common shape
// (unescaped strings, plain integers) at several times the speed and answers Unsure for
// anything else, so that the full parser decides. The fast path never accepts a line the
// full parser would read differently (tests/reports checks this on mutated lines).
#include <cstddef>
#include <expected>
#include <optional>
#include <string_view>

#include "tally/input_error.h"
#include "tally/reading.h"

namespace kp::readings_line {

enum class Outcome { Reading, NotABallot, Unsure };
Outcome readFast(std::string_view line, std::size_t number, Reading& out);

// nullopt: a page the recogniser rejected, not a ballot.
std::expected<std::optional<Reading>, InputError> readFull(std::string_view line, std::size_t number);

}  // namespace kp::readings_line
