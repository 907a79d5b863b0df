#pragma once
// The usage text of every command, in one table: `kiemphieu-cli --help` lists them all and
// `kiemphieu-cli COMMAND --help` (or -h) prints the command's own, exit 0.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kp::cli {

// Every command's name, in the order --help lists them.
std::vector<std::string_view> commandNames();

// "usage: kiemphieu-cli COMMAND ...", then what it does; nullopt for an unknown command.
std::optional<std::string> commandUsage(std::string_view command);

// The whole help: every command, the exit codes, where the formats are described.
std::string overallUsage();

// True when the arguments ask for help: "--help" or "-h" anywhere among them. No option of
// any command takes such a value, so seeing one always means help.
bool asksForHelp(const std::vector<std::string>& args);

}  // namespace kp::cli
