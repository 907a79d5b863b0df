#pragma once
// The wall clock as the records write it: UTC, ISO 8601, to the second. Only the edges (the
// CLI, the scan log, the app) read the clock; the tally and the store are given times.
#include <chrono>
#include <ctime>
#include <string>

namespace kp {

inline std::string utcNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

}  // namespace kp
