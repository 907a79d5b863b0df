#pragma once
// Loading the congress file and readings for any command, with errors that name the file.
#include <expected>
#include <string>
#include <vector>

#include "src/app/inputs.h"

namespace kp::cli {

using app::loadCongress;
using app::loadReadings;
using app::loadRound;
using app::readFile;
using app::RoundInput;

class Args;

// The round a command works on, from --congress, --election, --round (default 1) and, for
// rounds after the first, --readings.
// On failure the error is already printed; the value is the exit code to return.
std::expected<RoundInput, int> loadRoundInput(const Args& args, const std::string& command);

// Parses a whole number ≥ 1 given to `option`.
std::expected<int, std::string> positiveNumber(const std::string& option, const std::string& text);

}  // namespace kp::cli
