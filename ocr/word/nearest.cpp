#include "ocr/word/nearest.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>

namespace kp::ocr {

namespace {

constexpr int WORDS = 4;  // 32-byte descriptors as four 64-bit words

using Descriptor = std::array<std::uint64_t, WORDS>;

std::vector<Descriptor> wordsOf(const cv::Mat& m) {
    std::vector<Descriptor> out(static_cast<std::size_t>(m.rows));
    for (int r = 0; r < m.rows; ++r) {
        std::memcpy(out[static_cast<std::size_t>(r)].data(), m.ptr(r), sizeof(Descriptor));
    }
    return out;
}

// Built twice, the machine's popcount instruction picked at run time where it has one.
__attribute__((target_clones("popcnt", "default")))
void nearestTwoOf(const Descriptor* query, std::size_t queries, const Descriptor* train, std::size_t trains, int* best) {
    for (std::size_t q = 0; q < queries; ++q) {
        int d1 = std::numeric_limits<int>::max(), d2 = d1, i1 = -1, i2 = -1;
        for (std::size_t t = 0; t < trains; ++t) {
            int d = 0;
            for (int w = 0; w < WORDS; ++w) {
                d += std::popcount(query[q][static_cast<std::size_t>(w)] ^ train[t][static_cast<std::size_t>(w)]);
            }
            if (d < d1) {
                d2 = d1;
                i2 = i1;
                d1 = d;
                i1 = static_cast<int>(t);
            } else if (d < d2) {
                d2 = d;
                i2 = static_cast<int>(t);
            }
        }
        best[4 * q] = i1;
        best[4 * q + 1] = d1;
        best[4 * q + 2] = i2;
        best[4 * q + 3] = d2;
    }
}

}  // namespace

std::vector<std::vector<cv::DMatch>> nearestTwo(const cv::Mat& query, const cv::Mat& train) {
    CV_Assert(query.type() == CV_8U && train.type() == CV_8U && query.cols == 32 && train.cols == 32);
    const std::vector<Descriptor> q = wordsOf(query), t = wordsOf(train);
    std::vector<int> best(4 * q.size());
    nearestTwoOf(q.data(), q.size(), t.data(), t.size(), best.data());
    std::vector<std::vector<cv::DMatch>> out(q.size());
    for (std::size_t i = 0; i < q.size(); ++i) {
        for (int k = 0; k < 2; ++k) {
            if (const int index = best[4 * i + 2 * static_cast<std::size_t>(k)]; index >= 0) {
                out[i].emplace_back(static_cast<int>(i), index, static_cast<float>(best[4 * i + 2 * static_cast<std::size_t>(k) + 1]));
            }
        }
    }
    return out;
}

}  // namespace kp::ocr
