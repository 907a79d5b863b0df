#pragma once
#include <string>

#include "round_result.h"

namespace kp {

// 100 × share rounded half up to two decimals, written with a decimal comma, as party
// minutes print it: 0.63125 → "63,13", 344/349 → "98,57". Exact: no binary floating point
// is involved, so 63,125 never becomes 63,12. `share` must not be negative.
std::string formatPercent(const Rational& share);

}  // namespace kp
