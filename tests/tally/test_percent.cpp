// Percent of the base: exact, half up, two decimals, decimal comma (election-rules §5).
#include <doctest/doctest.h>

#include "tally/percent.h"

using kp::formatPercent;
using kp::Rational;

TEST_CASE("percent rounds half up on the exact value") {
    CHECK(formatPercent(Rational(63125, 100000)) == "63,13");  // 63,125 → 63,13 (a double gives 63,12)
    CHECK(formatPercent(Rational(344, 349)) == "98,57");       // 98,5673… → 98,57, never truncated to 98,56
    CHECK(formatPercent(Rational(1, 3)) == "33,33");
    CHECK(formatPercent(Rational(2, 3)) == "66,67");
    CHECK(formatPercent(Rational(1, 8)) == "12,50");
    CHECK(formatPercent(Rational(1, 800)) == "0,13");          // 0,125 → 0,13
    CHECK(formatPercent(Rational(1, 1600)) == "0,06");         // 0,0625 → 0,06
    CHECK(formatPercent(Rational(0, 7)) == "0,00");
    CHECK(formatPercent(Rational(7, 7)) == "100,00");
    CHECK(formatPercent(Rational(5, 10)) == "50,00");
}

TEST_CASE("percent is exact for large counts") {
    // 999 999 999 / 1 000 000 000 = 99,9999999 % → 100,00
    CHECK(formatPercent(Rational(999'999'999, 1'000'000'000)) == "100,00");
    // 1 / 20000 = 0,005 % exactly → 0,01 (half up)
    CHECK(formatPercent(Rational(1, 20000)) == "0,01");
    CHECK(formatPercent(Rational(1, 20001)) == "0,00");
}
