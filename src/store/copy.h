#pragma once
// Moving a record between back ends: `kiemphieu-cli copy --from FILE.kpdb --to postgresql://…`
// (a congress that started on one laptop grows to a hall of stations) and back (an auditor's
// file). Every row with its id, every event as it is — the same hashes, the same chain head —
// and every image.
#include <cstdint>
#include <string>

#include "src/store/database.h"

namespace kp::store {

struct CopySummary {
    std::int64_t rows = 0;  // of every table but the events
    std::int64_t events = 0;
    std::int64_t images = 0;
    std::string head;  // the chain head, the same in both
};

// Copies the record at `from` (read only, at the current version: an older file is opened once
// to be upgraded first) into a new record at `to` (a file path or a connection string), whole or
// not at all. The copy is checked before it is kept: its rows read back as the source's, and its
// chain verifies to the same head.
Result<CopySummary> copyRecord(const std::string& from, const std::string& to);

}  // namespace kp::store
