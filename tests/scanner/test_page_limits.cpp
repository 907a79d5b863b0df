// Pages too large for a ballot, FIFOs and broken links among the scans: refused from the
// header or the file's kind, quickly, with the reason — never decoded, never waited on. Each
// check runs in a child process with 2 GB of memory and a time limit, so that a loader that
// renders a 5-metre page or blocks on a FIFO fails the test in seconds instead of taking the
// machine.
#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <functional>
#include <opencv2/imgcodecs.hpp>

#include "scanner-drivers/devices.h"
#include "scanner-drivers/folder/image_files.h"
#include "scanner-drivers/folder/page_limits.h"
#include "scanner_test_util.h"

using namespace kp;
using namespace kp::scan;
namespace fs = std::filesystem;

namespace {

constexpr int SECONDS = 20;

// Runs `check` in a child with at most 2 GB of address space and SECONDS of time. True when
// it returned true; false when it returned false, crashed, ran out of memory or of time.
bool bounded(const std::function<bool()>& check) {
    std::fflush(nullptr);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const rlimit memory{rlim_t{2} << 30, rlim_t{2} << 30};
        setrlimit(RLIMIT_AS, &memory);
        alarm(SECONDS);  // SIGALRM ends a child blocked or rendering
        _exit(check() ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) {
        MESSAGE("the check " << (WTERMSIG(status) == SIGALRM ? "took over " + std::to_string(SECONDS) + " s"
                                                             : "died of signal " + std::to_string(WTERMSIG(status))));
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// In the child: the page comes back refused with a reason containing `expected`.
bool refusedWith(const PageRef& ref, const std::string& expected) {
    const LoadedPage page = loadPage(ref);
    if (page.gray.empty() && page.error.find(expected) != std::string::npos) {
        return true;
    }
    std::fprintf(stderr, "%s: got %dx%d, error \"%s\", expected \"%s\"\n", ref.path.c_str(), page.gray.cols,
                 page.gray.rows, page.error.c_str(), expected.c_str());
    return false;
}

// A PDF of one page of `points` × `points`: 200 bytes that once took 485 s and 14 GB.
void writeHugePagePdf(const fs::path& path, int points) {
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (const std::string& object :
         {std::string("<< /Type /Catalog /Pages 2 0 R >>"), std::string("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + std::to_string(points) + " " + std::to_string(points) +
              "] >>"}) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(offsets.size()) + " 0 obj " + object + " endobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 4\n0000000000 65535 f \n";
    for (const std::size_t offset : offsets) {
        char entry[24];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        pdf += entry;
    }
    pdf += "trailer << /Size 4 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    std::ofstream(path, std::ios::binary) << pdf;
}

void chunk(std::string& png, const char* type, const std::string& data) {
    const auto be32 = [&](std::uint32_t v) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            png += static_cast<char>((v >> shift) & 0xFF);
        }
    };
    be32(static_cast<std::uint32_t>(data.size()));
    const std::string body = type + data;
    png += body;
    be32(static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
}

// A real grey PNG of side × side white pixels, deflated row by row: side 20,000 is 400 MB of
// pixels in about 400 KB.
void writeBombPng(const fs::path& path, std::uint32_t side) {
    std::string png = "\x89PNG\r\n\x1a\n";
    std::string ihdr;
    for (const std::uint32_t v : {side, side}) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            ihdr += static_cast<char>((v >> shift) & 0xFF);
        }
    }
    ihdr += std::string("\x08\x00\x00\x00\x00", 5);  // 8-bit grey, deflate, no filter, no interlace
    chunk(png, "IHDR", ihdr);
    z_stream z{};
    REQUIRE(deflateInit(&z, 9) == Z_OK);
    std::string row(side + 1, '\xFF');
    row[0] = 0;  // filter: none
    std::string out(1 << 20, '\0');
    std::string idat;
    for (std::uint32_t y = 0; y < side; ++y) {
        z.next_in = reinterpret_cast<Bytef*>(row.data());
        z.avail_in = static_cast<uInt>(row.size());
        const int flush = y + 1 == side ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef*>(out.data());
            z.avail_out = static_cast<uInt>(out.size());
            deflate(&z, flush);
            idat.append(out.data(), out.size() - z.avail_out);
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    chunk(png, "IDAT", idat);
    chunk(png, "IEND", "");
    std::ofstream(path, std::ios::binary) << png;
}

// A small JPEG whose frame header claims width × height.
void writeLyingJpeg(const fs::path& path, std::uint16_t width, std::uint16_t height) {
    std::vector<unsigned char> jpeg;
    REQUIRE(cv::imencode(".jpg", cv::Mat(16, 16, CV_8UC1, cv::Scalar(255)), jpeg));
    for (std::size_t i = 0; i + 8 < jpeg.size(); ++i) {
        if (jpeg[i] == 0xFF && jpeg[i + 1] == 0xC0) {  // SOF0: length, precision, height, width
            jpeg[i + 5] = static_cast<unsigned char>(height >> 8);
            jpeg[i + 6] = static_cast<unsigned char>(height & 0xFF);
            jpeg[i + 7] = static_cast<unsigned char>(width >> 8);
            jpeg[i + 8] = static_cast<unsigned char>(width & 0xFF);
            break;
        }
    }
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(jpeg.data()), static_cast<std::streamsize>(jpeg.size()));
}

}  // namespace

