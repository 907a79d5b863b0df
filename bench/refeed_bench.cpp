// Measures re-fed sheet detection (scanner-drivers/batch/refeed.h) on scanned ballots:
// each page against a re-scan of itself (turned a few degrees, shifted, sometimes by 180°,
// blurred, noisy, JPEG again: what a second pass through a feeder does) and against every
// other page (different sheets of the same election). Prints both distributions and the time
// of one comparison. Usage: kp_bench_refeed DIR [limit] [seed]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <string>
#include <vector>

#include "scanner-drivers/batch/refeed.h"

namespace {

cv::Mat rescan(const cv::Mat& page, int dpi, std::mt19937& rng) {
    std::uniform_real_distribution<double> angle(-2.5, 2.5);
    std::uniform_real_distribution<double> shiftMm(-4.0, 4.0);
    const double pxPerMm = dpi / 25.4;
    cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(static_cast<float>(page.cols) / 2, static_cast<float>(page.rows) / 2),
                                        angle(rng), 1.0);
    m.at<double>(0, 2) += shiftMm(rng) * pxPerMm;
    m.at<double>(1, 2) += shiftMm(rng) * pxPerMm;
    cv::Mat out;
    cv::warpAffine(page, out, m, page.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(235));
    if (std::uniform_int_distribution<int>(0, 3)(rng) == 0) {
        cv::rotate(out, out, cv::ROTATE_180);
    }
    cv::GaussianBlur(out, out, cv::Size(0, 0), 0.7);
    cv::Mat noise(out.size(), CV_16S);
    cv::randn(noise, 0, 4);
    cv::Mat sum;
    out.convertTo(sum, CV_16S);
    sum += noise;
    sum.convertTo(out, CV_8U);
    std::vector<unsigned char> jpeg;
    cv::imencode(".jpg", out, jpeg, {cv::IMWRITE_JPEG_QUALITY, 75});
    return cv::imdecode(jpeg, cv::IMREAD_GRAYSCALE);
}

double percentile(std::vector<double> v, double p) {
    std::ranges::sort(v);
    return v.empty() ? 0 : v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: kp_bench_refeed DIR [limit] [seed]\n");
        return 2;
    }
    const std::size_t limit = argc > 2 ? std::stoul(argv[2]) : 200;
    std::mt19937 rng(argc > 3 ? static_cast<unsigned>(std::stoul(argv[3])) : 1U);
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(argv[1])) {
        const std::string ext = e.path().extension().string();
        if (ext == ".png" || ext == ".jpg") {
            files.push_back(e.path().string());
        }
    }
    std::ranges::sort(files);
    files.resize(std::min(files.size(), limit));
    // The simulator varies the resolution; a page's dpi is what its width says of A5/A4 paper.
    std::vector<kp::scan::Fingerprint> prints;
    std::vector<kp::scan::Fingerprint> rescans;
    for (const std::string& f : files) {
        const cv::Mat gray = cv::imread(f, cv::IMREAD_GRAYSCALE);
        const int dpi = static_cast<int>(std::lround(gray.cols / (gray.cols < gray.rows ? 148.0 : 210.0) * 25.4));
        prints.push_back(kp::scan::fingerprint(gray, dpi));
        rescans.push_back(kp::scan::fingerprint(rescan(gray, dpi, rng), dpi));
    }
    std::vector<double> same;
    std::vector<double> different;
    int alike = 0;
    const auto start = std::chrono::steady_clock::now();
    int comparisons = 0;
    for (std::size_t i = 0; i < prints.size(); ++i) {
        same.push_back(kp::scan::largestDifference(prints[i], rescans[i]));
        if (std::getenv("KP_BENCH_VERBOSE") != nullptr && same.back() > 4) {
            cv::Mat debug;
            kp::scan::largestDifference(prints[i], rescans[i], {}, &debug);
            if (!debug.empty()) {
                cv::imwrite("/tmp/refeed-missed-" + std::to_string(i) + ".png", debug);
            }
            std::printf("missed: %s: %.2f\n", files[i].c_str(), same.back());
        }
        ++comparisons;
        for (std::size_t j = 0; j < prints.size(); ++j) {
            if (j != i && j < i + 20) {  // every page against the next 20 (a feeder window)
                if (kp::scan::looksAlike(prints[j], rescans[i])) {
                    ++alike;
                }
                different.push_back(kp::scan::largestDifference(prints[j], rescans[i]));
                if (std::getenv("KP_BENCH_VERBOSE") != nullptr && different.back() < 20) {
                    cv::Mat debug;
                    kp::scan::largestDifference(prints[j], rescans[i], {}, &debug);
                    if (!debug.empty()) {
                        cv::imwrite("/tmp/refeed-close-" + std::to_string(j) + "-" + std::to_string(i) + ".png", debug);
                    }
                    std::printf("close: %s vs %s: %.2f\n", files[j].c_str(), files[i].c_str(), different.back());
                }
                ++comparisons;
            }
        }
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const kp::scan::RefeedSettings s;
    const auto sameMissed = std::ranges::count_if(same, [&](double f) { return f > s.sameMaxAreaMm2; });
    const auto wrongSame = std::ranges::count_if(different, [&](double f) { return f <= s.sameMaxAreaMm2; });
    std::printf("pages %zu; same sheet: median %.2f p99 %.2f max %.2f (missed %ld)\n", prints.size(), percentile(same, 0.5),
                percentile(same, 0.99), percentile(same, 1.0), static_cast<long>(sameMissed));
    std::printf("different sheets: %zu pairs, %d look alike; min %.2f p1 %.2f median %.2f (taken as same %ld)\n",
                different.size(), alike, percentile(different, 0.0), percentile(different, 0.01),
                percentile(different, 0.5), static_cast<long>(wrongSame));
    std::printf("%.2f ms per comparison (%d)\n", ms / comparisons, comparisons);
    return 0;
}
