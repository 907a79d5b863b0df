// The word reader's page measures that skip work on most sheets (word_page.h) against their
// plain definitions, written out here as the reader had them before: the same answers on
// random pages — specks, strokes, folds and a scanner's dark background along the edges.
#include <doctest/doctest.h>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "ocr/word/word_page.h"

namespace {

using namespace kp::ocr::word;

// A page of `gray` paper at 8 px/mm with what sheets carry, drawn at random.
cv::Mat randomPage(cv::RNG& rng, cv::Size size) {
    cv::Mat page(size, CV_8U, cv::Scalar(235));
    cv::Mat noise(size, CV_8U);
    rng.fill(noise, cv::RNG::NORMAL, 0, 3);
    page += noise;
    for (int i = rng.uniform(0, 40); i > 0; --i) {  // strokes and specks, dark and faint
        const cv::Point a(rng.uniform(0, size.width), rng.uniform(0, size.height));
        const cv::Point b = a + cv::Point(rng.uniform(-120, 120), rng.uniform(-30, 30));
        cv::line(page, a, b, cv::Scalar(rng.uniform(40, 215)), rng.uniform(1, 4));
    }
    if (rng.uniform(0, 2)) {  // a fold along a row or a column: paper 6–15 % darker
        const bool row = rng.uniform(0, 2);
        const int at = rng.uniform(10, (row ? size.height : size.width) - 10);
        const cv::Rect band = row ? cv::Rect(0, at, size.width, rng.uniform(2, 9)) : cv::Rect(at, 0, rng.uniform(2, 9), size.height);
        page(band & cv::Rect(cv::Point(), size)) *= rng.uniform(0.85, 0.94);
    }
    if (rng.uniform(0, 2)) {  // the scanner's background beside an askew sheet
        const std::vector<cv::Point> wedge{{0, size.height}, {0, size.height - rng.uniform(20, 200)}, {rng.uniform(50, size.width), size.height}};
        cv::fillConvexPoly(page, wedge, cv::Scalar(rng.uniform(10, 60)));
        page.colRange(size.width - rng.uniform(1, 12), size.width).setTo(rng.uniform(10, 60));
    }
    return page;
}

double plainPaperLevel(const cv::Mat& gray) {
    cv::Mat hist;
    const int channels[] = {0};
    const int bins[] = {256};
    const float range[] = {0, 256};
    const float* ranges[] = {range};
    cv::calcHist(&gray, 1, channels, cv::Mat(), hist, 1, bins, ranges);
    double seen = 0;
    for (int v = 255; v >= 0; --v) {
        if ((seen += hist.at<float>(v)) >= 0.3 * static_cast<double>(gray.total())) {
            return v;
        }
    }
    return 255;
}

bool plainHasPieceSpanning(const cv::Mat& mask, double size) {
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8);
    for (int i = 1; i < n; ++i) {
        if (stats.at<int>(i, cv::CC_STAT_WIDTH) >= size && stats.at<int>(i, cv::CC_STAT_HEIGHT) >= size) {
            return true;
        }
    }
    return false;
}

std::vector<PageLine> plainPageLines(const cv::Mat& shadows, int pad) {
    std::vector<PageLine> lines;
    for (const bool rows : {true, false}) {
        cv::Mat near, sums;
        cv::dilate(shadows, near, cv::getStructuringElement(cv::MORPH_RECT, rows ? cv::Size(1, 2 * pad + 1) : cv::Size(2 * pad + 1, 1)));
        cv::reduce(near, sums, rows ? 1 : 0, cv::REDUCE_SUM, CV_32S);
        const int length = rows ? shadows.cols : shadows.rows, count = rows ? shadows.rows : shadows.cols;
        for (int i = 0; i < count; ++i) {
            if (sums.at<int>(i) / 255 > length / 2) {
                lines.push_back({rows, std::max(0, i - pad), std::min(count, i + pad + 1)});
            }
        }
    }
    return lines;
}

FaintMarks plainFaintMarks(const cv::Mat& gray, double paper, const std::vector<PageLine>& lines, double share) {
    const cv::Mat faint = darkerThan(gray, share * paper);
    FaintMarks out{faint.clone(), faint.clone()};
    for (const PageLine& line : lines) {
        (line.row ? out.marks.rowRange(line.from, line.to) : out.marks.colRange(line.from, line.to)).setTo(0);
        for (int i = line.from; i < line.to; ++i) {
            const cv::Mat onLine = line.row ? gray.row(i) : gray.col(i).clone();
            cv::Mat target = line.row ? out.onLines.row(i) : out.onLines.col(i);
            cv::bitwise_and(target, onLine < share * plainPaperLevel(onLine), target);
        }
    }
    return out;
}

