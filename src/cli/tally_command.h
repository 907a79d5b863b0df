#pragma once
#include <string>
#include <vector>

namespace kp::cli {

// kiemphieu-cli tally --congress FILE --readings FILE [--election ID] [--round N] [--summary]
// Prints the canonical tally JSON (or, with --summary, a Vietnamese text summary) on stdout.
// Returns the process exit code; bad input prints one line on stderr and returns 1.
int runTally(const std::vector<std::string>& args);

}  // namespace kp::cli
