// Printed ballots checked the way a person would: the PDF's text (pdftotext) lists every name
// in ballot order, its fonts are the bundled ones and embedded (pdffonts), the same input
// gives the same bytes, and the QR code decodes — from our own raster and from the PDF as
// poppler renders it (pdftoppm).
#include <doctest/doctest.h>

#include <QFile>
#include <cstdio>
#include <iterator>
#include <filesystem>
#include <memory>
#include <opencv2/imgcodecs.hpp>
#include <sstream>
#include <string>

#include "ballot_fixture.h"
#include "ocr/layout/qr_code.h"
#include "reports/render/ballot_document.h"
#include "reports/render/image_view.h"

using namespace kp;
using namespace kp::test;

namespace {

struct Variant {
    const char* name;
    int listed;
    Count seats;
};
constexpr Variant VARIANTS[]{{"strike-a5", 8, 6},      {"yesno-a5", 3, 3},      {"strike-a4", 40, 35},
                             {"yesno-a4", 24, 24},     {"strike-250", 250, 200}};

std::string run(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::string out;
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe.get())) {
        out.append(buffer, n);
    }
    return out;
}

std::string writePdf(const Variant& v, const ballot::BallotLayout& layout) {
    const auto pdf = render::ballotPdf(layout);
    REQUIRE(pdf);
    const std::string path = std::string(KP_TEST_OUT) + "/" + v.name + ".pdf";
    QFile f(QString::fromStdString(path));
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(*pdf) == pdf->size());
    return path;
}

std::string decodeQr(const cv::Mat& gray) {
    const std::vector<std::string> codes = ballot::decodeQr(gray);
    return codes.size() == 1 ? codes.front() : std::string("<" + std::to_string(codes.size()) + " codes>");
}

// pdffonts rows: name, type, encoding, emb, sub, uni, object, generation.
std::vector<std::pair<std::string, bool>> embeddedFonts(const std::string& listing) {
    std::vector<std::pair<std::string, bool>> out;
    std::istringstream lines(listing);
    std::string line;
    bool table = false;
    while (std::getline(lines, line)) {
        if (line.starts_with("-----")) {
            table = true;
            continue;
        }
        std::istringstream words(line);
        std::vector<std::string> w{std::istream_iterator<std::string>(words), {}};
        if (table && w.size() >= 6) {
            out.emplace_back(w.front(), w[w.size() - 5] == "yes");
        }
    }
    return out;
}

ballot::BallotLayout layoutOf(const Variant& v) {
    const Congress c = ballotCongress(v.listed, v.seats);
    return *ballot::layoutBallot(c, c.elections[0], firstRound(c));
}

}  // namespace

TEST_CASE("every ballot form prints all names in order, with embedded bundled fonts") {
    for (const Variant& v : VARIANTS) {
        CAPTURE(v.name);
        const ballot::BallotLayout layout = layoutOf(v);
        const std::string pdf = writePdf(v, layout);
        const std::string text = run("pdftotext -raw '" + pdf + "' -");
        CHECK(text.find("PHIẾU BẦU CỬ") != std::string::npos);
        CHECK(text.find("ĐẢNG CỘNG SẢN VIỆT NAM") != std::string::npos);
        CHECK(text.find("ĐẢNG BỘ TỈNH THỬ NGHIỆM") != std::string::npos);
        CHECK(text.find("Bầu Ban Chấp hành Đảng bộ tỉnh khóa XVI") != std::string::npos);
        if (layout.form == BallotForm::YesNo) {
            CHECK(text.find("Đồng ý") != std::string::npos);
            CHECK(text.find("Họ và tên") != std::string::npos);
        }
        // Names in ballot order: each found after the previous one (two-up sheets repeat the
        // list, so search from where the previous name was found).
        std::size_t at = 0;
        for (const Candidate& c : layout.candidates) {
            const std::size_t found = text.find(c.name, at);
            CHECK_MESSAGE(found != std::string::npos, c.name);
            at = found == std::string::npos ? at : found + c.name.size();
        }
        const auto fonts = embeddedFonts(run("pdffonts '" + pdf + "'"));
        REQUIRE_FALSE(fonts.empty());
        for (const auto& [name, embedded] : fonts) {
            CAPTURE(name);
            CHECK(embedded);
            CHECK(name.starts_with("NotoSerif-"));  // the bundled font, no system font slipped in
        }
    }
}

TEST_CASE("the same layout gives the same PDF bytes") {
    const ballot::BallotLayout layout = layoutOf(VARIANTS[0]);
    const auto a = render::ballotPdf(layout);
    const auto b = render::ballotPdf(layout);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *b);
    CHECK(a->contains("/CreationDate (D:20000101000000"));
}

TEST_CASE("the QR code decodes to the layout's payload on every side") {
    for (const Variant& v : VARIANTS) {
        CAPTURE(v.name);
        const ballot::BallotLayout layout = layoutOf(v);
        for (int side = 0; side < static_cast<int>(layout.sides.size()); ++side) {
            const QImage image = render::ballotImage(layout, side, 200);
            CHECK(decodeQr(render::matView(image)) == layout.qrPayload(side));
        }
    }
}

TEST_CASE("the QR code decodes from the PDF as poppler renders it at 150 dpi") {
    const Variant& v = VARIANTS[2];
    const ballot::BallotLayout layout = layoutOf(v);
    const std::string pdf = writePdf(v, layout);
    const std::string stem = std::string(KP_TEST_OUT) + "/" + v.name + "-page";
    run("pdftoppm -r 150 -gray -png -singlefile '" + pdf + "' '" + stem + "'");
    const cv::Mat page = cv::imread(stem + ".png", cv::IMREAD_GRAYSCALE);
    REQUIRE_FALSE(page.empty());
    CHECK(decodeQr(page) == layout.qrPayload(0));
}