bool same(const cv::Mat& a, const cv::Mat& b) {
    return a.size() == b.size() && cv::countNonZero(a != b) == 0;
}

}  // namespace

TEST_CASE("word page: paper level, print found, pieces, folds and faint marks as their plain definitions, on 60 random pages") {
    cv::RNG rng(11);
    int withLines = 0, withPieces = 0;
    for (int i = 0; i < 60; ++i) {
        CAPTURE(i);
        const cv::Size size(rng.uniform(301, 700), rng.uniform(301, 700));  // any width: the pooled blocks' last ones partial
        const cv::Mat page = randomPage(rng, size);
        const double paper = paperLevel(page);
        CHECK(paper == plainPaperLevel(page));
        cv::Mat everyFourth;  // a page's level, from every fourth row
        for (int y = 0; y < page.rows; y += PAGE_ROW_STEP) {
            everyFourth.push_back(page.row(y));
        }
        CHECK(paperLevel(page, PAGE_ROW_STEP) == plainPaperLevel(everyFourth));

        const cv::Mat ink = darkerThan(page, 0.6 * paper);
        // The print found on the scan: a blank's print against this page's ink, a pixel either way.
        const cv::Mat print = darkerThan(randomPage(rng, size), 0.6 * paper);
        cv::Mat wide;
        cv::dilate(ink, wide, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3)));
        CHECK(printFound(print, ink) == cv::countNonZero(print & wide));
        // Moved, within a zone.
        const cv::Point by(rng.uniform(-9, 10), rng.uniform(-9, 10));
        cv::Mat moved = cv::Mat::zeros(ink.size(), CV_8U);
        const cv::Rect whole(0, 0, ink.cols, ink.rows);
        ink(whole & (whole + by)).copyTo(moved((whole & (whole + by)) - by));
        CHECK(same(movedInto(ink, by, print), moved & print));

        for (const double piece : {12.0, 13.0, 15.5, 40.0}) {  // 1.5 mm and more; on and off the 4-pixel blocks
            CAPTURE(piece);
            const bool spanning = plainHasPieceSpanning(ink, piece);
            CHECK(hasPieceSpanning(ink, piece) == spanning);
            withPieces += spanning;
        }

        const cv::Mat shadows = darkerThan(page, 0.95 * paper);
        const std::vector<PageLine> lines = pageLines(shadows, 8);
        const std::vector<PageLine> expected = plainPageLines(shadows, 4);
        REQUIRE(lines.size() == expected.size());
        for (std::size_t k = 0; k < lines.size(); ++k) {
            CHECK((lines[k].row == expected[k].row && lines[k].from == expected[k].from && lines[k].to == expected[k].to));
        }
        withLines += !lines.empty();

        const FaintMarks got = faintMarks(page, paper, lines, 0.85), want = plainFaintMarks(page, paper, lines, 0.85);
        CHECK(same(got.marks, want.marks));
        CHECK(same(got.onLines, want.onLines));
        // Only on the sheet: both images (shared or not) within it.
        const cv::Mat sheet = darkerThan(randomPage(rng, size), 0.9 * paper);
        const FaintMarks onSheet = faintMarks(page, paper, lines, 0.85, sheet);
        CHECK(same(onSheet.marks, want.marks & sheet));
        CHECK(same(onSheet.onLines, want.onLines & sheet));
    }
    // The random pages did reach the paths that skip nothing.
    CHECK(withLines >= 10);
    CHECK(withPieces >= 20);
}

TEST_CASE("word page: a piece exactly the size asked, at every offset within the pooled blocks") {
    for (int dx = 0; dx < 4; ++dx) {
        for (int dy = 0; dy < 4; ++dy) {
            for (const int side : {11, 12, 13}) {
                cv::Mat mask = cv::Mat::zeros(101, 103, CV_8U);
                cv::line(mask, cv::Point(20 + dx, 30 + dy), cv::Point(20 + dx + side - 1, 30 + dy + side - 1), cv::Scalar(255));
                mask.at<uchar>(90, 5) = 255;  // a speck elsewhere: the bounding box is not the piece's
                CAPTURE(dx);
                CAPTURE(dy);
                CAPTURE(side);
                CHECK(hasPieceSpanning(mask, 12.0) == (side >= 12));
            }
        }
    }
}

