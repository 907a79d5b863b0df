#pragma once
// Loading the congress file and readings, with errors that name the file: for the command
// line and the desktop app alike.
#include <expected>
#include <span>
#include <string>
#include <vector>

#include "tally/congress.h"
#include "tally/reading.h"
#include "tally/round_spec.h"

namespace kp::app {

// Reads a whole file; the error names the file and the reason.
std::expected<std::string, std::string> readFile(const std::string& path);
std::expected<Congress, std::string> loadCongress(const std::string& path);
std::expected<std::vector<Reading>, std::string> loadReadings(const std::string& path);

// The spec of round `round` of election `id`. Rounds after the first depend on the results
// of the earlier ones, so they need the readings (`readingsPath`, may be empty for round 1).
std::expected<RoundSpec, std::string> loadRound(const Congress& congress, const std::string& id, int round,
                                                const std::string& readingsPath);
// The same from readings in hand: those of the election's earlier rounds decide it (others are
// left out).
std::expected<RoundSpec, std::string> roundOf(const Congress& congress, const std::string& id, int round,
                                              std::span<const Reading> earlierReadings);

// One round of one election: what the recogniser needs.
struct RoundInput {
    Congress congress;
    std::size_t election = 0;  // index in congress.elections
    RoundSpec spec;

    const Election& theElection() const { return congress.elections[election]; }
};

}  // namespace kp::app
