#pragma once
// A cv::Mat over a QImage's pixels, without copying: 8-bit grey → CV_8UC1, BGR888 → CV_8UC3.
// The image must outlive the view (clone() the view to keep the pixels).
#include <QImage>
#include <opencv2/core/mat.hpp>

namespace kp::render {

inline cv::Mat matView(const QImage& image) {
    const int type = image.format() == QImage::Format_Grayscale8 ? CV_8UC1 : CV_8UC3;
    return cv::Mat(image.height(), image.width(), type, const_cast<uchar*>(image.constBits()),
                   static_cast<std::size_t>(image.bytesPerLine()));
}

}  // namespace kp::render
