#include "scanner-drivers/scanner.h"

namespace kp::scan {

std::string_view sourceCode(Source source) {
    switch (source) {
        case Source::Flatbed: return "flatbed";
        case Source::Adf: return "adf";
        case Source::AdfDuplex: return "adf-duplex";
    }
    return "adf";
}

std::optional<Source> parseSource(std::string_view code) {
    for (Source s : {Source::Flatbed, Source::Adf, Source::AdfDuplex}) {
        if (sourceCode(s) == code) {
            return s;
        }
    }
    return std::nullopt;
}

std::string_view modeCode(ColorMode mode) {
    switch (mode) {
        case ColorMode::Lineart: return "lineart";
        case ColorMode::Gray: return "gray";
        case ColorMode::Color: return "color";
    }
    return "gray";
}

std::optional<ColorMode> parseMode(std::string_view code) {
    for (ColorMode m : {ColorMode::Lineart, ColorMode::Gray, ColorMode::Color}) {
        if (modeCode(m) == code) {
            return m;
        }
    }
    return std::nullopt;
}

}  // namespace kp::scan
