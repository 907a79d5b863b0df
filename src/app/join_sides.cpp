#include "src/app/join_sides.h"

#include <algorithm>
#include <map>

namespace kp::app {

namespace {

constexpr auto MULTI_SIDE = "multi_side_ballot";

bool isSideOfTwo(const ocr::PageReading& r) { return r.status != ocr::Status::Rejected && r.sides == 2; }

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

int leafAfter(const FedPage& previous, int batch, int page, bool back) {
    const bool backOfPrevious = back && !previous.back && previous.batch == batch && previous.page + 1 == page;
    return backOfPrevious ? previous.leaf : previous.leaf + 1;
}

}  // namespace kp::app
