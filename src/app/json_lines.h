#pragma once
// The objects of a JSON-lines text the program wrote itself (the record's readings, rulings,
// entries): blank lines skipped; a damaged line throws, as it can only be a bug.
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace kp::app {

inline std::vector<nlohmann::ordered_json> jsonLinesOf(const std::string& text) {
    std::vector<nlohmann::ordered_json> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) {
            out.push_back(nlohmann::ordered_json::parse(line));
        }
    }
    return out;
}

}  // namespace kp::app
