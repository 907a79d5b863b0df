#pragma once
#include <optional>
#include <string>

namespace kp::cli {

// One line of standard input: `who`'s password. On a terminal it asks (on stderr) and does
// not echo. nullopt at end of input.
std::optional<std::string> readPassword(const std::string& who);

}  // namespace kp::cli
