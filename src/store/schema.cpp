#include "src/store/schema.h"

#include "src/store/postgres_schema.h"

#include <array>
#include <string>

namespace kp::store {

namespace {

// Tables whose rows are never changed or removed: corrections are new rows that reference the
// original (architecture principle 6). The triggers stop honest mistakes; the audit chain
// (audit_log.h) detects the dishonest ones, made with the triggers dropped.
template <std::size_t N>
std::string appendOnlyTriggers(const std::array<const char*, N>& tables) {
    std::string sql;
    for (const char* table : tables) {
        const std::string t(table);
        for (const char* action : {"UPDATE", "DELETE"}) {
            const std::string a(action);
            sql += "CREATE TRIGGER " + t + "_no_" + (a == "UPDATE" ? "update" : "delete") + " BEFORE " + a + " ON " +
                   t + " BEGIN SELECT RAISE(ABORT, '" + t + " is append-only'); END;\n";
        }
    }
    return sql;
}

// Version 1: the congress, operators, scan batches and sheets, readings, rulings, and the
// audit log. Images live beside the file, named by their SHA-256.
const std::string V1 = R"(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE operators (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('truong_ban', 'thanh_vien', 'ky_thuat_vien')),
  password_hash TEXT NOT NULL
);
CREATE TABLE batches (
  id INTEGER PRIMARY KEY,
  election TEXT NOT NULL,
  round INTEGER NOT NULL CHECK (round >= 1),
  device TEXT NOT NULL,
  dpi INTEGER,
  started TEXT NOT NULL
);
CREATE TABLE sheets (
  id INTEGER PRIMARY KEY,
  batch INTEGER NOT NULL REFERENCES batches(id),
  page INTEGER NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('front', 'back')),
  image_sha256 TEXT NOT NULL CHECK (length(image_sha256) = 64),
  refeed_of INTEGER REFERENCES sheets(id),
  scanned TEXT NOT NULL,
  UNIQUE (batch, page)
);
CREATE TABLE readings (
  id INTEGER PRIMARY KEY,
  sheet INTEGER NOT NULL REFERENCES sheets(id),
  status TEXT NOT NULL CHECK (status IN ('read', 'review', 'rejected')),
  reading TEXT NOT NULL,
  recognizer TEXT NOT NULL
);
CREATE TABLE rulings (
  id INTEGER PRIMARY KEY,
  reading INTEGER NOT NULL REFERENCES readings(id),
  decision TEXT NOT NULL,
  reason TEXT NOT NULL,
  first_member INTEGER NOT NULL REFERENCES operators(id),
  second_member INTEGER NOT NULL REFERENCES operators(id),
  ruled TEXT NOT NULL,
  CHECK (first_member <> second_member)
);
CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  time TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
)";

// Version 2: manual entry for halls without a scanner, and the indexes large congresses need. Each operator enters a
// ballot once (corrections are the committee's, by ruling); a ballot whose entries disagree is ruled on by two members,
// as for a scanned ballot in review.
const std::string V2 = R"(
CREATE TABLE manual_entries (
  id INTEGER PRIMARY KEY,
  election TEXT NOT NULL,
  round INTEGER NOT NULL CHECK (round >= 1),
  ballot TEXT NOT NULL,
  operator INTEGER NOT NULL REFERENCES operators(id),
  entry TEXT NOT NULL,
  entered TEXT NOT NULL,
  UNIQUE (election, round, ballot, operator)
);
CREATE TABLE manual_rulings (
  id INTEGER PRIMARY KEY,
  election TEXT NOT NULL,
  round INTEGER NOT NULL,
  ballot TEXT NOT NULL,
  decision TEXT NOT NULL,
  reason TEXT NOT NULL,
  first_member INTEGER NOT NULL REFERENCES operators(id),
  second_member INTEGER NOT NULL REFERENCES operators(id),
  ruled TEXT NOT NULL,
  CHECK (first_member <> second_member)
);
-- Version 1 looked sheets up by image and readings by sheet with full scans: quadratic at
-- 10,000 sheets (counting them took 17 s, bench/store_bench.cpp).
CREATE INDEX sheets_by_image ON sheets (image_sha256);
CREATE INDEX readings_by_sheet ON readings (sheet);
CREATE INDEX rulings_by_reading ON rulings (reading);
)";

