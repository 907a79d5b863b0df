#pragma once
// A report as a renderer-neutral document: paragraphs and tables in reading order, plus what
// every page carries (a watermark for training congresses, a footer tying the page to the
// record). The minutes, announcements and listings build one; reports/render writes it as PDF
// (Qt) or ODT, so every format says the same thing.
#include <string>
#include <variant>
#include <vector>

namespace kp::doc {

enum class Align { Left, Center, Right, Justify };

struct Paragraph {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    Align align = Align::Justify;
    int points = 13;      // official documents: Times New Roman 13–14 pt
    int spaceBefore = 0;  // points
    bool firstLineIndent = false;
};

// One table cell may hold several lines (a header block, a signature with its name below).
struct Cell {
    std::vector<Paragraph> lines;
};

struct Table {
    std::vector<int> widths;  // per column, in percent of the text width
    std::vector<std::vector<Cell>> rows;
    int headerRows = 0;   // repeated on every page, bold, shaded
    bool borders = true;  // false: layout only (the header block, the signatures)
};

struct PageBreak {};

using Block = std::variant<Paragraph, Table, PageBreak>;

struct Document {
    std::string title;      // the file's metadata title
    std::string watermark;  // drawn across every page when not empty
    std::string footer;     // on every page, with "Trang x/y"
    bool landscape = false;
    std::vector<Block> blocks;
};

// Shorthands for building documents.
inline Cell cell(std::string text, Align align = Align::Left, bool bold = false) {
    Paragraph p;
    p.text = std::move(text);
    p.align = align;
    p.bold = bold;
    return Cell{{std::move(p)}};
}

}  // namespace kp::doc
