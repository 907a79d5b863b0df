#include "scanner-drivers/folder/image_files.h"

#include "scanner-drivers/folder/pdf_pages.h"

#include <algorithm>
#include <filesystem>
#include <opencv2/imgcodecs.hpp>

namespace kp::scan {

namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::ranges::transform(ext, ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

bool isTiff(const std::string& path) {
    const std::string ext = lowerExtension(path);
    return ext == ".tif" || ext == ".tiff";
}

bool isPdf(const std::string& path) {
    return lowerExtension(path) == ".pdf";
}

}  // namespace

bool isImageFile(const std::string& path) {
    const std::string ext = lowerExtension(path);
    for (const char* known :
         {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pnm", ".pgm", ".ppm", ".pbm", ".bmp", ".pdf"}) {
        if (ext == known) {
            return true;
        }
    }
    return false;
}

std::vector<PageRef> pagesOf(const std::string& path) {
    std::vector<PageRef> pages;
    if (isPdf(path)) {
        for (int i = 0; i < std::max(pdfPageCount(path), 1); ++i) {  // a damaged PDF: one page, with the error
            pages.push_back({path, i});
        }
    } else if (isTiff(path)) {
        const std::size_t count = cv::imcount(path, cv::IMREAD_GRAYSCALE);
        for (std::size_t i = 0; i < std::max<std::size_t>(count, 1); ++i) {
            pages.push_back({path, static_cast<int>(i)});
        }
    } else {
        pages.push_back({path, 0});
    }
    return pages;
}

std::expected<std::vector<PageRef>, std::string> listPages(const std::vector<std::string>& inputs) {
    std::vector<PageRef> pages;
    const auto addFile = [&](const std::string& path) { std::ranges::copy(pagesOf(path), std::back_inserter(pages)); };
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            std::vector<std::string> files;
            for (const auto& entry : fs::directory_iterator(input, ec)) {
                if (entry.is_regular_file() && isImageFile(entry.path().string())) {
                    files.push_back(entry.path().string());
                }
            }
            std::ranges::sort(files);
            std::ranges::for_each(files, addFile);
        } else if (fs::exists(input, ec)) {
            addFile(input);
        } else {
            return std::unexpected("no such file or folder: " + input);
        }
    }
    return pages;
}

LoadedPage loadPage(const PageRef& ref, int reduce) {
    LoadedPage out;
    try {
        if (isPdf(ref.path)) {
            out.gray = renderPdfPage(ref.path, ref.page, PDF_DPI, out.error);
            out.dpi = PDF_DPI;
        } else if (isTiff(ref.path)) {
            std::vector<cv::Mat> all;
            cv::imreadmulti(ref.path, all, ref.page, 1, cv::IMREAD_GRAYSCALE);
            if (!all.empty()) {
                out.gray = all.front();
            }
        } else {
            out.reduced = reduce >= 8 ? 8 : reduce >= 4 ? 4 : reduce >= 2 ? 2 : 1;
            const int flag = out.reduced == 8   ? cv::IMREAD_REDUCED_GRAYSCALE_8
                             : out.reduced == 4 ? cv::IMREAD_REDUCED_GRAYSCALE_4
                             : out.reduced == 2 ? cv::IMREAD_REDUCED_GRAYSCALE_2
                                                : cv::IMREAD_GRAYSCALE;
            out.gray = cv::imread(ref.path, flag);
        }
    } catch (const cv::Exception& e) {
        out.error = e.what();
    }
    if (out.gray.empty() && out.error.empty()) {
        out.error = "the image cannot be decoded (damaged or not an image)";
    }
    return out;
}

std::string sheetOf(const PageRef& ref) {
    std::string sheet = fs::path(ref.path).stem().string();
    return ref.page == 0 ? sheet : sheet + "#" + std::to_string(ref.page + 1);
}

}  // namespace kp::scan
