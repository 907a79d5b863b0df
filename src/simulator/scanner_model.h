#pragma once
// What an office scanner does to a sheet: resolution and colour mode, a few degrees of skew,
// shift and scale, blur, sensor noise, JPEG compression, dark or white background around the
// page, sheets fed upside down, streaks from dust on the glass; and what voters did to the
// paper: folds and torn corners. OpenCV, no Qt.
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "voter.h"

namespace kp::sim {

struct Scan {
    int dpi = 200;
    bool colour = false;
    double skew = 0;          // degrees
    double shiftX = 0, shiftY = 0;  // mm
    double scale = 1;
    double blur = 0;          // Gaussian sigma, pixels
    double noise = 0;         // Gaussian sigma, grey levels
    int jpegQuality = 0;      // 0: lossless PNG
    bool darkBackground = false;
    bool upsideDown = false;
    bool streak = false;
    bool fold = false;
    bool tornCorner = false;

    std::string extension() const { return jpegQuality > 0 ? ".jpg" : ".png"; }
};

// Settings for one sheet; `dpi` and `colour` fix those when given.
Scan drawScan(Rng& rng, std::optional<int> dpi, std::optional<bool> colour);

// Scans `paper` (the marked ballot at scan.dpi, 8-bit grey or BGR) into `out`. Folds and tears
// are made on `paper` itself. `out` keeps its memory between sheets of the same size. Returns
// whether a torn corner shows on the scan (it took ink away, or the background is dark).
bool scanSheet(cv::Mat paper, const Scan& scan, Rng& rng, cv::Mat& out);

// The file's bytes in the format the scan asks for.
std::vector<unsigned char> encodeScan(const cv::Mat& image, const Scan& scan);

}  // namespace kp::sim
