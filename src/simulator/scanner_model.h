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
    double skew = 0;                // degrees
    double shiftX = 0, shiftY = 0;  // mm
    double scale = 1;
    double blur = 0;      // Gaussian sigma, pixels
    double noise = 0;     // Gaussian sigma, grey levels
    int jpegQuality = 0;  // 0: lossless PNG
    bool darkBackground = false;
    bool upsideDown = false;
    bool streak = false;
    bool fold = false;
    bool tornCorner = false;
    bool lineart = false;  // 1-bit: the grey thresholded at `threshold` (light inks may vanish)
    int threshold = 128;
    bool edge = false;  // no window around the sheet: its edge at the scan's border, 0–2 mm cut

    std::string extension() const { return jpegQuality > 0 ? ".jpg" : ".png"; }
    std::string mode() const { return lineart ? "lineart" : colour ? "colour" : "grey"; }
};

// Settings for one sheet; `dpi` and `colour` fix those when given. `lineart`, `edge`: the
// catalogue's 1-bit scan and sheet at the frame's border (600 dpi joins the resolutions drawn).
Scan drawScan(Rng& rng, std::optional<int> dpi, std::optional<bool> colour, bool lineart = false, bool edge = false);

// A photocopy of the printed blank, in place (before anyone marks it): the print scaled by
// `scale` about the page's centre (a copier's 97–103 %), toner darkening mid greys and dropping
// light ones, and specks of stray toner — twice over: a copy of a copy.
void photocopy(cv::Mat& sheet, double scale, double pxPerMm, Rng& rng);

// Scans `paper` (the marked ballot at scan.dpi, 8-bit grey or BGR) into `out`. Folds and tears
// are made on `paper` itself. `out` keeps its memory between sheets of the same size. Returns
// whether a torn corner shows on the scan (it took ink away, or the background is dark).
bool scanSheet(cv::Mat paper, const Scan& scan, Rng& rng, cv::Mat& out);

// The file's bytes in the format the scan asks for.
std::vector<unsigned char> encodeScan(const cv::Mat& image, const Scan& scan);

}  // namespace kp::sim
