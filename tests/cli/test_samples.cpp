// The bundled samples, tallied in-process, agree with the independent count that
// samples/make_samples.py wrote beside them (votes.txt), and show what each sample is for.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "tally/tally.h"

using namespace kp;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot open " << path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<RoundResult> tallySample(const std::string& name) {
    const std::string dir = std::string(KP_SOURCE_DIR) + "/samples/" + name + "/";
    const auto congress = parseCongress(slurp(dir + "congress.json"));
    REQUIRE(congress);
    const auto readings = parseReadings(slurp(dir + "readings.jsonl"));
    REQUIRE(readings);
    auto results = tally(*congress, *readings);
    REQUIRE(results);
    return *results;
}

const RoundResult& find(const std::vector<RoundResult>& results, const std::string& election, int round) {
    for (const RoundResult& r : results) {
        if (r.spec.election.value == election && r.spec.round == round) {
            return r;
        }
    }
    FAIL("no result for " << election << " round " << round);
    throw std::logic_error("unreachable");
}

void checkIndependentCount(const std::string& name) {
    const std::vector<RoundResult> results = tallySample(name);
    std::istringstream lines(slurp(std::string(KP_SOURCE_DIR) + "/samples/" + name + "/votes.txt"));
    std::string line;
    int checked = 0;
    while (std::getline(lines, line)) {
        if (line.empty() || line.front() == '#') {
            continue;
        }
        std::istringstream fields(line);
        std::string election;
        int round = 0;
        Count valid = 0;
        Count invalid = 0;
        fields >> election >> round >> valid >> invalid;
        const RoundResult& r = find(results, election, round);
        CAPTURE(line);
        CHECK(r.ballots.valid == valid);
        CHECK(r.ballots.invalid == invalid);
        std::string pair;
        while (fields >> pair) {
            const auto eq = pair.find('=');
            const auto it = std::ranges::find(r.candidates, CandidateId{pair.substr(0, eq)}, &CandidateResult::id);
            REQUIRE(it != r.candidates.end());
            CHECK(it->votes == std::stoll(pair.substr(eq + 1)));
        }
        ++checked;
    }
    CHECK(checked == static_cast<int>(results.size()));
}

}  // namespace

TEST_CASE("tỉnh sample: the engine agrees with the independent count") { checkIndependentCount("tinh"); }

TEST_CASE("cơ sở sample: the engine agrees with the independent count") { checkIndependentCount("co-so"); }

TEST_CASE("tỉnh sample: base 348 — a majority candidate can miss out when the seats are full") {
    const auto results = tallySample("tinh");
    const RoundResult& bch = find(results, "bch", 1);
    CHECK(bch.spec.base == 348);
    CHECK(bch.elected.size() == 15);
    // bch01 has 175 votes: 2 × 175 = 350 > 348, a majority, but 15 others have more.
    const auto c = std::ranges::find(bch.candidates, CandidateId{"bch01"}, &CandidateResult::id);
    CHECK(c->majority);
    CHECK(c->status == CandidateStatus::NotElected);
    CHECK(find(results, "dbdk", 1).elected.size() == 3);
}

TEST_CASE("cơ sở sample: a tie for the last delegate seat and the runoff that settles it") {
    const auto results = tallySample("co-so");
    CHECK(find(results, "cu", 1).spec.base == 38);
    const RoundResult& dh1 = find(results, "dh", 1);
    REQUIRE(dh1.tie);
    CHECK(dh1.tie->seats == 1);
    const RoundResult& dh2 = find(results, "dh", 2);
    CHECK(dh2.spec.candidates.size() == 2);
    CHECK(dh2.elected == std::vector<CandidateId>{CandidateId{"dh03"}});
    CHECK(dh2.spec.electedEarlier.size() == 2);
    CHECK(find(results, "bt", 1).spec.form() == BallotForm::YesNo);
}
