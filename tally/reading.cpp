#include "reading.h"

namespace kp {

namespace {
constexpr std::array<std::string_view, ALL_INVALID_REASONS.size()> REASON_CODES{
    "overvote", "all_struck", "no_choice", "not_issued", "write_in", "identifying_mark"};
constexpr std::array<std::string_view, 4> MARK_CODES{"none", "agree", "disagree", "both"};
}  // namespace

std::string_view invalidReasonCode(InvalidReason r) { return REASON_CODES[static_cast<std::size_t>(r)]; }

std::optional<InvalidReason> invalidReasonFromCode(std::string_view code) {
    for (const InvalidReason r : ALL_INVALID_REASONS) {
        if (invalidReasonCode(r) == code) {
            return r;
        }
    }
    return std::nullopt;
}

bool isFlaggableReason(InvalidReason r) {
    return r == InvalidReason::NotIssued || r == InvalidReason::WriteIn || r == InvalidReason::IdentifyingMark;
}

std::string_view markCode(Mark m) { return MARK_CODES[static_cast<std::size_t>(m)]; }

std::optional<Mark> markFromCode(std::string_view code) {
    for (std::size_t i = 0; i < MARK_CODES.size(); ++i) {
        if (MARK_CODES[i] == code) {
            return static_cast<Mark>(i);
        }
    }
    return std::nullopt;
}

}  // namespace kp
