#pragma once
#include <string_view>

namespace kp {

// Well-formed UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing
// above U+10FFFF.
bool isValidUtf8(std::string_view s);

}  // namespace kp
