#pragma once
// The ballot's QR code as a matrix of modules (OpenCV's encoder), for the printer to draw as
// vector squares, and the decoder (zbar) the recogniser and the tests use.
#include <expected>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace kp::ballot {

struct QrMatrix {
    int size = 0;                // modules per side, quiet zone excluded
    std::vector<bool> dark;      // row-major, size × size
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

// Version chosen by the encoder for the payload, error correction level M (15 %: a fold or a
// speck of ink over the code still reads).
std::expected<QrMatrix, std::string> encodeQr(const std::string& payload);

// A decoded QR code and where it is: its corners in the code's own frame (top-left,
// bottom-left, bottom-right, top-right of the symbol as printed), in image pixels.
struct QrSymbol {
    std::string text;
    std::vector<cv::Point2f> corners;
};

// Every QR code found in an 8-bit grey image (zbar; Debian's OpenCV is built without its own
// QR decoder). Thread-safe: each call uses its own scanner.
std::vector<QrSymbol> findQr(const cv::Mat& gray);
// findQr in two steps, for callers with several places to look: a quick look (every fourth
// line) at each before the thorough search of any.
std::vector<QrSymbol> glanceQr(const cv::Mat& gray);
std::vector<QrSymbol> searchQr(const cv::Mat& gray);
// Their texts only.
std::vector<std::string> decodeQr(const cv::Mat& gray);

}  // namespace kp::ballot
