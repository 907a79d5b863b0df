// The voter model: realistic choices, hard cases in realistic shares, and a truth that
// follows the rules.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "ballot_fixture.h"
#include "src/simulator/voter.h"

using namespace kp;
using namespace kp::sim;
using namespace kp::test;

TEST_CASE("hard cases appear in realistic shares and most ballots are ordinary") {
    const Congress c = ballotCongress(18, 15);
    const RoundSpec round = firstRound(c);
    Rng rng(1);
    const auto popularity = drawPopularity(rng, round.candidates.size());
    std::map<HardCase, int> seen;
    int overvotes = 0, allStruck = 0, valid = 0;
    const int voters = 40000;
    for (int i = 0; i < voters; ++i) {
        const Intent v = drawVoter(rng, popularity, round);
        ++seen[v.hard];
        const Expected e = expectedOf(v, round);
        overvotes += e.reason == InvalidReason::Overvote ? 1 : 0;
        allStruck += e.reason == InvalidReason::AllStruck ? 1 : 0;
        valid += e.verdict == "valid" ? 1 : 0;
    }
    const auto share = [&](HardCase h) { return static_cast<double>(seen[h]) / voters; };
    CHECK(share(HardCase::None) > 0.90);
    CHECK(share(HardCase::FamilyNameOnly) == doctest::Approx(0.015).epsilon(0.35));
    for (const HardCase h : {HardCase::Underline, HardCase::Circle, HardCase::Tick, HardCase::CrossBeside,
                             HardCase::WriteIn, HardCase::Signature, HardCase::MissingStamp, HardCase::TornCorner}) {
        CAPTURE(hardCaseCode(h));
        CHECK(share(h) > 0.001);
        CHECK(share(h) < 0.012);
    }
    CHECK(static_cast<double>(overvotes) / voters > 0.01);  // nothing struck, or careless
    CHECK(static_cast<double>(overvotes) / voters < 0.04);
    CHECK(allStruck > 0);
    CHECK(static_cast<double>(valid) / voters > 0.88);
}

TEST_CASE("the truth follows the rules for every voter") {
    for (const auto& [listed, seats] : {std::pair{6, 5}, std::pair{18, 15}, std::pair{3, 3}, std::pair{1, 1}}) {
        const Congress c = ballotCongress(listed, seats);
        const RoundSpec round = firstRound(c);
        Rng rng(static_cast<unsigned>(listed));
        const auto popularity = drawPopularity(rng, round.candidates.size());
        for (int i = 0; i < 5000; ++i) {
            const Intent v = drawVoter(rng, popularity, round);
            const Expected e = expectedOf(v, round);
            CAPTURE(hardCaseCode(v.hard));
            switch (v.hard) {
            case HardCase::WriteIn: CHECK(e.reason == InvalidReason::WriteIn); break;
            case HardCase::Signature: CHECK(e.reason == InvalidReason::IdentifyingMark); break;
            case HardCase::FamilyNameOnly:
                CHECK_FALSE(v.struck[v.target]);  // not struck whole: the committee rules on it
                [[fallthrough]];
            case HardCase::Underline:
            case HardCase::Circle:
            case HardCase::Tick:
            case HardCase::CrossBeside:
            case HardCase::MissingStamp:
                CHECK(e.verdict == "committee");
                CHECK(e.lookTwice);
                break;
            default: {
                if (round.form() == BallotForm::Strike) {
                    const auto kept = static_cast<Count>(std::ranges::count(v.struck, false));
                    CHECK((e.verdict == "valid") == (kept >= 1 && kept <= round.places()));
                    if (kept == 0) CHECK(e.reason == InvalidReason::AllStruck);
                    if (kept > round.places()) CHECK(e.reason == InvalidReason::Overvote);
                } else {
                    const bool decided = std::ranges::any_of(v.marks, [](Mark m) { return m == Mark::Agree || m == Mark::Disagree; });
                    CHECK((e.verdict == "valid") == decided);
                }
                CHECK(e.lookTwice == (v.hard == HardCase::TornCorner));
            }
            }
        }
    }
}
