#include "streaks.h"

#include <algorithm>
#include <vector>

namespace kp::ocr {

cv::Mat withoutStreaks(const cv::Mat& gray) {
    // Every fourth row of the middle of the page is enough to see a line its whole height.
    std::vector<int> dark(static_cast<std::size_t>(gray.cols), 0);
    int sampled = 0;
    for (int y = gray.rows / 8; y < gray.rows * 7 / 8; y += 4, ++sampled) {
        const uchar* row = gray.ptr<uchar>(y);
        for (int x = 0; x < gray.cols; ++x) {
            dark[static_cast<std::size_t>(x)] += row[x] < 200 ? 1 : 0;
        }
    }
    constexpr int AWAY = 6;
    const auto isDark = [&](int x, int share) { return dark[static_cast<std::size_t>(x)] * 10 > sampled * share; };
    std::vector<int> streaks;
    for (int x = AWAY; x < gray.cols - AWAY; ++x) {
        if (isDark(x, 8) && !isDark(x - AWAY, 3) && !isDark(x + AWAY, 3)) {
            streaks.push_back(x);
        }
    }
    if (streaks.empty()) {
        return gray;
    }
    // Each streak column takes the mean of the nearest clean columns on either side, so that a
    // dark QR module or a stroke it crosses stays dark.
    cv::Mat clean = gray.clone();
    const auto isStreak = [&](int x) { return std::ranges::binary_search(streaks, x); };
    for (const int x : streaks) {
        int left = x - 1, right = x + 1;
        while (left > 0 && isStreak(left)) --left;
        while (right < gray.cols - 1 && isStreak(right)) ++right;
        for (int y = 0; y < gray.rows; ++y) {
            clean.at<uchar>(y, x) = static_cast<uchar>((gray.at<uchar>(y, left) + gray.at<uchar>(y, right) + 1) / 2);
        }
    }
    return clean;
}

}  // namespace kp::ocr
