// Further rounds: a runoff among tied candidates, or a new vote for unfilled seats.
// Each round has its own ballots and result; winners of earlier rounds keep their seats.
#include <doctest/doctest.h>

#include "fixture.h"

using namespace kp;
using namespace kp::test;

namespace {

// Round 1 of a 3-seat, 5-name election with base 10: c1 is elected, c2, c3, c4 tie for 2 seats.
std::vector<Reading> tiedRoundOne() {
    std::vector<Reading> rs;
    int sheet = 1;
    addStrikes(rs, 3, ids({"c2", "c5"}), sheet);
    addStrikes(rs, 3, ids({"c3", "c5"}), sheet);
    addStrikes(rs, 3, ids({"c4", "c5"}), sheet);
    addStrikes(rs, 1, ids({"c2", "c3", "c4", "c5"}), sheet);
    return rs;
}

// Round 1 of a 3-seat, 5-name election with base 10 where only c1 passes.
std::vector<Reading> shortRoundOne() {
    std::vector<Reading> rs;
    int sheet = 1;
    addStrikes(rs, 10, ids({"c2", "c3", "c4", "c5"}), sheet);
    return rs;
}

}  // namespace

TEST_CASE("runoff round: by default among the tied candidates, for the seats left") {
    std::vector<Reading> rs = tiedRoundOne();
    int sheet = 1;
    addStrikes(rs, 6, ids({"c4"}), sheet, "bch", 2);
    addStrikes(rs, 4, ids({"c3"}), sheet, "bch", 2);
    const auto results = tally(congress(10, {election("bch", 3, 5)}), rs);
    REQUIRE(results);
    REQUIRE(results->size() == 2);
    const RoundResult& r2 = (*results)[1];
    CHECK(r2.spec.round == 2);
    CHECK(r2.spec.seats == 2);
    CHECK(r2.spec.base == 10);  // the base does not change between rounds
    CHECK(r2.spec.candidates.size() == 3);
    CHECK(r2.spec.electedEarlier == ids({"c1"}));
    CHECK(r2.spec.form() == BallotForm::Strike);
    CHECK(candidate(r2, "c2").votes == 10);
    CHECK(candidate(r2, "c3").votes == 6);
    CHECK(candidate(r2, "c4").votes == 4);
    CHECK(r2.elected == ids({"c2", "c3"}));
    CHECK(r2.unfilled == 0);
    CHECK((*results)[0].elected == ids({"c1"}));  // round 1 keeps its winner
}

TEST_CASE("a runoff that ties again is reported again, and a third round among the tied follows") {
    std::vector<Reading> rs = tiedRoundOne();
    int sheet = 1;
    // Round 2, c2 c3 c4 for 2 seats: c2 8, c3 6, c4 6: c2 elected, c3 and c4 tie for the last seat.
    addStrikes(rs, 4, ids({"c4"}), sheet, "bch", 2);
    addStrikes(rs, 4, ids({"c3"}), sheet, "bch", 2);
    addStrikes(rs, 2, ids({"c2"}), sheet, "bch", 2);
    addStrikes(rs, 7, ids({"c3"}), sheet, "bch", 3);
    addStrikes(rs, 3, ids({"c4"}), sheet, "bch", 3);
    const auto results = tally(congress(10, {election("bch", 3, 5)}), rs);
    REQUIRE(results);
    REQUIRE(results->size() == 3);
    const RoundResult& r2 = (*results)[1];
    CHECK(r2.elected == ids({"c2"}));
    REQUIRE(r2.tie);
    CHECK(r2.tie->candidates == ids({"c3", "c4"}));
    CHECK(r2.tie->seats == 1);
    const RoundResult& r3 = (*results)[2];
    CHECK(r3.spec.electedEarlier == ids({"c1", "c2"}));
    CHECK(r3.spec.seats == 1);
    CHECK(r3.spec.candidates.size() == 2);
    CHECK(r3.elected == ids({"c4"}));
}

