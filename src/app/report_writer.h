#pragma once
// Writing a congress's reports (docs/reports.md) into a folder: the minutes of every election
// round, the announcement, the summary and, from a record, the ballot listing and the entry
// journal, in the formats asked for. Used by `kiemphieu-cli report` and the desktop app.
// Needs a QGuiApplication (or makes an offscreen one) for the PDFs.
#include <expected>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "src/app/report_record.h"

namespace kp::app {

inline const std::set<std::string> REPORT_FORMATS{"pdf", "odt", "csv", "json"};

struct ReportRequest {
    RecordReportInputs inputs;    // from a record (loadRecordForReport), or congress + readings only
    bool fromRecord = false;      // adds the ballot listing and the entry journal
    std::string source;           // what errors name: the record or the congress file
    std::string readingsSource;   // what errors about a reading name
    std::optional<std::string> election;
    std::set<std::string> formats = REPORT_FORMATS;
};

struct ReportOutput {
    std::vector<std::filesystem::path> files;
    std::string resultSha256;  // of ket-qua.json, printed on every page
    // The rounds with no ballot counted: no minutes, and not in the announcement or summary.
    std::vector<std::pair<ElectionId, int>> notCounted;
};

std::expected<ReportOutput, std::string> writeReports(const ReportRequest& request, const std::filesystem::path& dir);

// "pdf,odt" → {"pdf", "odt"}; an unknown format is named.
std::expected<std::set<std::string>, std::string> reportFormats(const std::string& list);

}  // namespace kp::app
