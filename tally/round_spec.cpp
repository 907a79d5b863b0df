#include "round_spec.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "round_result.h"

namespace kp {

Count Electorate::base() const {
    return std::accumulate(deductions.begin(), deductions.end(), convened,
                           [](Count b, const Deduction& d) { return b - d.count; });
}

namespace {

std::unexpected<InputError> fail(InputErrorCode code, std::string where, std::string what) {
    return std::unexpected(InputError{code, std::move(where), std::move(what)});
}

// The same, with the check's typed code and figures for an interface to word.
std::unexpected<InputError> fail(InputErrorCode code, std::string where, std::string what, CongressCheck check,
                                 std::vector<std::int64_t> figures = {}, std::string id = {}, int round = 0) {
    InputError e{code, std::move(where), std::move(what)};
    e.check = check;
    e.figures = std::move(figures);
    e.id = std::move(id);
    e.round = round;
    return std::unexpected(std::move(e));
}

std::string electionPlace(std::size_t index, const Election& e) {
    return "congress elections[" + std::to_string(index) + "] (\"" + e.id.value + "\")";
}

std::expected<void, InputError> validateElectorate(const Electorate& el, const std::string& where) {
    if (el.convened < 0) {
        return fail(InputErrorCode::BadBase, where, "convened must not be negative", CongressCheck::ConvenedNegative);
    }
    for (const Deduction& d : el.deductions) {
        if (d.count < 0) {
            return fail(InputErrorCode::BadBase, where, "a deduction count must not be negative",
                        CongressCheck::DeductionNegative);
        }
    }
    if (el.base() <= 0) {
        return fail(InputErrorCode::BadBase, where,
                    "the threshold base (convened " + std::to_string(el.convened) + " minus deductions) is " +
                        std::to_string(el.base()) + "; it must be positive",
                    CongressCheck::BaseNotPositive, {el.convened, el.base()});
    }
    return {};
}

std::expected<void, InputError> validateList(const std::vector<Candidate>& list, const std::string& where) {
    std::unordered_set<std::string_view> ids;
    for (const Candidate& c : list) {
        if (c.id.value.empty()) {
            return fail(InputErrorCode::Malformed, where, "a candidate has an empty id", CongressCheck::CandidateIdEmpty);
        }
        if (!ids.insert(c.id.value).second) {
            return fail(InputErrorCode::DuplicateCandidate, where, "candidate id \"" + c.id.value + "\" appears twice",
                        CongressCheck::CandidateIdTwice, {}, c.id.value);
        }
    }
    return {};
}

std::expected<void, InputError> validateRounds(const Election& e, const std::string& where) {
    std::unordered_map<std::string_view, std::string_view> names;
    for (const Candidate& c : e.candidates) {
        names.emplace(c.id.value, c.name);
    }
    std::unordered_set<int> seen;
    for (const RoundDefinition& r : e.rounds) {
        const std::string rw = where + " round " + std::to_string(r.round);
        if (r.round < 2 || !seen.insert(r.round).second) {
            return fail(InputErrorCode::BadRound, rw, "rounds must be numbered 2, 3, ... and appear once each",
                        CongressCheck::RoundNumbering, {}, {}, r.round);
        }
        if (r.seats && *r.seats <= 0) {
            return fail(InputErrorCode::BadSeats, rw, "seats must be at least 1", CongressCheck::RoundSeatsBelowOne, {}, {},
                        r.round);
        }
        if (auto ok = validateList(r.candidates, rw); !ok) {
            return ok;
        }
        for (const Candidate& c : r.candidates) {
            const auto it = names.find(c.id.value);
            if (it != names.end() && it->second != c.name) {
                return fail(InputErrorCode::DuplicateCandidate, rw,
                            "candidate id \"" + c.id.value + "\" names a different person than in round 1",
                            CongressCheck::RoundRenamesCandidate, {}, c.id.value, r.round);
            }
        }
    }
    return {};
}

// One election's own checks: its electorate, seats, list and later rounds.
std::expected<void, InputError> validateElection(const Congress& congress, const Election& e, const std::string& where) {
    if (auto ok = validateElectorate(congress.electorateOf(e), where); !ok) {
        return ok;
    }
    if (e.seats <= 0) {
        return fail(InputErrorCode::BadSeats, where, "seats must be at least 1, got " + std::to_string(e.seats),
                    CongressCheck::SeatsBelowOne, {e.seats});
    }
    const auto listed = static_cast<Count>(e.candidates.size());
    if (e.seats > listed) {
        return fail(InputErrorCode::BadSeats, where,
                    std::to_string(e.seats) + " seats but only " + std::to_string(listed) + " candidates",
                    CongressCheck::SeatsOverList, {e.seats, listed});
    }
    if (e.alternates < 0) {
        return fail(InputErrorCode::BadSeats, where, "alternates must not be negative", CongressCheck::AlternatesNegative);
    }
    if (e.issued && *e.issued < 0) {
        return fail(InputErrorCode::Malformed, where, "issued must not be negative", CongressCheck::IssuedNegative);
    }
    if (auto ok = validateList(e.candidates, where); !ok) {
        return ok;
    }
    return validateRounds(e, where);
}

}  // namespace

std::expected<void, InputError> validateCongress(const Congress& congress) {
    if (congress.elections.empty()) {
        return fail(InputErrorCode::Malformed, "congress", "the congress file lists no election", CongressCheck::NoElection);
    }
    std::unordered_set<std::string_view> electionIds;
    for (std::size_t i = 0; i < congress.elections.size(); ++i) {
        const Election& e = congress.elections[i];
        const std::string where = electionPlace(i, e);
        std::expected<void, InputError> ok;
        if (e.id.value.empty() || !electionIds.insert(e.id.value).second) {
            ok = fail(InputErrorCode::Malformed, where, "election ids must be unique and not empty", CongressCheck::ElectionIdNotUnique);
        } else {
            ok = validateElection(congress, e, where);
        }
        if (!ok) {
            ok.error().election = static_cast<int>(i);
            return ok;
        }
    }
    return {};
}

namespace {

std::vector<Candidate> remainingAfter(const RoundResult& previous) {
    std::vector<Candidate> out;
    for (const Candidate& c : previous.spec.candidates) {
        if (std::ranges::find(previous.elected, c.id) == previous.elected.end()) {
            out.push_back(c);
        }
    }
    return out;
}

std::vector<Candidate> tiedIn(const RoundResult& previous) {
    std::vector<Candidate> out;
    for (const Candidate& c : previous.spec.candidates) {
        if (std::ranges::find(previous.tie->candidates, c.id) != previous.tie->candidates.end()) {
            out.push_back(c);
        }
    }
    return out;
}

}  // namespace

std::expected<RoundSpec, InputError> roundSpec(const Congress& congress, const Election& election, int round,
                                               std::span<const RoundResult> earlier) {
    RoundSpec spec;
    spec.election = election.id;
    spec.round = round;
    spec.base = congress.electorateOf(election).base();
    if (round == 1) {
        spec.seats = election.seats;
        spec.alternates = election.alternates;
        spec.issued = election.issued;
        spec.candidates = election.candidates;
        return spec;
    }

    const std::string where = "election \"" + election.id.value + "\" round " + std::to_string(round);
    for (const RoundResult& r : earlier) {
        spec.electedEarlier.insert(spec.electedEarlier.end(), r.elected.begin(), r.elected.end());
    }
    const Count seatsLeft = election.seats - static_cast<Count>(spec.electedEarlier.size());
    if (seatsLeft <= 0) {
        return fail(InputErrorCode::BadRound, where, "every seat was filled in an earlier round");
    }
    const RoundResult& previous = earlier.back();
    std::optional<Count> seats;
    const auto defined = std::ranges::find(election.rounds, round, &RoundDefinition::round);
    if (defined != election.rounds.end()) {
        spec.candidates = defined->candidates;
        seats = defined->seats;
        spec.issued = defined->issued;
    }
    Count defaultSeats = seatsLeft;
    if (spec.candidates.empty()) {
        if (election.alternates > 0) {
            return fail(InputErrorCode::BadRound, where,
                        "a further round of a combined official/alternate list must be defined in the congress file");
        }
        if (previous.tie) {
            spec.candidates = tiedIn(previous);
            defaultSeats = previous.tie->seats;
        } else {
            spec.candidates = remainingAfter(previous);
        }
    }
    spec.seats = seats.value_or(defaultSeats);
    if (spec.seats > seatsLeft) {
        return fail(InputErrorCode::BadSeats, where,
                    std::to_string(spec.seats) + " seats asked but only " + std::to_string(seatsLeft) + " remain");
    }
    for (const Candidate& c : spec.candidates) {
        if (std::ranges::find(spec.electedEarlier, c.id) != spec.electedEarlier.end()) {
            return fail(InputErrorCode::BadRound, where,
                        "candidate \"" + c.id.value + "\" was elected in an earlier round and keeps that seat");
        }
    }
    if (spec.seats > static_cast<Count>(spec.candidates.size())) {
        return fail(InputErrorCode::BadSeats, where,
                    std::to_string(spec.seats) + " seats but only " + std::to_string(spec.candidates.size()) +
                        " candidates remain; the congress must decide the list (define the round in the congress file)");
    }
    return spec;
}

std::expected<std::optional<RoundSpec>, InputError> nextRound(const Congress& congress, const Election& election,
                                                              std::span<const RoundResult> earlier) {
    if (earlier.empty()) {
        return std::nullopt;
    }
    const RoundResult& last = earlier.back();
    if (!last.tie && last.unfilled == 0 && !last.alternateTie && last.alternatesUnfilled == 0) {
        return std::nullopt;
    }
    auto spec = roundSpec(congress, election, last.spec.round + 1, earlier);
    if (!spec) {
        return std::unexpected(spec.error());
    }
    return std::optional<RoundSpec>(std::move(*spec));
}

}  // namespace kp
