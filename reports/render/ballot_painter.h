#pragma once
// Draws one side of a KiemPhieu ballot with QPainter, for the PDF, the PNG preview, the
// blank template the recogniser subtracts, and the simulator. Everything comes from the
// layout (ocr/layout): the painter adds only typography.
#include <QPainter>

#include "ocr/layout/ballot_layout.h"

namespace kp::render {

// Draws side `side` of `layout` with its top-left corner at the painter's origin. The painter's
// transform must map 1 unit to 0.1 mm (see scaleToDmm). Needs fonts() loaded.
void paintBallotSide(QPainter& painter, const ballot::BallotLayout& layout, int side);

// The font names are printed in (pixel size in 0.1 mm). Needs fonts() loaded.
QFont nameFont(const ballot::BallotLayout& layout);

// Where the printed name of `row` actually is (its ink box, in 0.1 mm), for drawing a voter's
// stroke through it and for checking a recogniser against it. Needs fonts() loaded.
QRectF nameInkRect(const ballot::BallotLayout& layout, const ballot::Row& row);
// The body of its lower-case letters: from the x-height down to the baseline.
QRectF nameBodyRect(const ballot::BallotLayout& layout, const ballot::Row& row);

// Sets the painter's transform so that one unit is 0.1 mm on a device of `dpi` dots per inch.
void scaleToDmm(QPainter& painter, double dpi);

}  // namespace kp::render
