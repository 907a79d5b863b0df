#pragma once
// Reading pages with the recogniser, shared out among the cores: what `recognize` writes and
// what `verify` recomputes from an audit bundle's images.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "src/app/inputs.h"
#include "scanner-drivers/folder/image_files.h"

namespace kp::app {

// One readings line per page, in input order (docs/formats.md §Readings from the recogniser).
// Needs no running Qt application (the templates are drawn offscreen inside).
std::expected<std::vector<nlohmann::ordered_json>, std::string> recognizePages(
    const RoundInput& input, const std::vector<scan::PageRef>& pages, int threads,
    const std::optional<std::string>& debugDir);

}  // namespace kp::app
