#include "decide.h"

#include <algorithm>
#include <numeric>

namespace kp {

namespace {

// Walks the majority candidates by votes and hands out `places` positions starting at
// `position`; a group of equal votes that does not fit whole becomes a tie.
struct Placement {
    std::vector<std::size_t> placed;
    std::vector<std::size_t> tied;
    Count tieSeats = 0;
};

Placement place(const std::vector<std::size_t>& ranked, const std::vector<Count>& votes, std::size_t& next,
                Count places) {
    Placement out;
    Count left = places;
    while (next < ranked.size() && left > 0) {
        std::size_t end = next;
        while (end < ranked.size() && votes[ranked[end]] == votes[ranked[next]]) {
            ++end;
        }
        const auto group = static_cast<Count>(end - next);
        if (group <= left) {
            out.placed.insert(out.placed.end(), ranked.begin() + static_cast<std::ptrdiff_t>(next),
                              ranked.begin() + static_cast<std::ptrdiff_t>(end));
            left -= group;
        } else {
            out.tied.assign(ranked.begin() + static_cast<std::ptrdiff_t>(next),
                            ranked.begin() + static_cast<std::ptrdiff_t>(end));
            std::ranges::sort(out.tied);  // ballot order
            out.tieSeats = left;
            left = 0;
        }
        next = end;
    }
    return out;
}

std::optional<Tie> tieOf(const Placement& p, const RoundSpec& spec) {
    if (p.tied.empty()) {
        return std::nullopt;
    }
    Tie tie{{}, p.tieSeats};
    for (const std::size_t i : p.tied) {
        tie.candidates.push_back(spec.candidates[i].id);
    }
    return tie;
}

}  // namespace

RoundResult decideRound(const RoundCounter& count) {
    const RoundSpec& spec = count.spec();
    RoundResult result;
    result.spec = spec;
    result.ballots = count.totals();

    const std::size_t n = spec.candidates.size();
    std::vector<Count> votes(n);
    std::vector<std::size_t> ranked;
    for (std::size_t i = 0; i < n; ++i) {
        votes[i] = count.votes(i);
        CandidateResult c;
        c.id = spec.candidates[i].id;
        c.name = spec.candidates[i].name;
        c.votes = votes[i];
        c.share = Rational(votes[i], spec.base);
        if (result.ballots.valid > 0) {
            c.shareValid = Rational(votes[i], result.ballots.valid);
        }
        // Strictly more than half of the base, in integers: base 10 needs 6 votes.
        c.majority = 2 * votes[i] > spec.base;
        if (c.majority) {
            ranked.push_back(i);
        }
        result.candidates.push_back(std::move(c));
    }
    // Votes high to low; equal votes keep ballot order (stable sort over ballot order).
    std::ranges::stable_sort(ranked, std::greater{}, [&](std::size_t i) { return votes[i]; });

    std::size_t next = 0;
    const Placement official = place(ranked, votes, next, spec.seats);
    // Those who lose a runoff at the official cut-off still out-vote everyone below them, so
    // they hold the first alternate places, whoever they turn out to be.
    const auto runoffLosers = static_cast<Count>(official.tied.size()) - official.tieSeats;
    const Placement alternate = place(ranked, votes, next, std::max(Count{0}, spec.alternates - runoffLosers));
    for (const std::size_t i : official.placed) {
        result.elected.push_back(spec.candidates[i].id);
        result.candidates[i].status = CandidateStatus::Elected;
    }
    for (const std::size_t i : alternate.placed) {
        result.alternates.push_back(spec.candidates[i].id);
        result.candidates[i].status = CandidateStatus::Alternate;
    }
    for (const std::size_t i : official.tied) {
        result.candidates[i].status = CandidateStatus::Tied;
    }
    for (const std::size_t i : alternate.tied) {
        result.candidates[i].status = CandidateStatus::Tied;
    }
    result.tie = tieOf(official, spec);
    result.alternateTie = tieOf(alternate, spec);

    // Positions that no majority candidate can take, tied ones included.
    const auto majorities = static_cast<Count>(ranked.size());
    result.unfilled = spec.seats - std::min(spec.seats, majorities);
    result.alternatesUnfilled = spec.alternates - std::clamp(majorities - spec.seats, Count{0}, spec.alternates);
    return result;
}

}  // namespace kp
