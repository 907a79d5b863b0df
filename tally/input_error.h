#pragma once
// Bad input is an expected failure: a value, not an exception. `where` names the place
// ("readings line 12", "congress elections[1].seats"); the code lets a GUI translate.
#include <string>

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

struct InputError {
    InputErrorCode code = InputErrorCode::Malformed;
    std::string where;
    std::string what;

    std::string message() const { return where.empty() ? what : where + ": " + what; }
};

}  // namespace kp
