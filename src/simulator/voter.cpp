#include "voter.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace kp::sim {

namespace {

// Shares of ballots with each hard case: a few percent in all, as counting committees report
// (a family-name-only stroke is the commonest; signatures and write-ins are rare).
struct Share {
    HardCase kind;
    double share;
};
constexpr std::array<Share, 9> SHARES{{{HardCase::FamilyNameOnly, 0.015},
                                       {HardCase::Underline, 0.008},
                                       {HardCase::Circle, 0.008},
                                       {HardCase::Tick, 0.006},
                                       {HardCase::CrossBeside, 0.006},
                                       {HardCase::WriteIn, 0.004},
                                       {HardCase::Signature, 0.003},
                                       {HardCase::MissingStamp, 0.005},
                                       {HardCase::TornCorner, 0.004}}};
constexpr double NOTHING_STRUCK = 0.012;  // keeps every name: an overvote
constexpr double ALL_STRUCK = 0.003;
constexpr double CARELESS = 0.01;  // keeps more names than the seats without meaning to

std::size_t pick(Rng& rng, const std::vector<std::size_t>& from) {
    return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
}

HardCase drawHardCase(Rng& rng) {
    double roll = uniform(rng, 0, 1);
    for (const Share& s : SHARES) {
        if (roll < s.share) {
            return s.kind;
        }
        roll -= s.share;
    }
    return HardCase::None;
}

}  // namespace

std::string_view hardCaseCode(HardCase c) {
    switch (c) {
        case HardCase::None: return "none";
        case HardCase::FamilyNameOnly: return "family_name_only";
        case HardCase::Underline: return "underline";
        case HardCase::Circle: return "circle";
        case HardCase::Tick: return "tick";
        case HardCase::CrossBeside: return "cross_beside";
        case HardCase::WriteIn: return "write_in";
        case HardCase::Signature: return "signature";
        case HardCase::MissingStamp: return "missing_stamp";
        case HardCase::TornCorner: return "torn_corner";
        case HardCase::BoxCorrected: return "box_corrected";
    }
    return "none";
}

std::string_view correctionCode(Correction c) {
    switch (c) {
        case Correction::None: return "none";
        case Correction::Scribbled: return "box_scribbled";
        case Correction::CrossedOut: return "box_crossed_out";
        case Correction::Filled: return "box_filled";
        case Correction::Overwritten: return "box_overwritten";
        case Correction::BothOneScribbled: return "both_boxes_one_scribbled";
    }
    return "none";
}

std::vector<double> drawPopularity(Rng& rng, std::size_t candidates) {
    std::vector<double> p(candidates);
    for (double& x : p) {
        // Three in four candidates are broadly supported; the rest are contested.
        x = uniform(rng, 0, 1) < 0.75 ? uniform(rng, 0.70, 0.97) : uniform(rng, 0.25, 0.65);
    }
    return p;
}

