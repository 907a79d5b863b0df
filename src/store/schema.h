#pragma once
// The congress record's schema and its migrations. A record is brought to the current version
// on open; one from a newer KiemPhieu is refused, never downgraded. SQLite keeps the version in
// PRAGMA user_version and the application id in PRAGMA application_id; PostgreSQL in the
// one-row table kiemphieu_record (postgres_schema.cpp), which it creates at the current version.
#include <cstdint>

#include "src/store/database.h"

namespace kp::store {

inline constexpr int SCHEMA_VERSION = 5;
// The application id of a record ("KPDB"): set by version 4; older records are known by their
// schema version and their congress. Also the key of PostgreSQL's advisory lock of the writers.
inline constexpr int APPLICATION_ID = 0x4B504442;

// Applies every migration above the file's version, each in its own transaction.
Result<> migrate(Database& db);
Result<int> schemaVersion(Database& db);
Result<std::int64_t> applicationId(Database& db);
// The refusal of a record made by a newer KiemPhieu, naming it.
StoreError newerRecord(Database& db, int version);

}  // namespace kp::store
