#pragma once
// Bad input is an expected failure: a value, not an exception. `where` names the place
// ("readings line 12", "congress elections[1].seats"); the code lets a GUI translate.
#include <cstdint>
#include <string>
#include <vector>

namespace kp {

enum class InputErrorCode {
    Malformed,          // not JSON, wrong UTF-8, wrong type, missing field
    UnknownElection,
    UnknownCandidate,
    DuplicateCandidate,
    DuplicateSheet,
    WrongBallotForm,    // struck names on a yes/no ballot, or marks on a strike ballot
    BadRound,
    BadSeats,
    BadBase,
    OverIssued,         // more ballots collected than issued
};

// Which check of a congress failed (validateCongress, parseCongress), so that an interface can
// say it in its own language (architecture.md §9); `what` says it in English for the command
// line. InputError::figures holds the numbers a check names, in the order given here;
// InputError::id the candidate id.
enum class CongressCheck : std::uint8_t {
    None,
    NoElection,
    ElectionIdNotUnique,    // empty, or given twice
    ConvenedNegative,
    DeductionNegative,
    BaseNotPositive,        // convened, base
    SeatsBelowOne,          // seats
    SeatsOverList,          // seats, candidates
    AlternatesNegative,
    IssuedNegative,
    CandidateIdEmpty,
    CandidateIdTwice,       // id
    RoundNumbering,
    RoundSeatsBelowOne,
    RoundRenamesCandidate,  // id
    PresentOverBase,        // present, base
    IssuedOverBase,         // issued, base
};

struct InputError {
    InputErrorCode code = InputErrorCode::Malformed;
    std::string where;
    std::string what;
    CongressCheck check = CongressCheck::None;
    int election = -1;  // the election's place in the congress file, or -1
    int round = 0;      // a later round's number, or 0
    std::vector<std::int64_t> figures{};
    std::string id{};

    std::string message() const { return where.empty() ? what : where + ": " + what; }
};

}  // namespace kp
