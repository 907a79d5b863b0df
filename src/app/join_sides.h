#pragma once
// A ballot whose list runs on to the back of its sheet is one vote on two faces. The recogniser
// reads each face alone and sends it to review (`multi_side_ballot`: a side is not a whole
// ballot); here the two faces of one sheet of paper, as the scanner reports them
// (scan::PageRef::leaf), become one reading, counted on the first side's line. Nothing else is
// joined: faces next to each other in feeder order may be different voters' (a sheet fed upside
// down, a duplex ballot scanned simplex), and one mixed ballot would be a silent error.
#include <cstddef>
#include <expected>
#include <string>
#include <vector>

#include "ocr/recognize/recognize.h"
#include "scanner-drivers/folder/image_files.h"

namespace kp::app {

inline constexpr std::size_t NOT_JOINED = static_cast<std::size_t>(-1);

// Joins the readings in place and returns, for each page, the other face it was joined with, or
// NOT_JOINED. After it a later side never counts on its own line (rejected, `later_side`):
// joined, its names are on the first side's; not joined, the first side stays in review and
// the committee rules the whole ballot from the paper.
std::vector<std::size_t> joinSides(std::vector<ocr::PageReading>& readings, const std::vector<scan::PageRef>& pages);

// The leaves of pages in feeder order, one page at a time (the desktop count as pages come,
// `verify` from the record's sheets, `recognize` from a scan log: all three must pair alike, or
// an auditor's re-reading would differ from the count). A back page right after its front in
// the same batch shares the front's leaf; any other page starts a new one. A page the scan
// session suspected of being a re-feed is never joined (leaf 0: it waits for the committee on
// its own), and the page after it cannot be the back of what came before it.
class Leaves {
public:
    int next(int batch, int page, bool back, bool suspectedRefeed);

private:
    int m_batch = 0, m_page = 0, m_leaf = 0, m_count = 0;
    bool m_back = false;
};

// The pages of a scan folder (DIR/scan-log.jsonl), in feeder order with their leaves, re-fed
// pages included: every page the session stored is read. The error names the log's line.
std::expected<std::vector<scan::PageRef>, std::string> scanFolderPages(const std::string& dir);

}  // namespace kp::app
