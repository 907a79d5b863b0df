#pragma once
// PDF pages as images (poppler-cpp): scanner programs often save a batch as one PDF with a
// page per sheet, and auditors receive PDFs. Pages are rendered in grey at `dpi`.
#include <opencv2/core/mat.hpp>
#include <string>

namespace kp::scan {

// Pages in the file; 0 when it cannot be opened (damaged, encrypted, not a PDF).
int pdfPageCount(const std::string& path);
// Page `page` (0-based) in 8-bit grey; empty with `error` set when it cannot be rendered.
cv::Mat renderPdfPage(const std::string& path, int page, int dpi, std::string& error);

}  // namespace kp::scan
