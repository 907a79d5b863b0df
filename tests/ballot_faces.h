#pragma once
// One face of a KiemPhieu ballot marked by a simulated voter and scanned, for the tests of
// ballots printed on both faces of their sheet (tests/app, tests/gui). Needs a QGuiApplication.
#include <QImage>
#include <optional>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "reports/render/image_view.h"
#include "src/simulator/marking.h"
#include "src/simulator/paper.h"
#include "src/simulator/scanner_model.h"

namespace kp::test {

// Side `side` of the ballot with the names at these list positions struck, and the family name
// only of `partial` when given; the stamp on the first side only. Scanned at 200 dpi, grey.
inline cv::Mat markedFace(const std::vector<sim::Paper>& sides, std::size_t side, const std::vector<std::size_t>& struck,
                          std::uint64_t seed, std::optional<std::size_t> partial = {}, double skew = 0) {
    const sim::Paper& paper = sides.at(side);
    const std::size_t first = side == 0 ? 0 : sides[0].names.size();
    sim::Intent intent;
    intent.struck.assign(paper.names.size(), false);
    for (const std::size_t i : struck) {
        intent.struck.at(i - first) = true;
    }
    if (partial) {
        intent.hard = sim::HardCase::FamilyNameOnly;
        intent.target = *partial - first;
    }
    sim::Rng rng(seed);
    QImage image = paper.render(200, false);
    sim::markBallot(image, 200, paper, intent, rng, side == 0 ? QStringLiteral("ĐẢNG BỘ TỈNH THỬ NGHIỆM ★ ") : QString());
    sim::Scan scan;
    scan.noise = 2;
    scan.blur = 0.5;
    scan.skew = skew;
    cv::Mat out;
    sim::scanSheet(render::matView(image), scan, rng, out);
    return out;
}

}  // namespace kp::test
