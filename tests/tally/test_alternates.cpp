// One combined list for official and alternate delegates (`alternates: M`): the seats go to
// the top majority candidates, the next M majority candidates are alternates in vote order.
#include <doctest/doctest.h>

#include "fixture.h"

using namespace kp;
using namespace kp::test;

namespace {

RoundResult combined(const std::vector<int>& votes) {
    // 3 official seats + 2 alternates from 7 names, base 20, 20 ballots keeping at most 5.
    Election e = election("dbct", 3, 7, 2);
    e.body = Body::DelegatesOfficial;
    return only(tally(congress(20, {e}), ballotsWithVotes(votes, 20, "dbct")));
}

}  // namespace

TEST_CASE("combined list: top seats official, next majority candidates alternates in vote order") {
    const RoundResult r = combined({18, 13, 15, 11, 12, 10, 5});
    CHECK(candidate(r, "c2").votes == 13);
    CHECK(r.ballots.valid == 20);
    CHECK(r.ballots.invalid == 0);
    CHECK(r.elected == ids({"c1", "c3", "c2"}));
    CHECK(r.alternates == ids({"c5", "c4"}));
    CHECK(candidate(r, "c4").status == CandidateStatus::Alternate);
    CHECK(candidate(r, "c6").status == CandidateStatus::NotElected);  // 10 of 20 is no majority
    CHECK(r.unfilled == 0);
    CHECK(r.alternatesUnfilled == 0);
    CHECK_FALSE(r.tie);
    CHECK_FALSE(r.alternateTie);
}

TEST_CASE("combined list: a tie at the official cut-off holds the first alternate place for the runoff's loser") {
    const RoundResult r = combined({18, 15, 13, 13, 12, 11, 5});
    CHECK(r.elected == ids({"c1", "c2"}));
    REQUIRE(r.tie);
    CHECK(r.tie->candidates == ids({"c3", "c4"}));
    CHECK(r.tie->seats == 1);
    // Whoever loses the runoff between c3 and c4 still out-votes c5, so takes alternate place 1;
    // c5 is certain to be alternate 2 and c6 cannot be an alternate.
    CHECK(r.alternates == ids({"c5"}));
    CHECK(candidate(r, "c6").status == CandidateStatus::NotElected);
    CHECK(r.unfilled == 0);
    CHECK(r.alternatesUnfilled == 0);
}

TEST_CASE("combined list: a tie at the alternates' cut-off is reported separately") {
    const RoundResult r = combined({18, 15, 13, 12, 11, 11, 5});
    CHECK(r.elected == ids({"c1", "c2", "c3"}));
    CHECK(r.alternates == ids({"c4"}));
    CHECK_FALSE(r.tie);
    REQUIRE(r.alternateTie);
    CHECK(r.alternateTie->candidates == ids({"c5", "c6"}));
    CHECK(r.alternateTie->seats == 1);
    CHECK(candidate(r, "c5").status == CandidateStatus::Tied);
}

TEST_CASE("combined list: alternates need a majority too") {
    const RoundResult r = combined({18, 15, 13, 12, 10, 10, 5});
    CHECK(r.alternates == ids({"c4"}));
    CHECK(r.alternatesUnfilled == 1);
    CHECK_FALSE(r.alternateTie);
}

TEST_CASE("combined list: a voter may keep as many names as seats plus alternates") {
    Election e = election("dbct", 3, 7, 2);
    std::vector<Reading> rs{strike("1", ids({"c6", "c7"}), "dbct"),  // keeps 5: valid
                            strike("2", ids({"c7"}), "dbct")};       // keeps 6: overvote
    const RoundResult r = only(tally(congress(20, {e}), rs));
    CHECK(r.ballots.valid == 1);
    CHECK(r.ballots.invalidFor(InvalidReason::Overvote) == 1);
}
