#pragma once
// Puts a voter's intent on the paper: the committee's stamp, strokes through names or X's in
// boxes, and the hard case if the voter has one.
#include <QImage>
#include <QString>
#include <string>
#include <vector>

#include "paper.h"
#include "variation.h"
#include "voter.h"

namespace kp::sim {

// Draws on `image` (the blank ballot rendered at `dpi`), with the committee's stamp reading
// `stampText` (none when empty: a ballot's later side), pen and stamp as `v` says. Returns how
// each strike was drawn, for the truth file.
std::vector<std::string> markBallot(QImage& image, int dpi, const Paper& paper, const Intent& intent, Rng& rng,
                                    const QString& stampText, const SheetVariation& v = {});

}  // namespace kp::sim
