#include "pen.h"

#include <QFont>
#include <QPainterPath>
#include <cmath>
#include <numbers>

#include "reports/render/fonts.h"

namespace kp::sim {

namespace {

QPen qpen(const Pen& pen, double widthFactor = 1.0) {
    QPen q(pen.colour, pen.width * widthFactor, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    return q;
}

// A hand-drawn line from a to b: a slow random wander across the line (≤ `wander`), plus an
// optional wave (amplitude, wavelength).
QPainterPath handLine(Rng& rng, QPointF a, QPointF b, double wander, double amplitude = 0, double wavelength = 60) {
    QPainterPath path(a);
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    const QPointF normal(-d.y() / length, d.x() / length);
    const int steps = std::max(8, static_cast<int>(length / 15));
    double drift = 0;
    const double phase = uniform(rng, 0, 2 * std::numbers::pi);
    for (int i = 1; i <= steps; ++i) {
        const double t = static_cast<double>(i) / steps;
        drift = std::clamp(drift + uniform(rng, -wander, wander) * 0.4, -wander, wander);
        const double wave = amplitude * std::sin(phase + 2 * std::numbers::pi * t * length / wavelength);
        path.lineTo(a + d * t + normal * (drift + wave));
    }
    return path;
}

}  // namespace

Pen drawPen(Rng& rng, bool red) {
    if (red) {  // a red ballpoint: the ink a 1-bit scan may lose
        return {QColor(185 + static_cast<int>(uniform(rng, 0, 30)), 25, 40, 235), uniform(rng, 3.0, 8.0)};
    }
    const bool blue = chance(rng, 0.7);
    // Ballpoint ink is never pure: blue 20,45,150-ish, black a very dark grey.
    const QColor colour =
        blue ? QColor(20 + static_cast<int>(uniform(rng, 0, 25)), 40 + static_cast<int>(uniform(rng, 0, 30)),
                      140 + static_cast<int>(uniform(rng, 0, 40)), 235)
             : QColor(25, 25, 35, 240);
    return {colour, uniform(rng, 3.0, 8.0)};
}

std::string strikeThrough(QPainter& p, Rng& rng, const Pen& pen, const PaperName& name, const SheetVariation& v,
                          double pageWidth) {
    const QRectF& ink = name.ink;
    // Start up to 2 mm before the name or a little into it; end a little short or up to 3 mm after.
    double start = ink.left() - uniform(rng, -0.05 * ink.width(), 20);
    double end = ink.right() + uniform(rng, -0.05 * ink.width(), 30);
    const QRectF line = name.line.isEmpty() ? ink : name.line;
    switch (v.extent) {
        case StrokeExtent::Name: break;
        case StrokeExtent::FromNumber: start = name.number.left() - uniform(rng, 0, 20); break;
        case StrokeExtent::WholeLine:
            start = std::min(start, line.left() - uniform(rng, 0, 20));
            end = std::max(end, line.right() + uniform(rng, 0, 30));
            break;
        case StrokeExtent::PastMargin:
            end = std::min(std::max(line.right(), ink.right()) + uniform(rng, 150, 450),
                           pageWidth > 0 ? pageWidth - 10 : 1e9);
            break;
    }
    // Through the letters' middle (± 15 % of the ink box), or their upper or lower part.
    const double at = v.height == StrokeHeight::Upper   ? uniform(rng, 0.25, 0.4)
                      : v.height == StrokeHeight::Lower ? uniform(rng, 0.62, 0.72)
                                                        : 0.5 + uniform(rng, -0.15, 0.15);
    const double mid = ink.top() + at * ink.height();
    const double roll = uniform(rng, 0, 1);
    p.setPen(qpen(pen));
    p.setBrush(Qt::NoBrush);
    if (roll < 0.10) {  // ruler-straight
        p.drawLine(QPointF(start, mid), QPointF(end, mid + uniform(rng, -3, 3)));
        return "ruler";
    }
    if (roll < 0.30) {  // slanted, up to ±3° (over a long line, as far as stays within the row)
        const double maxRise = ink.height() * 0.5;
        const double rise =
            std::clamp(std::tan(uniform(rng, -3, 3) * std::numbers::pi / 180) * (end - start), -maxRise, maxRise);
        const double through =
            (ink.center().x() - start) / (end - start);  // the line's height at the name's middle is `mid`
        p.drawPath(handLine(rng, QPointF(start, mid - rise * through), QPointF(end, mid + rise * (1 - through)), 3));
        return "slanted";
    }
    if (roll < 0.45) {  // wavy
        p.drawPath(handLine(rng, QPointF(start, mid), QPointF(end, mid), 2, uniform(rng, 4, 9), uniform(rng, 40, 80)));
        return "wavy";
    }
    if (roll < 0.57) {  // double
        const double gap = uniform(rng, 8, 15);
        p.drawPath(handLine(rng, QPointF(start, mid - gap / 2), QPointF(end, mid - gap / 2), 3));
        p.drawPath(handLine(rng, QPointF(start + uniform(rng, -10, 10), mid + gap / 2),
                            QPointF(end + uniform(rng, -10, 10), mid + gap / 2), 3));
        return "double";
    }
    p.drawPath(handLine(rng, QPointF(start, mid), QPointF(end, mid + uniform(rng, -6, 6)), 4));
    return "straight";
}

void strikeFamilyName(QPainter& p, Rng& rng, const Pen& pen, const QRectF& family) {
    p.setPen(qpen(pen));
    const double mid = family.center().y() + uniform(rng, -0.1, 0.1) * family.height();
    p.drawPath(handLine(rng, QPointF(family.left() - uniform(rng, 0, 15), mid),
                        QPointF(family.right() + uniform(rng, 0, 10), mid + uniform(rng, -4, 4)), 3));
}

void underline(QPainter& p, Rng& rng, const Pen& pen, const QRectF& ink, double floor) {
    p.setPen(qpen(pen));
    // Inside the name's row: a line drawn over a table's printed rule cannot be seen on the
    // paper, so nobody — counter or recogniser — could tell it is there.
    const double y = std::min(ink.bottom() + uniform(rng, 5, 12), floor - pen.width / 2 - 7);
    p.drawPath(
        handLine(rng, QPointF(ink.left() - uniform(rng, 0, 15), y), QPointF(ink.right() + uniform(rng, 0, 15), y), 3));
}

void circle(QPainter& p, Rng& rng, const Pen& pen, const QRectF& ink) {
    p.setPen(qpen(pen));
    p.setBrush(Qt::NoBrush);
    const QRectF around =
        ink.adjusted(-uniform(rng, 15, 40), -uniform(rng, 12, 25), uniform(rng, 15, 40), uniform(rng, 12, 25));
    QPainterPath path;
    const double turn = uniform(rng, 1.05, 1.2);  // a hand-drawn loop overlaps where it started
    const int steps = 48;
    for (int i = 0; i <= steps; ++i) {
        const double a = 2 * std::numbers::pi * turn * i / steps;
        const double r = 1 + uniform(rng, -0.03, 0.03);
        const QPointF pt(around.center().x() + r * around.width() / 2 * std::cos(a),
                         around.center().y() + r * around.height() / 2 * std::sin(a));
        i == 0 ? path.moveTo(pt) : path.lineTo(pt);
    }
    p.drawPath(path);
}

void tick(QPainter& p, Rng& rng, const Pen& pen, const QPointF& at, double size) {
    p.setPen(qpen(pen));
    QPainterPath path(at + QPointF(-size * 0.45, 0));
    path.lineTo(at + QPointF(-size * 0.1, size * 0.4 + uniform(rng, -5, 5)));
    path.lineTo(at + QPointF(size * 0.55, -size * 0.55 + uniform(rng, -5, 5)));
    p.drawPath(path);
}

void cross(QPainter& p, Rng& rng, const Pen& pen, const QPointF& at, double size) {
    p.setPen(qpen(pen));
    const double h = size / 2;
    p.drawPath(handLine(rng, at + QPointF(-h, -h), at + QPointF(h, h), 2));
    p.drawPath(handLine(rng, at + QPointF(h + uniform(rng, -5, 5), -h), at + QPointF(-h, h + uniform(rng, -5, 5)), 2));
}

void crossInBox(QPainter& p, Rng& rng, const Pen& pen, const QRectF& box) {
    const double size = std::min(box.width(), box.height()) * uniform(rng, 0.45, 0.75);
    cross(p, rng, pen,
          box.center() + QPointF(uniform(rng, -0.1, 0.1) * box.width(), uniform(rng, -0.08, 0.08) * box.height()),
          size);
}

void correctedBox(QPainter& p, Rng& rng, const Pen& pen, const QRectF& box, Correction how) {
    crossInBox(p, rng, pen, box);
    p.setPen(qpen(pen));
    const QRectF inside =
        box.adjusted(box.width() * 0.15, box.height() * 0.15, -box.width() * 0.15, -box.height() * 0.15);
    switch (how) {
        case Correction::Scribbled:
        case Correction::BothOneScribbled: {  // zigzags back and forth over the X
            QPainterPath path(inside.topLeft());
            const int turns = 6 + static_cast<int>(uniform(rng, 0, 5));
            for (int i = 1; i <= turns; ++i) {
                const double y = inside.top() + inside.height() * i / turns;
                path.lineTo(
                    QPointF(i % 2 ? inside.right() + uniform(rng, -5, 5) : inside.left() + uniform(rng, -5, 5), y));
            }
            p.drawPath(path);
            break;
        }
        case Correction::CrossedOut:  // two or three lines across it
            for (int i = 0, lines = 2 + static_cast<int>(uniform(rng, 0, 2)); i < lines; ++i) {
                const double y = inside.top() + inside.height() * (i + 0.5) / lines;
                p.drawPath(handLine(rng, QPointF(inside.left() - 5, y + uniform(rng, -6, 6)),
                                    QPointF(inside.right() + 5, y + uniform(rng, -6, 6)), 2));
            }
            break;
        case Correction::Filled: {  // blacked out: tight strokes up and down
            QPainterPath path(inside.topLeft());
            for (double x = inside.left(); x < inside.right(); x += pen.width * 1.2) {
                path.lineTo(
                    QPointF(x, path.currentPosition().y() < inside.center().y() ? inside.bottom() : inside.top()));
            }
            p.drawPath(path);
            break;
        }
        case Correction::Overwritten:  // another mark over it: a loop or a tick
            if (chance(rng, 0.5)) {
                p.drawEllipse(box.center(), box.width() * 0.3, box.height() * 0.3);
            } else {
                tick(p, rng, pen, box.center() + QPointF(0, box.height() * 0.1),
                     std::min(box.width(), box.height()) * 0.6);
            }
            break;
        case Correction::None: break;
    }
}

void handwriting(QPainter& p, Rng& rng, const Pen& pen, const QRectF& area) {
    // Cursive-like loops: a name of 3 words, each a run of joined arcs.
    p.setPen(qpen(pen, 0.8));
    const double height = std::min(50.0, area.height() * 0.6);
    double x = area.left() + uniform(rng, 0, area.width() * 0.2);
    const double base = area.top() + height + uniform(rng, 0, std::max(1.0, area.height() - height * 1.5));
    for (int word = 0; word < 3; ++word) {
        QPainterPath path(QPointF(x, base));
        const int letters = 3 + static_cast<int>(uniform(rng, 0, 4));
        for (int l = 0; l < letters; ++l) {
            const double w = uniform(rng, 18, 30);
            const double h = height * uniform(rng, 0.4, 1.0);
            path.cubicTo(QPointF(x + w * 0.2, base - h), QPointF(x + w * 0.8, base - h), QPointF(x + w * 0.5, base));
            path.cubicTo(QPointF(x + w * 0.4, base + 5), QPointF(x + w * 0.9, base + 3), QPointF(x + w, base));
            x += w;
        }
        p.drawPath(path);
        x += uniform(rng, 25, 45);
    }
}

void signature(QPainter& p, Rng& rng, const Pen& pen, const QRectF& area) {
    p.setPen(qpen(pen, 0.9));
    const QPointF start(area.left() + uniform(rng, 0.4, 0.6) * area.width(), area.center().y());
    QPainterPath path(start);
    QPointF at = start;
    for (int i = 0; i < 6; ++i) {
        const QPointF next = at + QPointF(uniform(rng, 25, 60), uniform(rng, -35, 35));
        path.cubicTo(at + QPointF(uniform(rng, -20, 40), uniform(rng, -60, 60)),
                     next + QPointF(uniform(rng, -40, 20), uniform(rng, -60, 60)), next);
        at = next;
    }
    path.lineTo(start + QPointF(-uniform(rng, 10, 40), uniform(rng, 15, 30)));  // the final flourish
    p.drawPath(path);
}

void stamp(QPainter& p, Rng& rng, const QRectF& organization, const QString& text, const SheetVariation& v) {
    // A round stamp (≈ 34 mm), red ink slightly uneven, off-centre over the organisation's name;
    // with the catalogue moved (±15 mm), turned (±30°), faint, or pressed twice (the seal bounced).
    const double faint = v.stampFaint ? uniform(rng, 0.35, 0.6) : 1.0;
    QColor ink(200 + static_cast<int>(uniform(rng, 0, 30)), 30, 45, static_cast<int>(uniform(rng, 150, 210) * faint));
    QPointF centre = organization.center() + QPointF(uniform(rng, -60, 60), uniform(rng, -20, 40)) +
                     QPointF(v.stampDx * 10, v.stampDy * 10);
    for (int press = 0; press < (v.stampDouble ? 2 : 1); ++press) {
        if (press == 1) {
            centre += QPointF(uniform(rng, -18, 18), uniform(rng, -18, 18));
            ink.setAlpha(ink.alpha() / 2);
        }
        p.save();
        p.translate(centre);
        p.rotate(v.stampTurn != 0 ? v.stampTurn : uniform(rng, -25, 25));
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(ink, 9));
        p.drawEllipse(QPointF(0, 0), 170, 170);
        p.setPen(QPen(ink, 5));
        p.drawEllipse(QPointF(0, 0), 120, 120);
        // The organisation's name around the ring, letter by letter.
        QFont f(render::fonts().ballot);
        f.setPixelSize(30);
        f.setBold(true);
        p.setFont(f);
        const QString ring = text.left(40);
        const double step = 300.0 / static_cast<double>(std::max<qsizetype>(1, ring.size()));
        for (qsizetype i = 0; i < ring.size(); ++i) {
            p.save();
            p.rotate(-150 + step * static_cast<double>(i));
            p.drawText(QRectF(-15, -165, 30, 40), Qt::AlignCenter, ring.mid(i, 1));
            p.restore();
        }
        // A five-pointed star in the middle.
        QPainterPath star;
        for (int i = 0; i < 10; ++i) {
            const double r = i % 2 == 0 ? 70 : 28;
            const double a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
            const QPointF pt(r * std::cos(a), r * std::sin(a));
            i == 0 ? star.moveTo(pt) : star.lineTo(pt);
        }
        star.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawPath(star);
        p.restore();
    }
}

}  // namespace kp::sim
