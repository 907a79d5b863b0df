#pragma once
// The congress record: one .kpdb file and, beside it, its images named by SHA-256
// (FILE.images/) — or, when the stations of a hall share one count, a PostgreSQL database
// holding the same tables and the images (named by a connection string in place of the file:
// `postgresql://…` or `host=… dbname=…`). Every change is made in a transaction together with its audit event, so the
// log and the data cannot disagree after a crash; each sheet and each reading is its own
// transaction, so a count stopped at any moment keeps every sheet it stored.
//
// Times are given by the caller (the app's clock, or a test's fixed time): the store reads no
// clock, so the same actions give the same file.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/store/audit_log.h"
#include "src/store/database.h"
#include "src/store/rows.h"

namespace kp::store {

class ImageStore;

// A batch of scanned pages as the scan session logged it (src/app/scan_import reads the log).
struct NewBatch {
    std::string election;
    int round = 1;
    std::string device;
    int dpi = 0;
    std::string started;  // the scan log's time: with the device, what tells one batch from another
    std::string folder;   // where it was imported from, for the audit log
};

struct NewSheet {
    std::int64_t page = 0;
    std::string side = "front";
    std::string sha256;
    std::string extension;       // ".png", ".jpg"…: the stored image keeps it
    std::string bytes;           // the image file as scanned
    std::string scanned;         // time
    std::string refeedOfSha256;  // the scan session suspects a re-feed of this page, or empty
    std::string scanNote;        // the session's evidence (JSON), kept for the committee
};

struct SheetImport {
    std::int64_t sheet = 0;
    bool alreadyInRecord = false;  // the same image was stored before (a folder imported twice)
};

// A recogniser line to record against the sheet whose image has this hash.
struct NewReading {
    std::string sha256;
    std::string line;  // the recogniser's JSON line (checked by the caller: src/app/readings_import)
    std::string election;
    int round = 1;
    std::string status;  // read / review / rejected
    std::string recognizer;
    std::string where;  // "FILE line N", for the error that names it
};

struct ReadingsSummary {
    int recorded = 0;
    int alreadyRecorded = 0;  // the sheet's latest reading says the same (a file imported twice)
    int superseded = 0;       // re-read on request: the earlier reading, and rulings on it, no longer apply
};

class Record {
public:
    enum class Access { ReadWrite, ReadOnly };

    // A new record for the congress file's text. Made whole under a temporary name and then put
    // in place, so a killed process leaves no half-made record; refuses an existing file. On a
    // server: in an empty database, in one transaction; refuses a database with any table.
    static Result<Record> create(const std::string& path, std::string_view congressJson, const std::string& actor,
                                 const std::string& time);
    // An existing record. ReadWrite brings it to the current schema; ReadOnly changes nothing
    // (reads older versions as they are). Any file that is not a KiemPhieu record is refused
    // untouched.
    static Result<Record> open(const std::string& path, Access access = Access::ReadWrite);

    Database& db() { return m_db; }
    bool readOnly() const { return m_readOnly; }
    int version() const { return m_version; }
    // The folder of a record file's images (FILE.images); empty for a record on a server, whose
    // images are in its database: read them with image().
    std::string imagesDir() const;
    // The bytes of a stored image (a SheetRow's or a WordBlank's `image`), from either back end.
    Result<std::string> image(const std::string& file);
    Result<std::string> congressJson();
    // Everything the record holds, as typed rows (rows.h).
    Result<RecordRows> rows();

    // The batch with this device and start time, made (with its audit event) if new.
    Result<std::int64_t> batch(const NewBatch& batch, const std::string& actor, const std::string& time);
    // One scanned sheet of `batch`: its image stored by hash, its row and audit event in one
    // transaction. An image already in the record is never a second sheet.
    Result<SheetImport> addSheet(std::int64_t batch, const NewSheet& sheet, const std::string& actor,
                                 const std::string& time);
    // Recogniser readings, all or none. A sheet's second reading is refused unless `reread`
    // (then logged as superseding the first); a line that repeats the latest is skipped.
    Result<ReadingsSummary> addReadings(const std::vector<NewReading>& readings, bool reread, const std::string& actor,
                                        const std::string& time);

    Result<std::vector<SheetRow>> sheets();
    // The congress's public key (hex), registered once: printed on the minutes, and the only
    // key `export` signs with. A second, different key is refused.
    Result<> registerKey(const std::string& publicKeyHex, const std::string& actor, const std::string& time);

    // Sheets stored without a reading (what a resumed count reads first), in sheet order.
    Result<std::vector<SheetRow>> unreadSheets();

    // Keeps the scanned blank of a word-processor ballot (copied in by its hash) as the one
    // the recogniser learns this round from; an audit event names it.
    Result<WordBlank> setWordBlank(const std::string& election, int round, const std::string& scanPath, int dpi,
                                   const std::string& actor, const std::string& time);
    // Every round's latest blank, in election and round order (none: KiemPhieu ballots).
    Result<std::vector<WordBlank>> wordBlanks();

private:
    Record(Database db, bool readOnly, int version) : m_db(std::move(db)), m_readOnly(readOnly), m_version(version) {}
    Result<std::int64_t> sheetByImage(const std::string& sha);
    Result<> storeImage(const std::string& file, std::string_view bytes);
    std::unique_ptr<ImageStore> images();
    Database m_db;
    bool m_readOnly = false;
    int m_version = 0;
};

}  // namespace kp::store
