// Vendor names of sources and modes, as real SANE and TWAIN drivers spell them.
#include <doctest/doctest.h>

#include "scanner-drivers/quirks.h"

using namespace kp::scan;

TEST_CASE("quirks: sources are normalised from the names drivers use") {
    CHECK(normaliseSource("Flatbed") == Source::Flatbed);
    CHECK(normaliseSource("FB") == Source::Flatbed);
    CHECK(normaliseSource("Document Table") == Source::Flatbed);
    CHECK(normaliseSource("ADF") == Source::Adf);
    CHECK(normaliseSource("ADF Front") == Source::Adf);
    CHECK(normaliseSource("Automatic Document Feeder") == Source::Adf);
    CHECK(normaliseSource("Automatic Document Feeder(left aligned)") == Source::Adf);
    CHECK(normaliseSource("ADF Duplex") == Source::AdfDuplex);
    CHECK(normaliseSource("adf-duplex") == Source::AdfDuplex);
    CHECK(normaliseSource("Duplex") == Source::AdfDuplex);
    CHECK(normaliseSource("ADF Front & Back") == Source::AdfDuplex);
    CHECK_FALSE(normaliseSource("ADF Back").has_value());  // back side only: not for counting
    CHECK_FALSE(normaliseSource("Transparency Adapter").has_value());
    CHECK_FALSE(normaliseSource("Film").has_value());
}

TEST_CASE("quirks: modes are normalised, and the plainest raw name is picked") {
    CHECK(normaliseMode("Lineart") == ColorMode::Lineart);
    CHECK(normaliseMode("Binary") == ColorMode::Lineart);
    CHECK(normaliseMode("Black & White") == ColorMode::Lineart);
    CHECK(normaliseMode("Halftone") == ColorMode::Lineart);
    CHECK(normaliseMode("Gray") == ColorMode::Gray);
    CHECK(normaliseMode("Grayscale") == ColorMode::Gray);
    CHECK(normaliseMode("True Gray") == ColorMode::Gray);
    CHECK(normaliseMode("Color") == ColorMode::Color);
    CHECK(normaliseMode("24bit Color") == ColorMode::Color);
    CHECK_FALSE(normaliseMode("Infrared").has_value());
    CHECK(pickRaw({"Color", "Gray (16 bit)", "Gray"}, ColorMode::Gray) == "Gray");
    CHECK(pickRaw({"Flatbed", "ADF Front", "ADF Duplex"}, Source::AdfDuplex) == "ADF Duplex");
    CHECK_FALSE(pickRaw({"Flatbed"}, Source::Adf).has_value());
}
