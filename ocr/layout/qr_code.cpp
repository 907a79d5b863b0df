#include "qr_code.h"

#include <zbar.h>

#include <memory>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

namespace kp::ballot {

std::expected<QrMatrix, std::string> encodeQr(const std::string& payload) {
    try {
        cv::QRCodeEncoder::Params params;
        params.correction_level = cv::QRCodeEncoder::CORRECT_LEVEL_M;
        const cv::Ptr<cv::QRCodeEncoder> encoder = cv::QRCodeEncoder::create(params);
        cv::Mat image;  // one pixel per module, with OpenCV's quiet zone around it
        encoder->encode(payload, image);
        if (image.empty()) {
            return std::unexpected("the QR encoder produced nothing for \"" + payload + "\"");
        }
        // Trim the quiet zone: find the first and last dark row/column.
        cv::Mat darkMask = image < 128;
        const cv::Rect box = cv::boundingRect(darkMask);
        QrMatrix m;
        m.size = box.width;
        m.dark.resize(static_cast<std::size_t>(box.width * box.height));
        for (int y = 0; y < box.height; ++y) {
            for (int x = 0; x < box.width; ++x) {
                m.dark[static_cast<std::size_t>(y * box.width + x)] = darkMask.at<unsigned char>(box.y + y, box.x + x) != 0;
            }
        }
        if (box.width != box.height) {
            return std::unexpected("the QR encoder produced a non-square code");
        }
        return m;
    } catch (const cv::Exception& e) {
        return std::unexpected(std::string("QR encoding failed: ") + e.what());
    }
}

namespace {

std::vector<QrSymbol> zbarScan(const cv::Mat& gray, double scale, int density) {
    std::vector<QrSymbol> found;
    const cv::Mat packed = gray.isContinuous() ? gray : gray.clone();
    const std::unique_ptr<zbar::zbar_image_scanner_t, void (*)(zbar::zbar_image_scanner_t*)> scanner(
        zbar::zbar_image_scanner_create(), zbar::zbar_image_scanner_destroy);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_X_DENSITY, density);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_Y_DENSITY, density);
    const std::unique_ptr<zbar::zbar_image_t, void (*)(zbar::zbar_image_t*)> image(zbar::zbar_image_create(),
                                                                                 zbar::zbar_image_destroy);
    zbar::zbar_image_set_format(image.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(image.get(), static_cast<unsigned>(packed.cols), static_cast<unsigned>(packed.rows));
    zbar::zbar_image_set_data(image.get(), packed.data, packed.total(), nullptr);  // borrowed, not freed
    if (zbar::zbar_scan_image(scanner.get(), image.get()) > 0) {
        for (const zbar::zbar_symbol_t* s = zbar::zbar_image_first_symbol(image.get()); s != nullptr;
             s = zbar::zbar_symbol_next(s)) {
            QrSymbol symbol{std::string(zbar::zbar_symbol_get_data(s), zbar::zbar_symbol_get_data_length(s)), {}};
            for (unsigned i = 0; i < zbar::zbar_symbol_get_loc_size(s); ++i) {
                symbol.corners.emplace_back(static_cast<float>(zbar::zbar_symbol_get_loc_x(s, i) / scale),
                                            static_cast<float>(zbar::zbar_symbol_get_loc_y(s, i) / scale));
            }
            found.push_back(std::move(symbol));
        }
    }
    return found;
}

}  // namespace

// A ballot code's modules are 4 px or more at 150 dpi, its finder patterns 28 px: every fourth
// scan line crosses them several times.
std::vector<QrSymbol> glanceQr(const cv::Mat& gray) {
    return gray.empty() || gray.type() != CV_8UC1 ? std::vector<QrSymbol>{} : zbarScan(gray, 1.0, 4);
}

std::vector<QrSymbol> searchQr(const cv::Mat& gray) {
    if (gray.empty() || gray.type() != CV_8UC1) {
        return {};
    }
    std::vector<QrSymbol> found = zbarScan(gray, 1.0, 2);  // every other line, then all
    if (found.empty()) {
        found = zbarScan(gray, 1.0, 1);
    }
    if (found.empty()) {
        // Low resolution, blur and JPEG soften 3–4 px modules until zbar's own binariser loses
        // them; doubling the resolution and thresholding globally (Otsu) restores the edges.
        cv::Mat up;
        cv::resize(gray, up, cv::Size(), 2, 2, cv::INTER_CUBIC);
        cv::threshold(up, up, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        found = zbarScan(up, 2.0, 1);
    }
    return found;
}

std::vector<QrSymbol> findQr(const cv::Mat& gray) {
    std::vector<QrSymbol> found = glanceQr(gray);
    return found.empty() ? searchQr(gray) : found;
}

std::vector<std::string> decodeQr(const cv::Mat& gray) {
    std::vector<std::string> texts;
    for (QrSymbol& s : findQr(gray)) {
        texts.push_back(std::move(s.text));
    }
    return texts;
}

}  // namespace kp::ballot
