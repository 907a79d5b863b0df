// The re-fed sheet check (scanner-drivers/batch/refeed.h) on the sample ballots: each kind of
// second scan of one paper is found as that paper, and the other papers of the batch are not.
#include <doctest/doctest.h>

#include <filesystem>
#include <functional>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <string>
#include <vector>

#include "scanner-drivers/batch/refeed.h"

namespace fs = std::filesystem;
using namespace kp::scan;

namespace {

constexpr int DPI = 150;  // the samples are 150-dpi scans

cv::Mat sample(int n) {
    const fs::path file =
        fs::path(KP_SOURCE_DIR) / "samples/simulated/kiemphieu" / ("ballot-0000" + std::to_string(n) + ".jpg");
    return cv::imread(file.string(), cv::IMREAD_GRAYSCALE);
}

cv::Mat turned(const cv::Mat& page, double degrees, double dxMm, double dyMm) {
    const double pxPerMm = DPI / 25.4;
    cv::Mat m = cv::getRotationMatrix2D(
        cv::Point2f(static_cast<float>(page.cols) / 2, static_cast<float>(page.rows) / 2), degrees, 1.0);
    m.at<double>(0, 2) += dxMm * pxPerMm;
    m.at<double>(1, 2) += dyMm * pxPerMm;
    cv::Mat out;
    cv::warpAffine(page, out, m, page.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

cv::Mat jpeg(const cv::Mat& page, int quality) {
    std::vector<unsigned char> bytes;
    cv::imencode(".jpg", page, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    return cv::imdecode(bytes, cv::IMREAD_GRAYSCALE);
}

struct Again {
    const char* kind;
    std::function<cv::Mat(const cv::Mat&)> scan;
    int dpi = DPI;
};

}  // namespace

TEST_CASE("refeed: each kind of second scan of a paper is suspected as that paper, the other papers are not") {
    std::vector<cv::Mat> batch;
    for (int n = 1; n <= 6; ++n) {
        batch.push_back(sample(n));
        REQUIRE_FALSE(batch.back().empty());
    }
    const std::vector<Again> kinds{
        {"moved 3 mm and turned 1.2°", [](const cv::Mat& p) { return turned(p, 1.2, -2, 3); }},
        {"turned by 180°",
         [](const cv::Mat& p) {
             cv::Mat out;
             cv::rotate(turned(p, -0.8, 1, 0), out, cv::ROTATE_180);
             return out;
         }},
        {"at 200 dpi",
         [](const cv::Mat& p) {
             cv::Mat out;
             cv::resize(p, out, cv::Size(), 200.0 / DPI, 200.0 / DPI, cv::INTER_LINEAR);
             return out;
         },
         200},
        {"at 100 dpi",
         [](const cv::Mat& p) {
             cv::Mat out;
             cv::resize(p, out, cv::Size(), 100.0 / DPI, 100.0 / DPI, cv::INTER_AREA);
             return out;
         },
         100},
        {"blurred and noisy",
         [](const cv::Mat& p) {
             cv::Mat out;
             cv::GaussianBlur(p, out, cv::Size(0, 0), 0.7);
             cv::Mat noise(out.size(), CV_16S);
             cv::theRNG().state = 7;
             cv::randn(noise, 0, 6);
             cv::Mat wide;
             out.convertTo(wide, CV_16S);
             wide += noise;
             wide.convertTo(out, CV_8U);
             return out;
         }},
        {"compressed hard (JPEG 40)", [](const cv::Mat& p) { return jpeg(p, 40); }},
        {"darker, of less contrast",
         [](const cv::Mat& p) {
             cv::Mat out;
             p.convertTo(out, CV_8U, 0.8, 10);
             return out;
         }},
    };
    for (const Again& again : kinds) {
        CAPTURE(again.kind);
        RefeedCheck check;
        for (const cv::Mat& page : batch) {
            const auto match = check.check(page, DPI);
            // Another voter's paper: it may look alike, but is not suspected.
            CHECK((!match || !match->suspected));
            check.keep();
        }
        // The second paper fed again after the others.
        const auto match = check.check(again.scan(batch[1]), again.dpi);
        REQUIRE(match.has_value());
        CHECK(match->page == 1);
        CHECK(match->suspected);
        CHECK(match->differenceMm2 <= RefeedSettings{}.sameMaxMm2);
    }
}
