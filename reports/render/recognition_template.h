#pragma once
// The recogniser's templates for a ballot: every side rendered blank at the recogniser's
// resolution, with where each printed name's ink is. Rendering needs Qt; the recogniser
// (ocr/) does not, so the templates are made here and handed to it as pixels.
#include <vector>

#include "ocr/layout/ballot_layout.h"
#include "ocr/recognize/ballot_template.h"

namespace kp::render {

std::vector<ocr::BallotTemplate> makeTemplates(const ballot::BallotLayout& layout, const ocr::Settings& settings);

}  // namespace kp::render
