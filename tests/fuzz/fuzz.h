#pragma once
// What every fuzz target shares: the entry point's text, and properties that stop the run
// (libFuzzer records the input) when they fail.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace kp::fuzz {

inline std::string_view textOf(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A property of the parser that failed: a bug even though nothing crashed.
inline void require(bool holds, const char* property) {
    if (!holds) {
        std::fprintf(stderr, "property failed: %s\n", property);
        std::abort();
    }
}

}  // namespace kp::fuzz
