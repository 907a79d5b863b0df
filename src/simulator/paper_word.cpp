// The ballot a congress office types in a word processor: what many congresses print for
// themselves, so the recogniser must read it too. No registration marks, no QR code;
// Liberation Serif (Times New Roman's metrics); a numbered list or a bordered table.
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

#include "paper.h"
#include "reports/render/ballot_painter.h"
#include "reports/render/fonts.h"

namespace kp::sim {

namespace {

constexpr double DMM_PER_POINT = 254.0 / 72.0;
constexpr double MARGIN = 150;  // 15 mm, a word processor's usual margin

QFont officeFont(double points, bool bold = false) {
    QFont f(render::fonts().office);
    f.setPixelSize(static_cast<int>(points * DMM_PER_POINT + 0.5));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

struct WordLayout {
    double width = 0, height = 0, top = 0, pitch = 0, namePoints = 13;
    bool table = false;
    BallotForm form = BallotForm::Strike;
    QString organization, congressName, title;
    std::vector<QString> names;
    // Table columns (x positions): number, name, agree, disagree, right edge.
    double xNumber = 0, xName = 0, xAgree = 0, xDisagree = 0, xEnd = 0;
};

WordLayout wordLayout(const Congress& congress, const Election& election, const RoundSpec& round, bool table) {
    WordLayout w;
    w.form = round.form();
    w.table = table || w.form == BallotForm::YesNo;
    const auto n = static_cast<double>(round.candidates.size());
    const bool a4 = n > 12;
    w.width = a4 ? 2100 : 1480;
    w.height = a4 ? 2970 : 2100;
    w.top = 650;
    // Line spacing 1.5 at 13 pt, shrunk to fit the page.
    w.pitch = std::clamp((w.height - w.top - 250) / std::max(1.0, n + (w.table ? 1 : 0)), 50.0, 75.0);
    w.namePoints = std::min(13.0, w.pitch / DMM_PER_POINT * 0.62);
    w.organization = QString::fromStdString(congress.organization).toUpper();
    w.congressName = QString::fromStdString(congress.name);
    w.title = QString::fromStdString(election.title);
    for (const Candidate& c : round.candidates) {
        w.names.push_back(QString::fromStdString(c.name));
    }
    w.xNumber = MARGIN + 100;
    w.xName = w.xNumber + 130;
    w.xEnd = w.width - MARGIN - 100;
    w.xDisagree = w.form == BallotForm::YesNo ? w.xEnd - 220 : w.xEnd;
    w.xAgree = w.form == BallotForm::YesNo ? w.xDisagree - 220 : w.xEnd;
    return w;
}

double rowTop(const WordLayout& w, std::size_t i) { return w.top + (w.table ? w.pitch : 0) + static_cast<double>(i) * w.pitch; }

void paintWord(QPainter& p, const WordLayout& w) {
    p.fillRect(QRectF(0, 0, w.width, w.height), Qt::white);
    p.setPen(QPen(Qt::black, 4));
    const double half = w.width / 2;
    p.setFont(officeFont(12, true));
    p.drawText(QRectF(MARGIN, 180, half - MARGIN, 120), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, w.organization);
    p.drawText(QRectF(half, 180, half - MARGIN, 60), Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"));
    p.setFont(officeFont(11));
    p.drawText(QRectF(MARGIN, 300, half - MARGIN, 40), Qt::AlignHCenter, QStringLiteral("*"));
    p.setFont(officeFont(17, true));
    p.drawText(QRectF(0, 400, w.width, 90), Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("PHIẾU BẦU CỬ"));
    p.setFont(officeFont(13, true));
    p.drawText(QRectF(MARGIN, 490, w.width - 2 * MARGIN, 140), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, w.title);

    p.setFont(officeFont(w.namePoints));
    if (w.table) {
        const double headerTop = w.top;
        p.setFont(officeFont(11, true));
        p.drawText(QRectF(w.xNumber - 100, headerTop, 230, w.pitch), Qt::AlignCenter, QStringLiteral("STT"));
        p.drawText(QRectF(w.xName, headerTop, w.xAgree - w.xName, w.pitch), Qt::AlignCenter, QStringLiteral("Họ và tên"));
        if (w.form == BallotForm::YesNo) {
            p.drawText(QRectF(w.xAgree, headerTop, 220, w.pitch), Qt::AlignCenter, QStringLiteral("Đồng ý"));
            p.drawText(QRectF(w.xDisagree, headerTop, 220, w.pitch), Qt::AlignCenter | Qt::TextWordWrap,
                       QStringLiteral("Không đồng ý"));
        }
        const double bottom = rowTop(w, w.names.size());
        for (double y = headerTop; y <= bottom + 0.5; y += w.pitch) {
            p.drawLine(QPointF(w.xNumber - 100, y), QPointF(w.xEnd, y));
        }
        for (const double x : {w.xNumber - 100, w.xName - 20, w.xAgree, w.xDisagree, w.xEnd}) {
            p.drawLine(QPointF(x, headerTop), QPointF(x, bottom));
        }
        p.setFont(officeFont(w.namePoints));
    }
    for (std::size_t i = 0; i < w.names.size(); ++i) {
        const double y = rowTop(w, i);
        const QString number = w.table ? QString::number(i + 1) : QStringLiteral("%1.").arg(i + 1);
        const Qt::Alignment align = (w.table ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter;
        p.drawText(QRectF(w.xNumber - 100, y, 200, w.pitch), static_cast<int>(align.toInt()), number);
        p.drawText(QRectF(w.xName, y, w.xAgree - w.xName - 20, w.pitch), Qt::AlignLeft | Qt::AlignVCenter, w.names[i]);
    }
}

}  // namespace

Paper wordPaper(const Congress& congress, const Election& election, const RoundSpec& round, bool table) {
    render::fonts();
    const WordLayout w = wordLayout(congress, election, round, table);
    Paper paper;
    paper.width = w.width;
    paper.height = w.height;
    paper.form = w.form;
    paper.style = w.table ? "word-table" : "word-list";
    const QFontMetricsF metrics(officeFont(w.namePoints));
    for (std::size_t i = 0; i < w.names.size(); ++i) {
        const double y = rowTop(w, i);
        const double baseline = y + (w.pitch - metrics.height()) / 2.0 + metrics.ascent();
        const QRectF tight = metrics.tightBoundingRect(w.names[i]);
        PaperName n;
        n.ink = QRectF(w.xName, baseline + tight.top(), metrics.horizontalAdvance(w.names[i]), tight.height());
        n.family = QRectF(n.ink.x(), n.ink.y(), metrics.horizontalAdvance(w.names[i].section(QLatin1Char(' '), 0, 0)),
                          n.ink.height());
        n.number = QRectF(w.xNumber - 100, y, 200, w.pitch);
        n.band = QRectF(w.xNumber - 100, y, w.xEnd - w.xNumber + 100, w.pitch);
        if (w.form == BallotForm::YesNo) {
            n.agree = QRectF(w.xAgree, y, 220, w.pitch);
            n.disagree = QRectF(w.xDisagree, y, 220, w.pitch);
        }
        paper.names.push_back(n);
    }
    paper.organization = QRectF(MARGIN, 160, w.width / 2 - MARGIN, 120);
    const double listEnd = rowTop(w, w.names.size());
    paper.freeArea = QRectF(MARGIN + 100, listEnd + 80, w.width - 2 * MARGIN - 200,
                            std::max(120.0, w.height - listEnd - 250));
    paper.render = [w](int dpi, bool colour) {
        const auto px = [&](double d) { return static_cast<int>(d * dpi / 254.0 + 0.5); };
        QImage image(px(w.width), px(w.height), colour ? QImage::Format_BGR888 : QImage::Format_Grayscale8);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render::scaleToDmm(painter, dpi);
        paintWord(painter, w);
        return image;
    };
    return paper;
}

}  // namespace kp::sim
