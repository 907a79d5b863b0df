#pragma once
#include <string>
#include <vector>

namespace kp::cli {

// kiemphieu-cli copy --from RECORD --to RECORD: a record moved between a file and a server.
int runCopy(const std::vector<std::string>& args);

}  // namespace kp::cli
