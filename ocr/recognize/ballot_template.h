#pragma once
// What a blank side of a KiemPhieu ballot looks like at the recogniser's resolution. The
// recogniser is Qt-free, so the side is rendered by the caller (reports/render:
// makeTemplate) and handed over as pixels, with where each printed name's ink is.
#include <algorithm>
#include <opencv2/core/mat.hpp>
#include <vector>

#include "ocr/layout/ballot_layout.h"
#include "settings.h"

namespace kp::ocr {

struct BallotTemplate {
    ballot::BallotLayout layout;
    int side = 0;
    cv::Mat blank;                   // the side at settings.pxPerMm, 8-bit grey, page-sized
    std::vector<cv::Rect2d> nameInk; // per row of the side, the printed name's ink box, in 0.1 mm
    std::vector<cv::Rect2d> nameBody;// per row, its lower-case letters' body (x-height to baseline), in 0.1 mm
    cv::Mat printed;                 // filled by prepare(): where the blank has ink, widened by the tolerance
    cv::Mat printedWide;             // the same widened further: the halo of blurred letters is not a voter's ink
    cv::Mat printedWideCoarse;       // printedWide at 1/COARSE of the resolution: a block with any of it is printed
    std::vector<int> leastVisible;   // per row: the columns where a straight stroke through the name shows, at
                                     // the height where fewest do (the letters hide the rest); below
                                     // strokeEvidence a stroke there could go unseen

    const ballot::Side& layoutSide() const { return layout.sides[static_cast<std::size_t>(side)]; }
};

// Away from the names the page is looked at in blocks of COARSE × COARSE pixels (0.5 mm): marks
// outside the list, folds and streaks are millimetres long.
inline constexpr int COARSE = 4;
inline cv::Size coarseSize(const cv::Mat& page) { return {page.cols / COARSE, page.rows / COARSE}; }

// Computes `printed`, `printedWide`, `printedWideCoarse` and `leastVisible` from `blank` and `nameInk`.
void prepare(BallotTemplate& t, const Settings& settings);

// A name's text band in canonical pixels: its ink box with 0.4 mm of room above and below.
cv::Rect textBand(const cv::Rect2d& inkDmm, double pxPerMm, const cv::Mat& page);
// The bare columns a stroke must cross to be judged: 3 mm, and a twentieth of the name.
inline double strokeEvidence(double pxPerMm, int bandWidth) { return std::max(3 * pxPerMm, bandWidth / 20.0); }

}  // namespace kp::ocr
