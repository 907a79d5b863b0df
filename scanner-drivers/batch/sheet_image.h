#pragma once
// A page as the re-fed sheet check sees it (refeed.h): grey at a quarter and at half a millimetre
// a pixel, with what belongs to the scanner rather than to the paper taken out — a streak that
// dust on a feeder's glass draws down the whole scan (painted over from both sides) and the dark
// background around the sheet (painted paper-white) —, and a 16 × 16 contrast-normalised glance,
// as it is and turned by 180°, that tells which layouts the page may be.
#include <vector>

#include <opencv2/core/mat.hpp>

namespace kp::scan {

inline constexpr double THUMB_MM = 0.5;  // the thumbnail's millimetres a pixel

struct SheetImage {
    cv::Mat fine;       // 8-bit grey, `fineMm` a pixel (at most fineMm of the settings)
    cv::Mat thumb;      // 8-bit grey, THUMB_MM a pixel
    double fineMm = 0;  // from the page's stated resolution: a page stated wrongly is only scaled
    std::vector<float> glance;
    std::vector<float> glanceTurned;
    bool empty() const { return thumb.empty(); }
};

// `gray` at `dpi`; `fineMm` is the finest resolution the check compares at. Empty for an empty
// image or an unknown resolution.
SheetImage sheetImage(const cv::Mat& gray, int dpi, double fineMm);

// Mean absolute difference of two glances (huge when either is missing).
double glanceDistance(const std::vector<float>& a, const std::vector<float>& b);

}  // namespace kp::scan
