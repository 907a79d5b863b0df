#include "recognition_template.h"

#include "ballot_document.h"
#include "ballot_painter.h"
#include "image_view.h"

namespace kp::render {

std::vector<ocr::BallotTemplate> makeTemplates(const ballot::BallotLayout& layout, const ocr::Settings& settings) {
    std::vector<ocr::BallotTemplate> out;
    for (std::size_t s = 0; s < layout.sides.size(); ++s) {
        ocr::BallotTemplate t;
        t.layout = layout;
        t.side = static_cast<int>(s);
        const QImage blank = ballotImage(layout, t.side, settings.pxPerMm * 25.4);
        t.blank = matView(blank).clone();
        for (const ballot::Row& row : layout.sides[s].rows) {
            const QRectF ink = nameInkRect(layout, row);
            t.nameInk.emplace_back(ink.x(), ink.y(), ink.width(), ink.height());
            const QRectF body = nameBodyRect(layout, row);
            t.nameBody.emplace_back(body.x(), body.y(), body.width(), body.height());
        }
        ocr::prepare(t, settings);
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace kp::render
