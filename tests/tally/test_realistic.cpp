// A realistic provincial count: 350 delegates convened, 18 candidates for 15 seats.
#include <doctest/doctest.h>

#include "fixture.h"

using namespace kp;
using namespace kp::test;

namespace {

// Votes for c1..c18 on 340 valid ballots (each keeps 13 or 14 names). Base 348 (350 convened,
// 2 absent for the whole congress), so a majority needs 175 votes.
const std::vector<int> VOTES{330, 325, 318, 310, 300, 296, 290, 285, 270, 262, 250, 240, 230, 200, 176, 175, 174, 120};

Congress provincial(std::optional<Count> issued = 348) {
    Election e = election("bch", 15, 18);
    e.issued = issued;
    return congress(350, {e}, {{1, "ốm, vắng mặt cả đại hội"}, {1, "công tác, vắng mặt cả đại hội"}});
}

std::vector<Reading> provincialReadings() {
    std::vector<Reading> rs = ballotsWithVotes(VOTES, 340);
    int sheet = 1;
    addStrikes(rs, 3, ids({}), sheet);  // nothing struck: 18 names kept for 15 seats
    addStrikes(rs, 2, ids({"c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13", "c14",
                           "c15", "c16", "c17", "c18"}),
               sheet);
    Reading marked = strike("s-mark", ids({"c18", "c17", "c16"}));
    marked.invalid = InvalidReason::IdentifyingMark;
    rs.push_back(marked);
    return rs;
}

}  // namespace

TEST_CASE("350 delegates, 18 candidates for 15 seats") {
    const RoundResult r = only(tally(provincial(), provincialReadings()));
    CHECK(r.spec.base == 348);
    CHECK(r.ballots.collected == 346);
    CHECK(r.ballots.valid == 340);
    CHECK(r.ballots.invalid == 6);
    CHECK(r.ballots.invalidFor(InvalidReason::Overvote) == 3);
    CHECK(r.ballots.invalidFor(InvalidReason::AllStruck) == 2);
    CHECK(r.ballots.invalidFor(InvalidReason::IdentifyingMark) == 1);
    for (std::size_t i = 0; i < VOTES.size(); ++i) {
        CHECK(r.candidates[i].votes == VOTES[i]);
    }
    // The first 15 by votes all have a majority; c16 (175) has one too but no seat is left;
    // c17 (174) has exactly half of the base, which is not a majority, although 174 of 340
    // valid ballots is more than half of them.
    CHECK(r.elected.size() == 15);
    CHECK(r.elected.front() == CandidateId{"c1"});
    CHECK(r.elected.back() == CandidateId{"c15"});
    CHECK(candidate(r, "c16").majority);
    CHECK(candidate(r, "c16").status == CandidateStatus::NotElected);
    CHECK_FALSE(candidate(r, "c17").majority);
    CHECK(formatPercent(candidate(r, "c17").share) == "50,00");
    CHECK(formatPercent(*candidate(r, "c17").shareValid) == "51,18");
    CHECK(formatPercent(candidate(r, "c1").share) == "94,83");   // 330/348 = 94,8275…
    CHECK(formatPercent(candidate(r, "c15").share) == "50,57");  // 176/348 = 50,5747…
    CHECK_FALSE(r.tie);
    CHECK(r.unfilled == 0);
}

TEST_CASE("350 delegates: a tie for the 15th seat goes to a runoff") {
    std::vector<int> votes = VOTES;
    votes[15] = 176;  // c16 now equals c15
    votes[17] = 119;  // keep the number of strikes a multiple that fits the ballots
    const RoundResult r = only(tally(provincial(std::nullopt), ballotsWithVotes(votes, 340)));
    CHECK(r.elected.size() == 14);
    REQUIRE(r.tie);
    CHECK(r.tie->candidates == ids({"c15", "c16"}));
    CHECK(r.tie->seats == 1);
    CHECK(r.unfilled == 0);
}
