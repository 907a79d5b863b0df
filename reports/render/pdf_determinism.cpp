#include "pdf_determinism.h"

#include <QBuffer>
#include <QHashFunctions>
#include <QPageLayout>
#include <QPageSize>
#include <stdexcept>

#include "kp_version.h"

namespace kp::render {

void fixCreationDate(QByteArray& pdf) {
    static const QByteArray KEY = "/CreationDate (D:";
    const qsizetype at = pdf.indexOf(KEY);
    if (at < 0) {
        return;
    }
    // D:YYYYMMDDHHmmSS followed by Z or an offset; only the 14 digits change.
    static const QByteArray FIXED = "20000101000000";
    for (qsizetype i = 0; i < FIXED.size() && at + KEY.size() + i < pdf.size(); ++i) {
        pdf[at + KEY.size() + i] = FIXED[i];
    }
}

std::expected<QByteArray, std::string> writePdf(const PdfSetup& setup,
                                                const std::function<void(QPdfWriter&, QPainter&)>& draw) {
    QHashSeed::setDeterministicGlobalSeed();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    try {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         setup.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        writer.setResolution(setup.dpi);
        writer.setTitle(setup.title);
        writer.setCreator(QStringLiteral("KiemPhieu %1").arg(QString::fromLatin1(kp::VERSION)));
        QPainter painter(&writer);
        draw(writer, painter);
        if (!painter.end()) {
            return std::unexpected("the PDF could not be written");
        }
    } catch (const std::runtime_error& e) {
        return std::unexpected(e.what());
    }
    fixCreationDate(bytes);
    return bytes;
}

}  // namespace kp::render
