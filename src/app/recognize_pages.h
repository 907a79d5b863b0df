#pragma once
// Reading pages with the recogniser, shared out among the cores: what `recognize` writes and
// what `verify` recomputes from an audit bundle's images.
#include <atomic>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "ocr/word/word_template.h"
#include "src/app/inputs.h"
#include "scanner-drivers/folder/image_files.h"

namespace kp::app {

// One readings line per page, in input order (docs/formats.md §Readings from the recogniser).
// Needs no running Qt application (the templates are drawn offscreen inside).
// `onPage` (optional) is called with each page's index and line as soon as it is read, on the
// thread that read it (any of them): the desktop app shows sheets as they come. The two faces
// of a two-sided ballot are read alone first, and called again, on the calling thread, when
// they are joined into one ballot (join_sides.h). `cancel`
// (optional) stops handing out pages; the lines of pages not read stay null. `word` (optional):
// the round's ballots were printed in a word processor and are read against this template
// (ocr/word) instead of KiemPhieu's registration marks and code.
using PageRead = std::function<void(std::size_t index, const nlohmann::ordered_json& line)>;
std::expected<std::vector<nlohmann::ordered_json>, std::string> recognizePages(
    const RoundInput& input, const std::vector<scan::PageRef>& pages, int threads,
    const std::optional<std::string>& debugDir, const PageRead& onPage = {},
    const std::atomic<bool>* cancel = nullptr, const ocr::WordTemplate* word = nullptr);

// How many lines say each status (lines not read, after a cancel, in none).
struct StatusCounts {
    int read = 0, review = 0, rejected = 0;
};
StatusCounts countStatuses(const std::vector<nlohmann::ordered_json>& lines);

}  // namespace kp::app
