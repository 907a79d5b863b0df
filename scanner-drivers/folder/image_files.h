#pragma once
// Image files as pages: given one by one or found in folders (sorted by name), multi-page TIFFs
// and PDFs split into pages. A file that cannot be decoded still yields a page, with the error, so that
// no sheet is ever silently dropped. Used by the folder back end and by `recognize`.
#include <expected>
#include <opencv2/core/mat.hpp>
#include <string>
#include <vector>

namespace kp::scan {

struct PageRef {
    std::string path;
    int page = 0;  // 0-based within a multi-page file
    int leaf = 0;  // the sheet of paper it is a face of, numbered in feeder order, when the scanner
                   // says so (a duplex scan's front and back share it); 0: not known
};

struct LoadedPage {
    cv::Mat gray;
    int dpi = 0;        // known resolution (PDF pages: PDF_DPI); 0 when the file does not say
    int reduced = 1;    // `gray` is the file's pixels at 1/reduced of their size
    std::string error;  // why the page could not be decoded
};

// PDF pages are rendered at this resolution: the recogniser measures at 8 pixels a millimetre.
inline constexpr int PDF_DPI = 200;

// JPEG, PNG, TIFF, PNM/PGM/PPM/PBM, BMP, PDF, by the file name's extension (any case).
bool isImageFile(const std::string& path);
// One file's pages (a multi-page TIFF has several).
std::vector<PageRef> pagesOf(const std::string& path);
// Expands folders; refuses (returns the message) a path that does not exist, and a FIFO,
// device, link to nothing or loop of links given or found among the image files.
std::expected<std::vector<PageRef>, std::string> listPages(const std::vector<std::string>& inputs);
// The image files of a folder, sorted by name; names starting with '.' are files still being
// written by some scanner programs (and editors' temporaries), so they wait. An image name
// that is not a regular file (a broken link, a FIFO) is an error naming it.
std::expected<std::vector<std::string>, std::string> imageFilesIn(const std::string& dir);
// Decodes one page, in grey. Never blocks on a FIFO, never decodes a page larger than
// page_limits.h allows (from the file's header); such pages, and damaged files, come back
// with `error` set.
// `reduce` (1, 2, 4 or 8): decode a JPEG, PNG, PNM or BMP at that fraction of its size, for a
// caller that only looks at the page (a JPEG then skips most of its inverse transforms). TIFF and
// PDF pages come as they are.
LoadedPage loadPage(const PageRef& ref, int reduce = 1);
// The sheet id of a page: the file's name without its extension, and "#2", "#3" … for later pages.
std::string sheetOf(const PageRef& ref);

}  // namespace kp::scan
