// The scan log on any text: parseScanLog never crashes; every event it accepts can be read the
// way the batch session's replay and the record's import read it, without a JSON type error
// (an exception escaping here stops the run).
#include "scanner-drivers/batch/scan_log.h"
#include "fuzz.h"

using kp::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto log = kp::scan::parseScanLog(kp::fuzz::textOf(data, size), "scan-log.jsonl");
    if (!log) {
        require(log.error().starts_with("scan-log.jsonl line "), "an error names the line");
        return 0;
    }
    require(log->wholeLines <= size, "the torn line lies in the text");
    for (const nlohmann::json& e : log->events) {
        const std::string kind = e["event"].get<std::string>();
        (void)e.value("batch", 0);
        (void)e.value("page", 0);
        (void)e.value("sheet", 0);
        (void)e.value("dpi", 0);
        for (const char* text : {"file", "sha256", "refeed_of", "side", "coarse", "reason", "device", "time"}) {
            (void)e.value(text, std::string());
        }
        require(kind == "batch" || kind == "page" || kind == "pause" || kind == "resume" || kind == "end",
                "only the documented events");
    }
    return 0;
}
