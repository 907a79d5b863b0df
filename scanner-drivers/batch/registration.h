#pragma once
// Where a page lies on a layout. The first page of each kind of sheet a session sees becomes a
// layout: the print every later sheet of that kind shares. A page is registered onto it —
// resized to the layout's size (the same scan window at another resolution, even one the file
// states wrongly), turned by 180° when its glance says so, rotation and shift found on 2 mm images
// (ECC), then an affine map fitted (RANSAC) to the shifts of textured tiles at 1 mm and at 0.5 mm
// (normalised cross-correlation, sub-pixel peaks). Pages registered onto one layout are compared
// pixel for pixel (refeed.h): print then lies on print within a small fraction of a millimetre,
// and what a hand added — a pen's stroke, the stamp — shows where two sheets differ.
#include <optional>
#include <vector>

#include <opencv2/core/mat.hpp>
#include <opencv2/core/matx.hpp>

#include "scanner-drivers/batch/sheet_image.h"

namespace kp::scan {

struct Layout {
    cv::Mat thumb;                   // THUMB_MM a pixel
    cv::Mat coarse;                  // 2 mm a pixel
    cv::Mat level1;                  // 1 mm a pixel
    std::vector<cv::Point> tiles1;   // centres of textured tiles, at 1 mm
    std::vector<cv::Point> tiles05;  // and at 0.5 mm
    std::vector<float> glance;
};

Layout layoutOf(const SheetImage& page);

// The map from the layout's thumbnail pixels to the page's thumbnail pixels (homogeneous, its
// last row 0 0 1), `turned` when the page lies upside down on it; none when the page is not
// this layout or cannot be placed on it.
std::optional<cv::Matx33d> placeOn(const Layout& layout, const SheetImage& page, bool turned);

// The affine map taking `fixed`'s tiles (centres, half a side) to where they lie in `moving`,
// both already within `search` pixels of each other, fitted (RANSAC) to the tiles whose match is
// clear; none when fewer than six are.
std::optional<cv::Matx33d> tileFit(const cv::Mat& fixed, const cv::Mat& moving, const std::vector<cv::Point>& tiles,
                                   int half, int search);

// `image` (the page's, `imageMm` a pixel) resampled onto the layout at `outMm` a pixel.
cv::Mat onLayout(const Layout& layout, const cv::Matx33d& placement, const cv::Mat& image, double imageMm,
                 double outMm);

}  // namespace kp::scan
