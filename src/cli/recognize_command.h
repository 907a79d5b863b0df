#pragma once
#include <string>
#include <vector>

namespace kp::cli {

// kiemphieu-cli recognize --congress FILE --election ID [--round N] [--readings FILE]
//                         [--debug DIR] [--threads N] --out READINGS.jsonl IMAGE|DIR...
int runRecognize(const std::vector<std::string>& args);

}  // namespace kp::cli
