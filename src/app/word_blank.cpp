#include "word_blank.h"

#include "scanner-drivers/folder/image_files.h"

namespace kp::app {

std::expected<ocr::WordTemplate, std::string> learnBlank(const std::string& path, int dpi, const RoundInput& input) {
    const auto pages = scan::listPages({path});
    if (!pages || pages->empty()) {
        return std::unexpected(path + ": " + (pages ? std::string("no image") : pages.error()));
    }
    const scan::LoadedPage page = scan::loadPage(pages->front());
    if (!page.error.empty()) {
        return std::unexpected(path + ": " + page.error);
    }
    const int used = dpi > 0 ? dpi : page.dpi > 0 ? page.dpi : DEFAULT_SCAN_DPI;
    auto learned = ocr::learnWordTemplate(page.gray, used, input.spec.candidates, input.spec.form());
    if (!learned) {
        return std::unexpected(path + ": " + learned.error());
    }
    return learned;
}

}  // namespace kp::app
