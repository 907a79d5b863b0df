#pragma once
// The congress record's schema and its migrations (PRAGMA user_version). A file is brought to
// the current version on open; a file from a newer KiemPhieu is refused, never downgraded.
#include "src/store/sqlite.h"

namespace kp::store {

inline constexpr int SCHEMA_VERSION = 4;
// PRAGMA application_id of a record ("KPDB"): set by version 4; older records are known by
// their schema version and their congress.
inline constexpr int APPLICATION_ID = 0x4B504442;

// Applies every migration above the file's version, each in its own transaction.
Result<> migrate(Database& db);
Result<int> schemaVersion(Database& db);

}  // namespace kp::store
