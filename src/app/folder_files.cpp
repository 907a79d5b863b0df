#include "src/app/folder_files.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "scanner-drivers/batch/scan_log.h"
#include "scanner-drivers/folder/image_files.h"
#include "src/common/regular_file.h"

namespace kp::app {

namespace fs = std::filesystem;

namespace {

struct Original {
    std::string name;  // the folder's file the page came from
    int page = 0;      // 1-based within it
};

// The scan log's record of where each page came from: scan folder file → original. A log that
// cannot be read leaves the map empty (the pages then show as not reached, never as counted).
std::map<std::string, Original> originals(const std::string& scanDir) {
    std::map<std::string, Original> out;
    const auto log = scan::readScanLog((fs::path(scanDir) / "scan-log.jsonl").string(), scan::TornLine::Keep);
    if (!log) {
        return out;
    }
    for (const auto& e : log->events) {
        if (!e.is_object() || e.value("event", "") != "page" || !e.contains("original") || !e["original"].is_string() ||
            !e.contains("file") || !e["file"].is_string()) {
            continue;
        }
        const int page =
            e.contains("original_page") && e["original_page"].is_number_integer() ? e["original_page"].get<int>() : 1;
        out[e["file"].get<std::string>()] = {fs::path(e["original"].get<std::string>()).filename().string(), page};
    }
    return out;
}

// A folder entry that is no image file: why, or Sheet when it is one to scan.
FileFate kindOf(const fs::directory_entry& entry, std::string& why) {
    const std::string name = entry.path().filename().string();
    std::error_code ec;
    if (name.starts_with('.')) {
        return FileFate::Hidden;
    }
    if (entry.is_directory(ec)) {
        return FileFate::SubFolder;
    }
    if (!scan::isImageFile(name)) {
        return FileFate::NotAnImage;
    }
    if (const auto problem = notARegularFile(entry.path().string())) {
        why = *problem;
        return problem->starts_with("is a link to nothing") || problem->starts_with("is a loop of links")
                   ? FileFate::BrokenLink
                   : FileFate::NotARegularFile;
    }
    return FileFate::Sheet;
}

}  // namespace

bool blocksCount(FileFate fate) {
    return fate == FileFate::BrokenLink || fate == FileFate::NotARegularFile;
}

std::vector<FolderFile> accountFolder(const std::string& folder, const std::string& scanDir,
                                      const std::vector<ScannedPage>& pages) {
    const auto from = originals(scanDir);
    const auto originalOf = [&](const std::string& file) {
        const auto it = from.find(file);
        return it == from.end() ? Original{} : it->second;
    };
    // The pages of each original, and which file first brought each new sheet in.
    std::map<std::string, std::vector<const ScannedPage*>> pagesOf;
    std::map<std::int64_t, std::string> broughtBy;
    for (const ScannedPage& p : pages) {
        const Original o = originalOf(p.file);
        if (!o.name.empty()) {
            pagesOf[o.name].push_back(&p);
        }
        if (p.newSheet) {
            broughtBy.emplace(p.sheet, o.name);
        }
    }
    std::vector<fs::directory_entry> entries;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        entries.push_back(*it);
    }
    std::ranges::sort(entries, {}, [](const fs::directory_entry& e) { return e.path().filename().string(); });

    std::vector<FolderFile> out;
    for (const fs::directory_entry& entry : entries) {
        FolderFile f;
        f.name = entry.path().filename().string();
        f.fate = kindOf(entry, f.other);
        const auto taken = pagesOf.find(f.name);
        if (f.fate != FileFate::Sheet || taken == pagesOf.end()) {
            f.fate = f.fate == FileFate::Sheet ? FileFate::NotScanned : f.fate;
            out.push_back(std::move(f));
            continue;
        }
        const bool several = taken->second.size() > 1;
        for (const ScannedPage* p : taken->second) {
            FolderFile page = f;
            page.page = several ? originalOf(p->file).page : 0;
            page.sheet = p->sheet;
            if (p->newSheet) {
                page.scanned = (fs::path(scanDir) / p->file).string();
                page.fate = p->undecodable         ? FileFate::Unreadable
                            : !p->refeedOf.empty() ? FileFate::SuspectedRefeed
                                                   : FileFate::Sheet;
                page.other = p->refeedOf.empty() ? std::string() : originalOf(p->refeedOf).name;
            } else {
                const auto first = broughtBy.find(p->sheet);
                page.fate = first != broughtBy.end() ? FileFate::SameAsFile : FileFate::AlreadyInRecord;
                page.other = first != broughtBy.end() ? first->second : std::string();
            }
            out.push_back(std::move(page));
        }
    }
    return out;
}

}  // namespace kp::app
