#pragma once
// The record held against its own audit log: a pure function of the typed rows (rows.h), run by
// `tally --db` and `export` on the record, and by `verify` on an audit bundle.
//
// The chain of events must be whole and start with the record's creation, whose congress hash
// must be the congress the record holds (an edited congress — the base, the seats — shows here);
// every operator, batch, sheet, reading, ruling, manual entry and word blank must have its event
// saying the same as the row, and every event its row. A row added, removed or edited behind
// the program's back (the sqlite3 tool with the triggers dropped) is named.
#include <string>
#include <vector>

#include "src/store/rows.h"

namespace kp::store {

// Each problem in words (English: the auditor's report), the first few per kind; empty: the
// record agrees with its log.
std::vector<std::string> checkConsistency(const RecordRows& rows);

}  // namespace kp::store
