#include "percent.h"

#include <cassert>

namespace kp {

std::string formatPercent(const Rational& share) {
    using boost::multiprecision::cpp_int;
    assert(share >= 0);
    const cpp_int num = boost::multiprecision::numerator(share);
    const cpp_int den = boost::multiprecision::denominator(share);
    // Hundredths of a percent: share × 10000, rounded half up on the exact remainder.
    const cpp_int scaled = num * 10000;
    cpp_int hundredths = scaled / den;
    if (2 * (scaled % den) >= den) {
        ++hundredths;
    }
    const cpp_int whole = hundredths / 100;
    const int frac = (hundredths % 100).convert_to<int>();
    std::string out = whole.str();
    out += ',';
    out += static_cast<char>('0' + frac / 10);
    out += static_cast<char>('0' + frac % 10);
    return out;
}

}  // namespace kp
