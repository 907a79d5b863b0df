#pragma once
#include <string>
#include <vector>

namespace kp::cli {

// kiemphieu-cli ballots --congress FILE --election ID [--round N] [--readings FILE] --out FILE.pdf
// Writes the print-ready PDF and a PNG preview of each side (FILE.png, FILE-side2.png, …).
int runBallots(const std::vector<std::string>& args);

}  // namespace kp::cli
