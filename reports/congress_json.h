#pragma once
// The congress file, "kiemphieu.congress/1" (docs/formats.md).
#include <expected>
#include <string_view>

#include <string>

#include "minutes_info.h"
#include "tally/congress.h"
#include "tally/input_error.h"

namespace kp {

inline constexpr std::string_view CONGRESS_FORMAT = "kiemphieu.congress/1";

// Parses and checks a congress file. Errors name the JSON path ("congress
// elections[1].seats") or the line and column of a syntax error. The congress is also
// checked as a whole (validateCongress): seats within the list, a positive base, unique ids.
std::expected<Congress, InputError> parseCongress(std::string_view text);

// The congress file for a congress and its presentation fields: what the desktop app's
// congress editor saves. parseCongress and parseMinutesInfo read back exactly what was
// written. The legal basis is written only when it is not the default one.
std::string writeCongress(const Congress& congress, const MinutesInfo& info);

}  // namespace kp
