#pragma once
// The outcome of one round of one election. Orders are part of the contract:
// candidates in ballot order; elected and alternates by votes, high to low, equal votes in
// ballot order; tied candidates in ballot order.
#include <array>
#include <optional>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

#include "reading.h"
#include "round_spec.h"

namespace kp {

using Rational = boost::multiprecision::cpp_rational;

enum class CandidateStatus { Elected, Alternate, Tied, NotElected };

struct BallotTotals {
    Count collected = 0;
    Count valid = 0;
    Count invalid = 0;
    std::array<Count, ALL_INVALID_REASONS.size()> invalidByReason{};  // indexed by InvalidReason

    Count invalidFor(InvalidReason r) const { return invalidByReason[static_cast<std::size_t>(r)]; }
};

struct CandidateResult {
    CandidateId id;
    std::string name;
    Count votes = 0;
    Rational share;                      // votes / base, exact (the official percent is 100 × this)
    std::optional<Rational> shareValid;  // votes / valid ballots; none when no ballot is valid
    bool majority = false;               // 2 × votes > base
    CandidateStatus status = CandidateStatus::NotElected;
};

// Candidates with equal votes straddling a cut-off: the program never breaks the tie;
// the congress holds a runoff among them for `seats` places.
struct Tie {
    std::vector<CandidateId> candidates;
    Count seats = 0;
};

struct RoundResult {
    RoundSpec spec;
    BallotTotals ballots;
    std::vector<CandidateResult> candidates;
    std::vector<CandidateId> elected;
    std::vector<CandidateId> alternates;
    std::optional<Tie> tie;            // at the cut-off of the seats
    std::optional<Tie> alternateTie;   // at the cut-off of the alternates (combined list)
    Count unfilled = 0;                // seats neither elected nor held by the tie
    Count alternatesUnfilled = 0;      // alternate places no majority candidate can take
};

}  // namespace kp
