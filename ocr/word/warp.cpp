#include "ocr/word/warp.h"

#include <algorithm>
#include <cstring>
#include <immintrin.h>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace kp::ocr::word {

namespace {

// OpenCV's fixed point: the map's results in 1/1024 pixel, rounded to 1/32 (INTER_BITS); the
// four weights are products of (32 − f) and f, so they sum to 1024 exactly.
constexpr int BITS = 5, TAB = 1 << BITS, AB_BITS = 10;

// One pixel at (X, Y) in 1/32 pixel, the image's edge repeated beyond it.
uchar sample(const cv::Mat& s, int X, int Y) {
    const int ix = X >> BITS, iy = Y >> BITS, fx = X & (TAB - 1), fy = Y & (TAB - 1);
    const auto clip = [](int v, int n) { return v < 0 ? 0 : v >= n ? n - 1 : v; };
    const int x0 = clip(ix, s.cols), x1 = clip(ix + 1, s.cols);
    const uchar* top = s.ptr(clip(iy, s.rows));
    const uchar* bottom = s.ptr(clip(iy + 1, s.rows));
    const int sum = top[x0] * (TAB - fx) * (TAB - fy) + top[x1] * fx * (TAB - fy) + bottom[x0] * (TAB - fx) * fy + bottom[x1] * fx * fy;
    return static_cast<uchar>((sum + (1 << (2 * BITS - 1))) >> (2 * BITS));
}

// One row: X = X0 + dx[x], Y = Y0 + dy[x] (in 1/1024 pixel, rounding included). Eight pixels at
// a time where all eight and their neighbours lie within the image — each read as four bytes at
// once (two of them used), or sixteen bytes from the row for the eight: so the lowest row read
// is two above the last, and reads run up to 14 bytes into the next row — the rest one by one.
[[gnu::target("avx2")]] void rowGathered(const cv::Mat& s, uchar* d, int width, int X0, int Y0, const int* dx, const int* dy) {
    const __m256i x0 = _mm256_set1_epi32(X0), y0 = _mm256_set1_epi32(Y0), low = _mm256_set1_epi32(TAB - 1), tab = _mm256_set1_epi32(TAB);
    const __m256i zero = _mm256_setzero_si256(), maxX = _mm256_set1_epi32(s.cols - 2), maxY = _mm256_set1_epi32(s.rows - 3);
    const __m256i step = _mm256_set1_epi32(static_cast<int>(s.step)), round = _mm256_set1_epi32(1 << (2 * BITS - 1));
    // The first two bytes of each 32-bit lane as two 16-bit numbers.
    const __m256i pairs = _mm256_setr_epi8(0, -1, 1, -1, 4, -1, 5, -1, 8, -1, 9, -1, 12, -1, 13, -1, 0, -1, 1, -1, 4, -1, 5, -1, 8, -1, 9, -1, 12, -1, 13, -1);
    const int* base = reinterpret_cast<const int*>(s.data);
    int x = 0;
    for (; x + 8 <= width; x += 8) {
        const __m256i X = _mm256_srai_epi32(_mm256_add_epi32(x0, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(dx + x))), AB_BITS - BITS);
        const __m256i Y = _mm256_srai_epi32(_mm256_add_epi32(y0, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(dy + x))), AB_BITS - BITS);
        const __m256i ix = _mm256_srai_epi32(X, BITS), iy = _mm256_srai_epi32(Y, BITS);
        const __m256i off = _mm256_or_si256(_mm256_or_si256(_mm256_cmpgt_epi32(zero, ix), _mm256_cmpgt_epi32(ix, maxX)),
                                            _mm256_or_si256(_mm256_cmpgt_epi32(zero, iy), _mm256_cmpgt_epi32(iy, maxY)));
        if (!_mm256_testz_si256(off, off)) {
            alignas(32) int xs[8], ys[8];
            _mm256_store_si256(reinterpret_cast<__m256i*>(xs), X);
            _mm256_store_si256(reinterpret_cast<__m256i*>(ys), Y);
            for (int k = 0; k < 8; ++k) {
                d[x + k] = sample(s, xs[k], ys[k]);
            }
            continue;
        }
        const __m256i fx = _mm256_and_si256(X, low), fy = _mm256_and_si256(Y, low);
        __m256i top, bottom;
        // On a page laid nearly straight the eight come from one row, within 16 bytes of it
        // (the row changes once every ~100 pixels at a 0.5° turn): two loads and a shuffle
        // each, no gathers (a fifth less time).
        const int row = _mm256_cvtsi256_si32(iy), left = _mm256_cvtsi256_si32(ix), right = _mm256_extract_epi32(ix, 7);
        const int from = std::min(left, right);  // the map may run right to left
        if (s.cols >= 16 && std::max(left, right) - from <= 14 && _mm256_movemask_epi8(_mm256_cmpeq_epi32(iy, _mm256_set1_epi32(row))) == -1) {
            const __m256i at = _mm256_sub_epi32(ix, _mm256_set1_epi32(from));
            const __m256i pick = _mm256_or_si256(_mm256_or_si256(at, _mm256_set1_epi32(static_cast<int>(0x80008000))),
                                                 _mm256_slli_epi32(_mm256_add_epi32(at, _mm256_set1_epi32(1)), 16));  // (at, –, at + 1, –)
            const uchar* p = s.ptr(row) + from;
            top = _mm256_shuffle_epi8(_mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))), pick);
            bottom = _mm256_shuffle_epi8(_mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + s.step))), pick);
        } else {
            const __m256i at = _mm256_add_epi32(_mm256_mullo_epi32(iy, step), ix);
            top = _mm256_shuffle_epi8(_mm256_i32gather_epi32(base, at, 1), pairs);
            bottom = _mm256_shuffle_epi8(_mm256_i32gather_epi32(base, _mm256_add_epi32(at, step), 1), pairs);
        }
        const __m256i across = _mm256_or_si256(_mm256_sub_epi32(tab, fx), _mm256_slli_epi32(fx, 16));  // (32 − fx, fx)
        const __m256i up = _mm256_sub_epi32(tab, fy);
        const __m256i topWeights = _mm256_mullo_epi16(across, _mm256_or_si256(up, _mm256_slli_epi32(up, 16)));
        const __m256i bottomWeights = _mm256_mullo_epi16(across, _mm256_or_si256(fy, _mm256_slli_epi32(fy, 16)));
        const __m256i sum = _mm256_add_epi32(_mm256_madd_epi16(top, topWeights), _mm256_madd_epi16(bottom, bottomWeights));
        const __m256i v = _mm256_srli_epi32(_mm256_add_epi32(sum, round), 2 * BITS);
        const __m256i bytes = _mm256_packus_epi16(_mm256_packus_epi32(v, v), zero);
        const int first = _mm256_extract_epi32(bytes, 0), second = _mm256_extract_epi32(bytes, 4);
        std::memcpy(d + x, &first, 4);
        std::memcpy(d + x + 4, &second, 4);
    }
    for (; x < width; ++x) {
        d[x] = sample(s, (X0 + dx[x]) >> (AB_BITS - BITS), (Y0 + dy[x]) >> (AB_BITS - BITS));
    }
}

}  // namespace

