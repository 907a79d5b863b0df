// The SANE back end against SANE's own `test` and `pnm` devices, through the real libsane.
#include <algorithm>
#include <doctest/doctest.h>

#include "scanner-drivers/devices.h"
#include "scanner-drivers/quirks.h"
#include "scanner_test_util.h"

using namespace kp;
using namespace kp::scan;

namespace {

ScanRequest adf(int dpi = 50) {
    ScanRequest r;
    r.source = Source::Adf;
    r.dpi = dpi;
    return r;
}

}  // namespace

TEST_CASE("sane: discovers SANE's test and pnm devices") {
    test::requirePrivateSane();
    const auto devices = listDevices();
    REQUIRE(devices.has_value());
    std::vector<std::string> names;
    for (const DeviceInfo& d : *devices) {
        names.push_back(d.name);
    }
    CHECK(std::ranges::find(names, "test:0") != names.end());
    CHECK(std::ranges::find(names, "pnm:0") != names.end());
    CHECK(devices->size() == 4);  // test:0, test:1, pnm:0, pnm:1 and nothing from the machine
}

TEST_CASE("sane: capabilities are read from the device's options and normalised") {
    auto device = test::openSaneTest();
    const auto caps = device->capabilities();
    REQUIRE(caps.has_value());
    CHECK(caps->sources == std::vector<Source>{Source::Flatbed, Source::Adf});
    CHECK(caps->rawSources == std::vector<std::string>{"Flatbed", "Automatic Document Feeder"});
    CHECK(caps->modes == std::vector<ColorMode>{ColorMode::Gray, ColorMode::Color});
    CHECK(std::ranges::find(caps->resolutions, 200) != caps->resolutions.end());
    CHECK(std::ranges::find(caps->resolutions, 600) != caps->resolutions.end());
    CHECK(caps->maxWidthMm == 200);
    CHECK(caps->maxHeightMm == 200);
}

TEST_CASE("sane: opening a device that is not there is device_offline") {
    test::requirePrivateSane();
    const auto device = openDevice("test:7");
    REQUIRE_FALSE(device.has_value());
    CHECK(device.error().code == ErrorCode::DeviceOffline);
}

TEST_CASE("sane: a full feeder batch delivers every sheet in order and ends normally at NO_DOCS") {
    auto device = test::openSaneTest();
    test::CollectSink sink;
    CancelToken cancel;
    const ScanOutcome outcome = device->scan(adf(), sink, cancel);
    CHECK_FALSE(outcome.error.has_value());
    CHECK(outcome.pages == 10);  // the test device's feeder holds 10 sheets
    REQUIRE(sink.pages.size() == 10);
    for (int i = 0; i < 10; ++i) {
        const Page& p = sink.pages[static_cast<std::size_t>(i)];
        CHECK(p.index == i);
        CHECK(p.side == Side::Front);
        CHECK(p.image.dpi == 50);
        CHECK(p.image.width == 157);   // 80 mm at 50 dpi
        CHECK(p.image.height == 196);  // 100 mm
        CHECK(p.image.pixels.size() == 157U * 196U);
    }
}

TEST_CASE("sane: the flatbed takes one page — a page limit stops a feeder batch") {
    auto device = test::openSaneTest();
    CancelToken cancel;
    test::CollectSink flatbed;
    ScanRequest r = adf();
    r.source = Source::Flatbed;
    CHECK(device->scan(r, flatbed, cancel).pages == 1);
    test::CollectSink limited;
    r = adf();
    r.maxPages = 4;
    const ScanOutcome outcome = device->scan(r, limited, cancel);
    CHECK(outcome.pages == 4);
    CHECK_FALSE(outcome.error.has_value());
}

TEST_CASE("sane: colour, 1-bit and 16-bit frames all arrive as 8-bit pixels") {
    auto device = test::openSaneTest();
    CancelToken cancel;
    ScanRequest r = adf();
    r.source = Source::Flatbed;
    SUBCASE("colour: three channels") {
        r.mode = ColorMode::Color;
        test::CollectSink sink;
        REQUIRE(device->scan(r, sink, cancel).pages == 1);
        CHECK(sink.pages[0].image.channels == 3);
        CHECK(sink.pages[0].image.pixels.size() == 157U * 196U * 3U);
    }
    SUBCASE("1-bit: a set bit is black, and white stays white") {
        for (const char* picture : {"Solid black", "Solid white"}) {
            r.deviceOptions = {{"depth", "1"}, {"test-picture", picture}};
            test::CollectSink sink;
            REQUIRE(device->scan(r, sink, cancel).pages == 1);
            const auto& px = sink.pages[0].image.pixels;
            const std::uint8_t expected = std::string(picture) == "Solid black" ? 0 : 255;
            CHECK(std::ranges::all_of(px, [&](std::uint8_t v) { return v == expected; }));
        }
    }
    SUBCASE("16-bit grey: the high byte") {
        r.deviceOptions = {{"depth", "16"}, {"test-picture", "Solid white"}};
        test::CollectSink sink;
        REQUIRE(device->scan(r, sink, cancel).pages == 1);
        CHECK(std::ranges::all_of(sink.pages[0].image.pixels, [](std::uint8_t v) { return v == 255; }));
    }
}

