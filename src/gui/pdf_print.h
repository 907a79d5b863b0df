#pragma once
// Printing and previewing the program's own PDFs (ballots, minutes, reports) without leaving the
// app: each page is rendered by poppler (the library the folder back end reads PDFs with) and
// painted on the printer page for page. Grey: the minutes and ballots are black on white.
#include <QImage>
#include <QString>

class QPrinter;

namespace kp::gui {

// Prints every page of `pdf` life size on `printer` (the paper turned to the page's
// orientation; a page larger than the paper is shrunk to fit); the error in words, or empty.
QString printPdf(const QString& pdf, QPrinter& printer);
// Page `page` (0-based) at `dpi`, for a preview; a null image when it cannot be rendered.
QImage pdfPageImage(const QString& pdf, int page, int dpi);

}  // namespace kp::gui
