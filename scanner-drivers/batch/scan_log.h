#pragma once
// The scan log (DIR/scan-log.jsonl, docs/formats.md §Scan log): one JSON event a line,
// appended and flushed before a page is acknowledged. Reading it back rebuilds a session after
// a crash; a last line without its newline is a write the crash cut short (never acknowledged)
// and is dropped, any other damage is an error naming the line: a line that is not JSON, has a
// repeated key, or an event whose fields are missing or of the wrong type (docs/formats.md),
// or a file named outside the folder. A log that is not a regular file is refused (a FIFO
// would block the read forever).
#include <expected>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace kp::scan {

struct LogContents {
    std::vector<nlohmann::json> events;
    bool tornLastLine = false;   // dropped, and cut off the file so that appends start clean
    std::size_t wholeLines = 0;  // bytes of the text up to the torn line (all of it when none)
};

// The log's text as read; errors are "NAME line N: what".
std::expected<LogContents, std::string> parseScanLog(std::string_view text, const std::string& name);

// Cut: a torn last line is also cut off the file, so that appends start clean (a session that
// will write to the folder); Keep: the file is only read (an import).
enum class TornLine { Cut, Keep };

std::expected<LogContents, std::string> readScanLog(const std::string& path, TornLine torn = TornLine::Cut);

}  // namespace kp::scan
