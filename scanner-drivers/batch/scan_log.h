#pragma once
// The scan log (DIR/scan-log.jsonl, docs/formats.md §Scan log): one JSON event a line,
// appended and flushed before a page is acknowledged. Reading it back rebuilds a session after
// a crash; a last line without its newline is a write the crash cut short (never acknowledged)
// and is dropped, any other damage is an error naming the line.
#include <expected>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kp::scan {

struct LogContents {
    std::vector<nlohmann::json> events;
    bool tornLastLine = false;  // dropped, and cut off the file so that appends start clean
};

std::expected<LogContents, std::string> readScanLog(const std::string& path);

}  // namespace kp::scan
