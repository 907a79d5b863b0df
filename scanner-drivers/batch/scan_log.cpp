#include "scanner-drivers/batch/scan_log.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <string_view>

#include "src/common/regular_file.h"
#include "src/common/strict_json.h"

namespace kp::scan {

namespace {

namespace fs = std::filesystem;

enum class Type { Whole, Number, Text, Flag, Side, File };

struct Field {
    std::string_view event;  // the event it belongs to
    std::string_view name;
    Type type;
    bool required;
};

// docs/formats.md §Scan log. Everything a reader of the log relies on is typed here, so that
// a damaged or hand-edited log is an error naming its line rather than a JSON type error
// thrown from deep inside a replay or an import.
constexpr std::array<Field, 38> FIELDS{{
    {"batch", "batch", Type::Whole, true},
    {"batch", "device", Type::Text, false},
    {"batch", "source", Type::Text, false},
    {"batch", "dpi", Type::Whole, false},
    {"batch", "mode", Type::Text, false},
    {"batch", "time", Type::Text, false},
    {"page", "batch", Type::Whole, true},
    {"page", "page", Type::Whole, true},
    {"page", "sheet", Type::Whole, false},
    {"page", "side", Type::Side, false},
    {"page", "file", Type::File, true},
    {"page", "sha256", Type::Text, true},
    {"page", "width", Type::Whole, false},
    {"page", "height", Type::Whole, false},
    {"page", "dpi", Type::Whole, false},
    {"page", "original", Type::Text, false},
    {"page", "original_page", Type::Whole, false},
    {"page", "undecodable", Type::Flag, false},
    {"page", "refeed_of", Type::File, false},
    {"page", "refeed_reason", Type::Text, false},
    {"page", "refeed_difference_mm2", Type::Number, false},
    {"page", "refeed_limit_mm2", Type::Number, false},
    {"page", "reduced", Type::Whole, false},
    {"page", "coarse", Type::Text, false},
    {"page", "time", Type::Text, false},
    {"pause", "batch", Type::Whole, true},
    {"pause", "error", Type::Text, false},
    {"pause", "detail", Type::Text, false},
    {"pause", "sheets", Type::Whole, false},
    {"pause", "time", Type::Text, false},
    {"resume", "batch", Type::Whole, true},
    {"resume", "time", Type::Text, false},
    {"end", "batch", Type::Whole, true},
    {"end", "reason", Type::Text, false},
    {"end", "pages", Type::Whole, false},
    {"end", "sheets", Type::Whole, false},
    {"end", "refeeds", Type::Whole, false},
    {"end", "time", Type::Text, false},
}};

// Counts in a scan log are pages and batches: far below this whatever the file says.
constexpr std::uint64_t MAX_WHOLE = 1'000'000'000;

// A file of the scan folder, named relative to it: never absolute, never through "..", so
// that a log can name nothing outside its folder.
bool insideFolder(const std::string& file) {
    const fs::path p(file);
    if (file.empty() || p.is_absolute() || p.has_root_name() || file.find('\\') != std::string::npos) {
        return false;
    }
    for (const fs::path& part : p) {
        if (part == "..") {
            return false;
        }
    }
    return true;
}

// Empty when the value fits the field's type, else what is wrong.
std::string mismatch(const nlohmann::json& v, Type type) {
    switch (type) {
        case Type::Whole:
            return v.is_number_unsigned() && v.get<std::uint64_t>() <= MAX_WHOLE ? "" : "must be a whole number ≥ 0";
        case Type::Number: return v.is_number() ? "" : "must be a number";
        case Type::Text: return v.is_string() ? "" : "must be a string";
        case Type::Flag: return v.is_boolean() ? "" : "must be true or false";
        case Type::Side: return v == "front" || v == "back" ? "" : "must be \"front\" or \"back\"";
        case Type::File:
            return v.is_string() && insideFolder(v.get<std::string>()) ? "" : "must name a file inside the scan folder";
    }
    return "";
}

// Empty when the event is well formed, else what is wrong with it.
std::string checkEvent(const nlohmann::json& e) {
    if (!e.is_object()) {
        return "not a scan log event (not a JSON object)";
    }
    const auto kind = e.find("event");
    if (kind == e.end() || !kind->is_string()) {
        return "not a scan log event (no \"event\")";
    }
    const std::string name = kind->get<std::string>();
    bool known = false;
    for (const Field& f : FIELDS) {
        if (f.event != name) {
            continue;
        }
        known = true;
        const auto value = e.find(std::string(f.name));
        if (value == e.end()) {
            if (f.required) {
                return "a \"" + name + "\" event without \"" + std::string(f.name) + "\"";
            }
            continue;
        }
        if (const std::string wrong = mismatch(*value, f.type); !wrong.empty()) {
            return "\"" + name + "\" event: \"" + std::string(f.name) + "\" " + wrong + ", got " + value->dump();
        }
    }
    if (!known) {
        return "unknown event \"" + name + "\" (batch, page, pause, resume or end)";
    }
    // A field another event defines, found here, is held to its type too: a reader asking any
    // event for its "page" or "batch" must never meet text.
    for (const Field& f : FIELDS) {
        const auto value = e.find(std::string(f.name));
        if (f.event == name || value == e.end()) {
            continue;
        }
        const bool ownField =
            std::ranges::any_of(FIELDS, [&](const Field& g) { return g.event == name && g.name == f.name; });
        if (const std::string wrong = mismatch(*value, f.type); !ownField && !wrong.empty()) {
            return "\"" + name + "\" event: \"" + std::string(f.name) + "\" " + wrong + ", got " + value->dump();
        }
    }
    return "";
}

}  // namespace

std::expected<LogContents, std::string> parseScanLog(std::string_view text, const std::string& name) {
    LogContents out;
    std::size_t start = 0;
    int lineNumber = 0;
    while (start < text.size()) {
        ++lineNumber;
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            out.tornLastLine = true;
            out.wholeLines = start;
            return out;
        }
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (line.empty()) {
            continue;
        }
        const std::string where = name + " line " + std::to_string(lineNumber) + ": ";
        auto event = parseStrictJsonMap(line);
        if (!event) {
            return std::unexpected(where + event.error().messageInLine());
        }
        if (const std::string wrong = checkEvent(*event); !wrong.empty()) {
            return std::unexpected(where + wrong);
        }
        out.events.push_back(std::move(*event));
    }
    out.wholeLines = text.size();
    return out;
}

std::expected<LogContents, std::string> readScanLog(const std::string& path, TornLine torn) {
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec))) {
        return LogContents{};
    }
    auto text = readRegularFile(path);  // a FIFO would block the read forever: refused at once
    if (!text) {
        return std::unexpected(text.error());
    }
    auto out = parseScanLog(*text, path);
    if (out && out->tornLastLine && torn == TornLine::Cut) {
        fs::resize_file(path, out->wholeLines, ec);
        if (ec) {
            return std::unexpected("cannot cut the unfinished last line of " + path + ": " + ec.message());
        }
    }
    return out;
}

}  // namespace kp::scan
