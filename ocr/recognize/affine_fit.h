#pragma once
// The affine map between two sets of matched points, by least squares: KiemPhieu's registration
// marks and the word reader's matched features both place a page with it.
#include <opencv2/core/matx.hpp>
#include <opencv2/core/types.hpp>
#include <optional>
#include <vector>

namespace kp::ocr {

// The affine map (homogeneous, last row 0 0 1) taking `from` to `to` with the least squared
// error; none for fewer than three points or points on a line.
std::optional<cv::Matx33d> leastSquaresAffine(const std::vector<cv::Point2f>& from, const std::vector<cv::Point2f>& to);

}  // namespace kp::ocr
