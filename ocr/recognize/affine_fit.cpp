#include "ocr/recognize/affine_fit.h"

#include <opencv2/core.hpp>

namespace kp::ocr {

std::optional<cv::Matx33d> leastSquaresAffine(const std::vector<cv::Point2f>& from, const std::vector<cv::Point2f>& to) {
    if (from.size() < 3) {
        return std::nullopt;
    }
    cv::Mat a(static_cast<int>(from.size()), 3, CV_64F), bx(static_cast<int>(from.size()), 1, CV_64F), by = bx.clone();
    for (int i = 0; i < a.rows; ++i) {
        a.at<double>(i, 0) = from[static_cast<std::size_t>(i)].x;
        a.at<double>(i, 1) = from[static_cast<std::size_t>(i)].y;
        a.at<double>(i, 2) = 1;
        bx.at<double>(i) = to[static_cast<std::size_t>(i)].x;
        by.at<double>(i) = to[static_cast<std::size_t>(i)].y;
    }
    cv::Mat px, py;
    if (!cv::solve(a, bx, px, cv::DECOMP_SVD) || !cv::solve(a, by, py, cv::DECOMP_SVD)) {
        return std::nullopt;
    }
    return cv::Matx33d(px.at<double>(0), px.at<double>(1), px.at<double>(2), py.at<double>(0), py.at<double>(1),
                       py.at<double>(2), 0, 0, 1);
}

}  // namespace kp::ocr
