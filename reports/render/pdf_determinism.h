#pragma once
#include <QByteArray>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <expected>
#include <functional>
#include <string>

namespace kp::render {

// Qt writes the current time as the PDF's /CreationDate. Replace it, digit for digit, with a
// fixed date so that the same input gives the same bytes (and the xref offsets stay right).
// Reports whose date comes from the record set it through their own metadata instead.
void fixCreationDate(QByteArray& pdf);

struct PdfSetup {
    bool landscape = false;
    int dpi = 600;  // the writer's device units per inch
    QString title;  // the file's metadata
};

// An A4 PDF, margins none, drawn by `draw` (which adds pages with writer.newPage()): the same
// bytes for the same drawing — fixed creation date, and Qt's hash seed fixed so its PDF engine
// writes the fonts in the same order (a QHash, seeded at random per process). A missing bundled
// font (std::runtime_error) or a failed write comes back as the error.
std::expected<QByteArray, std::string> writePdf(const PdfSetup& setup,
                                                const std::function<void(QPdfWriter&, QPainter&)>& draw);

}  // namespace kp::render
