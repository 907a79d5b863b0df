#include "ocr/recognize/box_mark.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace kp::ocr {

namespace {

constexpr double REACH_MM = 0.8;  // a stroke's ink lies this near its centre line: half a thick pen and a hand's bow
constexpr std::size_t MAX_POINTS = 300;
constexpr std::size_t PAIR_POINTS = 32;  // lines through every pair of these: 496 candidates

struct Line {
    cv::Point2d p, d;  // a point and a unit direction
    double distance(cv::Point2d q) const { return std::abs((q - p).cross(d)); }
};

// The line through two of `pick` that has the most of `points` within `reach`, among those not
// yet `taken`.
Line bestLine(const std::vector<cv::Point2d>& points, const std::vector<bool>& taken, double reach) {
    std::vector<std::size_t> pick;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!taken[i])
            pick.push_back(i);
    }
    if (pick.size() > PAIR_POINTS) {  // evenly through the scan order: spread over the mark
        std::vector<std::size_t> every;
        for (std::size_t k = 0; k < PAIR_POINTS; ++k) every.push_back(pick[k * pick.size() / PAIR_POINTS]);
        pick = every;
    }
    Line best{{0, 0}, {1, 0}};
    std::size_t bestCount = 0;
    for (std::size_t a = 0; a < pick.size(); ++a) {
        for (std::size_t b = a + 1; b < pick.size(); ++b) {
            const cv::Point2d d = points[pick[b]] - points[pick[a]];
            const double n = std::hypot(d.x, d.y);
            if (n < 4 * reach) {
                continue;  // too close to fix a direction
            }
            const Line l{points[pick[a]], d / n};
            std::size_t count = 0;
            for (std::size_t i = 0; i < points.size(); ++i) {
                count += !taken[i] && l.distance(points[i]) <= reach ? 1U : 0U;
            }
            if (count > bestCount) {
                bestCount = count;
                best = l;
            }
        }
    }
    return best;
}

}  // namespace

BoxMeasure measureBox(const cv::Mat& strong, const cv::Mat& faint, double pxPerMm) {
    BoxMeasure m;
    const double area = static_cast<double>(strong.total());
    if (area == 0) {
        return m;
    }
    const int dark = cv::countNonZero(strong);
    m.strong = dark / area;
    m.faint = cv::countNonZero(faint) / area;
    if (dark == 0) {
        return m;
    }
    // An X puts ink in all four quarters of its own extent; a tick leaves its upper left empty,
    // a dot or a line leaves two.
    const cv::Rect extent = cv::boundingRect(strong);
    int quadrants = 0;
    for (int q = 0; q < 4; ++q) {
        const cv::Rect part(extent.x + (q % 2) * extent.width / 2, extent.y + (q / 2) * extent.height / 2,
                            extent.width / 2 + 1, extent.height / 2 + 1);
        quadrants += cv::countNonZero(strong(part & extent)) * 8 >= dark ? 1 : 0;
    }
    m.cross = quadrants == 4 && extent.width >= 2 * pxPerMm && extent.height >= 2 * pxPerMm;
    // The two straight strokes that explain most of the ink (each the line through two of its
    // points with most ink near it), and how much ink is left off both.
    std::vector<cv::Point> found;
    cv::findNonZero(strong, found);
    const std::size_t step = found.size() / MAX_POINTS + 1;
    std::vector<cv::Point2d> points;
    for (std::size_t i = 0; i < found.size(); i += step) points.emplace_back(found[i]);
    const double reach = REACH_MM * pxPerMm;
    std::vector<bool> taken(points.size(), false);
    for (int stroke = 0; stroke < 2; ++stroke) {
        const Line l = bestLine(points, taken, reach);
        for (std::size_t i = 0; i < points.size(); ++i) {
            taken[i] = taken[i] || l.distance(points[i]) <= reach;
        }
    }
    const auto off = static_cast<double>(std::ranges::count(taken, false));
    m.offCross = off / static_cast<double>(points.size());
    m.offCrossMm2 = m.offCross * dark / (pxPerMm * pxPerMm);
    return m;
}

BoxState boxState(const BoxMeasure& m, const BoxThresholds& t) {
    if (m.strong >= t.marked && m.offCross > t.corrected && m.offCrossMm2 >= t.correctedMm2) {
        return BoxState::Corrected;  // something more than an X: the committee reads the voter's intent
    }
    if (m.strong >= t.marked && m.cross) {
        return BoxState::Cross;
    }
    if (m.faint <= t.empty) {
        return BoxState::Empty;
    }
    return BoxState::Unclear;  // a tick, a smudge, a faint mark
}

}  // namespace kp::ocr
