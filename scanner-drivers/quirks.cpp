#include "scanner-drivers/quirks.h"

#include <algorithm>
#include <cctype>

namespace kp::scan {

namespace {

// Lower case, with everything but letters and digits turned into single spaces, so that
// "ADF-Duplex", "adf_duplex" and "ADF  Duplex" compare equal.
std::string simplify(std::string_view name) {
    std::string out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            out.push_back(static_cast<char>(std::tolower(u)));
        } else if (!out.empty() && out.back() != ' ') {
            out.push_back(' ');
        }
    }
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

bool has(const std::string& text, std::string_view word) { return text.find(word) != std::string::npos; }

}  // namespace

std::optional<Source> normaliseSource(std::string_view deviceName) {
    const std::string s = simplify(deviceName);
    if (has(s, "transparency") || has(s, "film") || has(s, "tma") || has(s, "slide") || has(s, "negative")) {
        return std::nullopt;
    }
    const bool feeder = has(s, "adf") || has(s, "feeder") || has(s, "document feeder") || has(s, "sheetfed");
    const bool duplex = has(s, "duplex") || has(s, "front back") || has(s, "both") || has(s, "two sided");
    if (duplex) {
        return Source::AdfDuplex;
    }
    if (feeder) {
        // "ADF Back" scans only the back side: not a way to count ballots.
        if (has(s, "back") && !has(s, "front")) {
            return std::nullopt;
        }
        return Source::Adf;
    }
    if (has(s, "flatbed") || s == "fb" || has(s, "platen") || has(s, "document table") || has(s, "glass")) {
        return Source::Flatbed;
    }
    return std::nullopt;
}

std::optional<ColorMode> normaliseMode(std::string_view deviceName) {
    const std::string s = simplify(deviceName);
    if (has(s, "lineart") || has(s, "line art") || has(s, "binary") || has(s, "black white") ||
        has(s, "halftone") || has(s, "monochrome") || s == "bw" || s == "1bit") {
        return ColorMode::Lineart;
    }
    if (has(s, "gray") || has(s, "grey") || has(s, "greyscale")) {
        return ColorMode::Gray;
    }
    if (has(s, "color") || has(s, "colour") || has(s, "rgb")) {
        return ColorMode::Color;
    }
    return std::nullopt;
}

std::optional<std::string> pickRaw(const std::vector<std::string>& raw, Source wanted) {
    for (const std::string& name : raw) {
        if (normaliseSource(name) == wanted) {
            return name;
        }
    }
    return std::nullopt;
}

std::optional<std::string> pickRaw(const std::vector<std::string>& raw, ColorMode wanted) {
    // Prefer a plain name ("Gray") over a variant ("Gray (16 bit)").
    std::optional<std::string> best;
    for (const std::string& name : raw) {
        if (normaliseMode(name) == wanted && (!best || name.size() < best->size())) {
            best = name;
        }
    }
    return best;
}

void rotate180(Image& image) {
    const auto c = static_cast<std::size_t>(image.channels);
    auto& p = image.pixels;
    const std::size_t n = p.size() / c;
    if (n < 2) {
        return;
    }
    for (std::size_t i = 0, j = n - 1; i < j; ++i, --j) {
        std::swap_ranges(p.begin() + static_cast<std::ptrdiff_t>(i * c), p.begin() + static_cast<std::ptrdiff_t>(i * c + c),
                         p.begin() + static_cast<std::ptrdiff_t>(j * c));
    }
}

}  // namespace kp::scan
