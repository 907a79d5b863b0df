#pragma once
// The nearest two of one set of binary feature descriptors (ORB: 32 bytes a row) for each row of
// another, by Hamming distance: what cv::BFMatcher(NORM_HAMMING).knnMatch(query, train, k = 2)
// gives, ties to the lower index as there. OpenCV as Debian builds it counts bits a byte at a
// time; on a page's 4,000 × 4,000 descriptors that was most of the word reader's time.
#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>
#include <vector>

namespace kp::ocr {

// For each query row, its nearest and second-nearest train rows (fewer when train has fewer).
std::vector<std::vector<cv::DMatch>> nearestTwo(const cv::Mat& query, const cv::Mat& train);

}  // namespace kp::ocr
