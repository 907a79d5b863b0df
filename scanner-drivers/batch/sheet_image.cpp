#include "scanner-drivers/batch/sheet_image.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace kp::scan {

namespace {

constexpr int GLANCE = 16;
constexpr int DARK = 110;  // darker than any paper, lighter than a scanner's dark background (20–60)

// A streak is a column darker than the columns 3–4 pixels either side along the whole scan: seen
// in the column's upper quartile (its paper, not its print), which print never darkens. Such
// columns are painted from their neighbours across, which keeps a stroke or a printed line that
// crosses them. Only columns: a feeder moves the paper past a fixed sensor, so dust on its glass
// draws along the feed, down the image.
void paintOutStreaks(cv::Mat& fine) {
    constexpr int STEP = 4;    // every fourth row is plenty for a quartile
    constexpr int DARKER = 6;  // grey levels: print never darkens a column's paper, noise averages out
    if (fine.cols < 16 || fine.rows < 4 * STEP) {
        return;
    }
    const cv::Mat transposed = fine.t();  // columns as rows: contiguous
    std::vector<int> quartile(static_cast<std::size_t>(fine.cols));
    std::vector<std::uint8_t> column;
    for (int x = 0; x < fine.cols; ++x) {
        const std::uint8_t* row = transposed.ptr<std::uint8_t>(x);
        column.clear();
        for (int y = 0; y < fine.rows; y += STEP) {
            column.push_back(row[y]);
        }
        const auto q = column.begin() + static_cast<std::ptrdiff_t>(column.size() * 3 / 4);
        std::nth_element(column.begin(), q, column.end());
        quartile[static_cast<std::size_t>(x)] = *q;
    }
    // A streak between two columns darkens both by half: those beside a streak count at half.
    std::vector<int> darker(quartile.size(), 0);
    for (std::size_t x = 4; x + 4 < quartile.size(); ++x) {
        darker[x] = std::min({quartile[x - 4], quartile[x - 3], quartile[x + 3], quartile[x + 4]}) - quartile[x];
    }
    std::vector<bool> streak(quartile.size(), false);
    for (std::size_t x = 1; x + 1 < quartile.size(); ++x) {
        streak[x] = darker[x] > DARKER || (2 * darker[x] > DARKER && std::max(darker[x - 1], darker[x + 1]) > DARKER);
    }
    for (int x = 0; x < fine.cols; ++x) {
        if (!streak[static_cast<std::size_t>(x)]) {
            continue;
        }
        int left = x - 1;
        int right = x + 1;
        while (left > 0 && streak[static_cast<std::size_t>(left)]) {
            --left;
        }
        while (right < fine.cols - 1 && streak[static_cast<std::size_t>(right)]) {
            ++right;
        }
        left = std::max(0, left - 1);
        right = std::min(fine.cols - 1, right + 1);
        for (int y = 0; y < fine.rows; ++y) {
            std::uint8_t* row = fine.ptr<std::uint8_t>(y);
            row[x] = static_cast<std::uint8_t>((row[left] + row[right] + 1) / 2);
        }
    }
}

bool darkAtBorder(const cv::Mat& m) {
    double lowest = 255;
    for (const cv::Mat& edge : {m.row(0), m.row(m.rows - 1), m.col(0), m.col(m.cols - 1)}) {
        double low = 0;
        cv::minMaxLoc(edge, &low);
        lowest = std::min(lowest, low);
    }
    return lowest < DARK;
}

// The scanner's dark background around the sheet (and in a torn corner): the dark regions that
// touch the image's border, a little widened to take the paper's shadowed edge.
cv::Mat backgroundOf(const cv::Mat& thumb) {
    if (!darkAtBorder(thumb)) {
        return {};
    }
    const cv::Mat dark = thumb < DARK;
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int n = cv::connectedComponentsWithStats(dark, labels, stats, centroids, 4, CV_32S);
    std::vector<std::uint8_t> outside(static_cast<std::size_t>(n), 0);
    bool any = false;
    for (int i = 1; i < n; ++i) {
        const int x = stats.at<int>(i, cv::CC_STAT_LEFT);
        const int y = stats.at<int>(i, cv::CC_STAT_TOP);
        const bool atBorder = x == 0 || y == 0 || x + stats.at<int>(i, cv::CC_STAT_WIDTH) == thumb.cols ||
                              y + stats.at<int>(i, cv::CC_STAT_HEIGHT) == thumb.rows;
        if (atBorder && stats.at<int>(i, cv::CC_STAT_AREA) > 50) {  // not a print mark cut by the border
            outside[static_cast<std::size_t>(i)] = 255;
            any = true;
        }
    }
    if (!any) {
        return {};
    }
    cv::Mat mask(thumb.size(), CV_8U);
    for (int y = 0; y < thumb.rows; ++y) {
        const int* label = labels.ptr<int>(y);
        std::uint8_t* out = mask.ptr<std::uint8_t>(y);
        for (int x = 0; x < thumb.cols; ++x) {
            out[x] = outside[static_cast<std::size_t>(label[x])];
        }
    }
    cv::dilate(mask, mask, cv::Mat(), cv::Point(-1, -1), 2);
    return mask;
}

// The paper's grey: the thumbnail's upper quartile (paper covers most of a ballot).
int paperLevel(const cv::Mat& thumb) {
    std::array<int, 256> histogram{};
    for (int y = 0; y < thumb.rows; y += 2) {
        const std::uint8_t* row = thumb.ptr<std::uint8_t>(y);
        for (int x = 0; x < thumb.cols; x += 2) {
            ++histogram[row[x]];
        }
    }
    const int total = ((thumb.rows + 1) / 2) * ((thumb.cols + 1) / 2);
    int seen = 0;
    for (int v = 255; v >= 0; --v) {
        seen += histogram[static_cast<std::size_t>(v)];
        if (seen * 4 >= total) {
            return v;
        }
    }
    return 255;
}

std::vector<float> glanceOf(const cv::Mat& thumb) {
    cv::Mat cells;
    cv::resize(thumb, cells, cv::Size(GLANCE, GLANCE), 0, 0, cv::INTER_AREA);
    cells.convertTo(cells, CV_32F);
    cv::Scalar mean;
    cv::Scalar stddev;
    cv::meanStdDev(cells, mean, stddev);
    cells = (cells - mean[0]) / std::max(stddev[0], 1.0);
    return std::vector<float>(cells.begin<float>(), cells.end<float>());
}

}  // namespace

