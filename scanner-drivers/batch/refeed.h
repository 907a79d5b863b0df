#pragma once
// Re-fed sheet detection. After a jam the operator puts sheets back in the feeder, and some of
// them were already scanned; a stack can also be fed twice. A re-fed sheet is the same paper
// scanned again: the same print, strokes and stamp, moved by a few millimetres and turned by a
// few degrees (or by 180°). Two different ballots of one election share the print but not the
// voter's strokes nor the hand-placed stamp. So: align the new page onto each earlier page
// that looks alike at a glance, and call it the same sheet when almost nothing differs.
//
// Thumbnails are 0.5 mm per pixel: a 0.5 mm pen's stroke keeps most of its contrast, while
// scanner noise averages away; alignment runs at 1 mm per pixel.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "scanner-drivers/scanner.h"

namespace kp::scan {

struct RefeedSettings {
    double thumbMmPerPixel = 0.5;
    int coarseSize = 16;           // the glance: 16 × 16 cells, contrast-normalised
    double coarseMaxDiff = 0.35;   // mean |difference| of normalised cells for "looks alike"
    int inkDiff = 12;              // grey levels of the smoothed difference that count as added ink
    double speckMm2 = 1.0;         // differing regions this small are noise
    // Same sheet: at most this much added ink. Measured (bench/refeed_bench.cpp, docs/benchmarks.md):
    // re-scans of one A5 sheet up to 20 mm², different sheets of one election from 129 mm².
    // A missed refeed shows in the reconciliation of sheets against ballots collected; a false
    // one sets a real ballot aside for the committee: 40 keeps both rare.
    double sameMaxAreaMm2 = 40.0;
};

struct Fingerprint {
    cv::Mat thumb;                  // 8-bit grey, thumbMmPerPixel
    std::vector<float> coarse;      // coarseSize², mean 0, unit variance
    std::vector<float> coarseFlipped;  // the same of the page turned by 180°
    int dpi = 0;                    // of the page it was made from
    // The thumbnail at 4, 2 and 1 mm per pixel, as it is and turned by 180°: made once per page
    // because each page is aligned with many others.
    std::array<cv::Mat, 3> pyramid;
    std::array<cv::Mat, 3> pyramidTurned;
    cv::Mat thumbTurned;
};

Fingerprint fingerprint(const cv::Mat& gray, int dpi, const RefeedSettings& settings = {});
// The largest region (mm²) that differs once `b` is aligned onto `a` (huge when they cannot
// be aligned). Tries `b` as it is and turned by 180°.
// `debug`, when given, receives a, b aligned and the differing pixels side by side.
double largestDifference(const Fingerprint& a, const Fingerprint& b, const RefeedSettings& settings = {},
                         cv::Mat* debug = nullptr);
bool looksAlike(const Fingerprint& a, const Fingerprint& b, const RefeedSettings& settings = {});
bool sameSheet(const Fingerprint& a, const Fingerprint& b, const RefeedSettings& settings = {});

// The coarse signature as text, for the scan log (so a reopened session need not decode
// every image to rule pages out).
std::string coarseText(const std::vector<float>& coarse);
std::vector<float> parseCoarse(const std::string& text);

}  // namespace kp::scan
