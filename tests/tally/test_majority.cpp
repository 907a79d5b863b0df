// Điều 30: elected only with strictly more than half of the base; the base is those
// convened minus the allowed deductions, never the ballots cast or the valid ballots.
#include <doctest/doctest.h>

#include "fixture.h"

using namespace kp;
using namespace kp::test;

TEST_CASE("worked example of Điều 30: base 10, 5 votes is not elected, 6 is") {
    // One seat, two names: each ballot keeps one name.
    for (const auto& [votes, elected] : {std::pair{5, false}, std::pair{6, true}}) {
        std::vector<Reading> rs;
        int sheet = 1;
        addStrikes(rs, votes, ids({"c2"}), sheet);
        addStrikes(rs, 10 - votes, ids({"c1"}), sheet);
        const RoundResult r = only(tally(congress(10, {election("bch", 1, 2)}), rs));
        CHECK(r.spec.base == 10);
        CHECK(candidate(r, "c1").votes == votes);
        CHECK(candidate(r, "c1").majority == elected);
        CHECK(r.elected.size() == (elected ? 1U : 0U));
        CHECK(r.unfilled == (elected ? 0 : 1));
        CHECK_FALSE(r.tie);  // 5–5 below the majority is not a tie: nobody reached the bar
    }
}

TEST_CASE("the base is convened minus deductions, not the ballots cast") {
    // 12 convened, 2 absent for the whole congress: base 10. Only 8 ballots come in;
    // 5 of 8 is more than half of the ballots, but not more than half of the base.
    Election e = election("bch", 1, 2);
    std::vector<Reading> rs;
    int sheet = 1;
    addStrikes(rs, 5, ids({"c2"}), sheet);
    addStrikes(rs, 3, ids({"c1"}), sheet);
    const RoundResult r = only(tally(congress(12, {e}, {{1, "vắng cả đại hội"}, {1, "đang bị đình chỉ"}}), rs));
    CHECK(r.spec.base == 10);
    CHECK(r.ballots.valid == 8);
    CHECK(candidate(r, "c1").votes == 5);
    CHECK_FALSE(candidate(r, "c1").majority);
    CHECK(r.elected.empty());
    CHECK(r.unfilled == 1);
    CHECK(formatPercent(candidate(r, "c1").share) == "50,00");
    REQUIRE(candidate(r, "c1").shareValid);
    CHECK(formatPercent(*candidate(r, "c1").shareValid) == "62,50");
}

TEST_CASE("majority is strict and in integers: base 11 needs 6, base 12 needs 7") {
    for (const auto& [base, needed] : {std::pair{11, 6}, std::pair{12, 7}}) {
        for (int votes : {needed - 1, needed}) {
            std::vector<Reading> rs;
            int sheet = 1;
            addStrikes(rs, votes, ids({"c2"}), sheet);
            const RoundResult r = only(tally(congress(base, {election("bch", 1, 2)}), rs));
            CHECK(candidate(r, "c1").majority == (votes == needed));
        }
    }
}

TEST_CASE("an election of the new committee counts against that committee's members") {
    // The standing committee is elected by the 15 members of the new executive committee,
    // not by the 300 delegates: 8 of 15 is a majority.
    Election st = election("btv", 1, 2);
    st.electorate = Electorate{15, {}};
    std::vector<Reading> rs;
    int sheet = 1;
    addStrikes(rs, 8, ids({"c2"}), sheet, "btv");
    addStrikes(rs, 7, ids({"c1"}), sheet, "btv");
    const RoundResult r = only(tally(congress(300, {st}), rs));
    CHECK(r.spec.base == 15);
    CHECK(r.elected == ids({"c1"}));
}

TEST_CASE("more majority candidates than seats: the highest votes fill the seats, listed high to low") {
    // 3 seats, 5 names, base 10. Every ballot keeps three of c1..c4 and strikes c5.
    // Votes: c1 7, c2 9, c3 8, c4 6: all four have a majority, three seats.
    std::vector<Reading> rs;
    int sheet = 1;
    addStrikes(rs, 3, ids({"c1", "c5"}), sheet);
    addStrikes(rs, 1, ids({"c2", "c5"}), sheet);
    addStrikes(rs, 2, ids({"c3", "c5"}), sheet);
    addStrikes(rs, 4, ids({"c4", "c5"}), sheet);
    const RoundResult r = only(tally(congress(10, {election("bch", 3, 5)}), rs));
    CHECK(candidate(r, "c1").votes == 7);
    CHECK(candidate(r, "c2").votes == 9);
    CHECK(candidate(r, "c3").votes == 8);
    CHECK(candidate(r, "c4").votes == 6);
    CHECK(candidate(r, "c4").majority);
    CHECK(r.elected == ids({"c2", "c3", "c1"}));
    CHECK(candidate(r, "c4").status == CandidateStatus::NotElected);
    CHECK(candidate(r, "c5").votes == 0);
    CHECK_FALSE(r.tie);
    CHECK(r.unfilled == 0);
}

