#pragma once
// One physical ballot as it was read: by the recogniser, by keyed entry, or as ruled by the
// counting committee. Ids are unresolved here; the engine checks them against the round.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "ids.h"

namespace kp {

// Invalid-ballot reasons, in the order every output lists them. The engine decides the
// first three from the marks; the others come from the committee or the recogniser.
enum class InvalidReason : std::uint8_t { Overvote, AllStruck, NoChoice, NotIssued, WriteIn, IdentifyingMark };
inline constexpr std::array ALL_INVALID_REASONS{InvalidReason::Overvote,  InvalidReason::AllStruck,
                                                InvalidReason::NoChoice,  InvalidReason::NotIssued,
                                                InvalidReason::WriteIn,   InvalidReason::IdentifyingMark};

std::string_view invalidReasonCode(InvalidReason r);
std::optional<InvalidReason> invalidReasonFromCode(std::string_view code);
// Reasons a reading may carry; overvote, all_struck and no_choice are the engine's to decide.
bool isFlaggableReason(InvalidReason r);

// A yes/no (4-column) ballot box pair for one person.
enum class Mark : std::uint8_t { None, Agree, Disagree, Both };
std::string_view markCode(Mark m);
std::optional<Mark> markFromCode(std::string_view code);

struct StruckNames {
    std::vector<CandidateId> ids;
};
struct YesNoMarks {
    std::vector<std::pair<CandidateId, Mark>> marks;  // a person without an entry: no mark
};
struct NoMarks {};  // a ballot flagged invalid without its marks recorded
using BallotMarks = std::variant<NoMarks, StruckNames, YesNoMarks>;

struct Reading {
    std::size_t line = 0;  // where it came from, for error messages (1-based; 0 = unknown)
    ElectionId election;
    int round = 1;
    std::string sheet;
    BallotMarks marks;
    std::optional<InvalidReason> invalid;
};

}  // namespace kp
