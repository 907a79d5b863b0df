#include "ocr/recognize/robust_line.h"

#include <cmath>

namespace kp::ocr {

cv::Vec4f robustLine(const std::vector<cv::Point2f>& points) {
    constexpr double HUBER = 1.345;
    std::vector<double> weight(points.size(), 1.0);
    double mx = 0, my = 0, vx = 1, vy = 0;
    for (int iteration = 0; iteration < 12; ++iteration) {
        double sw = 0, sx = 0, sy = 0;
        for (std::size_t i = 0; i < points.size(); ++i) {
            sw += weight[i];
            sx += weight[i] * points[i].x;
            sy += weight[i] * points[i].y;
        }
        mx = sx / sw;
        my = sy / sw;
        double cxx = 0, cxy = 0, cyy = 0;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const double dx = points[i].x - mx, dy = points[i].y - my;
            cxx += weight[i] * dx * dx;
            cxy += weight[i] * dx * dy;
            cyy += weight[i] * dy * dy;
        }
        const double angle = 0.5 * std::atan2(2 * cxy, cxx - cyy);  // the principal axis
        const double nx = std::cos(angle), ny = std::sin(angle);
        const bool settled = iteration > 0 && std::abs(nx * vy - ny * vx) < 1e-4;
        vx = nx;
        vy = ny;
        if (settled) {
            break;
        }
        for (std::size_t i = 0; i < points.size(); ++i) {
            const double r = std::abs((points[i].y - my) * vx - (points[i].x - mx) * vy);
            weight[i] = r <= HUBER ? 1.0 : HUBER / r;
        }
    }
    return {static_cast<float>(vx), static_cast<float>(vy), static_cast<float>(mx), static_cast<float>(my)};
}

cv::Vec4f robustLine(const std::vector<cv::Point>& points) {
    return robustLine(std::vector<cv::Point2f>(points.begin(), points.end()));
}

}  // namespace kp::ocr