cv::Mat warpedLinear(const cv::Mat& src, const cv::Mat& map, cv::Size size, Warp use) {
    CV_Assert(src.type() == CV_8U && map.rows == 2 && map.cols == 3);
    cv::Mat out;
    if (use == Warp::OpenCv || !__builtin_cpu_supports("avx2") || src.cols < 2 || src.rows < 3) {
        cv::warpAffine(src, out, map, size, cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
        return out;
    }
    cv::Matx23d m;
    map.convertTo(cv::Mat(2, 3, CV_64F, m.val), CV_64F);
    out.create(size, CV_8U);
    // As OpenCV: the map's terms in x rounded once per column, those in y once per row.
    std::vector<int> dx(static_cast<std::size_t>(size.width)), dy(dx.size());
    for (int x = 0; x < size.width; ++x) {
        dx[static_cast<std::size_t>(x)] = cvRound(m(0, 0) * x * (1 << AB_BITS));
        dy[static_cast<std::size_t>(x)] = cvRound(m(1, 0) * x * (1 << AB_BITS));
    }
    const int half = (1 << AB_BITS) / TAB / 2;  // to the nearest 1/32
    for (int y = 0; y < size.height; ++y) {
        rowGathered(src, out.ptr(y), size.width, cvRound((m(0, 1) * y + m(0, 2)) * (1 << AB_BITS)) + half,
                    cvRound((m(1, 1) * y + m(1, 2)) * (1 << AB_BITS)) + half, dx.data(), dy.data());
    }
    return out;
}

}  // namespace kp::ocr::word