TEST_CASE("a runoff that fills only some seats is followed by a round among the rest") {
    std::vector<Reading> rs = tiedRoundOne();
    int sheet = 1;
    // Round 2: c2 6, c3 3, c4 3 on 6 valid ballots, 4 overvotes: only c2 passes; 1 seat unfilled.
    addStrikes(rs, 3, ids({"c4"}), sheet, "bch", 2);
    addStrikes(rs, 3, ids({"c3"}), sheet, "bch", 2);
    addStrikes(rs, 4, ids({}), sheet, "bch", 2);  // keeps 3 names for 2 seats: overvote
    addStrikes(rs, 7, ids({"c3"}), sheet, "bch", 3);
    addStrikes(rs, 3, ids({"c4"}), sheet, "bch", 3);
    const auto results = tally(congress(10, {election("bch", 3, 5)}), rs);
    REQUIRE(results);
    REQUIRE(results->size() == 3);
    const RoundResult& r2 = (*results)[1];
    CHECK(r2.ballots.invalidFor(InvalidReason::Overvote) == 4);
    CHECK(candidate(r2, "c2").votes == 6);
    CHECK(candidate(r2, "c3").votes == 3);
    CHECK(r2.elected == ids({"c2"}));
    CHECK_FALSE(r2.tie);  // c3 and c4 are equal but below the majority: no tie, an unfilled seat
    CHECK(r2.unfilled == 1);
    const RoundResult& r3 = (*results)[2];
    CHECK(r3.spec.seats == 1);
    CHECK(r3.spec.candidates.size() == 2);  // c3 and c4 remain
    CHECK(r3.elected == ids({"c4"}));
}

TEST_CASE("a new round for unfilled seats uses the remaining candidates by default") {
    std::vector<Reading> rs = shortRoundOne();
    int sheet = 1;
    addStrikes(rs, 10, ids({"c4", "c5"}), sheet, "bch", 2);  // keeps c2 c3: both elected
    const auto results = tally(congress(10, {election("bch", 3, 5)}), rs);
    REQUIRE(results);
    const RoundResult& r2 = results->back();
    CHECK(r2.spec.seats == 2);
    CHECK(r2.spec.candidates.size() == 4);
    CHECK(r2.elected == ids({"c2", "c3"}));
}

TEST_CASE("a round the congress defined: its own list (supplemented), seats and issued ballots") {
    Election e = election("bch", 3, 5);
    RoundDefinition def;
    def.round = 2;
    def.seats = 1;
    def.issued = 10;
    def.candidates = {{CandidateId{"c3"}, "Ứng viên 3"}, {CandidateId{"n1"}, "Người mới"}};
    e.rounds.push_back(def);
    std::vector<Reading> rs = shortRoundOne();
    int sheet = 1;
    addStrikes(rs, 7, ids({"c3"}), sheet, "bch", 2);
    addStrikes(rs, 3, ids({"n1"}), sheet, "bch", 2);
    const auto results = tally(congress(10, {e}), rs);
    REQUIRE(results);
    const RoundResult& r2 = results->back();
    CHECK(r2.spec.seats == 1);
    CHECK(r2.spec.issued == 10);
    CHECK(r2.elected == ids({"n1"}));
    CHECK(r2.unfilled == 0);
}