TEST_CASE("page limits: a ballot page is at most A4 + 10 % at 600 dpi, either way round") {
    CHECK(pixelSizeProblem(4961, 7016).empty());  // A4 at 600 dpi
    CHECK(pixelSizeProblem(7016, 4961).empty());  // landscape
    CHECK(pixelSizeProblem(MAX_PAGE_SHORT_PX, MAX_PAGE_LONG_PX).empty());
    CHECK(pixelSizeProblem(MAX_PAGE_SHORT_PX + 1, MAX_PAGE_LONG_PX) ==
          "the image is 5458 × 7717 pixels; a ballot scan is at most 5457 × 7717 (A4 + 10 % at 600 dpi)");
    CHECK_FALSE(pixelSizeProblem(100, MAX_PAGE_LONG_PX + 1).empty());
    CHECK_FALSE(pixelSizeProblem(0, 10).empty());
    CHECK(pointSizeProblem(595.3, 841.9).empty());  // A4
    CHECK(pointSizeProblem(841.9, 595.3).empty());
    CHECK(pointSizeProblem(14400, 14400) == "the page is 5080 × 5080 mm; a ballot is at most 231 × 327 mm (A4 + 10 %)");
    CHECK_FALSE(pointSizeProblem(612, 1008).empty());  // US legal: longer than any ballot
}

TEST_CASE("page limits: a tiny PDF with a 5-metre page is refused from its size, not rendered") {
    const fs::path dir = test::scratch("limits-pdf");
    writeHugePagePdf(dir / "huge.pdf", 14400);
    writeHugePagePdf(dir / "a4.pdf", 595);
    CHECK(fs::file_size(dir / "huge.pdf") < 400);
    CHECK(bounded([&] { return refusedWith({(dir / "huge.pdf").string(), 0}, "the page is 5080 × 5080 mm"); }));
    const LoadedPage a4 = loadPage({(dir / "a4.pdf").string(), 0});
    CHECK(a4.error.empty());
    CHECK(a4.gray.cols == 1653);  // 595 pt at 200 dpi
}

TEST_CASE("page limits: a 20,000² PNG and a JPEG claiming 60,000² are refused from their headers, not decoded") {
    const fs::path dir = test::scratch("limits-raster");
    writeBombPng(dir / "bomb.png", 20000);
    CHECK(fs::file_size(dir / "bomb.png") < 2'000'000);
    CHECK(bounded([&] { return refusedWith({(dir / "bomb.png").string(), 0}, "the image is 20000 × 20000 pixels"); }));
    writeLyingJpeg(dir / "lying.jpg", 60000, 60000);
    CHECK(bounded([&] { return refusedWith({(dir / "lying.jpg").string(), 0}, "the image is 60000 × 60000 pixels"); }));
    // Content the scanners do not write is not handed to OpenCV's other decoders.
    std::ofstream(dir / "radiance.png") << "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 20000 +X 20000\n";
    CHECK(bounded([&] { return refusedWith({(dir / "radiance.png").string(), 0}, "not a PNG, JPEG"); }));
    writeBombPng(dir / "small.png", 300);
    const LoadedPage small = loadPage({(dir / "small.png").string(), 0});
    CHECK(small.error.empty());
    CHECK(small.gray.cols == 300);
}

TEST_CASE("page limits: a FIFO named like a scan is refused at once, never opened") {
    const fs::path dir = test::scratch("limits-fifo");
    REQUIRE(mkfifo((dir / "scan.png").c_str(), 0600) == 0);
    const std::string fifo = (dir / "scan.png").string();
    CHECK(bounded([&] { return refusedWith({fifo, 0}, "is a FIFO, not a file"); }));
    CHECK(bounded([&] {
        const auto pages = listPages({fifo});
        return !pages && pages.error() == fifo + " is a FIFO, not a file";
    }));
    CHECK(bounded([&] {
        const auto pages = listPages({dir.string()});
        return !pages && pages.error() == fifo + " is a FIFO, not a file";
    }));
}

TEST_CASE("page limits: a link to nothing or a loop of links among the scans is reported, not skipped") {
    const fs::path dir = test::scratch("limits-links");
    REQUIRE(cv::imwrite((dir / "a.png").string(), cv::Mat(60, 40, CV_8UC1, cv::Scalar(0))));
    fs::create_symlink(dir / "gone.png", dir / "b.png");
    const auto dangling = listPages({dir.string()});
    REQUIRE_FALSE(dangling);
    CHECK(dangling.error() ==
          (dir / "b.png").string() + " is a link to nothing (→ " + (dir / "gone.png").string() + ")");
    // The folder back end pauses the batch with the same reason: the operator repairs, resumes.
    auto device = openDevice("folder:" + dir.string());
    REQUIRE(device);
    test::CollectSink sink;
    CancelToken cancel;
    ScanOutcome outcome = (*device)->scan(ScanRequest{}, sink, cancel);
    REQUIRE(outcome.error);
    CHECK(outcome.error->code == ErrorCode::IoError);
    CHECK(outcome.error->detail == dangling.error());
    CHECK(sink.pages.empty());
    fs::remove(dir / "b.png");
    fs::create_symlink(dir / "c.png", dir / "d.png");
    fs::create_symlink(dir / "d.png", dir / "c.png");
    const auto loop = listPages({dir.string()});
    REQUIRE_FALSE(loop);
    CHECK(loop.error() == (dir / "c.png").string() + " is a loop of links");
    fs::remove(dir / "c.png");
    fs::remove(dir / "d.png");
    outcome = (*device)->scan(ScanRequest{}, sink, cancel);
    CHECK_FALSE(outcome.error);
    CHECK(sink.pages.size() == 1);
}
