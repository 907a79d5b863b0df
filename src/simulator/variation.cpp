#include "variation.h"

#include <algorithm>

namespace kp::sim {

namespace {

template <typename T, std::size_t N>
T pick(Rng& rng, const T (&from)[N]) {
    return from[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

}  // namespace

WordDesign drawWordDesign(Rng& rng) {
    WordDesign d;
    // Times New Roman- and Arial-like faces an office has (Debian's Liberation and DejaVu).
    const QString families[] = {QString(), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Serif"),
                                QStringLiteral("DejaVu Sans")};
    d.family = pick(rng, families);
    const double sizes[] = {12, 13, 13, 14};
    d.points = pick(rng, sizes);
    const QString honorifics[] = {QString(), QString(), QStringLiteral("Đồng chí"), QStringLiteral("Đ/c")};
    d.honorific = pick(rng, honorifics);
    d.post = chance(rng, 0.35);
    d.yearColumn = chance(rng, 0.6);
    d.postColumn = d.yearColumn && chance(rng, 0.5);
    return d;
}

std::vector<std::string> WordDesign::tags() const {
    std::vector<std::string> t;
    t.push_back(family.isEmpty()
                    ? "font_liberation-serif"
                    : "font_" + family.toLower().replace(QLatin1Char(' '), QLatin1Char('-')).toStdString());
    t.push_back("size_" + std::to_string(static_cast<int>(points)) + "pt");
    if (!honorific.isEmpty())
        t.emplace_back("honorific");
    return t;
}

SheetVariation drawSheetVariation(Rng& rng, bool catalogue) {
    SheetVariation v;
    if (!catalogue) {
        return v;
    }
    v.redPen = chance(rng, 0.15);
    const double h = uniform(rng, 0, 1);
    v.height = h < 0.6 ? StrokeHeight::Middle : h < 0.8 ? StrokeHeight::Upper : StrokeHeight::Lower;
    const double e = uniform(rng, 0, 1);
    v.extent = e < 0.6    ? StrokeExtent::Name
               : e < 0.73 ? StrokeExtent::FromNumber
               : e < 0.87 ? StrokeExtent::WholeLine
                          : StrokeExtent::PastMargin;
    std::normal_distribution<double> offset(0, 6);
    v.stampDx = std::clamp(offset(rng), -15.0, 15.0);
    v.stampDy = std::clamp(offset(rng), -15.0, 15.0);
    v.stampTurn = uniform(rng, -30, 30);
    v.stampFaint = chance(rng, 0.15);
    v.stampDouble = chance(rng, 0.1);
    v.lineart = chance(rng, 0.2);
    v.edge = chance(rng, 0.1);
    return v;
}

std::vector<std::string> SheetVariation::tags(bool strokes) const {
    std::vector<std::string> t;
    t.emplace_back(redPen ? "pen_red" : "pen_blue_or_black");
    if (strokes) {
        t.emplace_back(height == StrokeHeight::Middle  ? "stroke_middle"
                       : height == StrokeHeight::Upper ? "stroke_upper"
                                                       : "stroke_lower");
        if (extent == StrokeExtent::FromNumber)
            t.emplace_back("stroke_from_number");
        if (extent == StrokeExtent::WholeLine)
            t.emplace_back("stroke_whole_line");
        if (extent == StrokeExtent::PastMargin)
            t.emplace_back("stroke_past_margin");
    }
    if (std::hypot(stampDx, stampDy) > 8)
        t.emplace_back("stamp_shifted");
    if (std::abs(stampTurn) > 15)
        t.emplace_back("stamp_rotated");
    if (stampFaint)
        t.emplace_back("stamp_faint");
    if (stampDouble)
        t.emplace_back("stamp_double");
    if (edge)
        t.emplace_back("edge_at_border");
    return t;
}

}  // namespace kp::sim
