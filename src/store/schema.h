#pragma once
// The congress record's schema and its migrations (PRAGMA user_version). A file is brought to
// the current version on open; a file from a newer KiemPhieu is refused, never downgraded.
#include "src/store/sqlite.h"

namespace kp::store {

inline constexpr int SCHEMA_VERSION = 3;

// Applies every migration above the file's version, each in its own transaction.
Result<> migrate(Database& db);
Result<int> schemaVersion(Database& db);

}  // namespace kp::store
