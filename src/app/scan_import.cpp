#include "src/app/scan_import.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "scanner-drivers/batch/scan_log.h"
#include "src/app/json_fields.h"

namespace kp::app {

namespace fs = std::filesystem;

namespace {

std::expected<std::string, std::string> readBytes(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        return std::unexpected(path.string() + ": missing or not a regular file");
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in.good() && !in.eof()) {
        return std::unexpected("cannot read " + path.string());
    }
    return buffer.str();
}

// A file named in a scan log stays inside its folder.
bool insideFolder(const std::string& file) {
    const fs::path p(file);
    return !file.empty() && p.is_relative() &&
           std::ranges::none_of(p, [](const fs::path& part) { return part == ".."; });
}

}  // namespace

std::expected<ScanImportSummary, std::string> importScanFolder(
    store::Record& record, const std::string& scanDir, const std::string& election, int round, const std::string& actor,
    const std::string& time, const std::function<void(std::int64_t, const std::string&)>& onSheet) {
    const std::string logPath = (fs::path(scanDir) / "scan-log.jsonl").string();
    auto log = scan::readScanLog(logPath);
    if (!log) {
        return std::unexpected(log.error());
    }
    ScanImportSummary summary;
    std::map<std::string, std::string> shaOfFile;  // what the session logged, for re-feeds' twins
    std::int64_t batch = 0;                        // made when its first new page comes
    store::NewBatch batchInfo;
    int line = 0;
    for (const auto& e : log->events) {
        ++line;
        const std::string where = logPath + " event " + std::to_string(line) + ": ";
        const auto kind = textField(e, "event");
        if (kind == "batch") {
            batch = 0;
            batchInfo = {election,
                         round,
                         textField(e, "device").value_or(""),
                         static_cast<int>(integerField(e, "dpi").value_or(0)),
                         textField(e, "time").value_or(time),
                         scanDir};
            continue;
        }
        if (kind != "page") {
            continue;
        }
        const auto file = textField(e, "file");
        const auto sha = textField(e, "sha256");
        if (!file || !sha || !insideFolder(*file)) {
            return std::unexpected(where + "a page without a file inside the folder and its SHA-256");
        }
        shaOfFile[*file] = *sha;
        auto bytes = readBytes(fs::path(scanDir) / *file);
        if (!bytes) {
            return std::unexpected(where + bytes.error());
        }
        store::NewSheet sheet;
        sheet.page = integerField(e, "page").value_or(0);
        sheet.side = textField(e, "side").value_or("front");
        sheet.sha256 = *sha;
        sheet.extension = fs::path(*file).extension().string();
        sheet.bytes = std::move(*bytes);
        sheet.scanned = textField(e, "time").value_or(time);
        if (const auto twin = textField(e, "refeed_of")) {
            sheet.refeedOfSha256 = shaOfFile.contains(*twin) ? shaOfFile[*twin] : "";
            nlohmann::json note{{"refeed_of", *twin}};
            for (const char* key : {"refeed_reason", "refeed_difference_mm2", "refeed_limit_mm2"}) {
                if (const auto it = e.find(key); it != e.end()) {
                    note[key] = *it;
                }
            }
            sheet.scanNote = note.dump();
        }
        if (batch == 0) {
            auto made = record.batch(batchInfo, actor, time);
            if (!made) {
                return std::unexpected(made.error().message);
            }
            batch = *made;
        }
        auto added = record.addSheet(batch, sheet, actor, time);
        if (!added) {
            return std::unexpected(where + added.error().message);
        }
        if (added->alreadyInRecord) {
            ++summary.alreadyInRecord;
            continue;
        }
        ++summary.sheets;
        summary.refeeds += sheet.scanNote.empty() ? 0 : 1;
        if (onSheet) {
            onSheet(added->sheet, *file);
        }
    }
    return summary;
}

}  // namespace kp::app
