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

// Side `side` of the ballot, drawn on `blank` (that side rendered at `dpi`), with the names at
// these list positions struck, and the family name only of `partial` when given; the stamp on
// the first side only; scanned grey with a little noise and blur.
inline cv::Mat markedFace(const std::vector<sim::Paper>& sides, std::size_t side, QImage blank, int dpi,
                          const std::vector<std::size_t>& struck, std::uint64_t seed,
                          std::optional<std::size_t> partial = {}, double skew = 0) {
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
    sim::markBallot(blank, dpi, paper, intent, rng,
                    side == 0 ? QStringLiteral("ĐẢNG BỘ TỈNH THỬ NGHIỆM ★ ") : QString());
    sim::Scan scan;
    scan.dpi = dpi;
    scan.noise = 2;
    scan.blur = 0.5;
    scan.skew = skew;
    cv::Mat out;
    sim::scanSheet(render::matView(blank), scan, rng, out);
    return out;
}

// The same, rendering the side at 200 dpi.
inline cv::Mat markedFace(const std::vector<sim::Paper>& sides, std::size_t side,
                          const std::vector<std::size_t>& struck, std::uint64_t seed,
                          std::optional<std::size_t> partial = {}, double skew = 0) {
    return markedFace(sides, side, sides.at(side).render(200, false), 200, struck, seed, partial, skew);
}

}  // namespace kp::test
