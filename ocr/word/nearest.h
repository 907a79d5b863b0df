#pragma once
// The nearest two of one set of binary feature descriptors (ORB: 32 bytes a row) for each row of
// another, by Hamming distance: what cv::BFMatcher(NORM_HAMMING).knnMatch(query, train, k = 2)
// gives, ties to the lower index as there. OpenCV as Debian builds it counts bits a byte at a
// time; on a page's 4,000 × 4,000 descriptors that was most of the word reader's time.
#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>
#include <vector>

namespace kp::ocr {

// How the distances are counted: the best this processor has (a vector popcount, eight
// distances an instruction; its scalar popcount; plain bit arithmetic), or one of them — the
// tests check each against OpenCV. A build the processor lacks falls back to the best it has.
enum class Popcount { Best, Vector, Scalar, Plain };

// For each query row, its nearest and second-nearest train rows (fewer when train has fewer).
std::vector<std::vector<cv::DMatch>> nearestTwo(const cv::Mat& query, const cv::Mat& train, Popcount use = Popcount::Best);

// Whether this processor has the vector popcount (AVX-512 VPOPCNTDQ).
bool hasVectorPopcount();

}  // namespace kp::ocr
