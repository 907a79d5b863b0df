#include "marking.h"

#include "pen.h"
#include "reports/render/ballot_painter.h"

namespace kp::sim {

namespace {

void markYesNo(QPainter& p, Rng& rng, const Pen& pen, const Paper& paper, const Intent& intent) {
    for (std::size_t i = 0; i < intent.marks.size(); ++i) {
        const PaperName& n = paper.names[i];
        const bool tickInstead = intent.hard == HardCase::Tick && intent.target == i;
        const auto markBox = [&](const QRectF& box) {
            if (tickInstead) {
                tick(p, rng, pen, box.center(), std::min(box.width(), box.height()) * 0.6);
            } else {
                crossInBox(p, rng, pen, box);
            }
        };
        if (intent.hard == HardCase::BoxCorrected && intent.target == i) {
            correctedBox(p, rng, pen, intent.correctedAgree ? n.agree : n.disagree, intent.correction);
        }
        switch (intent.marks[i]) {
            case Mark::Agree: markBox(n.agree); break;
            case Mark::Disagree: markBox(n.disagree); break;
            case Mark::Both:
                crossInBox(p, rng, pen, n.agree);
                crossInBox(p, rng, pen, n.disagree);
                break;
            case Mark::None: break;
        }
    }
}

}  // namespace

std::vector<std::string> markBallot(QImage& image, int dpi, const Paper& paper, const Intent& intent, Rng& rng,
                                    const QString& stampText, const SheetVariation& v) {
    std::vector<std::string> strokes;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    render::scaleToDmm(p, dpi);
    if (intent.hard != HardCase::MissingStamp && !stampText.isEmpty()) {  // no text: a later side, never stamped
        stamp(p, rng, paper.organization, stampText, v);
    }
    const Pen pen = drawPen(rng, v.redPen);
    if (paper.form == BallotForm::YesNo) {
        markYesNo(p, rng, pen, paper, intent);
    } else {
        for (std::size_t i = 0; i < intent.struck.size(); ++i) {
            if (intent.struck[i]) {
                strokes.push_back(strikeThrough(p, rng, pen, paper.names[i], v, paper.width));
            }
        }
    }
    const PaperName* target = intent.target < paper.names.size() ? &paper.names[intent.target] : nullptr;
    switch (intent.hard) {
        case HardCase::FamilyNameOnly: strikeFamilyName(p, rng, pen, target->family); break;
        case HardCase::Underline: underline(p, rng, pen, target->ink, target->band.bottom()); break;
        case HardCase::Circle: circle(p, rng, pen, target->ink); break;
        case HardCase::Tick:
            if (paper.form == BallotForm::Strike) {
                tick(p, rng, pen, QPointF(target->ink.right() + uniform(rng, 30, 80), target->ink.center().y()), 40);
            }
            break;
        case HardCase::CrossBeside:
            cross(p, rng, pen, QPointF(target->number.left() - uniform(rng, 30, 50), target->band.center().y()), 35);
            break;
        case HardCase::WriteIn: handwriting(p, rng, pen, paper.freeArea); break;
        case HardCase::Signature: signature(p, rng, pen, paper.freeArea); break;
        default: break;
    }
    p.end();
    return strokes;
}

}  // namespace kp::sim
