#include "ballot_template.h"

#include <opencv2/imgproc.hpp>

namespace kp::ocr {

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
}

}  // namespace kp::ocr
