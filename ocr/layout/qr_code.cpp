#include "qr_code.h"

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

}  // namespace kp::ballot
