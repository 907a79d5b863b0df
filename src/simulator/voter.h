#pragma once
// Simulated voters: what each one means to do with the ballot, and the unusual things some
// do that a careful counter must look at twice. No drawing here; see pen.h.
#include <cstdint>
#include <optional>
#include <random>
#include <string_view>
#include <vector>

#include "tally/reading.h"
#include "tally/round_spec.h"

namespace kp::sim {

using Rng = std::mt19937_64;

// A number drawn evenly from [lo, hi), and an event of probability p: the simulator's dice.
inline double uniform(Rng& rng, double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}
inline bool chance(Rng& rng, double p) {
    return uniform(rng, 0, 1) < p;
}

// The hard cases of the issue, each in a realistic share of ballots (voter.cpp).
enum class HardCase {
    None,
    FamilyNameOnly,  // strikes only the family name of someone they reject
    Underline,       // underlines a name instead of striking it
    Circle,          // circles a name
    Tick,            // ticks beside a name (or in a yes/no box instead of an X)
    CrossBeside,     // an X beside a name, outside any box
    WriteIn,         // writes another person's name in
    Signature,       // signs the ballot
    MissingStamp,    // the committee forgot to stamp this one
    TornCorner,      // a corner torn off
    BoxCorrected,    // yes/no: an X taken back — scribbled over, crossed out, filled in or written over
};

// How a yes/no voter took an X back (HardCase::BoxCorrected).
enum class Correction { None, Scribbled, CrossedOut, Filled, Overwritten, BothOneScribbled };
std::string_view correctionCode(Correction c);
std::string_view hardCaseCode(HardCase c);

struct Intent {
    std::vector<bool> struck;  // strike form: names struck through whole
    std::vector<Mark> marks;   // yes/no form: the box marked per person
    HardCase hard = HardCase::None;
    std::size_t target = 0;                    // the candidate the hard case concerns, when it concerns one
    Correction correction = Correction::None;  // BoxCorrected: how,
    bool correctedAgree = false;               // …and in which box the X taken back is
};

// How popular each candidate is at this congress: most well liked, a few contested.
std::vector<double> drawPopularity(Rng& rng, std::size_t candidates);

// One voter. Most keep at most `places` names (a few keep all, or strike everyone).
// `catalogue`: yes/no voters also correct boxes (the variation catalogue, variation.h).
Intent drawVoter(Rng& rng, const std::vector<double>& popularity, const RoundSpec& round, bool catalogue = false);

// What the rules make of a ballot (election-rules §3), as the simulator's truth.
struct Expected {
    std::string_view verdict;             // "valid", "invalid" or "committee"
    std::optional<InvalidReason> reason;  // for "invalid"
    bool lookTwice = false;               // would a careful counter stop at this ballot?
};
Expected expectedOf(const Intent& intent, const RoundSpec& round);

}  // namespace kp::sim
