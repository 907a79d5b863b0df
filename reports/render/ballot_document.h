#pragma once
// Print-ready ballots: the PDF the committee prints, and raster images of a side (the PNG
// preview, the recogniser's blank template, the simulator's paper).
#include <QByteArray>
#include <QImage>
#include <expected>
#include <string>

#include "ocr/layout/ballot_layout.h"

namespace kp::render {

// A5 ballots go two to an A4 landscape sheet with cut marks between them; A4 ballots one to a
// page, their sides on consecutive pages for duplex printing. Fonts are embedded (subsets).
// Byte-identical for the same layout: the creation date Qt writes is replaced by a fixed one.
std::expected<QByteArray, std::string> ballotPdf(const ballot::BallotLayout& layout);

// Side `side` at `dpi` dots per inch, white paper, 8-bit grey or 24-bit colour in BGR byte
// order (what OpenCV expects, so a cv::Mat can wrap it without conversion).
QImage ballotImage(const ballot::BallotLayout& layout, int side, double dpi, bool colour = false);

}  // namespace kp::render
