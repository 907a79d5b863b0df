#include "scanner-drivers/batch/scan_log.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kp::scan {

std::expected<LogContents, std::string> readScanLog(const std::string& path) {
    LogContents out;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        return out;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::unexpected("cannot read " + path);
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    std::size_t start = 0;
    int lineNumber = 0;
    while (start < text.size()) {
        ++lineNumber;
        const std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            out.tornLastLine = true;
            std::filesystem::resize_file(path, start, ec);
            if (ec) {
                return std::unexpected("cannot cut the unfinished last line of " + path + ": " + ec.message());
            }
            break;
        }
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        if (line.empty()) {
            continue;
        }
        try {
            nlohmann::json event = nlohmann::json::parse(line);
            if (!event.is_object() || !event.contains("event") || !event["event"].is_string()) {
                return std::unexpected(path + " line " + std::to_string(lineNumber) + ": not a scan log event");
            }
            out.events.push_back(std::move(event));
        } catch (const nlohmann::json::exception& e) {
            return std::unexpected(path + " line " + std::to_string(lineNumber) + ": " + e.what());
        }
    }
    return out;
}

}  // namespace kp::scan
