#pragma once
// A voter's ballpoint and the committee's stamp, drawn with QPainter in 0.1 mm units on the
// blank ballot. Every stroke varies as real ones do; the variant drawn is returned for the
// simulator's truth file.
#include <QColor>
#include <QPainter>
#include <QRectF>
#include <string>

#include "voter.h"

namespace kp::sim {

struct Pen {
    QColor colour;  // blue or black ballpoint
    double width;   // 0.3–0.8 mm, in 0.1 mm
};
Pen drawPen(Rng& rng);

// A stroke through the whole name: straight, slanted, wavy, double or ruler-straight, starting
// a little early or late and ending a little short or long. Returns the variant's name.
std::string strikeThrough(QPainter& p, Rng& rng, const Pen& pen, const QRectF& ink);
void strikeFamilyName(QPainter& p, Rng& rng, const Pen& pen, const QRectF& family);
// `floor`: the row's lower edge (a table's rule), which the line stays above.
void underline(QPainter& p, Rng& rng, const Pen& pen, const QRectF& ink, double floor);
void circle(QPainter& p, Rng& rng, const Pen& pen, const QRectF& ink);
void tick(QPainter& p, Rng& rng, const Pen& pen, const QPointF& at, double size);
void cross(QPainter& p, Rng& rng, const Pen& pen, const QPointF& at, double size);
void crossInBox(QPainter& p, Rng& rng, const Pen& pen, const QRectF& box);
void handwriting(QPainter& p, Rng& rng, const Pen& pen, const QRectF& area);  // a written-in name
void signature(QPainter& p, Rng& rng, const Pen& pen, const QRectF& area);
// The convening committee's round red stamp, over the organisation's name (Điều 15).
void stamp(QPainter& p, Rng& rng, const QRectF& organization, const QString& text);

}  // namespace kp::sim
