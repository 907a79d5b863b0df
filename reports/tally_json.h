#pragma once
// The canonical tally result, "kiemphieu.tally/1" (docs/formats.md): language-neutral,
// byte-identical for the same input, the file every report and audit ties back to.
#include <span>
#include <string>

#include "tally/round_result.h"

namespace kp {

inline constexpr std::string_view TALLY_FORMAT = "kiemphieu.tally/1";

std::string_view candidateStatusCode(CandidateStatus s);

// Pretty-printed UTF-8 JSON, two-space indent, fields in the documented order, ending in a newline.
std::string tallyJson(std::span<const RoundResult> results);

}  // namespace kp