TEST_CASE("word page: shrunk brings a page to the scale asked, close to an area resize") {
    cv::RNG rng(5);
    const cv::Mat page = randomPage(rng, cv::Size(1323, 1871));  // A5 at 8.5 px/mm, say
    cv::Mat blurred;
    cv::GaussianBlur(page, blurred, cv::Size(5, 5), 1.2);  // a scan's blur: no detail finer than a pixel or two
    for (const auto& [from, to] : {std::pair{7.87, 4.0}, {11.81, 4.0}, {5.91, 4.0}, {7.87, 2.0}, {23.62, 2.0}, {8.0, 4.0}}) {
        CAPTURE(from);
        CAPTURE(to);
        const cv::Mat got = shrunk(blurred, from, to);
        cv::Mat area;
        cv::resize(blurred, area, cv::Size(), to / from, to / from, cv::INTER_AREA);
        CHECK(std::abs(got.cols - area.cols) <= 1);
        CHECK(std::abs(got.rows - area.rows) <= 1);
        const cv::Rect common(0, 0, std::min(got.cols, area.cols) - 2, std::min(got.rows, area.rows) - 2);  // its last pixels aside
        cv::Mat diff;
        cv::absdiff(got(common), area(common), diff);
        CHECK(cv::mean(diff)[0] < 2.0);
    }
}

TEST_CASE("word page: shrunk by a whole factor is exactly OpenCV's area resize") {
    cv::RNG rng(9);
    for (int k = 2; k <= 17; ++k) {
        for (int i = 0; i < 4; ++i) {  // sizes the factor divides or not, views into a wider image
            cv::Mat parent(rng.uniform(k, 200) + 3, rng.uniform(k, 200) + 5, CV_8U);  // one block at least
            rng.fill(parent, cv::RNG::UNIFORM, 0, 256);
            const cv::Mat gray = i % 2 ? parent(cv::Rect(2, 1, parent.cols - 5, parent.rows - 3)) : parent;
            cv::Mat area;
            cv::resize(gray, area, cv::Size(), 1.0 / k, 1.0 / k, cv::INTER_AREA);
            const cv::Mat got = shrunk(gray, 4.0 * k, 4.0);
            CAPTURE(k);
            CAPTURE(gray.size());
            REQUIRE(got.size() == area.size());
            CHECK(cv::countNonZero(got != area) == 0);
        }
    }
}

