#pragma once
#include <string>
#include <vector>

namespace kp::cli {

// kiemphieu-cli export --db FILE --key congress.key --out DIR: the signed audit bundle.
int runExport(const std::vector<std::string>& args);
// kiemphieu-cli verify DIR [--key PUBLIC-KEY-HEX] [--threads N]: checks a bundle.
int runVerify(const std::vector<std::string>& args);

}  // namespace kp::cli
