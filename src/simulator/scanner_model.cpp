#include "scanner_model.h"

#include <cmath>
#include <numbers>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace kp::sim {

namespace {

// A fold pressed flat: a faint shadow line with a lighter edge beside it, across the sheet.
void addFold(cv::Mat& img, Rng& rng, double pxPerMm) {
    const bool across = chance(rng, 0.7);  // most ballots are folded in half across the list
    const int length = across ? img.rows : img.cols;
    const int at = static_cast<int>(length * uniform(rng, 0.4, 0.6));
    const int width = std::max(1, static_cast<int>(pxPerMm * uniform(rng, 0.6, 1.5)));
    // A shadow, not a line of ink: darken the band by 6–15 %.
    cv::Mat band = across ? img(cv::Rect(0, at, img.cols, width)) : img(cv::Rect(at, 0, width, img.rows));
    band.convertTo(band, -1, 1.0 - uniform(rng, 0.06, 0.15));
}

// Returns whether the tear can be seen on the scan: it took away ink (print, stamp, a pen
// line) or lets a dark scanner background show.
bool tearCorner(cv::Mat& img, Rng& rng, double pxPerMm, const cv::Scalar& background) {
    // A torn corner: 15–25 mm along each edge, with a ragged tear line. Smaller tears that miss
    // every printed mark are invisible on a white-backed scan, and nobody would look twice; a
    // word-processor ballot has no corner marks, so even these may tear off only blank paper.
    const int a = static_cast<int>(pxPerMm * uniform(rng, 15, 25));
    const int b = static_cast<int>(pxPerMm * uniform(rng, 15, 25));
    const int corner = static_cast<int>(uniform(rng, 0, 4));
    std::vector<cv::Point> poly{{0, 0}, {a, 0}};
    for (int i = 1; i < 6; ++i) {
        poly.emplace_back(a - a * i / 6 + static_cast<int>(uniform(rng, -2, 2) * pxPerMm), b * i / 6);
    }
    poly.emplace_back(0, b);
    for (cv::Point& p : poly) {
        if (corner == 1 || corner == 3)
            p.x = img.cols - 1 - p.x;
        if (corner >= 2)
            p.y = img.rows - 1 - p.y;
    }
    cv::Mat piece = cv::Mat::zeros(img.size(), CV_8U);
    cv::fillPoly(piece, std::vector<std::vector<cv::Point>>{poly}, cv::Scalar(255));
    cv::Mat grey;
    if (img.channels() == 3) {
        cv::cvtColor(img, grey, cv::COLOR_BGR2GRAY);
    } else {
        grey = img;
    }
    const bool tookInk = cv::countNonZero((grey < 160) & piece) > 0;
    cv::fillPoly(img, std::vector<std::vector<cv::Point>>{poly}, background);
    return tookInk || background[0] < 128;
}

// Sensor noise: Gaussian, σ grey levels. A 256-pixel tile of noise drawn for this sheet is laid
// over the image with saturating 8-bit adds (its positive part) and subtracts (its negative
// part): as random to the eye and to a recogniser as per-pixel noise, at a fraction of the cost.
void addSensorNoise(cv::Mat& img, double sigma, Rng& rng) {
    constexpr int TILE = 256;
    cv::Mat noise(TILE, TILE, CV_MAKETYPE(CV_32F, img.channels()));
    cv::theRNG().state = rng();  // OpenCV's generator, seeded from the sheet's own
    cv::randn(noise, 0, sigma);
    cv::Mat up, down;
    cv::max(noise, 0, up);
    cv::max(-noise, 0, down);
    up.convertTo(up, img.type());
    down.convertTo(down, img.type());
    const int dx = static_cast<int>(uniform(rng, 0, TILE)), dy = static_cast<int>(uniform(rng, 0, TILE));
    for (int y = -dy; y < img.rows; y += TILE) {
        for (int x = -dx; x < img.cols; x += TILE) {
            const cv::Rect target = cv::Rect(x, y, TILE, TILE) & cv::Rect(0, 0, img.cols, img.rows);
            const cv::Rect source(target.x - x, target.y - y, target.width, target.height);
            cv::Mat roi = img(target);
            cv::add(roi, up(source), roi);
            cv::subtract(roi, down(source), roi);
        }
    }
}

}  // namespace

Scan drawScan(Rng& rng, std::optional<int> dpi, std::optional<bool> colour, bool lineart, bool edge) {
    Scan s;
    constexpr int DPIS[] = {150, 200, 200, 300, 600};  // 200 dpi is the usual ballot setting; 600 with the catalogue
    s.dpi = dpi.value_or(DPIS[std::uniform_int_distribution<int>(0, lineart || edge ? 4 : 3)(rng)]);
    s.colour = colour.value_or(chance(rng, 0.4));
    s.skew = uniform(rng, -3, 3);
    s.shiftX = uniform(rng, -4, 4);
    s.shiftY = uniform(rng, -4, 4);
    s.scale = 1 + uniform(rng, -0.015, 0.015);
    s.blur = chance(rng, 0.6) ? uniform(rng, 0.4, 1.0) : 0;  // the warp's interpolation already softens a little
    s.noise = uniform(rng, 1.5, 6);
    s.jpegQuality = chance(rng, 0.93) ? static_cast<int>(uniform(rng, 60, 96)) : 0;  // ADF scanners mostly write JPEG
    s.darkBackground = chance(rng, 0.3);
    s.upsideDown = chance(rng, 0.1);
    s.streak = chance(rng, 0.03);
    s.fold = chance(rng, 0.4);
    s.lineart = lineart;
    s.threshold = static_cast<int>(uniform(rng, 115, 150));
    s.edge = edge;
    if (lineart) {
        s.colour = false;
        s.jpegQuality = 0;
    }
    if (edge) {  // fed straight against the guide, the frame cut at the sheet
        s.skew = uniform(rng, -0.4, 0.4);
        s.shiftX = -uniform(rng, 0, 2);
        s.shiftY = -uniform(rng, 0, 2);
        s.darkBackground = false;
    }
    return s;
}