Intent drawVoter(Rng& rng, const std::vector<double>& popularity, const RoundSpec& round, bool catalogue) {
    const std::size_t n = popularity.size();
    Intent intent;
    intent.hard = drawHardCase(rng);
    if (round.form() == BallotForm::YesNo) {
        intent.marks.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            const double roll = uniform(rng, 0, 1);
            intent.marks[i] = roll < 0.005                         ? Mark::None
                              : roll < 0.008                       ? Mark::Both
                              : uniform(rng, 0, 1) < popularity[i] ? Mark::Agree
                                                                   : Mark::Disagree;
        }
        std::vector<std::size_t> marked;
        for (std::size_t i = 0; i < n; ++i) {
            if (intent.marks[i] == Mark::Agree || intent.marks[i] == Mark::Disagree) {
                marked.push_back(i);
            }
        }
        // A yes/no ballot has no names to strike or underline; those voters tick or circle instead.
        if (intent.hard == HardCase::FamilyNameOnly || intent.hard == HardCase::Underline) {
            intent.hard = HardCase::Circle;
        }
        // The catalogue's corrected boxes: one voter in ten takes an X back.
        if (catalogue && intent.hard == HardCase::None && uniform(rng, 0, 1) < 0.10) {
            intent.hard = HardCase::BoxCorrected;
            constexpr Correction KINDS[] = {Correction::Scribbled, Correction::CrossedOut, Correction::Filled,
                                            Correction::Overwritten, Correction::BothOneScribbled};
            intent.correction = KINDS[std::uniform_int_distribution<std::size_t>(0, 4)(rng)];
            intent.target = std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
            // the X taken back was in one box; the voter's mark is then the other box, or none
            intent.correctedAgree = uniform(rng, 0, 1) < 0.5;
            intent.marks[intent.target] = intent.correction == Correction::Scribbled ? Mark::None
                                          : intent.correctedAgree                    ? Mark::Disagree
                                                                                     : Mark::Agree;
            return intent;
        }
        if (intent.hard == HardCase::Tick) {
            if (marked.empty()) {
                intent.hard = HardCase::None;
            } else {
                intent.target = pick(rng, marked);  // a tick instead of that person's X
            }
        } else {
            intent.target = std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
        }
        return intent;
    }

    intent.struck.assign(n, false);
    const double roll = uniform(rng, 0, 1);
    if (roll < NOTHING_STRUCK) {
        // keeps everyone
    } else if (roll < NOTHING_STRUCK + ALL_STRUCK) {
        intent.struck.assign(n, true);
    } else {
        // Keep by preference, then strike the least liked until no more than the places remain
        // (most voters count; a careless few do not).
        std::vector<double> liking(n);
        for (std::size_t i = 0; i < n; ++i) {
            liking[i] = popularity[i] + uniform(rng, -0.25, 0.25);
            intent.struck[i] = uniform(rng, 0, 1) >= popularity[i];
        }
        const auto places = static_cast<std::size_t>(round.places());
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::ranges::sort(order, {}, [&](std::size_t i) { return liking[i]; });
        std::size_t kept = static_cast<std::size_t>(std::ranges::count(intent.struck, false));
        const bool careless = uniform(rng, 0, 1) < CARELESS;
        for (std::size_t k = 0; k < n && kept > places && !careless; ++k) {
            if (!intent.struck[order[k]]) {
                intent.struck[order[k]] = true;
                --kept;
            }
        }
        if (kept == 0) {  // struck everyone by chance: keeps the best liked instead
            intent.struck[order.back()] = false;
        }
    }
    std::vector<std::size_t> struck, kept;
    for (std::size_t i = 0; i < n; ++i) {
        (intent.struck[i] ? struck : kept).push_back(i);
    }
    switch (intent.hard) {
        case HardCase::FamilyNameOnly:
            // The person they reject: struck through the family name only, not the whole name.
            if (struck.empty()) {
                intent.hard = HardCase::None;
            } else {
                intent.target = pick(rng, struck);
                intent.struck[intent.target] = false;
            }
            break;
        case HardCase::Underline:
        case HardCase::Circle:
        case HardCase::Tick:
        case HardCase::CrossBeside:
            if (kept.empty()) {
                intent.hard = HardCase::None;
            } else {
                intent.target = pick(rng, kept);
            }
            break;
        default: break;
    }
    return intent;
}

Expected expectedOf(const Intent& intent, const RoundSpec& round) {
    switch (intent.hard) {
        case HardCase::WriteIn: return {"invalid", InvalidReason::WriteIn, true};
        case HardCase::Signature: return {"invalid", InvalidReason::IdentifyingMark, true};
        case HardCase::FamilyNameOnly:
        case HardCase::Underline:
        case HardCase::Circle:
        case HardCase::Tick:
        case HardCase::CrossBeside:
        case HardCase::BoxCorrected:
        case HardCase::MissingStamp: return {"committee", std::nullopt, true};  // Điều 8: the committee rules
        default: break;
    }
    const bool torn = intent.hard == HardCase::TornCorner;
    if (round.form() == BallotForm::YesNo) {
        const bool decided =
            std::ranges::any_of(intent.marks, [](Mark m) { return m == Mark::Agree || m == Mark::Disagree; });
        return decided ? Expected{"valid", std::nullopt, torn} : Expected{"invalid", InvalidReason::NoChoice, torn};
    }
    const auto kept = static_cast<Count>(std::ranges::count(intent.struck, false));
    if (kept == 0) {
        return {"invalid", InvalidReason::AllStruck, torn};
    }
    if (kept > round.places()) {
        return {"invalid", InvalidReason::Overvote, torn};
    }
    return {"valid", std::nullopt, torn};
}

}  // namespace kp::sim
