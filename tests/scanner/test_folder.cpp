// The folder back end: import of image files, and a watched folder.
#include <chrono>
#include <doctest/doctest.h>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <thread>

#include "scanner-drivers/devices.h"
#include "scanner_test_util.h"

using namespace kp;
using namespace kp::scan;
namespace fs = std::filesystem;

namespace {

void writeGray(const fs::path& path, int value, int w = 40, int h = 60) {
    REQUIRE(cv::imwrite(path.string(), cv::Mat(h, w, CV_8UC1, cv::Scalar(value))));
}

std::unique_ptr<Device> openFolder(const fs::path& dir) {
    auto device = openDevice("folder:" + dir.string());
    REQUIRE(device.has_value());
    return std::move(*device);
}

}  // namespace

TEST_CASE("folder: image files in name order, a multi-page TIFF as pages, damaged files kept with their names") {
    const fs::path dir = test::scratch("folder-order");
    writeGray(dir / "b.png", 10);
    writeGray(dir / "a.jpg", 20);
    std::vector<cv::Mat> tiff{cv::Mat(30, 20, CV_8UC1, cv::Scalar(1)), cv::Mat(30, 20, CV_8UC1, cv::Scalar(2))};
    REQUIRE(cv::imwritemulti((dir / "c.tif").string(), tiff));
    std::ofstream(dir / "d.png") << "this is not a PNG";
    std::ofstream(dir / "e.pdf") << "%PDF-1.4 cut short";
    std::ofstream(dir / "notes.txt") << "not an image: skipped";
    auto device = openFolder(dir);
    test::CollectSink sink;
    CancelToken cancel;
    const ScanOutcome outcome = device->scan(ScanRequest{}, sink, cancel);
    CHECK_FALSE(outcome.error.has_value());
    REQUIRE(sink.pages.size() == 6);
    CHECK(fs::path(sink.pages[0].originalFile).filename() == "a.jpg");
    CHECK(fs::path(sink.pages[1].originalFile).filename() == "b.png");
    CHECK(sink.pages[1].image.pixels.front() == 10);
    CHECK(sink.pages[2].originalPage == 0);
    CHECK(sink.pages[3].originalPage == 1);
    CHECK(sink.pages[3].image.pixels.front() == 2);
    CHECK(fs::path(sink.pages[4].originalFile).filename() == "d.png");
    CHECK(sink.pages[4].image.pixels.empty());  // delivered, so that the sheet is not lost
    CHECK(fs::path(sink.pages[5].originalFile).filename() == "e.pdf");
    CHECK(sink.pages[5].image.pixels.empty());
}

TEST_CASE("folder: a duplex batch saved to a folder alternates front and back, across scans too") {
    const fs::path dir = test::scratch("folder-duplex");
    for (const char* name : {"p1.png", "p2.png", "p3.png"}) {
        writeGray(dir / name, 30);
    }
    auto device = openFolder(dir);
    REQUIRE(device->capabilities()->sources.size() == 2);
    ScanRequest request;
    request.source = Source::AdfDuplex;
    CancelToken cancel;
    test::CollectSink first;
    CHECK_FALSE(device->scan(request, first, cancel).error.has_value());
    writeGray(dir / "p4.png", 30);  // the back of the third sheet, saved later
    test::CollectSink second;
    CHECK_FALSE(device->scan(request, second, cancel).error.has_value());
    REQUIRE(first.pages.size() == 3);
    REQUIRE(second.pages.size() == 1);
    CHECK(first.pages[0].side == Side::Front);
    CHECK(first.pages[1].side == Side::Back);
    CHECK(first.pages[2].side == Side::Front);
    CHECK(second.pages[0].side == Side::Back);
    test::CollectSink simplex;  // a plain feeder: every file a front
    auto again = openFolder(dir);
    CHECK_FALSE(again->scan(ScanRequest{}, simplex, cancel).error.has_value());
    CHECK(std::ranges::all_of(simplex.pages, [](const Page& p) { return p.side == Side::Front; }));
}

TEST_CASE("folder: a second scan delivers only new files — an empty folder is an empty feeder") {
    const fs::path dir = test::scratch("folder-resume");
    auto device = openFolder(dir);
    CancelToken cancel;
    test::CollectSink sink;
    ScanOutcome empty = device->scan(ScanRequest{}, sink, cancel);
    REQUIRE(empty.error.has_value());
    CHECK(empty.error->code == ErrorCode::FeederEmpty);
    writeGray(dir / "1.png", 1);
    writeGray(dir / "2.png", 2);
    CHECK(device->scan(ScanRequest{}, sink, cancel).pages == 2);
    writeGray(dir / "3.png", 3);
    CHECK(device->scan(ScanRequest{}, sink, cancel).pages == 1);
    REQUIRE(sink.pages.size() == 3);
    CHECK(fs::path(sink.pages[2].originalFile).filename() == "3.png");
}

TEST_CASE("folder: a watched folder takes files a scanner program writes later, once they settle") {
    const fs::path dir = test::scratch("folder-watch");
    writeGray(dir / "0001.png", 1);
    auto device = openFolder(dir);
    ScanRequest r;
    r.deviceOptions = {{"watch", "yes"}, {"settle-ms", "200"}, {"idle-timeout-ms", "1500"}};
    std::thread writer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        writeGray(dir / ".0002.png", 2);  // a scanner program writing under a hidden name
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        fs::rename(dir / ".0002.png", dir / "0002.png");
    });
    test::CollectSink sink;
    CancelToken cancel;
    const ScanOutcome outcome = device->scan(r, sink, cancel);
    writer.join();
    CHECK_FALSE(outcome.error.has_value());
    REQUIRE(sink.pages.size() == 2);
    CHECK(fs::path(sink.pages[1].originalFile).filename() == "0002.png");
}

TEST_CASE("folder: a missing folder is an offline device — unknown options are refused") {
    const auto missing = openDevice("folder:/nonexistent/kiemphieu");
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::DeviceOffline);
    const fs::path dir = test::scratch("folder-options");
    auto device = openFolder(dir);
    ScanRequest r;
    r.deviceOptions = {{"wach", "yes"}};
    test::CollectSink sink;
    CancelToken cancel;
    const ScanOutcome outcome = device->scan(r, sink, cancel);
    REQUIRE(outcome.error.has_value());
    CHECK(outcome.error->code == ErrorCode::Unsupported);
    CHECK(outcome.error->detail.find("wach") != std::string::npos);
}