TEST_CASE("sane: a request the device cannot do is refused naming what it has") {
    auto device = test::openSaneTest();
    CancelToken cancel;
    test::CollectSink sink;
    ScanRequest r = adf();
    r.mode = ColorMode::Lineart;  // the test device has only Gray and Color
    const ScanOutcome outcome = device->scan(r, sink, cancel);
    REQUIRE(outcome.error.has_value());
    CHECK(outcome.error->code == ErrorCode::Unsupported);
    CHECK(outcome.error->detail.find("Gray, Color") != std::string::npos);
    r = adf();
    r.source = Source::AdfDuplex;
    const ScanOutcome duplex = device->scan(r, sink, cancel);
    REQUIRE(duplex.error.has_value());
    CHECK(duplex.error->detail.find("Flatbed, Automatic Document Feeder") != std::string::npos);
}

TEST_CASE("sane: each feeder fault stops after the sheets so far, and the rest follows on resume") {
    const std::vector<std::pair<std::string, ErrorCode>> faults{
        {"SANE_STATUS_JAMMED", ErrorCode::PaperJam},       {"SANE_STATUS_COVER_OPEN", ErrorCode::CoverOpen},
        {"SANE_STATUS_IO_ERROR", ErrorCode::IoError},      {"SANE_STATUS_DEVICE_BUSY", ErrorCode::DeviceBusy},
        {"SANE_STATUS_NO_DOCS", ErrorCode::FeederEmpty},   {"SANE_STATUS_ACCESS_DENIED", ErrorCode::AccessDenied}};
    for (const auto& [status, code] : faults) {
        CAPTURE(status);
        auto device = test::openSaneTest();
        CancelToken cancel;
        test::CollectSink sink;
        sink.after = [&](const Page&) {
            if (sink.pages.size() == 3) {  // the fourth sheet faults while it is read
                REQUIRE(device->setOption("read-return-value", status).has_value());
            }
        };
        const ScanOutcome first = device->scan(adf(), sink, cancel);
        CHECK(first.pages == 3);
        REQUIRE(first.error.has_value());
        CHECK(first.error->code == code);
        CHECK(first.error->detail.find("page 4") != std::string::npos);
        // The operator clears the fault; the rest of the stack follows. SANE's test device
        // counted the faulted sheet as taken, so 6 of its 10 remain.
        REQUIRE(device->setOption("read-return-value", "Default").has_value());
        sink.after = nullptr;
        const ScanOutcome rest = device->scan(adf(), sink, cancel);
        CHECK_FALSE(rest.error.has_value());
        CHECK(rest.pages == 6);
        CHECK(sink.pages.size() == 9);
    }
}

TEST_CASE("sane: cancel during a page stops at once and never delivers the partial page") {
    auto device = test::openSaneTest();
    CancelToken cancel;
    test::CollectSink sink;
    std::int64_t bytesOfSecond = 0;
    sink.progress = [&](int index, std::int64_t bytes) {
        if (index == 1) {
            bytesOfSecond = bytes;
            if (bytes >= 4096) {
                cancel.cancel();
            }
        }
    };
    ScanRequest r = adf(150);  // 472 × 590 pixels, read 1 KiB at a time
    r.deviceOptions = {{"read-limit", "yes"}, {"read-limit-size", "1024"}};
    const ScanOutcome outcome = device->scan(r, sink, cancel);
    REQUIRE(outcome.error.has_value());
    CHECK(outcome.error->code == ErrorCode::Cancelled);
    CHECK(outcome.pages == 1);
    CHECK(sink.pages.size() == 1);
    CHECK(bytesOfSecond >= 4096);
    CHECK(bytesOfSecond < 472 * 590);
    // The device is usable again afterwards.
    cancel.reset();
    test::CollectSink again;
    ScanRequest one = adf();
    one.maxPages = 1;
    CHECK(device->scan(one, again, cancel).pages == 1);
}

TEST_CASE("sane: back pages of a duplex feeder can be turned the right way up") {
    Image image{2, 2, 1, 200, {1, 2, 3, 4}};
    rotate180(image);
    CHECK(image.pixels == std::vector<std::uint8_t>{4, 3, 2, 1});
    Image colour{2, 1, 3, 200, {1, 2, 3, 4, 5, 6}};
    rotate180(colour);
    CHECK(colour.pixels == std::vector<std::uint8_t>{4, 5, 6, 1, 2, 3});
}
