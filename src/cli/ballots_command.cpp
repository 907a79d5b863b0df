#include "ballots_command.h"

#include <QFile>
#include <iostream>

#include "args.h"
#include "exit_codes.h"
#include "inputs.h"
#include "src/app/offscreen.h"
#include "ocr/layout/ballot_layout.h"
#include "reports/render/ballot_document.h"

namespace kp::cli {

namespace {

constexpr int PREVIEW_DPI = 150;

std::string previewPath(const std::string& pdf, int side) {
    const std::string stem = pdf.ends_with(".pdf") ? pdf.substr(0, pdf.size() - 4) : pdf;
    return stem + (side == 0 ? "" : "-side" + std::to_string(side + 1)) + ".png";
}

}  // namespace

int runBallots(const std::vector<std::string>& argv) {
    const ArgSpec spec{{"--congress", "--election", "--round", "--readings", "--out"}, {}};
    auto args = Args::parse(argv, spec);
    const char* usage =
        "usage: kiemphieu-cli ballots --congress FILE --election ID [--round N] [--readings FILE] --out FILE.pdf";
    if (!args) {
        return usageError("ballots: " + args.error());
    }
    const auto congressPath = args->value("--congress");
    const auto election = args->value("--election");
    const auto out = args->value("--out");
    if (!congressPath || !election || !out || !args->positional().empty()) {
        return usageError(usage);
    }
    const auto input = loadRoundInput(*args, "ballots");
    if (!input) {
        return input.error();
    }
    const auto layout = ballot::layoutBallot(input->congress, input->theElection(), input->spec);
    if (!layout) {
        return inputError(layout.error().message());
    }

    app::OffscreenGui gui;
    const auto pdf = render::ballotPdf(*layout);
    if (!pdf) {
        return inputError("cannot render the ballot: " + pdf.error());
    }
    QFile file(QString::fromStdString(*out));
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.flush()) {
        return inputError("cannot write " + *out + ": " + file.errorString().toStdString());
    }
    file.close();
    for (int side = 0; side < static_cast<int>(layout->sides.size()); ++side) {
        const std::string png = previewPath(*out, side);
        if (!render::ballotImage(*layout, side, PREVIEW_DPI).save(QString::fromStdString(png), "PNG")) {
            return inputError("cannot write " + png);
        }
        std::cout << "preview: " << png << "\n";
    }
    std::cout << "ballot: " << *out << " (" << (layout->paper == ballot::Paper::A5 ? "A5, two to an A4 sheet" : "A4")
              << ", " << (layout->form == BallotForm::Strike ? "strike" : "yes/no") << " form, "
              << layout->candidates.size() << " names, " << layout->sides.size() << " side(s))\n"
              << "layout hash: " << layout->layoutHash << "\n"
              << "QR: " << layout->qrPayload(0) << "\n";
    return EXIT_OK;
}

}  // namespace kp::cli
