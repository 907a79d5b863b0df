#pragma once
// The scan laid on the blank: a bilinear affine warp that gives, pixel for pixel, what
// cv::warpAffine(src, out, map, size, INTER_LINEAR | WARP_INVERSE_MAP, BORDER_REPLICATE) gives —
// its fixed-point arithmetic (coordinates in 1/32 pixel, weights summing to 1024) — eight pixels
// an instruction where the processor gathers (AVX2). Debian's OpenCV 4.6 takes 10–13 ms for an
// A4 page at 8 px/mm, a fifth of a typed ballot's reading; this, half that.
#include <opencv2/core/mat.hpp>

namespace kp::ocr::word {

// Which way: the best this processor has, or OpenCV's own (the tests compare the two).
enum class Warp { Best, OpenCv };

// `src` (CV_8U) sampled at map · (x, y, 1) for each pixel (x, y) of a `size` image; `map` is
// 2×3 (CV_32F or CV_64F).
cv::Mat warpedLinear(const cv::Mat& src, const cv::Mat& map, cv::Size size, Warp use = Warp::Best);

}  // namespace kp::ocr::word
