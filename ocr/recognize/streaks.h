#pragma once
// Dust on a scanner's glass draws a thin line along the whole feed direction: a column of the
// scan that is dark over most of its height while the columns a few pixels away are not (which
// tells it from a dark background beside the page). No voter draws that; it is painted out
// before anything is measured, on KiemPhieu and word-processor ballots alike.
#include <opencv2/core/mat.hpp>

namespace kp::ocr {

// `gray` itself when it has no streak; else a copy with each streak column replaced by the mean
// of the nearest clean columns on either side (a QR module or a stroke it crosses stays dark).
cv::Mat withoutStreaks(const cv::Mat& gray);

}  // namespace kp::ocr
