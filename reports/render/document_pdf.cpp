#include "document_pdf.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <cmath>

#include "fonts.h"
#include "pdf_determinism.h"

namespace kp::render {

namespace {

constexpr int DPI = 600;                 // device units of the PDF: text is vector, this only sets layout precision
constexpr double MM = DPI / 25.4;        // device units per millimetre
// Margins of Vietnamese administrative documents (Nghị định 30/2020): top and bottom 20 mm,
// left 30 mm (binding), right 15 mm. The footer sits inside the bottom margin.
constexpr double TOP = 20 * MM, BOTTOM = 20 * MM, LEFT = 30 * MM, RIGHT = 15 * MM;

// The office font without hinting: hinted metrics follow the machine's fontconfig settings, and
// the same minutes would break lines differently on another computer.
QFont officeFont(double points, bool bold = false) {
    QFont font(fonts().office);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

const char* alignCss(doc::Align a) {
    switch (a) {
    case doc::Align::Left: return "left";
    case doc::Align::Center: return "center";
    case doc::Align::Right: return "right";
    case doc::Align::Justify: return "justify";
    }
    return "left";
}

// Qt's rich text reads margins and indents in CSS pixels (1/96 inch) whatever the device;
// a margin given in points is not applied at all.
int px(double points) { return static_cast<int>(std::lround(points * 96.0 / 72.0)); }

QString paragraphHtml(const doc::Paragraph& p) {
    QString style = QStringLiteral("margin-top:%1px; margin-bottom:0px; font-size:%2pt; text-align:%3;")
                        .arg(px(p.spaceBefore))
                        .arg(p.points)
                        .arg(QLatin1String(alignCss(p.align)));
    if (p.firstLineIndent) {
        // text-indent, unlike the margins, is in the paint device's own pixels.
        style += QStringLiteral(" text-indent:%1px;").arg(std::lround(10 * MM));
    }
    QString text = esc(p.text);
    if (p.bold) {
        text = QStringLiteral("<b>%1</b>").arg(text);
    }
    if (p.italic) {
        text = QStringLiteral("<i>%1</i>").arg(text);
    }
    if (p.underline) {
        text = QStringLiteral("<u>%1</u>").arg(text);
    }
    return QStringLiteral("<p style=\"%1\">%2</p>").arg(style, text);
}

QString tableHtml(const doc::Table& t) {
    QString html = t.borders ? QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                              "style=\"border-collapse:collapse; border-color:#000; margin-top:4pt\">")
                             : QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">");
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const bool header = static_cast<int>(r) < t.headerRows;
        if (r == 0 && header) {
            html += QStringLiteral("<thead>");
        }
        html += QStringLiteral("<tr>");
        for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
            const int width = c < t.widths.size() ? t.widths[c] : 0;
            html += QStringLiteral("<td width=\"%1%\" valign=\"%2\"%3>")
                        .arg(width)
                        .arg(header ? QLatin1String("middle") : QLatin1String("top"))
                        .arg(header ? QLatin1String(" bgcolor=\"#e8e8e8\"") : QLatin1String(""));
            for (const doc::Paragraph& p : t.rows[r][c].lines) {
                html += paragraphHtml(p);
            }
            html += QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
        if (header && static_cast<int>(r) + 1 == t.headerRows) {
            html += QStringLiteral("</thead>");
        }
    }
    return html + QStringLiteral("</table>");
}

QString bodyHtml(const doc::Document& d) {
    QString html = QStringLiteral("<html><body>");
    for (const doc::Block& block : d.blocks) {
        if (const auto* p = std::get_if<doc::Paragraph>(&block)) {
            html += paragraphHtml(*p);
        } else if (const auto* t = std::get_if<doc::Table>(&block)) {
            html += tableHtml(*t);
        } else {
            html += QStringLiteral("<p style=\"page-break-before:always; margin:0\"></p>");
        }
    }
    return html + QStringLiteral("</body></html>");
}

// The training watermark: large and light across the page, under the text, and once more in
// plain words in the top margin (what a text search or a reader of a cropped copy finds).
void paintWatermark(QPainter& p, const QSizeF& page, const QString& text) {
    p.save();
    QFont font = officeFont(54, true);
    p.setFont(font);
    p.setPen(QColor(200, 40, 40, 70));
    p.translate(page.width() / 2, page.height() / 2);
    p.rotate(-45);
    const QRectF box(-page.width(), -page.height() / 8, 2 * page.width(), page.height() / 4);
    p.drawText(box, Qt::AlignCenter, text);
    p.restore();
    p.save();
    font.setPointSizeF(11);
    p.setFont(font);
    p.setPen(QColor(200, 40, 40));
    p.drawText(QRectF(LEFT, 8 * MM, page.width() - LEFT - RIGHT, 8 * MM), Qt::AlignCenter, text);
    p.restore();
}

void paintFooter(QPainter& p, const QSizeF& page, const QString& text, int number, int count) {
    p.save();
    p.setFont(officeFont(7.5));
    p.setPen(Qt::black);
    const QRectF area(LEFT, page.height() - BOTTOM + 3 * MM, page.width() - LEFT - RIGHT, BOTTOM - 5 * MM);
    const QString pageText = QStringLiteral("Trang %1/%2").arg(number).arg(count);
    p.drawText(area, Qt::AlignRight | Qt::AlignTop, pageText);
    p.drawText(area.adjusted(0, 0, -20 * MM, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, text);
    p.restore();
}

}  // namespace

std::expected<QByteArray, std::string> documentPdf(const doc::Document& d) {
    return writePdf(PdfSetup{d.landscape, DPI, QString::fromStdString(d.title)}, [&](QPdfWriter& writer, QPainter& painter) {
        const QSizeF page(writer.width(), writer.height());
        const QSizeF text(page.width() - LEFT - RIGHT, page.height() - TOP - BOTTOM);
        QTextDocument layout;
        layout.documentLayout()->setPaintDevice(&writer);
        layout.setDefaultFont(officeFont(13));
        layout.setDocumentMargin(0);
        layout.setHtml(bodyHtml(d));
        layout.setPageSize(text);
        const int pages = layout.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0) {
                writer.newPage();
            }
            if (!d.watermark.empty()) {
                paintWatermark(painter, page, QString::fromStdString(d.watermark));
            }
            painter.save();
            painter.translate(LEFT, TOP - i * text.height());
            layout.drawContents(&painter, QRectF(0, i * text.height(), text.width(), text.height()));
            painter.restore();
            paintFooter(painter, page, QString::fromStdString(d.footer), i + 1, pages);
        }
    });
}

}  // namespace kp::render
