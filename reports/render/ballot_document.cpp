#include "ballot_document.h"

#include <QPainter>
#include <QPdfWriter>

#include "ballot_painter.h"
#include "fonts.h"
#include "pdf_determinism.h"

namespace kp::render {

namespace {

constexpr int PDF_DPI = 1200;               // QPdfWriter's device units: fine enough for 0.1 mm geometry
constexpr ballot::Dmm A4_LONG = 2970;
constexpr ballot::Dmm CUT_MARK = 40;        // 4 mm ticks at the sheet's edges on the cut line

void cutMarks(QPainter& p, ballot::Dmm x, ballot::Dmm height) {
    p.save();
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(QPointF(x, 0), QPointF(x, CUT_MARK));
    p.drawLine(QPointF(x, height - CUT_MARK), QPointF(x, height));
    p.restore();
}

}  // namespace

std::expected<QByteArray, std::string> ballotPdf(const ballot::BallotLayout& layout) {
    const bool twoUp = layout.paper == ballot::Paper::A5;
    const PdfSetup setup{twoUp, PDF_DPI, QStringLiteral("Phiếu bầu cử – %1").arg(QString::fromStdString(layout.title))};
    return writePdf(setup, [&](QPdfWriter& writer, QPainter& painter) {
        fonts();
        scaleToDmm(painter, PDF_DPI);
        for (std::size_t s = 0; s < layout.sides.size(); ++s) {
            if (s > 0) {
                writer.newPage();
            }
            if (twoUp) {
                // Two identical ballots side by side; the sheet is cut at its middle.
                const ballot::Dmm half = A4_LONG / 2;
                for (const ballot::Dmm x : {(half - layout.width) / 2, half + (half - layout.width) / 2}) {
                    painter.save();
                    painter.translate(x, 0);
                    paintBallotSide(painter, layout, static_cast<int>(s));
                    painter.restore();
                }
                cutMarks(painter, half, layout.height);
            } else {
                paintBallotSide(painter, layout, static_cast<int>(s));
            }
        }
    });
}

QImage ballotImage(const ballot::BallotLayout& layout, int side, double dpi, bool colour) {
    fonts();
    const auto px = [&](ballot::Dmm d) { return static_cast<int>(d * dpi / 254.0 + 0.5); };
    QImage image(px(layout.width), px(layout.height), colour ? QImage::Format_BGR888 : QImage::Format_Grayscale8);
    image.setDotsPerMeterX(static_cast<int>(dpi / 0.0254 + 0.5));
    image.setDotsPerMeterY(static_cast<int>(dpi / 0.0254 + 0.5));
    image.fill(Qt::white);
    QPainter painter(&image);
    scaleToDmm(painter, dpi);
    paintBallotSide(painter, layout, side);
    painter.end();
    return image;
}

}  // namespace kp::render
