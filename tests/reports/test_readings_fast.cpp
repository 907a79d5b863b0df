// The fast path of the readings parser must never accept a line that the full parser reads
// differently or refuses. Checked on well-formed lines of every shape and on many random
// mutations of them (deleted, inserted and replaced bytes, ill-formed UTF-8).
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "reports/readings_line.h"
#include "same_reading.h"

using namespace kp;
using namespace kp::readings_line;

namespace {

const std::vector<std::string> SHAPES{
    R"({"election": "bch", "round": 1, "sheet": "0001", "struck": ["c1", "c2"]})",
    R"({"election":"bch","sheet":"7","struck":[]})",
    R"({"sheet": 12, "election": "bch", "round": 2, "struck": ["c10"]})",
    R"( { "election" : "bt" , "sheet" : "a-1" , "marks" : { "c2" : "both", "c1" : "agree" } } )",
    R"({"election": "bt", "sheet": "9", "marks": {}, "invalid": "identifying_mark"})",
    R"({"election": "bch", "sheet": "3", "invalid": "not_issued"})",
    R"({"election": "bch", "sheet": "4", "status": "read", "struck": ["c3"], "image": "scans/0004.png",
        "reasons": [], "scores": {"c1": 0.02, "c2": 9.5e-1, "c3": -1E+2}, "ok": true, "note": null})",
    R"({"election": "bch", "sheet": "5", "status": "rejected", "reasons": ["not_a_ballot"], "image": "x.tif"})",
    R"({"election": "bch", "sheet": "Phiếu số 6", "struck": ["Nguyễn Thị Hằng"], "nested": {"a": [1, [2, {}]]}})",
};

// Returns whether the fast path accepted the line; fails the test if it disagrees.
bool checkAgreement(const std::string& line) {
    Reading fast;
    const Outcome outcome = readFast(line, 42, fast);
    if (outcome == Outcome::Unsure) {
        return false;
    }
    const auto full = readFull(line, 42);
    CAPTURE(line);
    REQUIRE(full);  // the fast path accepted a line the full parser refuses
    if (outcome == Outcome::NotABallot) {
        CHECK_FALSE(full->has_value());
    } else {
        REQUIRE(full->has_value());
        CHECK(test::sameReading(fast, **full));
    }
    return true;
}

}  // namespace

TEST_CASE("the fast path reads every common shape, exactly as the full parser does") {
    for (const std::string& line : SHAPES) {
        CAPTURE(line);
        CHECK(checkAgreement(line));
    }
}

TEST_CASE("the fast path leaves unusual lines to the full parser") {
    for (const std::string line : {
             R"({"election": "b\u0063h", "sheet": "1", "struck": []})",  // escapes
             R"({"election": "bch", "sheet": "1", "round": 1.0, "struck": []})",
             R"({"election": "bch", "sheet": "1", "struck": [], "struck": ["c1"]})",  // repeated field
             R"({"election": "bch", "sheet": "1", "marks": {"c1": "agree", "c1": "none"}})",
             // a repeated field the tally ignores, at the top or deeper: the full parser refuses it
             R"({"election": "bch", "sheet": "1", "struck": [], "image": "a", "image": "b"})",
             R"({"election": "bch", "sheet": "1", "struck": [], "scores": {"c1": 0.1, "c1": 0.2}})",
             R"({"election": "bch", "sheet": "1", "struck": [], "x": [1, {"a": {}, "b": 2, "a": 3}]})",
             R"({"election": "bch", "sheet": "1", "status": "review", "struck": []})",
             R"({"election": "bch", "sheet": "007", "struck": []})",
             R"({"election": "bch", "sheet": 007, "struck": []})",
             R"({"election": "bch", "struck": []})",
             "{\"election\": \"bch\", \"sheet\": \"\xC3\x28\", \"struck\": []}",
         }) {
        Reading r;
        CAPTURE(line);
        if (line.find("\"007\"") != std::string::npos) {
            CHECK(readFast(line, 1, r) == Outcome::Reading);  // a string sheet keeps its zeros
        } else {
            CHECK(readFast(line, 1, r) == Outcome::Unsure);
        }
    }
}

TEST_CASE("on 60000 mutated lines the fast path never disagrees with the full parser") {
    std::mt19937 rng(99);
    const std::string alphabet = "\"\\,:{}[] 01-.eEatrunlc\xC3\xA1\x80\xFF\t";
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    int accepted = 0;
    for (int i = 0; i < 60000; ++i) {
        std::string line = SHAPES[pick(SHAPES.size())];
        const int edits = 1 + static_cast<int>(pick(3));
        for (int e = 0; e < edits && !line.empty(); ++e) {
            const std::size_t at = pick(line.size());
            switch (pick(3)) {
                case 0: line.erase(at, 1); break;
                case 1: line.insert(at, 1, alphabet[pick(alphabet.size())]); break;
                default: line[at] = alphabet[pick(alphabet.size())]; break;
            }
        }
        accepted += checkAgreement(line) ? 1 : 0;
    }
    // Many mutations land in values and stay valid; the check is only meaningful if the fast
    // path still accepts a good share of lines.
    CHECK(accepted > 5000);
    MESSAGE("fast path accepted " << accepted << " of 60000 mutated lines");
}
