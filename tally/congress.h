#pragma once
// The election model: what the congress adopted before any ballot was cast.
// Plain values; the file formats that carry them live in reports/ (docs/formats.md).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ids.h"

namespace kp {

// Every count in the model (people, ballots, votes, seats) is an exact integer.
using Count = std::int64_t;

enum class Level { CoSo, Huyen, Tinh };
enum class CongressKind { Delegates, Members };
enum class Body {
    ExecutiveCommittee,
    StandingCommittee,
    Secretary,
    DeputySecretary,
    InspectionCommittee,
    InspectionChair,
    DelegatesOfficial,
    DelegatesAlternate,
    Other,
};

struct Deduction {
    Count count = 0;
    std::string reason;
};

// Who the majority is measured against (Điều 30): those convened minus the deductions the
// rules allow (absent for the whole congress, suspended, ...). Never the ballots cast.
struct Electorate {
    Count convened = 0;
    std::vector<Deduction> deductions;

    Count base() const;
};

struct Candidate {
    CandidateId id;
    std::string name;  // data, never translated
};

// A further round the congress decided on: a runoff among tied candidates, or a new vote for
// unfilled seats with the list the congress adopted. Absent fields are derived from the
// previous round (see tally/README.md).
struct RoundDefinition {
    int round = 2;
    std::optional<Count> seats;
    std::vector<Candidate> candidates;  // empty: derived from the previous round
    std::optional<Count> issued;
};

struct Election {
    ElectionId id;
    std::string title;
    Body body = Body::Other;
    Count seats = 0;
    Count alternates = 0;  // combined list: the next majority candidates after the seats
    std::optional<Count> issued;
    std::vector<Candidate> candidates;     // in ballot order
    std::optional<Electorate> electorate;  // elections of a new committee count against its members
    std::vector<RoundDefinition> rounds;   // round 2, 3, ... when the congress defined them
};

struct Congress {
    std::string name;
    std::string organization;
    Level level = Level::CoSo;
    CongressKind kind = CongressKind::Delegates;
    Electorate electorate;
    std::vector<Election> elections;
    // A dry run (congress.training): its ballots carry another congress tag, so a training
    // ballot is rejected by a real congress's count, and its reports say so on every page.
    bool training = false;

    // The electorate an election's majority is measured against.
    const Electorate& electorateOf(const Election& e) const { return e.electorate ? *e.electorate : electorate; }
};

}  // namespace kp
