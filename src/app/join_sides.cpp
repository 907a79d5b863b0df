#include "src/app/join_sides.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "scanner-drivers/batch/scan_log.h"

namespace kp::app {

namespace {

constexpr auto MULTI_SIDE = "multi_side_ballot";

bool isSideOfTwo(const ocr::PageReading& r) {
    return r.status != ocr::Status::Rejected && r.sides == 2;
}

// The later side's names, marks and reasons moved on to the first side's reading.
void merge(ocr::PageReading& first, const ocr::PageReading& later) {
    first.struck.insert(first.struck.end(), later.struck.begin(), later.struck.end());
    first.uncertain.insert(first.uncertain.end(), later.uncertain.begin(), later.uncertain.end());
    first.marks.insert(first.marks.end(), later.marks.begin(), later.marks.end());
    first.scores.insert(first.scores.end(), later.scores.begin(), later.scores.end());
    for (const std::string& reason : later.reasons) {
        first.addReason(reason);
    }
    std::erase(first.reasons, MULTI_SIDE);
    first.status = first.reasons.empty() && first.uncertain.empty() ? ocr::Status::Read : ocr::Status::Review;
}

}  // namespace

std::vector<std::size_t> joinSides(std::vector<ocr::PageReading>& readings, const std::vector<scan::PageRef>& pages) {
    std::vector<std::size_t> joined(readings.size(), NOT_JOINED);
    std::map<int, std::vector<std::size_t>> faces;  // leaf → its pages
    for (std::size_t i = 0; i < pages.size() && i < readings.size(); ++i) {
        if (pages[i].leaf > 0) {
            faces[pages[i].leaf].push_back(i);
        }
    }
    for (const auto& [leaf, pair] : faces) {
        if (pair.size() != 2 || !isSideOfTwo(readings[pair[0]]) || !isSideOfTwo(readings[pair[1]]) ||
            readings[pair[0]].side == readings[pair[1]].side) {
            continue;
        }
        // Either face may come first: a sheet fed upside down gives its back before its front.
        const bool flipped = readings[pair[0]].side == 1;
        const std::size_t first = flipped ? pair[1] : pair[0], later = flipped ? pair[0] : pair[1];
        merge(readings[first], readings[later]);
        joined[first] = later;
        joined[later] = first;
    }
    for (ocr::PageReading& r : readings) {
        if (r.status != ocr::Status::Rejected && r.sides > 1 && r.side > 0) {
            ocr::PageReading later;  // its names, if joined, count on the first side's line
            later.status = ocr::Status::Rejected;
            later.reasons = {"later_side"};
            later.side = r.side;
            later.sides = r.sides;
            r = std::move(later);
        }
    }
    return joined;
}

int Leaves::next(int batch, int page, bool back, bool suspectedRefeed) {
    if (suspectedRefeed) {
        m_page = 0;  // what follows is not the back of the page before the re-feed
        return 0;
    }
    const bool backOfPrevious = back && !m_back && m_page != 0 && m_batch == batch && m_page + 1 == page;
    m_leaf = backOfPrevious ? m_leaf : ++m_count;
    m_batch = batch;
    m_page = page;
    m_back = back;
    return m_leaf;
}

std::expected<std::vector<scan::PageRef>, std::string> scanFolderPages(const std::string& dir) {
    const std::string logPath = (std::filesystem::path(dir) / "scan-log.jsonl").string();
    auto log = scan::readScanLog(logPath);
    if (!log) {
        return std::unexpected(log.error());
    }
    std::vector<scan::PageRef> pages;
    Leaves leaves;
    std::set<std::string> seen;  // images already listed
    int line = 0;
    for (const auto& e : log->events) {
        ++line;
        if (!e.is_object() || e.value("event", "") != "page") {
            continue;
        }
        const auto number = [&](const char* key) { return e.contains(key) && e[key].is_number_integer(); };
        if (!e.contains("file") || !e["file"].is_string() || !number("batch") || !number("page")) {
            return std::unexpected(logPath + " line " + std::to_string(line) +
                                   ": a page without its file, batch and page");
        }
        // A page delivered again after a kill is logged with the same image: the record keeps
        // one sheet an image, so it is read once.
        if (e.contains("sha256") && e["sha256"].is_string() && !seen.insert(e["sha256"].get<std::string>()).second) {
            continue;
        }
        const bool back = e.value("side", "front") == "back";
        const bool refeed = e.contains("refeed_of") && !e["refeed_of"].is_null();
        pages.push_back({(std::filesystem::path(dir) / e["file"].get<std::string>()).string(), 0,
                         leaves.next(e["batch"].get<int>(), e["page"].get<int>(), back, refeed)});
    }
    return pages;
}

}  // namespace kp::app
