#include "ballot_painter.h"

#include <QFontMetricsF>
#include <algorithm>
#include <stdexcept>

#include "fonts.h"
#include "ocr/layout/qr_code.h"

namespace kp::render {

namespace {

using ballot::Dmm;
using ballot::Rect;

constexpr double DMM_PER_POINT = 254.0 / 72.0;  // a typographic point is 1/72 inch = 0.3528 mm

QRectF qrect(const Rect& r) { return QRectF(r.x, r.y, r.w, r.h); }

QFont font(double points, bool bold = false) {
    QFont f(fonts().ballot);
    // Pixel sizes are in painter units (0.1 mm) so the size survives the scaling transform.
    f.setPixelSize(static_cast<int>(points * DMM_PER_POINT + 0.5));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);  // identical shapes at every resolution
    return f;
}

// Draws text in a box, shrinking it horizontally when it would overflow (long names).
void fitText(QPainter& p, const QRectF& box, const QString& text, Qt::Alignment align) {
    const QFontMetricsF metrics(p.font());
    const double width = metrics.horizontalAdvance(text);
    if (width <= box.width()) {
        p.drawText(box, static_cast<int>(align | Qt::TextSingleLine), text);
        return;
    }
    p.save();
    const double squeeze = box.width() / width;
    p.translate(box.x(), 0);
    p.scale(squeeze, 1.0);
    p.drawText(QRectF(0, box.y(), width, box.height()), static_cast<int>(align | Qt::TextSingleLine), text);
    p.restore();
}

void paintHeader(QPainter& p, const ballot::BallotLayout& l) {
    const Dmm half = l.width / 2;
    p.setFont(font(10.5, true));
    // The organisation, top-left: the committee's stamp goes over it (Điều 15).
    p.drawText(QRectF(110, 140, half - 130, 110), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               QString::fromStdString(l.organization).toUpper());
    p.setFont(font(9.5));
    p.drawText(QRectF(110, 260, half - 130, 110), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               QString::fromStdString(l.congressName));
    p.setFont(font(10.5, true));
    const QRectF motto(half + 20, 140, half - 130, 60);
    p.drawText(motto, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"));
    const double underline = QFontMetricsF(p.font()).horizontalAdvance(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"));
    p.drawLine(QPointF(motto.center().x() - underline / 2, 200), QPointF(motto.center().x() + underline / 2, 200));

    p.setFont(font(18, true));
    p.drawText(QRectF(0, 380, l.width, 90), Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("PHIẾU BẦU CỬ"));
    QString title = QString::fromStdString(l.title);
    if (l.round > 1) {
        title += QStringLiteral(" (bầu lần thứ %1)").arg(l.round);
    }
    p.setFont(font(12, true));
    p.drawText(QRectF(140, 470, l.width - 280, 110), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);
}

void paintTableHeader(QPainter& p, const ballot::Side& s, const ballot::Row& first) {
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
        if (std::ranges::none_of(s.rows, [&](const ballot::Row& r) { return r.column == static_cast<int>(c); })) {
            continue;  // an empty column on the last side gets no header
        }
        const Rect& column = s.columns[c];
        const Rect h{column.x, column.y, column.w, s.tableHeader.h};
        const Dmm dx = column.x - first.band.x;  // the first row is in column 0
        p.setFont(font(9, true));
        p.drawRect(qrect(h));
        const auto cell = [&](const Rect& r) { return QRectF(r.x + dx, h.y, r.w, h.h); };
        const Rect name{first.name.x - 20, 0, first.name.w + 20, 0};
        p.drawText(cell(first.number), Qt::AlignCenter, QStringLiteral("STT"));
        p.drawText(cell(name), Qt::AlignCenter, QStringLiteral("Họ và tên"));
        p.drawText(cell(first.agree), Qt::AlignCenter, QStringLiteral("Đồng ý"));
        p.drawText(cell(first.disagree), Qt::AlignCenter | Qt::TextWordWrap, QStringLiteral("Không\nđồng ý"));
        for (const Dmm x : {first.name.x - 20 + dx, first.agree.x + dx, first.disagree.x + dx}) {
            p.drawLine(QPointF(x, h.y), QPointF(x, h.bottom()));
        }
    }
}

void paintRow(QPainter& p, const ballot::BallotLayout& l, const ballot::Row& r) {
    const QString name = QString::fromStdString(l.candidates[r.candidate].name);
    p.setFont(nameFont(l));
    if (l.form == BallotForm::Strike) {
        p.drawText(qrect(r.number), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1.").arg(r.candidate + 1));
        fitText(p, qrect(r.name), name, Qt::AlignLeft | Qt::AlignVCenter);
        return;
    }
    // Yes/no table row: grid, number, name, two empty boxes for the voter's X.
    p.drawRect(qrect(r.band));
    for (const Dmm x : {r.name.x - 20, r.agree.x, r.disagree.x}) {
        p.drawLine(QPointF(x, r.band.y), QPointF(x, r.band.bottom()));
    }
    p.drawText(qrect(r.number), Qt::AlignCenter, QString::number(r.candidate + 1));
    fitText(p, qrect(r.name), name, Qt::AlignLeft | Qt::AlignVCenter);
}

void paintQr(QPainter& p, const ballot::BallotLayout& l, const ballot::Side& s) {
    const auto matrix = ballot::encodeQr(l.qrPayload(s.index));
    if (!matrix) {
        throw std::runtime_error(matrix.error());
    }
    const double module = static_cast<double>(s.qr.w) / matrix->size;
    for (int y = 0; y < matrix->size; ++y) {
        for (int x = 0; x < matrix->size; ++x) {
            if (matrix->at(x, y)) {
                // A hair of overlap so that the PDF viewer draws no seams between modules.
                p.fillRect(QRectF(s.qr.x + x * module, s.qr.y + y * module, module + 0.05, module + 0.05), Qt::black);
            }
        }
    }
}

// Text is centred vertically in the row.
double baselineOf(const QFontMetricsF& metrics, const ballot::Row& r) {
    return r.name.y + (r.name.h - metrics.height()) / 2.0 + metrics.ascent();
}

double nameWidth(const QFontMetricsF& metrics, const ballot::BallotLayout& l, const ballot::Row& r) {
    return std::min(metrics.horizontalAdvance(QString::fromStdString(l.candidates[r.candidate].name)),
                    static_cast<double>(r.name.w));
}

}  // namespace

QFont nameFont(const ballot::BallotLayout& l) { return font(l.fontSize / 10.0); }

QRectF nameInkRect(const ballot::BallotLayout& l, const ballot::Row& r) {
    const QFontMetricsF metrics(nameFont(l));
    // The ink spans from the accents' top to the descenders.
    const QRectF ink = metrics.tightBoundingRect(QString::fromStdString(l.candidates[r.candidate].name));
    return QRectF(r.name.x, baselineOf(metrics, r) + ink.top(), nameWidth(metrics, l, r), ink.height());
}

QRectF nameBodyRect(const ballot::BallotLayout& l, const ballot::Row& r) {
    const QFontMetricsF metrics(nameFont(l));
    return QRectF(r.name.x, baselineOf(metrics, r) - metrics.xHeight(), nameWidth(metrics, l, r), metrics.xHeight());
}

void scaleToDmm(QPainter& painter, double dpi) {
    const double perDmm = dpi / 254.0;
    painter.scale(perDmm, perDmm);
}

void paintBallotSide(QPainter& p, const ballot::BallotLayout& l, int sideIndex) {
    const ballot::Side& side = l.sides.at(static_cast<std::size_t>(sideIndex));
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(0, 0, l.width, l.height), Qt::white);
    p.setPen(QPen(Qt::black, 3));  // 0.3 mm rules
    for (const Rect& m : side.marks) {
        p.fillRect(qrect(m), Qt::black);
    }
    if (side.index == 0) {
        paintHeader(p, l);
    }
    if (l.form == BallotForm::YesNo && !side.rows.empty()) {
        paintTableHeader(p, side, side.rows.front());
    }
    for (const ballot::Row& r : side.rows) {
        paintRow(p, l, r);
    }
    paintQr(p, l, side);
    if (l.sides.size() > 1) {
        // A voter who misses the back keeps every name on it: say plainly that the list goes on.
        const bool more = side.index + 1 < static_cast<int>(l.sides.size());
        QFont label = font(more ? 10 : 8);
        label.setBold(more);
        p.setFont(label);
        p.drawText(QRectF(120, l.height - 260, 1000, 60), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("Mặt %1/%2").arg(side.index + 1).arg(l.sides.size()) +
                       (more ? QStringLiteral(" — danh sách còn tiếp ở mặt sau") : QString()));
    }
    p.restore();
}

}  // namespace kp::render
