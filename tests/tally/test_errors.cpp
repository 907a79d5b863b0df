// Bad input is refused with a message that names the place, and nothing is counted.
#include <doctest/doctest.h>

#include "fixture.h"
#include "tally/round_counter.h"

using namespace kp;
using namespace kp::test;

namespace {

InputError refused(const Congress& c, std::vector<Reading> rs) {
    for (std::size_t i = 0; i < rs.size(); ++i) {
        rs[i].line = i + 1;
    }
    const auto results = tally(c, rs);
    REQUIRE_FALSE(results);
    return results.error();
}

}  // namespace

TEST_CASE("an unknown candidate id names the line") {
    const InputError e =
        refused(congress(10, {election("bch", 1, 2)}), {strike("1", ids({"c1"})), strike("2", ids({"c9"}))});
    CHECK(e.code == InputErrorCode::UnknownCandidate);
    CHECK(e.message() == "readings line 2: candidate id \"c9\" is not on the list of election \"bch\" round 1");
}

TEST_CASE("a candidate struck twice on one ballot is refused") {
    const InputError e = refused(congress(10, {election("bch", 1, 3)}), {strike("1", ids({"c1", "c1"}))});
    CHECK(e.code == InputErrorCode::DuplicateCandidate);
    CHECK(e.where == "readings line 1");
}

TEST_CASE("a duplicate sheet number is refused") {
    const InputError e = refused(congress(10, {election("bch", 1, 2)}),
                                 {strike("7", ids({"c1"})), strike("8", ids({"c1"})), strike("7", ids({"c2"}))});
    CHECK(e.code == InputErrorCode::DuplicateSheet);
    CHECK(e.where == "readings line 3");
}

TEST_CASE("the same sheet number in two elections is two ballots") {
    const auto results = tally(congress(10, {election("bch", 1, 2), election("dh", 1, 2)}),
                               std::vector<Reading>{strike("1", ids({"c1"})), strike("1", ids({"c1"}), "dh")});
    CHECK(results);
}

TEST_CASE("more ballots collected than issued blocks the result") {
    Election e = election("bch", 1, 2);
    e.issued = 2;
    const InputError e2 = refused(congress(10, {e}), {strike("1", ids({"c1"})), strike("2", ids({"c1"})),
                                                       strike("3", ids({"c1"}))});
    CHECK(e2.code == InputErrorCode::OverIssued);
    CHECK(e2.message() ==
          "election \"bch\" round 1: 3 ballots collected but 2 issued; the counting committee must rule before there "
          "is a result");
}

TEST_CASE("seats must be at least 1 and at most the number of candidates") {
    CHECK(refused(congress(10, {election("bch", 0, 2)}), {}).code == InputErrorCode::BadSeats);
    CHECK(refused(congress(10, {election("bch", -1, 2)}), {}).code == InputErrorCode::BadSeats);
    const InputError e = refused(congress(10, {election("bch", 3, 2)}), {});
    CHECK(e.code == InputErrorCode::BadSeats);
    CHECK(e.message() == "congress elections[0] (\"bch\"): 3 seats but only 2 candidates");
}

TEST_CASE("the threshold base must be positive") {
    const InputError e = refused(congress(3, {election("bch", 1, 2)}, {{3, "vắng cả đại hội"}}), {});
    CHECK(e.code == InputErrorCode::BadBase);
    CHECK(e.what.find("base") != std::string::npos);
    CHECK(refused(congress(0, {election("bch", 1, 2)}), {}).code == InputErrorCode::BadBase);
}

TEST_CASE("an unknown election names the line") {
    const InputError e = refused(congress(10, {election("bch", 1, 2)}), {strike("1", ids({"c1"}), "xyz")});
    CHECK(e.code == InputErrorCode::UnknownElection);
    CHECK(e.where == "readings line 1");
}

TEST_CASE("marks that do not fit the ballot form are refused") {
    // 2 seats, 2 names: a yes/no ballot; struck names make no sense on it.
    const InputError e = refused(congress(10, {election("bch", 2, 2)}), {strike("1", ids({"c1"}))});
    CHECK(e.code == InputErrorCode::WrongBallotForm);
    const InputError e2 = refused(congress(10, {election("bch", 1, 2)}),
                                  {yesNo("1", {{CandidateId{"c1"}, Mark::Agree}})});
    CHECK(e2.code == InputErrorCode::WrongBallotForm);
}

TEST_CASE("duplicate candidate or election ids in the congress are refused") {
    Election e = election("bch", 1, 2);
    e.candidates[1].id = e.candidates[0].id;
    CHECK(refused(congress(10, {e}), {}).code == InputErrorCode::DuplicateCandidate);
    CHECK(refused(congress(10, {election("bch", 1, 2), election("bch", 1, 2)}), {}).code == InputErrorCode::Malformed);
}

TEST_CASE("a refused batch leaves the counter as it was") {
    const Congress c = congress(10, {election("bch", 1, 3)});
    const auto spec = roundSpec(c, c.elections[0], 1, {});
    REQUIRE(spec);
    RoundCounter counter(*spec);
    CHECK(counter.add(strike("1", ids({"c1", "c2"}))));
    CHECK_FALSE(counter.add(strike("2", ids({"c1", "zz"}))));
    CHECK(counter.totals().collected == 1);
    CHECK(counter.add(strike("2", ids({"c1", "c3"}))));  // the same sheet, read correctly, is accepted
    CHECK(counter.totals().collected == 2);
    CHECK(counter.votes(0) == 0);
    CHECK(counter.votes(1) == 1);
}
