#include "ballot_template.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

namespace kp::ocr {

namespace {

// The fewest columns where a thin pen's horizontal line (`pen` rows) shows, at any height
// through the letters (the middle 15–90 % of the band, as the decision's "through" asks): the
// letters, widened by the tolerance, hide it in every column where they cover all its rows.
int leastVisibleAlong(const cv::Mat& printed, const cv::Rect& band, int pen) {
    int least = band.width;
    const int first = band.y + band.height * 15 / 100, last = band.y + band.height * 90 / 100 - pen + 1;
    cv::Mat hidden;
    for (int y = std::max(0, first); y <= last && y + pen <= printed.rows; ++y) {
        printed.row(y).colRange(band.x, band.br().x).copyTo(hidden);
        for (int k = 1; k < pen; ++k) {
            cv::bitwise_and(hidden, printed.row(y + k).colRange(band.x, band.br().x), hidden);
        }
        least = std::min(least, band.width - cv::countNonZero(hidden));
    }
    return least;
}

}  // namespace

cv::Rect textBand(const cv::Rect2d& ink, double pxPerMm, const cv::Mat& page) {
    const double px = pxPerMm / 10.0;  // 0.1 mm → pixels
    const cv::Rect r(static_cast<int>(ink.x * px), static_cast<int>((ink.y - 4) * px),
                     std::max(1, static_cast<int>(ink.width * px)), std::max(1, static_cast<int>((ink.height + 8) * px)));
    return r & cv::Rect(0, 0, page.cols, page.rows);
}

void prepare(BallotTemplate& t, const Settings& settings) {
    cv::threshold(t.blank, t.printed, 0.82 * 255, 255, cv::THRESH_BINARY_INV);
    // Widen the printed ink by the tolerance, so that registration error and blur around the
    // letters are not taken for the voter's ink.
    const auto widened = [&](double mm) {
        const int r = std::max(1, static_cast<int>(mm * settings.pxPerMm + 0.5));
        cv::Mat out;
        cv::dilate(t.printed, out, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * r + 1, 2 * r + 1)));
        return out;
    };
    t.printedWide = widened(settings.haloTolerance);
    t.printed = widened(settings.printedTolerance);
    cv::resize(t.printedWide, t.printedWideCoarse, coarseSize(t.blank), 0, 0, cv::INTER_AREA);
    cv::threshold(t.printedWideCoarse, t.printedWideCoarse, 0, 255, cv::THRESH_BINARY);
    // A block more: the scan's blocks do not line up with the page's, so a block's darkest pixel
    // may lie up to a block away from it.
    cv::dilate(t.printedWideCoarse, t.printedWideCoarse, cv::Mat());
    t.leastVisible.clear();
    const int pen = std::max(1, static_cast<int>(std::lround(settings.thinPen * settings.pxPerMm)));
    for (const cv::Rect2d& ink : t.nameInk) {
        t.leastVisible.push_back(leastVisibleAlong(t.printed, textBand(ink, settings.pxPerMm, t.blank), pen));
    }
}

}  // namespace kp::ocr
