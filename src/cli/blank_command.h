#pragma once
#include <string>
#include <vector>

namespace kp::cli {

// kiemphieu-cli blank: learns a word-processor ballot from a scanned blank (Tesseract, vie) and
// prints where each name of the list was found, or why the blank is refused.
int runBlank(const std::vector<std::string>& args);

}  // namespace kp::cli
