#pragma once
#include <string>
#include <vector>

namespace kp::cli {

// kiemphieu-cli import --db FILE --operator NAME [--congress FILE] [--scans DIR --election ID
// [--round N]] [--readings FILE]: creates a congress record and brings scans and readings in.
int runImport(const std::vector<std::string>& args);

}  // namespace kp::cli
