#pragma once
// --debug: the aligned page with what the recogniser saw and decided drawn over it.
#include <opencv2/core/mat.hpp>
#include <string>

#include "ocr/recognize/recognize.h"
#include "ocr/word/word_template.h"

namespace kp::app {

void writeDebugImage(const std::string& path, const cv::Mat& canonical, const ocr::BallotTemplate& t,
                     const ocr::PageReading& reading);
// A word-processor ballot: the scan aligned onto the learned blank, its names framed.
void writeWordDebugImage(const std::string& path, const cv::Mat& aligned, const ocr::WordTemplate& t,
                         const ocr::PageReading& reading);

}  // namespace kp::app
