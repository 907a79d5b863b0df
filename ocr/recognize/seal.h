#pragma once
// The committee's seal on a ballot, found in the ballot's own pixels: a Party organisation's
// seal is round (a ring 30–45 mm across, text and an emblem inside), so a seal is there when
// ink lies along most of a circle of that size in the seal's place. Nothing else printed or
// written in a ballot's header makes such a ring — letters are a few millimetres tall, lines
// are straight — so the ink can be taken at a light level (a faint, pale-red press), and a seal
// on the blank makes no difference: a ballot is judged by what it carries itself. Both readers
// (KiemPhieu's and the word reader) use it. Qt-free.
#include <opencv2/core/mat.hpp>

namespace kp::ocr {

struct SealSettings {
    double ink = 0.90;          // darker than this share of the paper's brightness is seal ink (a pale press)
    double minRadiusMm = 12.5;  // the ring's radius: seals are 28–45 mm across
    double maxRadiusMm = 23;
    double ringMm = 0.7;    // ink within this of the circle is on it (the ring's width, a double press)
    double support = 0.5;   // share of the circle's visible length with ink on it: a seal
    double visible = 0.45;  // …of which at least this share of the circle lies in the zone
};

struct Seal {
    bool found = false;
    double support = 0;  // the best circle's share of its visible length inked
    cv::Point2d centre;  // in the zone's pixels
    double radiusMm = 0;
};

// `zone`: 8-bit grey at `pxPerMm`; `paper` its paper's grey level; `seen` (optional, the zone's
// size, 8-bit) where a seal's ink can be told at all: on the sheet (the scanner's background
// beyond it is neither ink nor ring) and off the blank's own print (a ring laid through lines of
// text finds ink along them; it is judged on the paper between).
Seal findSeal(const cv::Mat& zone, double pxPerMm, double paper, const SealSettings& s, const cv::Mat& seen = {});

}  // namespace kp::ocr
