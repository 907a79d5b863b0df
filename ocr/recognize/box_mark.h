#pragma once
// A yes/no box as a voter leaves it, measured the same way on KiemPhieu's ballots and on typed
// ones: how much of it the voter's ink covers, whether that ink is an X (some of it in all four
// quarters of its own extent — a tick leaves one empty, a dot or a dash two), and how much of it
// the two strokes of an X do not explain — an X crossed out, scribbled over, filled in or
// written over with another mark is still an X underneath, and the voter may have meant to take
// it back. Qt-free.
#include <opencv2/core/mat.hpp>

namespace kp::ocr {

struct BoxMeasure {
    double strong = 0;    // share of the box's inside with dark new ink
    double faint = 0;     // …with any new ink at all
    bool cross = false;   // ink in all four quarters of its extent, as an X has
    double offCross = 0;  // share of the dark ink farther than the pen's reach from the X's two strokes
    double offCrossMm2 = 0;
};

// `strong` and `faint`: the voter's ink (binary) inside the box, at `pxPerMm`.
BoxMeasure measureBox(const cv::Mat& strong, const cv::Mat& faint, double pxPerMm);

enum class BoxState { Empty, Cross, Corrected, Unclear };

struct BoxThresholds {
    double marked = 0.015;      // dark ink share that is a mark (two 0.3 mm strokes ≈ 3 %)
    double empty = 0.005;       // at most this faint share: empty
    double corrected = 0.15;    // more than this share of a mark off an X's two strokes…
    double correctedMm2 = 1.5;  // …and this much of it: crossed out, scribbled, filled or written over
};

BoxState boxState(const BoxMeasure& m, const BoxThresholds& t);

}  // namespace kp::ocr
