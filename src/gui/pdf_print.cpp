#include "src/gui/pdf_print.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <algorithm>

#include "scanner-drivers/folder/pdf_pages.h"

namespace kp::gui {

namespace {

// 300 dpi prints 8-point text sharply; more only makes the spool file bigger.
constexpr int PRINT_DPI_MAX = 300;

QImage toImage(const cv::Mat& gray) {
    return QImage(gray.data, gray.cols, gray.rows, static_cast<qsizetype>(gray.step), QImage::Format_Grayscale8).copy();
}

}  // namespace

QImage pdfPageImage(const QString& pdf, int page, int dpi) {
    std::string error;
    const cv::Mat gray = scan::renderPdfPage(pdf.toStdString(), page, dpi, error);
    return gray.empty() ? QImage() : toImage(gray);
}

QString printPdf(const QString& pdf, QPrinter& printer) {
    const int pages = scan::pdfPageCount(pdf.toStdString());
    if (pages < 1) {
        return QCoreApplication::translate("kp::gui::PdfPrint", "%1 cannot be opened as a PDF").arg(pdf);
    }
    // The PDF page is laid out with its own margins: painted over the whole sheet of paper, the
    // paper turned as the page is (two A5 ballots side by side are an A4 landscape page).
    printer.setFullPage(true);
    std::string firstError;
    const cv::Mat first = scan::renderPdfPage(pdf.toStdString(), 0, 10, firstError);
    if (!first.empty()) {
        printer.setPageOrientation(first.cols > first.rows ? QPageLayout::Landscape : QPageLayout::Portrait);
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        return QCoreApplication::translate("kp::gui::PdfPrint", "The printer cannot be started");
    }
    const int dpi = std::min(printer.resolution(), PRINT_DPI_MAX);
    for (int p = 0; p < pages; ++p) {
        std::string error;
        const cv::Mat gray = scan::renderPdfPage(pdf.toStdString(), p, dpi, error);
        if (gray.empty()) {
            painter.end();
            return QCoreApplication::translate("kp::gui::PdfPrint", "Page %1 of %2 cannot be rendered: %3").arg(p + 1).arg(pdf, QString::fromStdString(error));
        }
        if (p > 0) {
            printer.newPage();
        }
        const QRect paper(QPoint(0, 0), printer.paperRect(QPrinter::DevicePixel).toRect().size());
        const QImage image = toImage(gray);
        // Life size: a ballot's registration marks and name rows are measured in millimetres.
        // Shrunk only when the paper is smaller than the page.
        QSize size = image.size() * (static_cast<double>(printer.resolution()) / dpi);
        if (size.width() > paper.width() || size.height() > paper.height()) {
            size = size.scaled(paper.size(), Qt::KeepAspectRatio);
        }
        painter.drawImage(QRect(QPoint(paper.x() + (paper.width() - size.width()) / 2,
                                       paper.y() + (paper.height() - size.height()) / 2),
                                size),
                          image);
    }
    painter.end();
    return {};
}

}  // namespace kp::gui
