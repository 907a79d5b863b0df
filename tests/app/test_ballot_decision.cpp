// The committee's decision on a ballot in review (src/app/ballot_decision.h): it starts with
// no verdict and the doubtful names undecided, is complete only when everything is decided,
// and becomes exactly the JSON a ruling stores.
#include <doctest/doctest.h>

#include "src/app/ballot_decision.h"

using namespace kp;
using namespace kp::app;
using Json = nlohmann::ordered_json;

namespace {

RoundSpec strikeSpec() {  // 4 names for 2 seats: a strike ballot
    RoundSpec spec;
    spec.election = ElectionId{"cu"};
    spec.seats = 2;
    spec.base = 10;
    for (const char* id : {"a", "b", "c", "d"}) {
        spec.candidates.push_back({CandidateId{id}, std::string("Name ") + id});
    }
    return spec;
}

RoundSpec yesNoSpec() {  // 2 names for 2 seats: the 4-column ballot
    RoundSpec spec = strikeSpec();
    spec.candidates.resize(2);
    return spec;
}

}  // namespace

TEST_CASE("a ballot in review opens with no verdict and its doubtful names undecided") {
    const Json reading = Json::parse(R"({"status": "review", "struck": ["b"], "uncertain": ["c"]})");
    const BallotDecision d = BallotDecision::fromReading(strikeSpec(), reading);
    CHECK(d.form() == BallotForm::Strike);
    CHECK(d.verdict() == Verdict::Undecided);
    CHECK_FALSE(d.isComplete());
    CHECK(d.json().empty());
    // Sure names start from the reading and remember it; the doubtful one is undecided.
    CHECK(d.name(0) == NameDecision::Kept);
    CHECK(d.readName(0) == NameDecision::Kept);
    CHECK(d.name(1) == NameDecision::Struck);
    CHECK(d.name(2) == NameDecision::Undecided);
    CHECK_FALSE(d.readName(2).has_value());
    CHECK(d.undecided() == std::vector<std::size_t>{2});
}

TEST_CASE("nothing is complete while the verdict or a doubtful name is undecided") {
    BallotDecision d =
        BallotDecision::fromReading(strikeSpec(), Json::parse(R"({"struck": ["b"], "uncertain": ["c", "d"]})"));
    d.setValid();
    CHECK_FALSE(d.isComplete());
    d.setName(2, NameDecision::Struck);
    CHECK_FALSE(d.isComplete());  // d is still undecided
    d.setName(3, NameDecision::Kept);
    CHECK(d.isComplete());
    CHECK(d.json() == R"({"struck":["b","c"]})");
    CHECK_FALSE(d.outcome().has_value());  // two kept for two seats: valid
    CHECK(d.kept() == std::vector<std::size_t>{0, 3});
    CHECK(d.changedFromReading(1) == false);
    d.setName(1, NameDecision::Kept);
    CHECK(d.changedFromReading(1));
    d.clearVerdict();
    CHECK_FALSE(d.isComplete());
    CHECK(d.json().empty());
}

TEST_CASE("without a reading (a keyed ballot, an unreadable image) every name starts undecided") {
    for (const char* line : {R"({"status": "review", "reasons": ["unreadable_image"]})", "{}"}) {
        const BallotDecision d = BallotDecision::fromReading(strikeSpec(), Json::parse(line));
        CHECK(d.undecided().size() == 4);
    }
    CHECK(BallotDecision(yesNoSpec()).undecided().size() == 2);
}

TEST_CASE("an invalid verdict takes only the committee's reasons and stores just the reason") {
    BallotDecision d(strikeSpec());
    CHECK_FALSE(d.setInvalid(InvalidReason::Overvote));  // the tally's to decide, from the names
    CHECK(d.verdict() == Verdict::Undecided);
    CHECK(d.setInvalid(InvalidReason::WriteIn));
    CHECK(d.isComplete());  // the names do not matter on an invalid ballot
    CHECK(d.json() == R"({"invalid":"write_in"})");
    CHECK(d.outcome() == InvalidReason::WriteIn);
    d.setValid();
    CHECK_FALSE(d.invalidReason().has_value());
    CHECK_FALSE(d.isComplete());
}

TEST_CASE("a valid verdict still counts as the rules say: too many kept, every name struck") {
    BallotDecision d(strikeSpec());
    d.setValid();
    for (std::size_t i = 0; i < 4; ++i) {
        d.setName(i, i == 0 ? NameDecision::Struck : NameDecision::Kept);
    }
    CHECK(d.outcome() == InvalidReason::Overvote);  // three kept for two seats
    for (std::size_t i = 0; i < 4; ++i) {
        d.setName(i, NameDecision::Struck);
    }
    CHECK(d.outcome() == InvalidReason::AllStruck);
    CHECK(d.json() == R"({"struck":["a","b","c","d"]})");
}

TEST_CASE("yes/no ballots: a mark per person, none read as no mark, undecided until chosen") {
    const Json reading = Json::parse(R"({"status": "review", "marks": {"a": "agree"}, "uncertain": ["b"]})");
    BallotDecision d = BallotDecision::fromReading(yesNoSpec(), reading);
    CHECK(d.form() == BallotForm::YesNo);
    CHECK(d.mark(0) == Mark::Agree);
    CHECK(d.readMark(0) == Mark::Agree);
    CHECK_FALSE(d.mark(1).has_value());
    d.setValid();
    CHECK_FALSE(d.isComplete());
    d.setMark(1, Mark::Both);
    CHECK(d.isComplete());
    CHECK(d.json() == R"({"marks":{"a":"agree","b":"both"}})");
    CHECK_FALSE(d.outcome().has_value());
    d.setMark(0, Mark::None);
    d.setMark(1, Mark::None);
    CHECK(d.outcome() == InvalidReason::NoChoice);
    // Without a struck list a yes/no line's marks are ignored on a strike ballot, and the reverse.
    const BallotDecision other = BallotDecision::fromReading(strikeSpec(), reading);
    CHECK(other.undecided().size() == 4);
}

// The recogniser writes `"struck": []` / `"marks": {}` on every line it sends to review, also
// when it never found the ballot's names (a code it could not read: a photo, a broken file); the
// committee saw every name as "read: kept" then, one click from a phantom valid ballot.
TEST_CASE("a page whose ballot was not read (no code, unreadable) starts with every name undecided") {
    for (const char* reason : {"no_ballot_code", "unreadable_image"}) {
        CAPTURE(reason);
        const Json strike = Json::parse(std::string(R"({"status": "review", "reasons": [")") + reason +
                                        R"("], "struck": [], "uncertain": [], "scores": {}})");
        const BallotDecision d = BallotDecision::fromReading(strikeSpec(), strike);
        CHECK(d.undecided().size() == 4);
        for (std::size_t i = 0; i < d.size(); ++i) {
            CHECK_FALSE(d.readName(i).has_value());
        }
        const Json yesNo = Json::parse(std::string(R"({"status": "review", "reasons": [")") + reason +
                                       R"("], "marks": {}, "uncertain": [], "scores": {}})");
        CHECK(BallotDecision::fromReading(yesNoSpec(), yesNo).undecided().size() == 2);
    }
}
