#pragma once
#include <string>
#include <vector>

namespace kp::cli {

// kiemphieu-cli devices [--caps]
int runDevices(const std::vector<std::string>& args);
// kiemphieu-cli scan --device NAME [--source S] [--dpi N] [--mode M] … --out DIR
int runScan(const std::vector<std::string>& args);

}  // namespace kp::cli
