#pragma once
// What a blank side of a KiemPhieu ballot looks like at the recogniser's resolution. The
// recogniser is Qt-free, so the side is rendered by the caller (reports/render:
// makeTemplate) and handed over as pixels, with where each printed name's ink is.
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
    cv::Mat printed;                 // filled by prepare(): where the blank has ink, widened by the tolerance
    cv::Mat printedWide;             // the same widened further: the halo of blurred letters is not a voter's ink
    cv::Mat printedWideCoarse;       // printedWide at 1/COARSE of the resolution: a block with any of it is printed

    const ballot::Side& layoutSide() const { return layout.sides[static_cast<std::size_t>(side)]; }
};

// Away from the names the page is looked at in blocks of COARSE × COARSE pixels (0.5 mm): marks
// outside the list, folds and streaks are millimetres long.
inline constexpr int COARSE = 4;
inline cv::Size coarseSize(const cv::Mat& page) { return {page.cols / COARSE, page.rows / COARSE}; }

// Computes `printed`, `printedWide` and `printedWideCoarse` from `blank`.
void prepare(BallotTemplate& t, const Settings& settings);

}  // namespace kp::ocr
