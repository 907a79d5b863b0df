// Test helper: puts images into one PDF, a page each at the image's own size (as a scanner
// program saving a batch as PDF does). Usage: kp_to_pdf DPI OUT.pdf IMAGE...
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: kp_to_pdf DPI OUT.pdf IMAGE...\n");
        return 2;
    }
    const int dpi = std::atoi(argv[1]);
    QPdfWriter pdf(QString::fromLocal8Bit(argv[2]));
    pdf.setResolution(dpi);
    QPainter painter;
    for (int i = 3; i < argc; ++i) {
        const QImage image(QString::fromLocal8Bit(argv[i]));
        if (image.isNull()) {
            return 1;
        }
        const QSizeF mm(image.width() * 25.4 / dpi, image.height() * 25.4 / dpi);
        pdf.setPageSize(QPageSize(mm, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (i == 3) {
            painter.begin(&pdf);
        } else {
            pdf.newPage();
        }
        painter.drawImage(QPoint(0, 0), image);
    }
    painter.end();
    return 0;
}
