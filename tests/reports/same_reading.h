#pragma once
// Two readings are the same ballot read the same way (kp::Reading has no operator==: the
// engine never compares readings). For the tests of the two readings parsers and their fuzzing.
#include <variant>

#include "tally/reading.h"

namespace kp::test {

inline bool sameReading(const Reading& a, const Reading& b) {
    if (a.line != b.line || a.election != b.election || a.round != b.round || a.sheet != b.sheet ||
        a.invalid != b.invalid || a.marks.index() != b.marks.index()) {
        return false;
    }
    if (const auto* s = std::get_if<StruckNames>(&a.marks)) {
        return s->ids == std::get<StruckNames>(b.marks).ids;
    }
    if (const auto* m = std::get_if<YesNoMarks>(&a.marks)) {
        return m->marks == std::get<YesNoMarks>(b.marks).marks;
    }
    return true;
}

}  // namespace kp::test