// Version 3: the blank of a ballot printed in a word processor, scanned and confirmed by the
// committee: the recogniser learns from it where each name is (ocr/word). The image is kept
// with the others, by its hash; a later confirmation for the same round replaces the earlier
// one for reading (the latest row), and both stay in the record.
const std::string V3 = R"(
CREATE TABLE word_blanks (
  id INTEGER PRIMARY KEY,
  election TEXT NOT NULL,
  round INTEGER NOT NULL CHECK (round >= 1),
  image_sha256 TEXT NOT NULL,
  image TEXT NOT NULL,
  dpi INTEGER NOT NULL CHECK (dpi > 0),
  confirmed_by TEXT NOT NULL,
  confirmed TEXT NOT NULL
);
)";

// Version 4: the congress is immutable (meta joins the append-only tables); a sheet keeps what
// the scan session found when it suspected a re-feed; the committee's rulings on a round as a
// whole (the ballots issued, recounted); members taken off the committee by the chair; and the
// file says it is a KiemPhieu record (PRAGMA application_id), so that no other program's file
// is ever taken for one.
const std::string V4 = R"(
ALTER TABLE sheets ADD COLUMN scan_note TEXT;
CREATE TABLE round_rulings (
  id INTEGER PRIMARY KEY,
  election TEXT NOT NULL,
  round INTEGER NOT NULL CHECK (round >= 1),
  decision TEXT NOT NULL,
  reason TEXT NOT NULL,
  first_member INTEGER NOT NULL REFERENCES operators(id),
  second_member INTEGER NOT NULL REFERENCES operators(id),
  ruled TEXT NOT NULL,
  CHECK (first_member <> second_member)
);
CREATE TABLE operator_status (
  id INTEGER PRIMARY KEY,
  operator INTEGER NOT NULL REFERENCES operators(id),
  active INTEGER NOT NULL CHECK (active IN (0, 1)),
  changed_by INTEGER NOT NULL REFERENCES operators(id),
  changed TEXT NOT NULL
);
CREATE UNIQUE INDEX events_by_hash ON events (hash);
PRAGMA application_id = 1263551554;
)";

// Version 5: every uniqueness the store checks before it inserts is also a constraint, so that
// two stations writing at once (the record on a server, src/store/postgres_schema.cpp) can never
// store a batch or an image twice, nor register a second congress key. A record of version 4
// holds no such duplicates: one writer checked before each insert.
const std::string V5 = R"(
CREATE UNIQUE INDEX batches_by_start ON batches (election, round, device, started);
DROP INDEX sheets_by_image;
CREATE UNIQUE INDEX sheets_by_image ON sheets (image_sha256);
CREATE UNIQUE INDEX events_one_congress_key ON events (kind) WHERE kind = 'congress_key';
)";

const std::array<std::string, SCHEMA_VERSION> MIGRATIONS{
    V1 + appendOnlyTriggers(std::array{"events", "batches", "sheets", "readings", "rulings", "operators"}),
    V2 + appendOnlyTriggers(std::array{"manual_entries", "manual_rulings"}),
    V3 + appendOnlyTriggers(std::array{"word_blanks"}),
    V4 + appendOnlyTriggers(std::array{"meta", "round_rulings", "operator_status"}), V5};

}  // namespace

StoreError newerRecord(Database& db, int version) {
    return StoreError{0, db.path() + ": made by a newer KiemPhieu (record version " + std::to_string(version) +
                             ", this program knows up to " + std::to_string(SCHEMA_VERSION) + "); nothing was changed"};
}

Result<int> schemaVersion(Database& db) {
    if (db.backend() == Backend::PostgreSQL) {
        return postgresSchemaVersion(db);
    }
    auto version = db.integer("PRAGMA user_version");
    if (!version) {
        return std::unexpected(version.error());
    }
    return static_cast<int>(*version);
}

Result<std::int64_t> applicationId(Database& db) {
    return db.backend() == Backend::PostgreSQL ? postgresApplicationId(db) : db.integer("PRAGMA application_id");
}

Result<> migrate(Database& db) {
    if (db.backend() == Backend::PostgreSQL) {
        return migratePostgres(db);
    }
    auto version = schemaVersion(db);
    if (!version) {
        return std::unexpected(version.error());
    }
    if (*version > SCHEMA_VERSION) {
        return std::unexpected(newerRecord(db, *version));
    }
    for (int v = *version; v < SCHEMA_VERSION; ++v) {
        auto applied = transaction(db, [&]() -> Result<> {
            if (auto r = db.exec(MIGRATIONS[static_cast<std::size_t>(v)]); !r) {
                return r;
            }
            return db.exec("PRAGMA user_version = " + std::to_string(v + 1));
        });
        if (!applied) {
            StoreError e = applied.error();
            e.message = "migrating to record version " + std::to_string(v + 1) + ": " + e.message;
            return std::unexpected(e);
        }
    }
    return {};
}

}  // namespace kp::store
