// Which ballots are valid (election-rules §3) and how each invalid reason is counted.
#include <doctest/doctest.h>

#include "fixture.h"

using namespace kp;
using namespace kp::test;

namespace {

Reading flagged(Reading r, InvalidReason reason) {
    r.invalid = reason;
    return r;
}

}  // namespace

TEST_CASE("strike ballot: keeping up to the number of seats is valid, fewer is fine") {
    // 3 seats, 5 names.
    const std::vector<Reading> rs{
        strike("1", ids({"c4", "c5"})),              // keeps 3: valid
        strike("2", ids({"c2", "c3", "c4", "c5"})),  // keeps 1: valid
        strike("3", ids({"c5"})),                    // keeps 4: overvote
        strike("4", ids({})),                        // nothing struck: keeps 5, overvote
        strike("5", ids({"c1", "c2", "c3", "c4", "c5"})),  // all struck
    };
    const RoundResult r = only(tally(congress(10, {election("bch", 3, 5)}), rs));
    CHECK(r.ballots.collected == 5);
    CHECK(r.ballots.valid == 2);
    CHECK(r.ballots.invalid == 3);
    CHECK(r.ballots.invalidFor(InvalidReason::Overvote) == 2);
    CHECK(r.ballots.invalidFor(InvalidReason::AllStruck) == 1);
    // Each kept name on a valid ballot gets a vote; invalid ballots give none.
    CHECK(candidate(r, "c1").votes == 2);
    CHECK(candidate(r, "c2").votes == 1);
    CHECK(candidate(r, "c3").votes == 1);
    CHECK(candidate(r, "c4").votes == 0);
    CHECK(candidate(r, "c5").votes == 0);
}

TEST_CASE("reasons from the committee or the recogniser make a ballot invalid whatever its marks") {
    const std::vector<Reading> rs{
        flagged(strike("1", ids({"c3"})), InvalidReason::NotIssued),
        flagged(strike("2", ids({"c3"})), InvalidReason::WriteIn),
        flagged(strike("3", ids({"c3"})), InvalidReason::IdentifyingMark),
        flagged(strike("4", ids({"c3"})), InvalidReason::IdentifyingMark),
        strike("5", ids({"c3"})),
    };
    const RoundResult r = only(tally(congress(10, {election("bch", 2, 3)}), rs));
    CHECK(r.ballots.valid == 1);
    CHECK(r.ballots.invalidFor(InvalidReason::NotIssued) == 1);
    CHECK(r.ballots.invalidFor(InvalidReason::WriteIn) == 1);
    CHECK(r.ballots.invalidFor(InvalidReason::IdentifyingMark) == 2);
    CHECK(candidate(r, "c1").votes == 1);
}

TEST_CASE("a ballot ruled invalid may come without its marks") {
    Reading r;
    r.election = ElectionId{"bch"};
    r.sheet = "9";
    r.invalid = InvalidReason::NotIssued;
    const RoundResult result = only(tally(congress(10, {election("bch", 2, 3)}), std::vector<Reading>{r}));
    CHECK(result.ballots.collected == 1);
    CHECK(result.ballots.invalidFor(InvalidReason::NotIssued) == 1);
}

TEST_CASE("yes/no ballot: persons with both or no box marked get no vote — the ballot stays valid") {
    // 3 seats, 3 names: the 4-column form.
    const auto c = [](const char* id) { return CandidateId{id}; };
    const std::vector<Reading> rs{
        yesNo("1", {{c("c1"), Mark::Agree}, {c("c2"), Mark::Both}, {c("c3"), Mark::None}}),
        yesNo("2", {{c("c1"), Mark::Disagree}, {c("c2"), Mark::Agree}, {c("c3"), Mark::Agree}}),
        yesNo("3", {{c("c1"), Mark::Agree}}),  // persons without an entry: no mark
        yesNo("4", {{c("c1"), Mark::Both}, {c("c2"), Mark::None}, {c("c3"), Mark::Both}}),  // nothing decided
        yesNo("5", {}),                                                                      // blank
    };
    const RoundResult r = only(tally(congress(10, {election("bch", 3, 3)}), rs));
    CHECK(r.spec.form() == BallotForm::YesNo);
    CHECK(r.ballots.valid == 3);
    CHECK(r.ballots.invalidFor(InvalidReason::NoChoice) == 2);
    CHECK(candidate(r, "c1").votes == 2);
    CHECK(candidate(r, "c2").votes == 1);
    CHECK(candidate(r, "c3").votes == 1);
}

TEST_CASE("single-person yes/no ballot: an X in exactly one box is valid, a vote only for Đồng ý") {
    const CandidateId c1{"c1"};
    Election bt = election("bt", 1, 1);
    bt.body = Body::Secretary;
    bt.electorate = Electorate{15, {}};
    std::vector<Reading> rs;
    for (int i = 0; i < 9; ++i) {
        rs.push_back(yesNo("a" + std::to_string(i), {{c1, Mark::Agree}}, "bt"));
    }
    for (int i = 0; i < 4; ++i) {
        rs.push_back(yesNo("d" + std::to_string(i), {{c1, Mark::Disagree}}, "bt"));
    }
    rs.push_back(yesNo("both", {{c1, Mark::Both}}, "bt"));
    rs.push_back(yesNo("none", {{c1, Mark::None}}, "bt"));
    const RoundResult r = only(tally(congress(300, {bt}), rs));
    CHECK(r.ballots.collected == 15);
    CHECK(r.ballots.valid == 13);
    CHECK(r.ballots.invalidFor(InvalidReason::NoChoice) == 2);
    CHECK(candidate(r, "c1").votes == 9);
    CHECK(r.elected == ids({"c1"}));  // 9 of base 15
    CHECK(formatPercent(candidate(r, "c1").share) == "60,00");
    CHECK(formatPercent(*candidate(r, "c1").shareValid) == "69,23");
}

TEST_CASE("a yes/no election where nobody reaches the majority leaves its seats unfilled") {
    const CandidateId c1{"c1"};
    std::vector<Reading> rs;
    for (int i = 0; i < 5; ++i) {
        rs.push_back(yesNo(std::to_string(i), {{c1, Mark::Agree}}));
    }
    for (int i = 5; i < 10; ++i) {
        rs.push_back(yesNo(std::to_string(i), {{c1, Mark::Disagree}}));
    }
    const RoundResult r = only(tally(congress(10, {election("bch", 1, 1)}), rs));
    CHECK(candidate(r, "c1").votes == 5);
    CHECK(r.elected.empty());
    CHECK(r.unfilled == 1);
}
