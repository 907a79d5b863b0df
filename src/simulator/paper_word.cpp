// The ballot a congress office types in a word processor: what many congresses print for
// themselves, so the recogniser must read it too. No registration marks, no QR code;
// Liberation Serif (Times New Roman's metrics); a numbered list or a bordered table.
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

#include "paper.h"
#include "reports/render/ballot_painter.h"
#include "reports/render/fonts.h"
#include "variation.h"

namespace kp::sim {

namespace {

constexpr double DMM_PER_POINT = 254.0 / 72.0;
constexpr double MARGIN = 150;  // 15 mm, a word processor's usual margin

QFont officeFont(double points, bool bold = false, const QString& family = {}) {
    QFont f(family.isEmpty() ? render::fonts().office : family);
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
    // The catalogue's design: its face, what an office prints beside the name (before it, after
    // it on a list line, in a table's extra columns at xYear and xPost).
    QString family, honorific;
    bool post = false;
    double xYear = 0, xPost = 0;

    QFont nameFont() const { return officeFont(namePoints, false, family); }
    QString before() const { return honorific.isEmpty() ? QString() : honorific + QLatin1Char(' '); }
};

// Posts printed after a name or in a table's column (the catalogue's typed ballots).
const QString POSTS[] = {QStringLiteral("Bí thư Chi bộ"),  QStringLiteral("Phó Bí thư"),
                         QStringLiteral("Chi ủy viên"),    QStringLiteral("Tổ trưởng dân phố"),
                         QStringLiteral("Trưởng khu phố"), QStringLiteral("Đảng viên")};
QString postOf(std::size_t i) {
    return POSTS[i % std::size(POSTS)];
}
QString yearOf(std::size_t i) {
    return QString::number(1958 + (i * 7 + 3) % 32);
}

WordLayout wordLayout(const Congress& congress, const Election& election, const RoundSpec& round, bool table,
                      const WordDesign* design) {
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
    if (design) {
        w.family = design->family;
        w.honorific = design->honorific;
        w.post = design->post && !w.table;
        w.namePoints = std::min(design->points, w.pitch / DMM_PER_POINT * 0.7);
        // An office shrinks the font until the longest line fits the page.
        const double room = (w.table ? w.xAgree : w.width - MARGIN) - w.xName - 20 -
                            (w.table && (design->yearColumn || design->postColumn) ? 560 : 0);
        for (;;) {
            const QFontMetricsF m(w.nameFont());
            double longest = 0;
            for (std::size_t i = 0; i < w.names.size(); ++i) {
                longest =
                    std::max(longest, m.horizontalAdvance(w.before() + w.names[i] +
                                                          (w.post ? QStringLiteral(" – ") + postOf(i) : QString())));
            }
            if (longest <= room || w.namePoints <= 9)
                break;
            w.namePoints -= 0.5;
        }
        if (w.table &&
            (design->yearColumn || design->postColumn)) {  // the extra columns before the boxes' (or the edge)
            double right = w.xAgree;
            if (design->postColumn) {
                right -= 360;
                w.xPost = right;
            }
            right -= 200;
            w.xYear = right;
            if (w.form == BallotForm::Strike) {
                w.xAgree = w.xDisagree = w.xYear;  // the name's cell ends where the columns begin
            }
        }
    }
    return w;
}

double rowTop(const WordLayout& w, std::size_t i) {
    return w.top + (w.table ? w.pitch : 0) + static_cast<double>(i) * w.pitch;
}

// Where the name's cell ends (the first column after it).
double nameCellEnd(const WordLayout& w) {
    return w.xYear > 0 ? w.xYear : w.xAgree;
}

void paintWord(QPainter& p, const WordLayout& w) {
    p.fillRect(QRectF(0, 0, w.width, w.height), Qt::white);
    p.setPen(QPen(Qt::black, 4));
    const double half = w.width / 2;
    p.setFont(officeFont(12, true));
    p.drawText(QRectF(MARGIN, 180, half - MARGIN, 120), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               w.organization);
    p.drawText(QRectF(half, 180, half - MARGIN, 60), Qt::AlignHCenter | Qt::AlignTop,
               QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"));
    p.setFont(officeFont(11));
    p.drawText(QRectF(MARGIN, 300, half - MARGIN, 40), Qt::AlignHCenter, QStringLiteral("*"));
    p.setFont(officeFont(17, true));
    p.drawText(QRectF(0, 400, w.width, 90), Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("PHIẾU BẦU CỬ"));
    p.setFont(officeFont(13, true));
    p.drawText(QRectF(MARGIN, 490, w.width - 2 * MARGIN, 140), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               w.title);

    p.setFont(w.nameFont());
    if (w.table) {
        const double headerTop = w.top;
        p.setFont(officeFont(11, true));
        p.drawText(QRectF(w.xNumber - 100, headerTop, 230, w.pitch), Qt::AlignCenter, QStringLiteral("STT"));
        p.drawText(QRectF(w.xName, headerTop, nameCellEnd(w) - w.xName, w.pitch), Qt::AlignCenter,
                   QStringLiteral("Họ và tên"));
        if (w.xYear > 0) {
            p.drawText(QRectF(w.xYear, headerTop, 200, w.pitch), Qt::AlignCenter, QStringLiteral("Năm sinh"));
        }
        if (w.xPost > 0) {
            p.drawText(QRectF(w.xPost, headerTop, 360, w.pitch), Qt::AlignCenter, QStringLiteral("Chức vụ"));
        }
        if (w.form == BallotForm::YesNo) {
            p.drawText(QRectF(w.xAgree, headerTop, 220, w.pitch), Qt::AlignCenter, QStringLiteral("Đồng ý"));
            p.drawText(QRectF(w.xDisagree, headerTop, 220, w.pitch), Qt::AlignCenter | Qt::TextWordWrap,
                       QStringLiteral("Không đồng ý"));
        }
        const double bottom = rowTop(w, w.names.size());
        for (double y = headerTop; y <= bottom + 0.5; y += w.pitch) {
            p.drawLine(QPointF(w.xNumber - 100, y), QPointF(w.xEnd, y));
        }
        for (const double x : {w.xNumber - 100, w.xName - 20, w.xAgree, w.xDisagree, w.xEnd, w.xYear, w.xPost}) {
            if (x > 0)
                p.drawLine(QPointF(x, headerTop), QPointF(x, bottom));
        }
        p.setFont(w.nameFont());
    }
    for (std::size_t i = 0; i < w.names.size(); ++i) {
        const double y = rowTop(w, i);
        const QString number = w.table ? QString::number(i + 1) : QStringLiteral("%1.").arg(i + 1);
        const Qt::Alignment align = (w.table ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter;
        p.drawText(QRectF(w.xNumber - 100, y, 200, w.pitch), static_cast<int>(align.toInt()), number);
        QString text = w.before() + w.names[i];
        if (w.post) {
            text += QStringLiteral(" – ") + postOf(i);
        }
        const double right = w.table ? nameCellEnd(w) - 20 : w.width - MARGIN;
        p.drawText(QRectF(w.xName, y, right - w.xName, w.pitch), Qt::AlignLeft | Qt::AlignVCenter, text);
        if (w.xYear > 0) {
            p.drawText(QRectF(w.xYear, y, 200, w.pitch), Qt::AlignCenter, yearOf(i));
        }
        if (w.xPost > 0) {
            p.save();
            p.setFont(officeFont(std::min(w.namePoints, 11.0), false, w.family));
            p.drawText(QRectF(w.xPost, y, 360, w.pitch), Qt::AlignCenter, postOf(i));
            p.restore();
        }
    }
}

}  // namespace

Paper wordPaper(const Congress& congress, const Election& election, const RoundSpec& round, bool table,
                const WordDesign* design) {
    render::fonts();
    const WordLayout w = wordLayout(congress, election, round, table, design);
    Paper paper;
    paper.width = w.width;
    paper.height = w.height;
    paper.form = w.form;
    paper.style = w.table ? "word-table" : "word-list";
    const QFontMetricsF metrics(w.nameFont());
    for (std::size_t i = 0; i < w.names.size(); ++i) {
        const double y = rowTop(w, i);
        const double baseline = y + (w.pitch - metrics.height()) / 2.0 + metrics.ascent();
        const QRectF tight = metrics.tightBoundingRect(w.names[i]);
        PaperName n;
        // the name's own words: after the honorific, before the post
        const double x = w.xName + metrics.horizontalAdvance(w.before());
        n.ink = QRectF(x, baseline + tight.top(), metrics.horizontalAdvance(w.names[i]), tight.height());
        const double lineEnd = w.post ? n.ink.right() + metrics.horizontalAdvance(QStringLiteral(" – ") + postOf(i))
                               : w.xPost > 0 ? w.xPost + 300
                               : w.xYear > 0 ? w.xYear + 150
                                             : n.ink.right();
        n.line = QRectF(w.xNumber - 60, n.ink.y(), lineEnd - (w.xNumber - 60), n.ink.height());
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
    paper.freeArea =
        QRectF(MARGIN + 100, listEnd + 80, w.width - 2 * MARGIN - 200, std::max(120.0, w.height - listEnd - 250));
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
