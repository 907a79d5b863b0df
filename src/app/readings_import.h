#pragma once
// The recogniser's readings file (`recognize --out`, docs/formats.md §Readings) brought into the
// congress record: each line matched to its sheet by the SHA-256 of the image it names, checked
// first (a JSON object, its election and round those the sheet was scanned for, every candidate
// on that election's list), then recorded all or none. A line that repeats a sheet's latest
// reading is skipped; one that says otherwise is refused unless the caller asks to read the
// sheet again (`reread`), which is logged.
#include <expected>
#include <string>
#include <vector>

#include "src/store/record.h"
#include "tally/congress.h"

namespace kp::app {

std::expected<store::ReadingsSummary, std::string> importReadingsFile(store::Record& record, const std::string& path,
                                                                      bool reread, const std::string& actor,
                                                                      const std::string& time);

// Every id is a candidate of `election` (its list or a round the congress defined); the error
// names the first that is not.
std::expected<void, std::string> checkCandidateIds(const Congress& congress, const std::string& election,
                                                   const std::vector<std::string>& ids);

}  // namespace kp::app
