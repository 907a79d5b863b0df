#pragma once
// What the tally counts, from what the record holds (rows.h): a pure function, so that the
// record, `export` and an auditor's `verify` compute it the same way.
//
// Every sheet ends in exactly one state (BallotState), and so does every manually entered
// ballot:
//  - Unread: scanned and stored, no reading yet. Blocks the result; a resumed count reads it first.
//  - Waiting: for the committee — the reading is uncertain ("review"), the page is not a ballot
//    of this round ("rejected": another election, unreadable code…), the scan session found it
//    resembles an earlier sheet (a possible re-feed: "possible_refeed", with its twin), or the
//    manual entries of a ballot are missing or differ. Blocks the result.
//  - Counted: read with certainty, or as the committee ruled on that very reading; a valid or an
//    invalid ballot, either way collected.
//  - SetAside: two members ruled that it is not a ballot, the same paper fed again, or a ballot
//    of another round (to be scanned with that round). Not collected.
//  - LaterFace: the back of a two-sided ballot, counted with its front (src/app/join_sides.h).
// A ruling applies to the reading it was made on: once a sheet is read again it waits anew.
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "src/store/rows.h"

namespace kp::store {

inline constexpr int MANUAL_ENTRIES_NEEDED = 2;

enum class BallotState { Unread, Waiting, Counted, SetAside, LaterFace };
std::string_view ballotStateCode(BallotState s);  // unread, waiting, counted, set_aside, later_face

// Why a sheet is set aside (a ruling's {"set_aside": CODE}).
inline constexpr const char* SET_ASIDE_NOT_A_BALLOT = "not_a_ballot";
inline constexpr const char* SET_ASIDE_REFEED = "refeed";
inline constexpr const char* SET_ASIDE_OTHER_ROUND = "other_round";

struct BallotOutcome {
    std::string sheet;  // the record's sheet number, or "manual-<ballot>"
    std::string election;
    std::int64_t round = 1;
    BallotState state = BallotState::Unread;
    std::vector<std::string> reasons;  // why it waits (the recogniser's, possible_refeed, manual_…)
    std::int64_t reading = 0;          // the reading it rests on (sheets), 0: none
    std::int64_t ruling = 0;           // the ruling that decided it, 0: none
    std::int64_t twin = 0;             // a possible re-feed: the sheet it resembles
    std::string line;                  // its readings line for the tally (docs/formats.md)
};

// The ballot fields of a decision or manual entry, canonical (struck sorted, marks by id): two
// entries agree when their canonical texts are equal. A ruling may instead set a sheet aside:
// {"set_aside": "not_a_ballot" | "refeed" | "other_round"} (allowSetAside). Refuses anything
// else, naming the problem.
std::expected<std::string, std::string> canonicalBallot(std::string_view json, bool allowSetAside = false);

// Every sheet (in sheet order) and every manual ballot (by election, round, ballot number),
// each with its state and its line. Errors name the row.
std::expected<std::vector<BallotOutcome>, std::string> countBallots(const RecordRows& rows);

// The readings lines the tally takes, one per outcome (statuses read / review / unread /
// set_aside / rejected, docs/formats.md §Readings).
std::string countedLines(const std::vector<BallotOutcome>& outcomes);

}  // namespace kp::store
