#pragma once
#include <string>
#include <vector>

namespace kp::cli {

// kiemphieu-cli report: the counting minutes of every election round, the results
// announcement, the summary, and from a record the ballot listing and the entry journal, as
// PDF/ODT, the results as CSV and the canonical JSON.
int runReport(const std::vector<std::string>& args);

}  // namespace kp::cli
