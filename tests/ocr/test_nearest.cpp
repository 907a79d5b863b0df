// The word reader's descriptor matcher against OpenCV's brute-force one: the same two nearest
// rows at the same distances, ties included (few distinct bits make many ties).
#include <doctest/doctest.h>

#include <opencv2/core.hpp>
#include <opencv2/features2d.hpp>

#include "ocr/word/nearest.h"

TEST_CASE("nearest two descriptors: the same as OpenCV's brute-force matcher finds") {
    cv::RNG rng(7);
    for (const int sparse : {0, 1}) {
        cv::Mat query(300, 32, CV_8U), train(500, 32, CV_8U);
        rng.fill(query, cv::RNG::UNIFORM, 0, 256);
        rng.fill(train, cv::RNG::UNIFORM, 0, 256);
        if (sparse) {  // mostly zero bytes: distances repeat, ties everywhere
            query &= cv::Scalar(3);
            train &= cv::Scalar(3);
        }
        std::vector<std::vector<cv::DMatch>> expected;
        cv::BFMatcher(cv::NORM_HAMMING).knnMatch(query, train, expected, 2);
        const auto got = kp::ocr::nearestTwo(query, train);
        REQUIRE(got.size() == expected.size());
        int differ = 0;
        for (std::size_t i = 0; i < got.size(); ++i) {
            REQUIRE(got[i].size() == expected[i].size());
            for (std::size_t k = 0; k < got[i].size(); ++k) {
                differ += got[i][k].queryIdx != expected[i][k].queryIdx || got[i][k].trainIdx != expected[i][k].trainIdx ||
                          got[i][k].distance != expected[i][k].distance;
            }
        }
        CAPTURE(sparse);
        CHECK(differ == 0);
    }
    cv::Mat one(1, 32, CV_8U, cv::Scalar(5));
    CHECK(kp::ocr::nearestTwo(one, one).front().size() == 1);  // a single train row: one match
}
