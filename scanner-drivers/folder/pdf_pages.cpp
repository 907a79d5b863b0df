#include "scanner-drivers/folder/pdf_pages.h"

#include "scanner-drivers/folder/page_limits.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <memory>

namespace kp::scan {

namespace {

// Poppler reports damage on stderr by default; the caller reports it once, with the file's name.
void quiet(const std::string&, void*) {
}

std::unique_ptr<poppler::document> openPdf(const std::string& path) {
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path));
    if (doc && doc->is_locked()) {
        doc.reset();
    }
    return doc;
}

}  // namespace

int pdfPageCount(const std::string& path) {
    const auto doc = openPdf(path);
    return doc ? doc->pages() : 0;
}

cv::Mat renderPdfPage(const std::string& path, int page, int dpi, std::string& error) {
    const auto doc = openPdf(path);
    if (!doc) {
        error = "the PDF cannot be opened (damaged, encrypted or not a PDF)";
        return {};
    }
    const std::unique_ptr<poppler::page> p(doc->create_page(page));
    if (!p) {
        error = "the PDF has no page " + std::to_string(page + 1);
        return {};
    }
    // Checked before rendering: the renderer allocates the whole page first. The media box can be
    // larger than the crop box the renderer draws; either too large is refused.
    for (const auto box : {poppler::media_box, poppler::crop_box}) {
        const poppler::rectf rect = p->page_rect(box);
        if (std::string big = pointSizeProblem(rect.width(), rect.height()); !big.empty()) {
            error = "page " + std::to_string(page + 1) + " of the PDF: " + big;
            return {};
        }
    }
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    poppler::image image = renderer.render_page(p.get(), dpi, dpi);
    if (!image.is_valid()) {
        error = "page " + std::to_string(page + 1) + " of the PDF cannot be rendered";
        return {};
    }
    return cv::Mat(image.height(), image.width(), CV_8UC1, image.data(),
                   static_cast<std::size_t>(image.bytes_per_row()))
        .clone();
}

}  // namespace kp::scan
