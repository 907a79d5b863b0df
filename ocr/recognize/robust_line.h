#pragma once
// A voter's stroke through a name, as a straight line: both readers (KiemPhieu's and the word
// reader) fit one through the new ink on a name's line and follow it across the name.
#include <opencv2/core/matx.hpp>
#include <opencv2/core/types.hpp>
#include <vector>

namespace kp::ocr {

// A straight line through a stroke's points, robust to a wave, a second stroke or a speck:
// Huber-weighted least squares (residuals past 1.345 px count linearly), iterated from the plain
// least-squares line. (cv::fitLine's Huber fit restarts from twenty random subsets: a fifth of a
// KiemPhieu ballot's time, 0.5 ms for the 800 points of a struck name, for the same line on a
// stroke — Huber's loss is convex, so one start finds its least.) Returns point and unit
// direction, as fitLine: (vx, vy, x0, y0).
cv::Vec4f robustLine(const std::vector<cv::Point2f>& points);
cv::Vec4f robustLine(const std::vector<cv::Point>& points);

}  // namespace kp::ocr
