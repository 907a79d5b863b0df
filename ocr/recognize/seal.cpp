#include "ocr/recognize/seal.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>

namespace kp::ocr {

namespace {

constexpr double WORK_PX_PER_MM = 3.0;  // a 0.7 mm ring is two pixels wide
constexpr int SAMPLES = 180;            // points along a circle: one every 0.8 mm at the largest radius
constexpr int RANSAC_DRAWS = 600;
constexpr int RUN = 5;  // samples: 2.5–4 mm of unbroken ring

struct Table {
    std::array<double, SAMPLES> cos{}, sin{};
    Table() {
        for (int i = 0; i < SAMPLES; ++i) {
            cos[static_cast<std::size_t>(i)] = std::cos(2 * std::numbers::pi * i / SAMPLES);
            sin[static_cast<std::size_t>(i)] = std::sin(2 * std::numbers::pi * i / SAMPLES);
        }
    }
};
const Table TABLE;
const auto& COS = TABLE.cos;
const auto& SIN = TABLE.sin;

// How much of a circle is drawn: the share of its samples inside the zone that lie on ink
// (`near`: the ink widened by the ring's tolerance) in runs of at least RUN samples — a seal's
// ring is unbroken for centimetres, while a circle laid through lines of text meets ink in
// letter-wide pieces — and the share of the samples that are inside at all.
std::pair<double, double> ringSupport(const cv::Mat& near, const cv::Mat& inside, cv::Point2d c, double r) {
    std::array<signed char, SAMPLES> on{};  // 1 inked, 0 paper, −1 outside the zone
    int seen = 0;
    for (int i = 0; i < SAMPLES; ++i) {
        const int x = static_cast<int>(c.x + r * COS[static_cast<std::size_t>(i)] + 0.5);
        const int y = static_cast<int>(c.y + r * SIN[static_cast<std::size_t>(i)] + 0.5);
        const bool in = x >= 0 && y >= 0 && x < near.cols && y < near.rows && inside.at<uchar>(y, x);
        on[static_cast<std::size_t>(i)] = in ? (near.at<uchar>(y, x) ? 1 : 0) : -1;
        seen += in ? 1 : 0;
    }
    if (seen == 0) {
        return {0.0, 0.0};
    }
    // Runs of inked samples, round the circle (a run may wrap past sample 0).
    int start = 0;
    while (start < SAMPLES && on[static_cast<std::size_t>(start)] == 1) {
        ++start;
    }
    if (start == SAMPLES) {
        return {1.0, static_cast<double>(seen) / SAMPLES};
    }
    int inRuns = 0, run = 0;
    for (int j = 1; j <= SAMPLES; ++j) {
        if (on[static_cast<std::size_t>((start + j) % SAMPLES)] == 1) {
            ++run;
        } else {
            inRuns += run >= RUN ? run : 0;
            run = 0;
        }
    }
    return {static_cast<double>(inRuns) / seen, static_cast<double>(seen) / SAMPLES};
}

}  // namespace

Seal findSeal(const cv::Mat& zone, double pxPerMm, double paper, const SealSettings& s, const cv::Mat& seen) {
    Seal best;
    if (zone.empty()) {
        return best;
    }
    const double k = WORK_PX_PER_MM / pxPerMm;
    cv::Mat small, ink, inside;
    cv::resize(zone, small, cv::Size(), k, k, cv::INTER_AREA);
    cv::threshold(small, ink, s.ink * paper, 255, cv::THRESH_BINARY_INV);
    if (seen.empty()) {
        inside = cv::Mat(small.size(), CV_8U, cv::Scalar(255));
    } else {  // seen only where all of a small pixel is
        cv::resize(seen, inside, small.size(), 0, 0, cv::INTER_AREA);
        cv::threshold(inside, inside, 254, 255, cv::THRESH_BINARY);
        ink &= inside;
    }
    std::vector<cv::Point> points;
    cv::findNonZero(ink, points);
    if (points.size() < 3) {
        return best;
    }
    const int band = static_cast<int>(std::lround(s.ringMm * WORK_PX_PER_MM));
    cv::Mat near;
    cv::dilate(ink, near, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * band + 1, 2 * band + 1)));
    const double minR = s.minRadiusMm * WORK_PX_PER_MM, maxR = s.maxRadiusMm * WORK_PX_PER_MM;
    const auto consider = [&](cv::Point2d centre, double r) {
        if (r < minR || r > maxR) {
            return;
        }
        const auto [support, visible] = ringSupport(near, inside, centre, r);
        if (visible >= s.visible && support > best.support) {
            best.support = support;
            best.centre = centre;
            best.radiusMm = r;
        }
    };
    // Circles through three inked points a seal's width apart (RANSAC, from a fixed seed: the
    // same page gives the same answer): when a third of the ink is the ring, one draw in 27
    // lands all three on it, and a few hundred draws miss it about once in a hundred thousand.
    cv::RNG rng(0x5EA1);
    const double far = 0.6 * minR;  // the three points spread over the ring
    for (int draw = 0; draw < RANSAC_DRAWS; ++draw) {
        const auto any = [&] {
            return cv::Point2d(points[static_cast<std::size_t>(rng.uniform(0, static_cast<int>(points.size())))]);
        };
        const cv::Point2d a = any(), b = any(), c = any();
        if (cv::norm(a - b) < far || cv::norm(b - c) < far || cv::norm(a - c) < far) {
            continue;
        }
        // The circumcentre of a, b, c.
        const double d = 2 * (a.x * (b.y - c.y) + b.x * (c.y - a.y) + c.x * (a.y - b.y));
        if (std::abs(d) < 1e-6) {
            continue;
        }
        const double aa = a.dot(a), bb = b.dot(b), cc = c.dot(c);
        const cv::Point2d centre((aa * (b.y - c.y) + bb * (c.y - a.y) + cc * (a.y - b.y)) / d,
                                 (aa * (c.x - b.x) + bb * (a.x - c.x) + cc * (b.x - a.x)) / d);
        consider(centre, cv::norm(a - centre));
    }
    // The best circle's centre and radius to the pixel: the three points were any on the ring.
    const cv::Point2d centre = best.centre;
    const double radius = best.radiusMm;
    for (int dy = -2; dy <= 2 && radius > 0; ++dy) {
        for (int dx = -2; dx <= 2; ++dx) {
            for (int dr = -2; dr <= 2; ++dr) {
                consider(centre + cv::Point2d(dx, dy), radius + dr);
            }
        }
    }
    best.centre /= k;
    best.radiusMm /= WORK_PX_PER_MM;
    best.found = best.support >= s.support;
    return best;
}

}  // namespace kp::ocr