TEST_CASE("fewer majority candidates than seats: the rest stay unfilled") {
    // 2 seats, 4 names, base 10: only c2 passes (9); c1 and c3 have 4 each (2 × 4 = 8 is not > 10).
    std::vector<Reading> rs;
    int sheet = 1;
    addStrikes(rs, 3, ids({"c3", "c4"}), sheet);  // keeps c1 c2
    addStrikes(rs, 3, ids({"c1", "c4"}), sheet);  // keeps c2 c3
    addStrikes(rs, 3, ids({"c1", "c3"}), sheet);  // keeps c2 c4
    addStrikes(rs, 1, ids({"c2", "c4"}), sheet);  // keeps c1 c3
    const RoundResult r = only(tally(congress(10, {election("bch", 2, 4)}), rs));
    CHECK(candidate(r, "c1").votes == 4);
    CHECK(candidate(r, "c2").votes == 9);
    CHECK(candidate(r, "c3").votes == 4);
    CHECK(candidate(r, "c4").votes == 3);
    CHECK(r.elected == ids({"c2"}));
    CHECK(r.unfilled == 1);
    CHECK(candidate(r, "c2").status == CandidateStatus::Elected);
    CHECK(candidate(r, "c1").status == CandidateStatus::NotElected);
}

TEST_CASE("equal votes inside the seats are no tie — the elected list keeps ballot order among them") {
    // 2 seats, 3 names, base 10: c1 8, c2 8 (both elected), c3 2.
    std::vector<Reading> rs;
    int sheet = 1;
    addStrikes(rs, 6, ids({"c3"}), sheet);
    addStrikes(rs, 2, ids({"c2"}), sheet);
    addStrikes(rs, 2, ids({"c1"}), sheet);
    const RoundResult r = only(tally(congress(10, {election("bch", 2, 3)}), rs));
    CHECK(candidate(r, "c1").votes == 8);
    CHECK(candidate(r, "c2").votes == 8);
    CHECK(r.elected == ids({"c1", "c2"}));
    CHECK_FALSE(r.tie);
    CHECK(r.unfilled == 0);
}

TEST_CASE("a tie at the cut-off is reported with the seats left, never broken") {
    // 3 seats, 5 names, base 10. c1 9; c2, c3, c4 7 each; c5 0. One seat for three.
    std::vector<Reading> rs;
    int sheet = 1;
    addStrikes(rs, 3, ids({"c2", "c5"}), sheet);  // keeps c1 c3 c4
    addStrikes(rs, 3, ids({"c3", "c5"}), sheet);  // keeps c1 c2 c4
    addStrikes(rs, 3, ids({"c4", "c5"}), sheet);  // keeps c1 c2 c3
    addStrikes(rs, 1, ids({"c2", "c3", "c4", "c5"}), sheet);  // keeps c1 only
    const RoundResult r = only(tally(congress(10, {election("bch", 3, 5)}), rs));
    CHECK(candidate(r, "c1").votes == 10);
    CHECK(candidate(r, "c2").votes == 6);
    CHECK(r.elected == ids({"c1"}));
    REQUIRE(r.tie);
    CHECK(r.tie->candidates == ids({"c2", "c3", "c4"}));
    CHECK(r.tie->seats == 2);
    CHECK(r.unfilled == 0);
    CHECK(candidate(r, "c3").status == CandidateStatus::Tied);
}

TEST_CASE("a tie at the cut-off only counts candidates with a majority") {
    // 2 seats, 4 names, base 10: c1 8 elected; c2, c3 5 each: no majority, so no tie; 1 unfilled.
    std::vector<Reading> rs;
    int sheet = 1;
    addStrikes(rs, 5, ids({"c3", "c4"}), sheet);
    addStrikes(rs, 3, ids({"c2", "c4"}), sheet);
    addStrikes(rs, 2, ids({"c1", "c2", "c4"}), sheet);
    const RoundResult r = only(tally(congress(10, {election("bch", 2, 4)}), rs));
    CHECK(candidate(r, "c1").votes == 8);
    CHECK(candidate(r, "c2").votes == 5);
    CHECK(candidate(r, "c3").votes == 5);
    CHECK(r.elected == ids({"c1"}));
    CHECK_FALSE(r.tie);
    CHECK(r.unfilled == 1);
}

TEST_CASE("an election with no ballot yet has a result with nothing elected") {
    const RoundResult r = only(tally(congress(10, {election("bch", 2, 3)}), std::vector<Reading>{}));
    CHECK(r.ballots.collected == 0);
    CHECK(r.elected.empty());
    CHECK(r.unfilled == 2);
    CHECK_FALSE(candidate(r, "c1").shareValid);  // no valid ballot: no percent of valid ballots
    CHECK(formatPercent(candidate(r, "c1").share) == "0,00");
}
