#pragma once
#include <string>
#include <vector>

namespace kp::cli {

// kiemphieu-cli keygen --out DIR: the congress's Ed25519 key pair for signing audit bundles.
int runKeygen(const std::vector<std::string>& args);

}  // namespace kp::cli
