#pragma once
// The recognition variation catalogue (docs/recognition-variations.md), as the simulator draws it
// with `simulate --catalogue`: how an office typed its ballot (fonts, sizes, honorifics, posts,
// extra table columns), how the committee stamped each sheet (moved, turned, faint, doubled, the
// blank stamped too or not), the voter's pen (red too) and habit (through the letters' upper or
// lower part, from the list number, along the whole line, past the page's margin), corrected
// yes/no boxes, and the scanner (1-bit, 600 dpi, photocopies, the sheet's edge at the frame).
// Without --catalogue the simulator draws none of these: dry runs keep looking like a hall's scans.
#include <QString>
#include <string>
#include <vector>

#include "voter.h"

namespace kp::sim {

// How an office typed its word-processor ballot (one design a batch: every ballot is a copy).
struct WordDesign {
    QString family;           // empty: the bundled Liberation Serif (Times New Roman's metrics)
    double points = 13;       // the names' size, as the page allows
    QString honorific;        // before each name: "Đồng chí", "Đ/c" or none
    bool post = false;        // a list line goes on after the name: " – Bí thư Chi bộ"
    bool yearColumn = false;  // a table's extra columns: year of birth…
    bool postColumn = false;  // …and post
    std::vector<std::string> tags() const;
};
WordDesign drawWordDesign(Rng& rng);

enum class StrokeHeight { Middle, Upper, Lower };
enum class StrokeExtent { Name, FromNumber, WholeLine, PastMargin };

// One voter's habit with the pen, and the committee's press of the stamp on that sheet.
struct SheetVariation {
    bool redPen = false;
    StrokeHeight height = StrokeHeight::Middle;
    StrokeExtent extent = StrokeExtent::Name;
    double stampDx = 0, stampDy = 0;  // mm from its usual place (±15)
    double stampTurn = 0;             // degrees (±30)
    bool stampFaint = false, stampDouble = false;
    bool lineart = false;  // a 1-bit scan (the scanner's threshold)
    bool edge = false;     // the sheet's edge at the scan's border, a millimetre or two cut
    std::vector<std::string> tags(bool strokes) const;
};
// `catalogue` false: the plain sheet (usual stamp, blue or black pen through the middle).
SheetVariation drawSheetVariation(Rng& rng, bool catalogue);

}  // namespace kp::sim