TEST_CASE("rounds that cannot be held are refused") {
    SUBCASE("all seats were filled in round 1") {
        std::vector<Reading> rs;
        int sheet = 1;
        addStrikes(rs, 10, ids({"c2"}), sheet);
        addStrikes(rs, 1, ids({"c2"}), sheet, "bch", 2);
        const auto results = tally(congress(10, {election("bch", 1, 2)}), rs);
        REQUIRE_FALSE(results);
        CHECK(results.error().code == InputErrorCode::BadRound);
        CHECK(results.error().message().find("every seat was filled") != std::string::npos);
    }
    SUBCASE("round 3 without round 2") {
        std::vector<Reading> rs = tiedRoundOne();
        int sheet = 1;
        addStrikes(rs, 1, ids({"c3"}), sheet, "bch", 3);
        const auto results = tally(congress(10, {election("bch", 3, 5)}), rs);
        REQUIRE_FALSE(results);
        CHECK(results.error().what.find("round 2 has none") != std::string::npos);
    }
    SUBCASE("a name outside the runoff") {
        std::vector<Reading> rs = tiedRoundOne();
        int sheet = 1;
        addStrikes(rs, 1, ids({"c5"}), sheet, "bch", 2);
        const auto results = tally(congress(10, {election("bch", 3, 5)}), rs);
        REQUIRE_FALSE(results);
        CHECK(results.error().code == InputErrorCode::UnknownCandidate);
    }
    SUBCASE("a winner of round 1 put on the list of round 2") {
        Election e = election("bch", 3, 5);
        RoundDefinition def;
        def.round = 2;
        def.candidates = {{CandidateId{"c1"}, "Ứng viên 1"}, {CandidateId{"c2"}, "Ứng viên 2"},
                          {CandidateId{"c3"}, "Ứng viên 3"}};
        e.rounds.push_back(def);
        std::vector<Reading> rs = shortRoundOne();
        int sheet = 1;
        addStrikes(rs, 1, ids({"c2"}), sheet, "bch", 2);
        const auto results = tally(congress(10, {e}), rs);
        REQUIRE_FALSE(results);
        CHECK(results.error().what.find("keeps that seat") != std::string::npos);
    }
    SUBCASE("more seats left than candidates remain") {
        // 2 seats of 3 names, nobody elected, one withdrew: the congress must supply the list.
        Election e = election("bch", 2, 3);
        RoundDefinition def;
        def.round = 2;
        def.candidates = {{CandidateId{"c1"}, "Ứng viên 1"}};
        e.rounds.push_back(def);
        std::vector<Reading> rs;
        int sheet = 1;
        addStrikes(rs, 10, ids({"c1", "c2", "c3"}), sheet);
        addStrikes(rs, 1, ids({}), sheet, "bch", 2);
        const auto results = tally(congress(10, {e}), rs);
        REQUIRE_FALSE(results);
        CHECK(results.error().code == InputErrorCode::BadSeats);
    }
}

TEST_CASE("the round filter returns one round but counts the earlier ones it depends on") {
    std::vector<Reading> rs = tiedRoundOne();
    int sheet = 1;
    addStrikes(rs, 10, ids({"c4"}), sheet, "bch", 2);
    TallyFilter filter;
    filter.round = 2;
    const RoundResult r2 = only(tally(congress(10, {election("bch", 3, 5)}), rs, filter));
    CHECK(r2.spec.round == 2);
    CHECK(r2.elected == ids({"c2", "c3"}));
    filter.round = 4;
    CHECK_FALSE(tally(congress(10, {election("bch", 3, 5)}), rs, filter));
}

TEST_CASE("the next round: none while seats are filled, the runoff after a tie, the rest after unfilled seats") {
    const Congress c = congress(10, {election("bch", 3, 5)});
    const Election& e = c.elections[0];
    CHECK(nextRound(c, e, {}).value() == std::nullopt);  // nothing counted

    auto tied = tally(c, tiedRoundOne());
    REQUIRE(tied);
    auto runoff = nextRound(c, e, *tied);
    REQUIRE(runoff);
    REQUIRE(runoff->has_value());
    CHECK((*runoff)->round == 2);
    CHECK((*runoff)->seats == 2);
    CHECK((*runoff)->candidates.size() == 3);

    auto shortOne = tally(c, shortRoundOne());
    REQUIRE(shortOne);
    auto again = nextRound(c, e, *shortOne);
    REQUIRE(again);
    REQUIRE(again->has_value());
    CHECK((*again)->seats == 2);
    CHECK((*again)->candidates.size() == 4);

    std::vector<Reading> rs = tiedRoundOne();
    int sheet = 1;
    addStrikes(rs, 6, ids({"c4"}), sheet, "bch", 2);
    addStrikes(rs, 4, ids({"c3"}), sheet, "bch", 2);
    auto done = tally(c, rs);
    REQUIRE(done);
    CHECK(nextRound(c, e, *done).value() == std::nullopt);  // round 2 filled the seats
}
