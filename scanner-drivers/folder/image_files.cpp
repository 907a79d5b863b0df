#include "scanner-drivers/folder/image_files.h"

#include "scanner-drivers/folder/page_limits.h"
#include "scanner-drivers/folder/pdf_pages.h"
#include "src/common/regular_file.h"

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
    if (notARegularFile(path)) {  // never opened (a FIFO would block): loadPage says what it is
        pages.push_back({path, 0});
    } else if (isPdf(path)) {
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
            auto files = imageFilesIn(input);
            if (!files) {
                return std::unexpected(files.error());
            }
            std::ranges::for_each(*files, addFile);
        } else if (const auto why = notARegularFile(input)) {
            return std::unexpected(*why == "does not exist" ? "no such file or folder: " + input : input + " " + *why);
        } else {
            addFile(input);
        }
    }
    return pages;
}

std::expected<std::vector<std::string>, std::string> imageFilesIn(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string path = it->path().string();
        const std::string name = it->path().filename().string();
        if (name.starts_with('.') || !isImageFile(name) || it->is_directory(ec)) {
            continue;
        }
        // A broken link or a FIFO among the scans may be a lost sheet: say so, never skip it.
        if (const auto why = notARegularFile(path)) {
            return std::unexpected(path + " " + *why);
        }
        files.push_back(path);
    }
    if (ec) {
        return std::unexpected("cannot list " + dir + ": " + ec.message());
    }
    std::ranges::sort(files);
    return files;
}

LoadedPage loadPage(const PageRef& ref, int reduce) {
    LoadedPage out;
    if (const auto why = notARegularFile(ref.path)) {
        out.error = "the file " + *why;
        return out;
    }
    try {
        if (isPdf(ref.path)) {
            out.gray = renderPdfPage(ref.path, ref.page, PDF_DPI, out.error);
            out.dpi = PDF_DPI;
        } else if (const auto size = imageHeaderSize(ref.path, ref.page); !size) {
            out.error = size.error();
        } else if (std::string big = pixelSizeProblem(size->width, size->height); !big.empty()) {
            out.error = std::move(big);
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
