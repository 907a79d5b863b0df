// Property tests over many random elections (fixed seeds, so every run checks the same
// cases): the engine agrees with the naive reference statement of the rules; the result
// does not depend on the order of the ballots or on how they are split into batches; and
// the consistency identities of the minutes hold.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "fixture.h"
#include "reference_tally.h"
#include "tally/decide.h"
#include "tally/round_counter.h"

using namespace kp;
using namespace kp::test;

namespace {

std::string_view statusCode(CandidateStatus s) {
    switch (s) {
    case CandidateStatus::Elected: return "elected";
    case CandidateStatus::Alternate: return "alternate";
    case CandidateStatus::Tied: return "tied";
    case CandidateStatus::NotElected: return "not_elected";
    }
    return "?";
}

// Everything a result says, as one comparable string.
std::string fingerprint(const RoundResult& r) {
    std::ostringstream out;
    out << r.ballots.collected << '/' << r.ballots.valid << '/' << r.ballots.invalid << ':';
    for (const Count n : r.ballots.invalidByReason) {
        out << n << ',';
    }
    for (const CandidateResult& c : r.candidates) {
        out << c.id.value << '=' << c.votes << statusCode(c.status) << c.share << ';';
    }
    const auto list = [&](const std::vector<CandidateId>& ids) {
        for (const CandidateId& id : ids) {
            out << id.value << ',';
        }
        out << '|';
    };
    list(r.elected);
    list(r.alternates);
    if (r.tie) {
        list(r.tie->candidates);
        out << r.tie->seats;
    }
    if (r.alternateTie) {
        list(r.alternateTie->candidates);
        out << r.alternateTie->seats;
    }
    out << '#' << r.unfilled << '#' << r.alternatesUnfilled;
    return out.str();
}

struct RandomElection {
    Congress congress;
    std::vector<Reading> readings;
    std::vector<std::vector<bool>> kept;  // strike form
    std::vector<std::vector<int>> marks;  // yes/no form
    int seats = 0;
    int alternates = 0;
    long base = 0;
    std::size_t n = 0;
};

// Small elections with few ballots and a bias towards few distinct vote counts, so that
// ties, near-majorities and unfilled seats are common rather than rare.
RandomElection randomElection(std::mt19937& rng, bool yesNoForm) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    RandomElection r;
    r.n = static_cast<std::size_t>(pick(1, 9));
    if (yesNoForm) {
        r.seats = static_cast<int>(r.n);
    } else {
        r.n = std::max<std::size_t>(r.n, 2);
        r.seats = pick(1, static_cast<int>(r.n) - 1);
        r.alternates = pick(0, 3) == 0 ? pick(0, static_cast<int>(r.n) - 1 - r.seats) : 0;
    }
    const int ballots = pick(0, 30);
    r.base = pick(std::max(1, ballots / 2), ballots + 5);
    r.congress = congress(r.base, {election("bch", r.seats, static_cast<int>(r.n), r.alternates)});
    const int keepPercent = pick(20, 95);
    for (int b = 0; b < ballots; ++b) {
        Reading reading;
        reading.election = ElectionId{"bch"};
        reading.sheet = std::to_string(b + 1);
        reading.line = static_cast<std::size_t>(b + 1);
        if (yesNoForm) {
            std::vector<int> m(r.n);
            YesNoMarks marks;
            for (std::size_t i = 0; i < r.n; ++i) {
                const int roll = pick(0, 99);
                m[i] = roll < keepPercent ? 1 : roll < 90 ? 2 : roll < 95 ? 3 : 0;
                marks.marks.emplace_back(CandidateId{"c" + std::to_string(i + 1)}, static_cast<Mark>(m[i]));
            }
            r.marks.push_back(m);
            reading.marks = marks;
        } else {
            std::vector<bool> k(r.n);
            StruckNames struck;
            for (std::size_t i = 0; i < r.n; ++i) {
                k[i] = pick(0, 99) < keepPercent;
                if (!k[i]) {
                    struck.ids.push_back(CandidateId{"c" + std::to_string(i + 1)});
                }
            }
            r.kept.push_back(k);
            reading.marks = struck;
        }
        r.readings.push_back(std::move(reading));
    }
    return r;
}

