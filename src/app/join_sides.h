#pragma once
// A ballot whose list runs on to the back of its sheet is one vote on two faces. The recogniser
// reads each face alone and sends it to review (`multi_side_ballot`: a side is not a whole
// ballot); here the two faces of one sheet of paper, as the scanner reports them
// (scan::PageRef::leaf), become one reading, counted on the first side's line. Nothing else is
// joined: faces next to each other in feeder order may be different voters' (a sheet fed upside
// down, a duplex ballot scanned simplex), and one mixed ballot would be a silent error.
#include <cstddef>
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

// The leaf of a page fed after `previous` (feeder order, 0 before the first): a back page right
// after its front in the same batch shares the front's leaf; any other page starts a new one.
struct FedPage {
    int batch = 0;
    int page = 0;  // 1-based in the batch
    bool back = false;
    int leaf = 0;
};
int leafAfter(const FedPage& previous, int batch, int page, bool back);

}  // namespace kp::app
