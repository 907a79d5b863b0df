#pragma once
// Registration: where the layout lies on a scan. The QR code's four corners give a first
// estimate at any rotation (zbar reports them in the code's own frame); the four corner marks,
// searched for around where that estimate puts them, pin the page down with an affine fit.
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "ocr/layout/ballot_layout.h"
#include "ocr/layout/qr_code.h"

namespace kp::ocr {

// The first QR code that parses as a KiemPhieu ballot code, searched in the four corners of
// the page first (fast), then in the whole page.
std::optional<std::pair<ballot::QrSymbol, ballot::QrContent>> findBallotCode(const cv::Mat& gray);

struct Registration {
    cv::Matx33d layoutToImage;  // 0.1 mm on the layout → scan pixels (affine: the last row is 0 0 1)
    int marksFound = 0;
    bool markDamaged = false;   // a mark found with too little of its area, or missing
    double residualMm = 0;      // worst distance between a found mark and where the fit puts it
};

Registration registerPage(const cv::Mat& gray, const ballot::Side& side, const ballot::QrSymbol& code,
                          double markMinArea);

}  // namespace kp::ocr
