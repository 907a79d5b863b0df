#pragma once
// A voter's ballpoint and the committee's stamp, drawn with QPainter in 0.1 mm units on the
// blank ballot. Every stroke varies as real ones do; the variant drawn is returned for the
// simulator's truth file.
#include <QColor>
#include <QPainter>
#include <QRectF>
#include <string>

#include "paper.h"
#include "variation.h"
#include "voter.h"

namespace kp::sim {

struct Pen {
    QColor colour;  // blue or black ballpoint (red with the catalogue)
    double width;   // 0.3–0.8 mm, in 0.1 mm
};
Pen drawPen(Rng& rng, bool red = false);

// A stroke through the whole name: straight, slanted, wavy, double or ruler-straight, starting
// a little early or late and ending a little short or long; through the letters' middle, or
// their upper or lower part, and from the list number, along the whole line or past the page's
// margin as the voter's habit (`v`) has it (`pageWidth`: where the paper ends). Returns the
// variant's name.
std::string strikeThrough(QPainter& p, Rng& rng, const Pen& pen, const PaperName& name, const SheetVariation& v = {},
                          double pageWidth = 0);
void strikeFamilyName(QPainter& p, Rng& rng, const Pen& pen, const QRectF& family);
// `floor`: the row's lower edge (a table's rule), which the line stays above.
void underline(QPainter& p, Rng& rng, const Pen& pen, const QRectF& ink, double floor);
void circle(QPainter& p, Rng& rng, const Pen& pen, const QRectF& ink);
void tick(QPainter& p, Rng& rng, const Pen& pen, const QPointF& at, double size);
void cross(QPainter& p, Rng& rng, const Pen& pen, const QPointF& at, double size);
void crossInBox(QPainter& p, Rng& rng, const Pen& pen, const QRectF& box);
// An X in `box` taken back: scribbled over, crossed out, filled in or written over (a loop, a tick).
void correctedBox(QPainter& p, Rng& rng, const Pen& pen, const QRectF& box, Correction how);
void handwriting(QPainter& p, Rng& rng, const Pen& pen, const QRectF& area);  // a written-in name
void signature(QPainter& p, Rng& rng, const Pen& pen, const QRectF& area);
// The convening committee's round red stamp, over the organisation's name (Điều 15), moved,
// turned, faint or pressed twice as `v` says.
void stamp(QPainter& p, Rng& rng, const QRectF& organization, const QString& text, const SheetVariation& v = {});

}  // namespace kp::sim
