#pragma once
// What a record counts, from its rows (a record's tables, or an audit bundle's files): the
// congress as the committee ruled on it (the ballots issued, recounted: a round ruling), every
// sheet and manual ballot in its state (store/counted.h), and the readings the tally takes.
// One function for the station, `tally --db`, `export` and `verify`.
#include <expected>
#include <string>
#include <vector>

#include "src/store/counted.h"
#include "src/store/rows.h"
#include "tally/congress.h"

namespace kp::app {

struct RecordCount {
    Congress congress;  // with the committee's round rulings applied
    std::vector<store::BallotOutcome> outcomes;
    std::string lines;  // readings lines for the tally, one per outcome
};

std::expected<RecordCount, std::string> countRecord(const store::RecordRows& rows);

// The congress with each round's latest ruling applied: {"issued": N} replaces the number of
// ballots issued for that round. Rulings on elections the congress has not are errors.
std::expected<void, std::string> applyRoundRulings(Congress& congress, const std::vector<store::RulingRow>& rulings);

// The canonical result of a count as the bundle stores it: kiemphieu.tally/1, or
// {"not_tallied": why} while a ballot waits or is unread.
std::string resultOf(const RecordCount& count);

}  // namespace kp::app
