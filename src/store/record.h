#pragma once
// The congress record: one .kpdb file and, beside it, its images named by SHA-256
// (FILE.images/). Every change is made in a transaction together with its audit event, so the
// log and the data cannot disagree after a crash.
//
// Times are given by the caller (the app's clock, or a test's fixed time): the store reads no
// clock, so the same actions give the same file.
#include <string>
#include <string_view>
#include <vector>

#include "src/store/audit_log.h"
#include "src/store/sqlite.h"

namespace kp::store {

struct ImportSummary {
    int sheets = 0;           // new sheets in the record
    int refeeds = 0;          // pages the scan session set aside as re-fed (kept, not counted)
    int alreadyInRecord = 0;  // images the record already has (the same folder imported twice)
};

struct SheetRow {
    std::int64_t id = 0;
    std::int64_t batch = 0;
    std::int64_t page = 0;
    std::string side;
    std::string sha256;
    std::string image;  // file name in imagesDir()
    std::int64_t refeedOf = 0;  // 0: counted
    std::string election;
    std::int64_t round = 0;
};

// The confirmed blank of a word-processor ballot for one election round.
struct WordBlank {
    std::string election;
    int round = 1;
    std::string sha256;
    std::string image;  // file name in imagesDir()
    int dpi = 0;
    std::string confirmedBy;
};

class Record {
public:
    // A new record for the congress file's text; refuses an existing file.
    static Result<Record> create(const std::string& path, std::string_view congressJson, const std::string& actor,
                                 const std::string& time);
    // An existing record, brought to the current schema.
    static Result<Record> open(const std::string& path);

    Database& db() { return m_db; }
    std::string imagesDir() const { return m_db.path() + ".images"; }
    Result<std::string> congressJson();

    // A scan folder (scanner-drivers: scan-log.jsonl and its images) for one election and round.
    // Each image's hash is checked against the log; an image already in the record is counted
    // as such, never twice.
    Result<ImportSummary> importScans(const std::string& scanDir, const std::string& election, int round,
                                      const std::string& actor, const std::string& time);
    // The recogniser's readings (one JSON line per page, "image" naming the file), matched to
    // sheets by the image's SHA-256. Returns how many were recorded.
    Result<int> importReadings(const std::string& readingsPath, const std::string& actor, const std::string& time);
    // The readings to tally, in the readings format: for each counted sheet its latest reading,
    // with "sheet" set to the record's sheet number (unique across scan folders).
    Result<std::string> readingsJsonl();
    Result<std::vector<SheetRow>> sheets();

    // Keeps the scanned blank of a word-processor ballot (copied in by its hash) as the one
    // the recogniser learns this round from; an audit event names it.
    Result<WordBlank> setWordBlank(const std::string& election, int round, const std::string& scanPath, int dpi,
                                   const std::string& actor, const std::string& time);
    // Every round's latest blank, in election and round order (none: KiemPhieu ballots).
    Result<std::vector<WordBlank>> wordBlanks();

private:
    explicit Record(Database db) : m_db(std::move(db)) {}
    Result<std::int64_t> sheetByImage(const std::string& sha);
    Database m_db;
};

}  // namespace kp::store
