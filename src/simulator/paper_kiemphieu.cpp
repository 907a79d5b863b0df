#include <QFontMetricsF>
#include <algorithm>

#include "ocr/layout/ballot_layout.h"
#include "paper.h"
#include "reports/render/ballot_document.h"
#include "reports/render/ballot_painter.h"
#include "reports/render/fonts.h"

namespace kp::sim {

namespace {

QRectF qrect(const ballot::Rect& r) {
    return QRectF(r.x, r.y, r.w, r.h);
}

}  // namespace

std::expected<std::vector<Paper>, std::string> kiemphieuSides(const Congress& congress, const Election& election,
                                                              const RoundSpec& round) {
    auto layout = ballot::layoutBallot(congress, election, round);
    if (!layout) {
        return std::unexpected(layout.error().message());
    }
    render::fonts();
    const QFontMetricsF metrics(render::nameFont(*layout));
    std::vector<Paper> sides;
    for (const ballot::Side& side : layout->sides) {
        Paper paper;
        paper.width = layout->width;
        paper.height = layout->height;
        paper.form = layout->form;
        paper.style = "kiemphieu";
        double listEnd = side.listArea.y;
        for (const ballot::Row& r : side.rows) {
            PaperName n;
            n.ink = render::nameInkRect(*layout, r);
            const QString name = QString::fromStdString(layout->candidates[r.candidate].name);
            const double family = metrics.horizontalAdvance(name.section(QLatin1Char(' '), 0, 0));
            n.family = QRectF(n.ink.x(), n.ink.y(), std::min(family, n.ink.width()), n.ink.height());
            n.number = qrect(r.number);
            n.band = qrect(r.band);
            n.agree = qrect(r.agree);
            n.disagree = qrect(r.disagree);
            paper.names.push_back(n);
            listEnd = std::max(listEnd, static_cast<double>(r.band.bottom()));
        }
        paper.organization = QRectF(110, 120, layout->width / 2 - 130, 120);
        // Below the list, left of the QR code; on a full page, the strip beside the code.
        const double freeTop = std::min(listEnd + 60, static_cast<double>(side.qr.y));
        paper.freeArea = QRectF(150, freeTop, side.qr.x - 250, std::max(120.0, side.qr.bottom() - freeTop));
        paper.render = [l = *layout, index = side.index](int dpi, bool colour) {
            return render::ballotImage(l, index, dpi, colour);
        };
        sides.push_back(std::move(paper));
    }
    return sides;
}

std::expected<Paper, std::string> kiemphieuPaper(const Congress& congress, const Election& election,
                                                 const RoundSpec& round) {
    auto sides = kiemphieuSides(congress, election, round);
    if (!sides) {
        return std::unexpected(sides.error());
    }
    if (sides->size() != 1) {
        return std::unexpected("the simulator makes single-sided ballots only; this list needs " +
                               std::to_string(sides->size()) + " sides");
    }
    return std::move(sides->front());
}

}  // namespace kp::sim
