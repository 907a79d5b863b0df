#include "recognize_command.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "args.h"
#include "exit_codes.h"
#include "inputs.h"
#include "src/app/join_sides.h"
#include "src/app/recognize_pages.h"
#include "src/app/word_blank.h"

namespace kp::cli {

namespace fs = std::filesystem;

namespace {

using Json = nlohmann::ordered_json;

}  // namespace

int runRecognize(const std::vector<std::string>& argv) {
    const ArgSpec spec{
        {"--congress", "--election", "--round", "--readings", "--out", "--debug", "--threads", "--blank"},
        {"--duplex"}};
    const char* usage =
        "usage: kiemphieu-cli recognize --congress FILE --election ID [--round N] [--readings FILE] [--blank SCAN] "
        "[--debug DIR] [--threads N] [--duplex] --out READINGS.jsonl IMAGE|DIR...";
    auto args = Args::parse(argv, spec);
    if (!args) {
        return usageError("recognize: " + args.error());
    }
    const auto out = args->value("--out");
    if (!args->value("--congress") || !args->value("--election") || !out || args->positional().empty()) {
        return usageError(usage);
    }
    int threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    if (const auto t = args->value("--threads")) {
        const auto n = positiveNumber("--threads", *t);
        if (!n) {
            return usageError("recognize: " + n.error());
        }
        threads = *n;
    }
    const auto input = loadRoundInput(*args, "recognize");
    if (!input) {
        return input.error();
    }
    // A scan folder (kiemphieu-cli scan, the desktop app) is read from its scan log: every page the
    // session stored, re-fed ones included (they wait for the committee, never unread), the
    // faces of a sheet paired as the count and verify pair them. Other images in name order;
    // --duplex: those alternate front, back, front, back.
    std::vector<scan::PageRef> pages;
    for (const std::string& given : args->positional()) {
        const bool scanFolder = fs::exists(fs::path(given) / "scan-log.jsonl");
        auto some = scanFolder ? app::scanFolderPages(given) : scan::listPages({given});
        if (!some) {
            return inputError(some.error());
        }
        if (args->flag("--duplex") && !scanFolder) {
            for (std::size_t i = 0; i < some->size(); ++i) {
                (*some)[i].leaf = static_cast<int>(pages.size() + i) / 2 + 1;
            }
        }
        pages.insert(pages.end(), some->begin(), some->end());
    }
    // Ballots printed in a word processor: the template learned from their scanned blank.
    std::optional<ocr::WordTemplate> word;
    if (const auto blank = args->value("--blank")) {
        auto learned = app::learnBlank(*blank, 0, *input);
        if (!learned) {
            return inputError("recognize: blank " + learned.error());
        }
        word = std::move(*learned);
    }
    auto recognized =
        app::recognizePages(*input, pages, threads, args->value("--debug"), {}, nullptr, word ? &*word : nullptr);
    if (!recognized) {
        return inputError(recognized.error());
    }
    const std::vector<Json>& lines = *recognized;

    std::ofstream file(*out, std::ios::binary);
    for (const Json& line : lines) {
        file << line.dump(-1, ' ', false) << "\n";
    }
    const app::StatusCounts counted = app::countStatuses(lines);
    if (!file.flush()) {
        return inputError("cannot write " + *out);
    }
    std::cout << "pages: " << lines.size() << " — read " << counted.read << ", review " << counted.review
              << ", rejected " << counted.rejected << "\nreadings: " << *out << "\n";
    return EXIT_OK;
}

}  // namespace kp::cli
