#pragma once
// The count so far and what comes next: the tally of a record's counted ballots, and the
// rounds there are ballots for — round 1 of every election, and the next round (a runoff
// after a tie, a new vote for unfilled seats) wherever the last counted round calls for one.
// The desktop app offers those rounds for printing and counting; nothing is stored for them:
// they follow from the record, deterministically, as the tally does.
#include <expected>
#include <string>
#include <vector>

#include "src/app/inputs.h"
#include "src/store/record.h"
#include "tally/round_result.h"
#include "tally/round_spec.h"

namespace kp::app {

// The record's counted ballots (readings with rulings applied, reconciled manual entries) as
// readings; the error in words (a ballot still waiting for the committee names its line).
std::expected<std::vector<Reading>, std::string> countedReadings(store::Record& record);

// Every counted round's result, with the ballots issued as the committee last recorded them
// (a round ruling) in place of the congress's figure. The error in words (a ballot still
// waiting for the committee names its line).
std::expected<std::vector<RoundResult>, std::string> tallyRecord(store::Record& record, const Congress& congress);

// One round of one election of the record's congress, with what its earlier rounds decided:
// what the recogniser and the simulator need. The error in words.
std::expected<RoundInput, std::string> roundInput(store::Record& record, const std::string& election, int round);

struct OpenRounds {
    std::vector<RoundSpec> rounds;   // in the congress's election order, then by round
    std::vector<std::string> notes;  // a next round that cannot be derived, in words
};
// From the rounds' results (the last of each election decides whether another follows; a
// round without a ballot is not counted yet).
OpenRounds openRounds(const Congress& congress, const std::vector<RoundResult>& results);
// From a record while ballots are still being entered or ruled: a round with ballots waiting
// for the committee ends its election's chain there (its result is not known yet, so no round
// follows it), but stays open itself (the round before it calls for it).
OpenRounds openRounds(store::Record& record, const Congress& congress);

}  // namespace kp::app
