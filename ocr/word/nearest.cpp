#include "ocr/word/nearest.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>

namespace kp::ocr {

namespace {

constexpr int WORDS = 4;  // 32-byte descriptors as four 64-bit words

// The train descriptors word by word (word w of every descriptor in one array): the distances
// of one query to a block of them are then computed side by side, several per instruction.
struct Columns {
    std::array<std::vector<std::uint64_t>, WORDS> word;
    std::size_t rows = 0;
};

Columns columnsOf(const cv::Mat& m) {
    Columns out;
    out.rows = static_cast<std::size_t>(m.rows);
    for (auto& w : out.word) {
        w.resize(out.rows);
    }
    for (std::size_t r = 0; r < out.rows; ++r) {
        std::uint64_t d[WORDS];
        std::memcpy(d, m.ptr(static_cast<int>(r)), sizeof d);
        for (int w = 0; w < WORDS; ++w) {
            out.word[static_cast<std::size_t>(w)][r] = d[w];
        }
    }
    return out;
}

constexpr std::size_t BLOCK = 64;

// A block's distances are computed together and its least found; only a block with one nearer
// than the second-best so far is gone through in order, which keeps ties to the lower index.
// Inlined into the builds below, each compiled for what a processor may have.
[[gnu::always_inline]] inline void nearestTwoOf(const cv::Mat& query, const Columns& train, int* best) {
    const std::uint64_t* t0 = train.word[0].data();
    const std::uint64_t* t1 = train.word[1].data();
    const std::uint64_t* t2 = train.word[2].data();
    const std::uint64_t* t3 = train.word[3].data();
    std::uint64_t d[BLOCK];
    for (int q = 0; q < query.rows; ++q) {
        std::uint64_t w[WORDS];
        std::memcpy(w, query.ptr(q), sizeof w);
        std::uint64_t d1 = std::numeric_limits<std::uint64_t>::max(), d2 = d1;
        int i1 = -1, i2 = -1;
        for (std::size_t from = 0; from < train.rows; from += BLOCK) {
            const std::size_t n = std::min(BLOCK, train.rows - from);
            std::uint64_t least = std::numeric_limits<std::uint64_t>::max();
            for (std::size_t k = 0; k < n; ++k) {
                const std::size_t t = from + k;
                d[k] = static_cast<std::uint64_t>(std::popcount(w[0] ^ t0[t]) + std::popcount(w[1] ^ t1[t]) +
                                                  std::popcount(w[2] ^ t2[t]) + std::popcount(w[3] ^ t3[t]));
                least = std::min(least, d[k]);
            }
            if (least >= d2) {
                continue;
            }
            for (std::size_t k = 0; k < n; ++k) {
                if (d[k] < d1) {
                    d2 = d1;
                    i2 = i1;
                    d1 = d[k];
                    i1 = static_cast<int>(from + k);
                } else if (d[k] < d2) {
                    d2 = d[k];
                    i2 = static_cast<int>(from + k);
                }
            }
        }
        const auto row = static_cast<std::size_t>(q);
        best[4 * row] = i1;
        best[4 * row + 1] = static_cast<int>(std::min<std::uint64_t>(d1, 1 << 30));
        best[4 * row + 2] = i2;
        best[4 * row + 3] = static_cast<int>(std::min<std::uint64_t>(d2, 1 << 30));
    }
}

[[gnu::target("avx512f,avx512vpopcntdq")]] void nearestTwoVectorPopcount(const cv::Mat& query, const Columns& train, int* best) {
    nearestTwoOf(query, train, best);
}

[[gnu::target("popcnt")]] void nearestTwoPopcount(const cv::Mat& query, const Columns& train, int* best) {
    nearestTwoOf(query, train, best);
}

void nearestTwoPlain(const cv::Mat& query, const Columns& train, int* best) {
    nearestTwoOf(query, train, best);
}

void nearestTwoHere(const cv::Mat& query, const Columns& train, int* best, Popcount use) {
    if (use <= Popcount::Vector && hasVectorPopcount()) {
        nearestTwoVectorPopcount(query, train, best);
    } else if (use <= Popcount::Scalar && __builtin_cpu_supports("popcnt")) {
        nearestTwoPopcount(query, train, best);
    } else {
        nearestTwoPlain(query, train, best);
    }
}

}  // namespace

bool hasVectorPopcount() {
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vpopcntdq");
}

std::vector<std::vector<cv::DMatch>> nearestTwo(const cv::Mat& query, const cv::Mat& train, Popcount use) {
    CV_Assert(query.type() == CV_8U && train.type() == CV_8U && query.cols == 32 && train.cols == 32);
    const auto queries = static_cast<std::size_t>(query.rows);
    std::vector<int> best(4 * queries);
    nearestTwoHere(query, columnsOf(train), best.data(), use);
    std::vector<std::vector<cv::DMatch>> out(queries);
    for (std::size_t i = 0; i < queries; ++i) {
        for (int k = 0; k < 2; ++k) {
            if (const int index = best[4 * i + 2 * static_cast<std::size_t>(k)]; index >= 0) {
                out[i].emplace_back(static_cast<int>(i), index, static_cast<float>(best[4 * i + 2 * static_cast<std::size_t>(k) + 1]));
            }
        }
    }
    return out;
}

}  // namespace kp::ocr
