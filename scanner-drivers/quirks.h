#pragma once
// Vendor quirks: every driver names the same things differently. These functions map the
// device's own names onto the interface's and back, so the rest of the program never sees
// "ADF Front", "Automatic Document Feeder(centrally aligned)" or "Lineart"/"Binary".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scanner-drivers/scanner.h"

namespace kp::scan {

// "Flatbed", "FB", "Document Table" → Flatbed; "ADF", "ADF Front", "Automatic Document Feeder",
// "Document Feeder", "Feeder" → Adf; "ADF Duplex", "Duplex", "ADF Front & Back" → AdfDuplex.
// "ADF Back" alone (back side only) and transparency units are not sources we scan from: nullopt.
std::optional<Source> normaliseSource(std::string_view deviceName);
// "Lineart", "Binary", "Black & White", "Halftone"… → Lineart; "Gray", "Grey", "Grayscale",
// "True Gray" → Gray; "Color", "Colour", "24bit Color" → Color.
std::optional<ColorMode> normaliseMode(std::string_view deviceName);

// The device name to set for a wanted source/mode: the first raw name that normalises to it.
std::optional<std::string> pickRaw(const std::vector<std::string>& raw, Source wanted);
std::optional<std::string> pickRaw(const std::vector<std::string>& raw, ColorMode wanted);

// Turns a page by 180° in place (duplex feeders whose back pages arrive upside down).
void rotate180(Image& image);

}  // namespace kp::scan