void photocopy(cv::Mat& sheet, double scale, double pxPerMm, Rng& rng) {
    for (int generation = 0; generation < 2; ++generation) {
        const double s = generation == 1 ? scale : 1 + uniform(rng, -0.004, 0.004);
        const cv::Point2f centre(static_cast<float>(sheet.cols) / 2, static_cast<float>(sheet.rows) / 2);
        cv::Mat m = cv::getRotationMatrix2D(centre, uniform(rng, -0.4, 0.4), s);
        m.at<double>(0, 2) += uniform(rng, -1, 1) * pxPerMm;
        m.at<double>(1, 2) += uniform(rng, -1, 1) * pxPerMm;
        cv::warpAffine(sheet, sheet, m, sheet.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(255));
        // toner: mid greys darker, light greys gone
        cv::Mat lut(1, 256, CV_8U);
        for (int v = 0; v < 256; ++v) {
            lut.at<uchar>(v) = v > 215 ? 255 : cv::saturate_cast<uchar>((v - 128) * 1.25 + 135);
        }
        cv::LUT(sheet, lut, sheet);
        const int specks = static_cast<int>(uniform(rng, 30, 150));
        for (int i = 0; i < specks; ++i) {
            const cv::Point at(static_cast<int>(uniform(rng, 0, sheet.cols)),
                               static_cast<int>(uniform(rng, 0, sheet.rows)));
            cv::circle(sheet, at, std::max(1, static_cast<int>(uniform(rng, 0.04, 0.18) * pxPerMm)),
                       cv::Scalar::all(uniform(rng, 30, 100)), cv::FILLED, cv::LINE_AA);
        }
    }
}

bool scanSheet(cv::Mat sheet, const Scan& scan, Rng& rng, cv::Mat& scanned) {
    const double pxPerMm = scan.dpi / 25.4;
    const cv::Scalar background = scan.darkBackground ? cv::Scalar::all(uniform(rng, 20, 60)) : cv::Scalar::all(255);
    if (scan.fold) {
        addFold(sheet, rng, pxPerMm);
    }
    bool tearSeen = false;
    if (scan.tornCorner) {
        tearSeen = tearCorner(sheet, rng, pxPerMm, background);
    }
    // The scanner's window is a little larger than the sheet; the sheet lands skewed and shifted.
    // (At the frame's edge: no window, and a millimetre or two cut off the top and the left.)
    const int margin = scan.edge ? 0 : static_cast<int>(pxPerMm * 6);
    const cv::Size window(sheet.cols + 2 * margin, sheet.rows + 2 * margin);
    const cv::Point2f centre(static_cast<float>(sheet.cols) / 2, static_cast<float>(sheet.rows) / 2);
    cv::Mat m = cv::getRotationMatrix2D(centre, scan.skew, scan.scale);
    m.at<double>(0, 2) += margin + scan.shiftX * pxPerMm;
    m.at<double>(1, 2) += margin + scan.shiftY * pxPerMm;
    cv::warpAffine(sheet, scanned, m, window, cv::INTER_LINEAR, cv::BORDER_CONSTANT, background);
    if (scan.upsideDown) {
        cv::rotate(scanned, scanned, cv::ROTATE_180);
    }
    if (scan.blur > 0.3) {
        cv::GaussianBlur(scanned, scanned, cv::Size(), scan.blur);
    }
    if (scan.streak) {
        // Dust on the glass: a thin vertical line the whole height of the scan.
        const int x = static_cast<int>(uniform(rng, 0.1, 0.9) * scanned.cols);
        cv::line(scanned, cv::Point(x, 0), cv::Point(x, scanned.rows - 1), cv::Scalar::all(uniform(rng, 90, 170)),
                 std::max(1, static_cast<int>(pxPerMm * 0.2)));
    }
    addSensorNoise(scanned, scan.noise, rng);
    if (scan.lineart) {
        if (scanned.channels() == 3) {
            cv::cvtColor(scanned, scanned, cv::COLOR_BGR2GRAY);
        }
        cv::threshold(scanned, scanned, scan.threshold, 255, cv::THRESH_BINARY);
    }
    return tearSeen;
}

std::vector<unsigned char> encodeScan(const cv::Mat& image, const Scan& scan) {
    std::vector<unsigned char> bytes;
    if (scan.jpegQuality > 0) {
        cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, scan.jpegQuality});
    } else {
        cv::imencode(".png", image, bytes, {cv::IMWRITE_PNG_COMPRESSION, 1});  // fast: scans are noisy anyway
    }
    return bytes;
}

}  // namespace kp::sim
