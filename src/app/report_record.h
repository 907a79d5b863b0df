#pragma once
// What `report --db` takes from a congress record: the congress, the counted ballots (rulings
// applied, manual entries reconciled), the audit head, and the rows of the auditor's listings.
#include <expected>
#include <string>
#include <vector>

#include "reports/listings.h"

namespace kp::app {

struct RecordReportInputs {
    std::string congressJson;
    std::string countedJsonl;
    std::string auditHead;
    std::string publicKey;  // the congress key the record registered, printed on every page
    std::vector<BallotRow> ballots;
    std::vector<JournalRow> journal;
};

std::expected<RecordReportInputs, std::string> loadRecordForReport(const std::string& dbPath);

}  // namespace kp::app
