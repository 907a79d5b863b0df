#pragma once
// A scan folder (scanner-drivers/batch: scan-log.jsonl and its images) brought into the
// congress record for one election round: each page's file checked against the hash the scan
// session logged, stored by the record one sheet at a time (each sheet its own transaction, so
// an import killed half-way keeps what it stored and the same import run again completes it).
// A page the session suspected of being a re-feed is stored too, as a sheet that waits for the
// committee beside the sheet it resembles.
#include <expected>
#include <functional>
#include <string>

#include "src/store/record.h"

namespace kp::app {

struct ScanImportSummary {
    int sheets = 0;           // new sheets in the record
    int refeeds = 0;          // of them, suspected re-feeds (waiting for the committee)
    int alreadyInRecord = 0;  // pages whose image the record already had
};

// `onSheet` (optional) is told each sheet as it is stored: its record number and file.
std::expected<ScanImportSummary, std::string> importScanFolder(
    store::Record& record, const std::string& scanDir, const std::string& election, int round, const std::string& actor,
    const std::string& time, const std::function<void(std::int64_t sheet, const std::string& file)>& onSheet = {});

}  // namespace kp::app