void checkAgainstReference(const RandomElection& e, const RoundResult& r, const ReferenceResult& ref) {
    CHECK(r.ballots.valid == ref.valid);
    CHECK(r.ballots.invalidFor(InvalidReason::Overvote) == ref.overvote);
    CHECK(r.ballots.invalidFor(InvalidReason::AllStruck) == ref.allStruck);
    CHECK(r.ballots.invalidFor(InvalidReason::NoChoice) == ref.noChoice);
    CHECK(r.unfilled == ref.unfilled);
    for (std::size_t i = 0; i < e.n; ++i) {
        CHECK(r.candidates[i].votes == ref.votes[i]);
        CHECK(statusCode(r.candidates[i].status) == ref.status[i]);
    }
}

void checkIdentities(const RoundResult& r) {
    const BallotTotals& b = r.ballots;
    CHECK(b.valid + b.invalid == b.collected);
    Count reasons = 0;
    for (const Count n : b.invalidByReason) {
        reasons += n;
    }
    CHECK(reasons == b.invalid);
    Count total = 0;
    for (const CandidateResult& c : r.candidates) {
        CHECK(c.votes <= b.valid);
        CHECK(c.majority == (2 * c.votes > r.spec.base));
        total += c.votes;
    }
    CHECK(total <= r.spec.places() * b.valid);
    CHECK(static_cast<Count>(r.elected.size()) + (r.tie ? r.tie->seats : 0) + r.unfilled == r.spec.seats);
    for (const CandidateId& id : r.elected) {
        CHECK(candidate(r, id.value).majority);
    }
}

}  // namespace

TEST_CASE("the engine agrees with the reference statement of the rules on 3000 random elections") {
    std::mt19937 rng(20261121);
    for (int i = 0; i < 3000; ++i) {
        const bool yesNoForm = i % 4 == 3;
        const RandomElection e = randomElection(rng, yesNoForm);
        const auto results = tally(e.congress, e.readings);
        REQUIRE(results);
        const RoundResult& r = results->front();
        const ReferenceResult ref = yesNoForm ? referenceYesNo(e.n, e.seats, e.base, e.marks)
                                              : referenceStrike(e.n, e.seats, e.alternates, e.base, e.kept);
        CAPTURE(i);
        checkAgainstReference(e, r, ref);
        checkIdentities(r);
    }
}

TEST_CASE("permuting the ballots never changes the result") {
    std::mt19937 rng(7);
    for (int i = 0; i < 500; ++i) {
        RandomElection e = randomElection(rng, i % 3 == 0);
        const std::string before = fingerprint(tally(e.congress, e.readings)->front());
        std::shuffle(e.readings.begin(), e.readings.end(), rng);
        CHECK(fingerprint(tally(e.congress, e.readings)->front()) == before);
    }
}

TEST_CASE("splitting the ballots into batches and merging the counts never changes the result") {
    std::mt19937 rng(11);
    for (int i = 0; i < 500; ++i) {
        const RandomElection e = randomElection(rng, i % 3 == 0);
        const std::string whole = fingerprint(tally(e.congress, e.readings)->front());
        const auto spec = roundSpec(e.congress, e.congress.elections[0], 1, {});
        REQUIRE(spec);
        const int batches = std::uniform_int_distribution<int>(1, 5)(rng);
        std::vector<RoundCounter> counters(static_cast<std::size_t>(batches), RoundCounter(*spec));
        for (const Reading& r : e.readings) {
            const auto batch = static_cast<std::size_t>(std::uniform_int_distribution<int>(0, batches - 1)(rng));
            REQUIRE(counters[batch].add(r));
        }
        for (std::size_t b = 1; b < counters.size(); ++b) {
            REQUIRE(counters[0].merge(counters[b]));
        }
        CHECK(fingerprint(decideRound(counters[0])) == whole);
    }
}

TEST_CASE("merging batches refuses a sheet counted in both") {
    const Congress c = congress(10, {election("bch", 1, 2)});
    const auto spec = roundSpec(c, c.elections[0], 1, {});
    REQUIRE(spec);
    RoundCounter a(*spec);
    RoundCounter b(*spec);
    REQUIRE(a.add(strike("5", ids({"c1"}))));
    REQUIRE(b.add(strike("5", ids({"c2"}))));
    const auto merged = a.merge(b);
    REQUIRE_FALSE(merged);
    CHECK(merged.error().code == InputErrorCode::DuplicateSheet);
    CHECK(a.totals().collected == 1);
}

TEST_CASE("the same input gives the same result, every time") {
    std::mt19937 rng(3);
    const RandomElection e = randomElection(rng, false);
    const std::string first = fingerprint(tally(e.congress, e.readings)->front());
    for (int i = 0; i < 5; ++i) {
        CHECK(fingerprint(tally(e.congress, e.readings)->front()) == first);
    }
}
