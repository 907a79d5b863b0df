#pragma once
// A blank ballot as the simulator sees it: how it looks, and where every name and box is,
// so that simulated voters can mark it. Two kinds: KiemPhieu's own ballot, and a ballot a
// congress office typed in a word processor (no registration marks, no QR code).
#include <QFont>
#include <QImage>
#include <QRectF>
#include <expected>
#include <functional>
#include <string>
#include <vector>

#include "tally/congress.h"
#include "tally/round_spec.h"

namespace kp::sim {

// Geometry in tenths of a millimetre from the page's top-left corner.
struct PaperName {
    QRectF ink;       // the printed name's ink box
    QRectF family;    // the ink box of its first word (the family name)
    QRectF number;    // the printed number ("1." or the STT cell)
    QRectF band;      // the row
    QRectF line;      // the whole printed line, number to its last word or column (empty: as `ink`)
    QRectF agree;     // yes/no form: the "Đồng ý" box
    QRectF disagree;  // yes/no form: the "Không đồng ý" box
};

struct Paper {
    double width = 0;
    double height = 0;
    BallotForm form = BallotForm::Strike;
    std::vector<PaperName> names;  // ballot order
    QRectF organization;           // the committee stamps over it
    QRectF freeArea;               // blank paper below the list: where write-ins and signatures land
    std::string style;             // "kiemphieu" or "word-list" / "word-table"
    std::function<QImage(int dpi, bool colour)> render;  // the blank, unstamped ballot (grey or BGR888)
};

// KiemPhieu's ballot for the round, a Paper a side: a side's names are its rows, in list order
// (a list too long for one side continues on the next, src/ocr/layout).
std::expected<std::vector<Paper>, std::string> kiemphieuSides(const Congress& congress, const Election& election,
                                                              const RoundSpec& round);
// The same for a list that fits one side (the simulator's batches).
std::expected<Paper, std::string> kiemphieuPaper(const Congress& congress, const Election& election,
                                                 const RoundSpec& round);

struct WordDesign;

// A word-processor ballot: Times-like font, a numbered list (`table` false) or a bordered
// table, A5 or A4 by length. Yes/no lists are always a 4-column table. `design` (variation.h):
// another face and size, an honorific before the names, a post after them, a table's extra
// columns; none: the plain ballot.
Paper wordPaper(const Congress& congress, const Election& election, const RoundSpec& round, bool table,
                const WordDesign* design = nullptr);

}  // namespace kp::sim
