// The word reader's descriptor matcher against OpenCV's brute-force one: the same two nearest
// rows at the same distances, ties included (few distinct bits make many ties).
#include <doctest/doctest.h>

#include <opencv2/core.hpp>
#include <string>
#include <opencv2/features2d.hpp>

#include "ocr/word/nearest.h"

TEST_CASE("nearest two descriptors: the same as OpenCV's brute-force matcher finds") {
    using kp::ocr::Popcount;
    cv::RNG rng(7);
    for (const auto& [sparse, trains] : {std::pair{0, 500}, {1, 500}, {0, 64}, {1, 65}, {1, 2}}) {  // whole and partial blocks of 64
        cv::Mat query(300, 32, CV_8U), train(trains, 32, CV_8U);
        rng.fill(query, cv::RNG::UNIFORM, 0, 256);
        rng.fill(train, cv::RNG::UNIFORM, 0, 256);
        if (sparse) {  // mostly zero bytes: distances repeat, ties everywhere
            query &= cv::Scalar(3);
            train &= cv::Scalar(3);
        }
        std::vector<std::vector<cv::DMatch>> expected;
        cv::BFMatcher(cv::NORM_HAMMING).knnMatch(query, train, expected, 2);
        for (const Popcount use : {Popcount::Best, Popcount::Vector, Popcount::Scalar, Popcount::Plain}) {
            const auto got = kp::ocr::nearestTwo(query, train, use);
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
            CAPTURE(trains);
            CAPTURE(static_cast<int>(use));
            CHECK(differ == 0);
        }
    }
    const std::string checked = kp::ocr::hasVectorPopcount() ? "yes (checked)" : "no (its fallback checked)";
    MESSAGE("vector popcount on this processor: " << checked);
    cv::Mat one(1, 32, CV_8U, cv::Scalar(5));
    CHECK(kp::ocr::nearestTwo(one, one).front().size() == 1);  // a single train row: one match
}
