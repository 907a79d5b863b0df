// An audit bundle's files on any text — the audit log, rulings, readings, sheets and the other
// row files that `verify` reads from a bundle anyone may have edited: readBundleRows never
// crashes or throws, every problem names its file, and the rows it takes are held against
// their audit log (store::checkConsistency) without a crash.
//
// The input is the bundle's files one after another, each after a line "--- NAME" (NAME a file
// of the bundle, src/app/bundle.h); text before the first such line is the audit log.
#include <unistd.h>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "fuzz.h"
#include "src/app/bundle.h"
#include "src/store/consistency.h"

using kp::fuzz::require;
namespace fs = std::filesystem;

namespace {

const char* const FILES[] = {
    kp::app::CONGRESS_FILE, kp::app::OPERATORS, kp::app::OPERATOR_STATUS, kp::app::BATCHES,     kp::app::SHEETS,
    kp::app::READINGS,      kp::app::RULINGS,   kp::app::MANUAL_ENTRIES,  kp::app::WORD_BLANKS, kp::app::AUDIT_LOG};

// One folder for the whole run, removed at its end; every input rewrites every file in it.
const fs::path& bundleDir() {
    static const fs::path dir = [] {
        std::string name = (fs::temp_directory_path() / "kp-fuzz-bundle-XXXXXX").string();
        require(mkdtemp(name.data()) != nullptr, "a temporary folder");
        std::atexit([] { fs::remove_all(bundleDir()); });
        return fs::path(name);
    }();
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = kp::fuzz::textOf(data, size);
    std::map<std::string, std::string> files;
    std::string current = kp::app::AUDIT_LOG;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end + 1;
        const std::string_view line = text.substr(start, end - start);
        start = end;
        if (line.starts_with("--- ")) {
            const std::string name(line.substr(4, line.find_last_not_of("\r\n") - 3));
            if (std::ranges::find(FILES, name, [](const char* f) { return std::string_view(f); }) != std::end(FILES)) {
                current = name;
                continue;
            }
        }
        files[current] += line;
    }
    for (const char* file : FILES) {
        std::ofstream(bundleDir() / file, std::ios::binary | std::ios::trunc) << files[file];
    }
    const kp::app::BundleRows read = kp::app::readBundleRows(bundleDir());
    for (const std::string& problem : read.problems) {
        require(std::ranges::any_of(FILES, [&](const char* f) { return problem.starts_with(f); }),
                "a problem names its file");
    }
    (void)kp::store::checkConsistency(read.rows);
    return 0;
}
