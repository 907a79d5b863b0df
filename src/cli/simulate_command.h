#pragma once
#include <string>
#include <vector>

namespace kp::cli {

// kiemphieu-cli simulate --congress FILE --election ID --voters N --seed S --out DIR
//                        [--style kiemphieu|word] [--dpi N] [--mode gray|colour] [--threads N]
int runSimulate(const std::vector<std::string>& args);

}  // namespace kp::cli
