#pragma once
// Exit codes of kiemphieu-cli: 0 done, 1 bad input (one line on stderr), 2 wrong usage,
// 3 a scan paused at a scanner fault, 4 a bundle consistent with itself whose signer was not
// confirmed (verify without --key).
#include <iostream>
#include <string>

namespace kp::cli {

inline constexpr int EXIT_OK = 0;
inline constexpr int EXIT_BAD_INPUT = 1;
inline constexpr int EXIT_USAGE = 2;
inline constexpr int EXIT_PAUSED = 3;       // a scan batch is paused at a fault; run again to resume
inline constexpr int EXIT_UNCONFIRMED = 4;  // verify: consistent, but signed by a key no one confirmed

inline int inputError(const std::string& message) {
    std::cerr << "kiemphieu-cli: error: " << message << "\n";
    return EXIT_BAD_INPUT;
}

inline int usageError(const std::string& message) {
    std::cerr << "kiemphieu-cli: " << message << "\n";
    return EXIT_USAGE;
}

}  // namespace kp::cli