TEST_CASE("word page: the sheet on a dark-backed scan, laid on the blank — its paper kept, the background not") {
    const double mm = 8;                      // the blank's scale
    const cv::Size frame(800, 1100);          // the blank: 100 × 137.5 mm
    const int paperWidth = 650;               // a sheet cut narrower than the blank: its right 18.75 mm are background
    for (const double angle : {-3.0, 0.0, 2.0}) {
        for (const bool white : {false, true}) {
            CAPTURE(angle);
            CAPTURE(white);
            // The scan at 12 px/mm: the blank turned, enlarged by 1.5 and moved into a window
            // with a margin of background all round.
            cv::Mat blankToScan = cv::getRotationMatrix2D(cv::Point2f(400, 550), angle, 1.5);
            blankToScan.at<double>(0, 2) += 300;  // the blank's corners 100 px inside the window, and more
            blankToScan.at<double>(1, 2) += 375;
            cv::Mat paper(frame, CV_8U, cv::Scalar(0));
            paper.colRange(0, paperWidth).setTo(230);
            cv::line(paper, cv::Point(100, 300), cv::Point(500, 300), cv::Scalar(20), 3);  // print, wholly on the paper
            cv::Mat scan(1950, 1500, CV_8U, cv::Scalar(white ? 232 : 30));
            cv::Mat onScan, covered;
            cv::warpAffine(paper, onScan, blankToScan, scan.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
            cv::warpAffine(cv::Mat(frame, CV_8U, cv::Scalar(255)).colRange(0, paperWidth), covered, blankToScan, scan.size(),
                           cv::INTER_NEAREST, cv::BORDER_CONSTANT, cv::Scalar(0));
            onScan.copyTo(scan, covered);
            // The scan at 4 px/mm, and the blank's pixels taken to it (a third of the scan's,
            // pixel centres kept).
            const cv::Mat small = shrunk(scan, 12, 4);
            cv::Mat toSmall;
            cv::Mat(blankToScan / 3).convertTo(toSmall, CV_32F);
            toSmall.col(2) += static_cast<float>(0.5 / 3 - 0.5);
            const cv::Mat area = sheetArea(sheetOn(small, 4), toSmall, frame, mm);
            if (white) {
                CHECK(area.empty());  // no outline to see
                continue;
            }
            REQUIRE(area.size() == frame);
            // Deeper than 2 mm into the paper: on the sheet; more than half a millimetre off it:
            // not (the millimetre along the edge is neither, and the outline is found at 4 px/mm).
            int inside = 0, outside = 0;
            for (int y = 0; y < frame.height; y += 3) {
                for (int x = 0; x < frame.width; x += 3) {
                    const double depth = std::min({x, y, paperWidth - 1 - x, frame.height - 1 - y}) / mm;
                    if (depth > 2) {
                        inside += area.at<uchar>(y, x) == 255;
                        CHECK_MESSAGE(area.at<uchar>(y, x) == 255, "off the sheet at ", x, ", ", y);
                    } else if (depth < -0.5) {
                        outside += area.at<uchar>(y, x) == 0;
                        CHECK_MESSAGE(area.at<uchar>(y, x) == 0, "on the sheet at ", x, ", ", y);
                    }
                }
            }
            CHECK(inside > 50000);
            CHECK(outside > 10000);
        }
    }
}

TEST_CASE("word page: a scan is placed on its blank to a pixel, at its stated resolution or another") {
    // A blank of printed words at 8 px/mm (A5), and scans of it at 200 dpi: turned, moved and
    // noisy. The fitted map must put the blank's corners where the scan has them, within a
    // pixel of the blank (0.125 mm: the reader's print tolerance is 0.35 mm).
    cv::RNG rng(17);
    cv::Mat blank(1680, 1184, CV_8U, cv::Scalar(240));
    for (int line = 0; line < 28; ++line) {
        std::string words;
        for (int w = rng.uniform(3, 7); w > 0; --w) {
            for (int c = rng.uniform(2, 9); c > 0; --c) {
                words += static_cast<char>(rng.uniform(0, 2) ? rng.uniform('a', 'z' + 1) : rng.uniform('A', 'Z' + 1));
            }
            words += ' ';
        }
        cv::putText(blank, words, cv::Point(rng.uniform(60, 200), 120 + line * 55), cv::FONT_HERSHEY_SIMPLEX, 1.1, cv::Scalar(20), 2, cv::LINE_AA);
    }
    const BlankFeatures features = blankFeatures(blank, 8, 1000);
    const double scanPxPerMm = 200 / 25.4;
    for (const double angle : {-2.0, 0.7}) {
        // The truth: blank pixels to the scan's (turned about the page's centre, scaled, moved).
        cv::Mat truth = cv::getRotationMatrix2D(cv::Point2f(592, 840), angle, scanPxPerMm / 8);
        truth.at<double>(0, 2) += 40;
        truth.at<double>(1, 2) += 25;
        cv::Mat scan;
        cv::warpAffine(blank, scan, truth, cv::Size(1250, 1720), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(240));
        cv::Mat noise(scan.size(), CV_8S);
        rng.fill(noise, cv::RNG::NORMAL, 0, 4);
        scan.convertTo(scan, CV_16S);
        scan += noise;
        scan.convertTo(scan, CV_8U);
        for (const double stated : {scanPxPerMm, 150 / 25.4}) {  // right, and a third off: the eight levels' fit
            CAPTURE(angle);
            CAPTURE(stated);
            const Placement p = place(features, blank.size(), scan, stated, 8, false);
            REQUIRE_FALSE(p.warp.empty());
            const cv::Matx23d got(p.warp), want(truth);
            for (const cv::Point2d c : {cv::Point2d(0, 0), cv::Point2d(1183, 0), cv::Point2d(0, 1679), cv::Point2d(1183, 1679)}) {
                const double dx = (got(0, 0) - want(0, 0)) * c.x + (got(0, 1) - want(0, 1)) * c.y + got(0, 2) - want(0, 2);
                const double dy = (got(1, 0) - want(1, 0)) * c.x + (got(1, 1) - want(1, 1)) * c.y + got(1, 2) - want(1, 2);
                CHECK(std::hypot(dx, dy) < 1.0);
            }
        }
    }
}