SheetImage sheetImage(const cv::Mat& gray, int dpi, double fineMm) {
    SheetImage s;
    if (gray.empty() || dpi <= 0 || fineMm <= 0) {
        return s;
    }
    const double mm = 25.4 / dpi;
    if (mm < fineMm * 0.95) {
        cv::resize(gray, s.fine, cv::Size(), mm / fineMm, mm / fineMm, cv::INTER_AREA);
        s.fineMm = fineMm;
    } else {
        s.fine = gray.clone();  // painted on below
        s.fineMm = mm;
    }
    if (s.fine.cols < 32 || s.fine.rows < 32) {
        return {};
    }
    paintOutStreaks(s.fine);
    cv::resize(s.fine, s.thumb, cv::Size(), s.fineMm / THUMB_MM, s.fineMm / THUMB_MM, cv::INTER_AREA);
    if (const cv::Mat background = backgroundOf(s.thumb); !background.empty()) {
        const int paper = paperLevel(s.thumb);
        s.thumb.setTo(paper, background);
        cv::Mat onFine;
        cv::resize(background, onFine, s.fine.size(), 0, 0, cv::INTER_NEAREST);
        s.fine.setTo(paper, onFine);
    }
    s.glance = glanceOf(s.thumb);
    s.glanceTurned.assign(s.glance.rbegin(), s.glance.rend());  // the cells turned by 180°
    return s;
}

double glanceDistance(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size() || a.empty()) {
        return 1e9;
    }
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sum += std::abs(a[i] - b[i]);
    }
    return sum / static_cast<double>(a.size());
}

}  // namespace kp::scan
