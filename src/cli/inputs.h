#pragma once
// Loading the congress file and readings for any command, with errors that name the file.
#include <expected>
#include <string>
#include <vector>

#include "tally/congress.h"
#include "tally/reading.h"
#include "tally/round_spec.h"

namespace kp::cli {

std::expected<Congress, std::string> loadCongress(const std::string& path);
std::expected<std::vector<Reading>, std::string> loadReadings(const std::string& path);

// The spec of round `round` of election `id`. Rounds after the first depend on the results
// of the earlier ones, so they need the readings (`readingsPath`, may be empty for round 1).
std::expected<RoundSpec, std::string> loadRound(const Congress& congress, const std::string& id, int round,
                                                const std::string& readingsPath);

class Args;

// The round a command works on, from --congress, --election, --round (default 1) and, for
// rounds after the first, --readings.
struct RoundInput {
    Congress congress;
    std::size_t election = 0;  // index in congress.elections
    RoundSpec spec;

    const Election& theElection() const { return congress.elections[election]; }
};
// On failure the error is already printed; the value is the exit code to return.
std::expected<RoundInput, int> loadRoundInput(const Args& args, const std::string& command);

// Parses a whole number ≥ 1 given to `option`.
std::expected<int, std::string> positiveNumber(const std::string& option, const std::string& text);

}  // namespace kp::cli
