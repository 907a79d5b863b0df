// The word reader's warp against cv::warpAffine (bilinear, inverse map, edge repeated): the same
// pixels on random images and maps — turns, scales, shears, shifts off the image, image views
// with a row step wider than their width, sizes too small for eight pixels at a time, scans
// twice as fine (the eight pixels' source spans the sixteen bytes read at once).
#include <doctest/doctest.h>

#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "ocr/word/warp.h"

TEST_CASE("the word reader's warp gives what cv::warpAffine gives, pixel for pixel") {
    using kp::ocr::word::Warp;
    cv::RNG rng(11);
    int compared = 0;
    for (int i = 0; i < 300; ++i) {
        const int w = rng.uniform(1, 300), h = rng.uniform(1, 300);
        cv::Mat parent(h + 5, w + 7, CV_8U);
        rng.fill(parent, cv::RNG::UNIFORM, 0, 256);
        const cv::Mat src = i % 3 == 0 ? parent(cv::Rect(3, 2, w, h)) : parent(cv::Rect(0, 0, w, h)).clone();
        double turn = rng.uniform(-0.2, 0.2), scale = 1 + rng.uniform(-1.0, 1.0) * (i % 2 ? 0.5 : 0.05);
        if (i % 4 == 1) {  // a scan twice as fine, nearly straight: eight pixels read across 14–16 of a row
            turn *= 0.02;
            scale = rng.uniform(1.85, 2.15);
        }
        cv::Mat map = (cv::Mat_<float>(2, 3) << scale * std::cos(turn), scale * std::sin(turn), rng.uniform(-40.0, 40.0),
                       -scale * std::sin(turn), scale * std::cos(turn) + rng.uniform(-0.01, 0.01), rng.uniform(-40.0, 40.0));
        if (i % 7 == 0) {
            map.at<float>(0, 1) += 1;  // a quarter turn's worth of shear
        }
        if (i % 5 == 0) {
            map.convertTo(map, CV_64F);
        }
        const cv::Size size(rng.uniform(1, 320), rng.uniform(1, 320));
        cv::Mat expected;
        cv::warpAffine(src, expected, map, size, cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
        for (const Warp use : {Warp::Best, Warp::OpenCv}) {
            const cv::Mat got = kp::ocr::word::warpedLinear(src, map, size, use);
            REQUIRE(got.size() == expected.size());
            CAPTURE(i);
            CHECK(cv::countNonZero(got != expected) == 0);
            ++compared;
        }
    }
    CHECK(compared == 600);
}
