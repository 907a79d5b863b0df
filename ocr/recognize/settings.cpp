#include "settings.h"

#include <sstream>

#include "src/common/sha256.h"

namespace kp::ocr {

std::string Settings::canonical() const {
    std::ostringstream out;
    out.precision(6);
    out << version << " pxPerMm=" << pxPerMm << " printedTolerance=" << printedTolerance
        << " haloTolerance=" << haloTolerance << " strongInk=" << strongInk << " faintInk=" << faintInk
        << " struckCoverage=" << struckCoverage << " endSlack=" << endSlack << " noStroke=" << noStroke
        << " keptCoverage=" << keptCoverage << " boxMarked=" << box.marked << " boxEmpty=" << box.empty
        << " boxCorrected=" << box.corrected << " boxCorrectedMm2=" << box.correctedMm2 << " stampMin=" << stampMin
        << " markMinArea=" << markMinArea << " speckMm=" << speckMm << " thinPen=" << thinPen
        << " underlineFoot=" << underlineFoot << " seal.ink=" << seal.ink << " seal.radius=" << seal.minRadiusMm << "-"
        << seal.maxRadiusMm << " seal.ring=" << seal.ringMm << " seal.support=" << seal.support
        << " seal.visible=" << seal.visible;
    return out.str();
}

std::string Settings::hash() const {
    return sha256Hex(canonical()).substr(0, 16);
}

}  // namespace kp::ocr
