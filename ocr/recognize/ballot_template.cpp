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
}

}  // namespace kp::ocr
