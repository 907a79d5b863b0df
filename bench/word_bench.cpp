// Word-processor ballots: accuracy and speed of reading marked ballots against a learned blank.
// The blank is FOLDER/blank.png when the batch brings its own (bench/independent writes one),
// else the simulator's word list for the election, scanned at 200 dpi; the ballots a folder made
// by `kiemphieu-cli simulate --style word` or bench/independent/generate.py (with its truth.jsonl).
// Counts (bench/scoreboard.h, overall and per variation, scan mode and hard case): silent errors
// (read, but not as marked), hard cases read, clean ballots sent to review; median milliseconds
// per ballot (one thread, decoding included). With REPEAT, each
// ballot is decoded and read that many times and its fastest time kept: on a shared machine a
// neighbour's load only ever adds time. KP_WORD_TIMES=1 prints each ballot's time (to find
// which kinds of sheet are slow), KP_WORD_ONLY=IMAGE reads that one alone.
// usage: kp_bench_word CONGRESS.json ELECTION-ID FOLDER [REPEAT]
#include <QGuiApplication>
#include <QImage>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>

#include "bench/scoreboard.h"
#include "ocr/word/word_reader.h"
#include "src/app/inputs.h"
#include "src/app/word_blank.h"
#include "src/common/freed_memory.h"
#include "src/simulator/simulate.h"
#include "tally/round_spec.h"

using namespace kp;

int main(int argc, char** argv) {
    kp::keepFreedMemory();  // as the programs that read ballots do
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: kp_bench_word CONGRESS.json ELECTION-ID FOLDER [REPEAT]\n");
        return 2;
    }
    auto congress = app::loadCongress(argv[1]);
    if (!congress) {
        std::fprintf(stderr, "%s\n", congress.error().c_str());
        return 1;
    }
    const auto e = std::ranges::find(congress->elections, ElectionId{argv[2]}, &Election::id);
    const auto spec = roundSpec(*congress, *e, 1, {});
    const std::string folder = argv[3];
    std::expected<ocr::WordTemplate, std::string> blank;
    if (std::filesystem::exists(folder + "/blank.png")) {
        // scanned at the resolution its batch's design.json states (image files' own are not read)
        int dpi = 0;
        if (std::ifstream design(folder + "/design.json"); design) {
            dpi = nlohmann::json::parse(design).value("blank_dpi", 0);
        }
        blank = app::learnBlank(
            folder + "/blank.png", dpi,
            app::RoundInput{*congress, static_cast<std::size_t>(e - congress->elections.begin()), *spec});
    } else {
        const sim::Paper paper = sim::wordPaper(*congress, *e, *spec, false);
        sim::Scan scan;
        scan.dpi = 200;
        scan.skew = 0.7;
        scan.noise = 3;
        scan.jpegQuality = 85;
        sim::Rng rng(3);
        blank = ocr::learnWordTemplate(sim::scannedBlank(paper, scan, rng), 200, e->candidates);
    }
    if (!blank) {
        std::fprintf(stderr, "blank: %s\n", blank.error().c_str());
        return 1;
    }
    const ocr::WordReader reader(*blank);
    cv::setNumThreads(1);  // one core, as the bar (recognizePages shares pages among cores)
    const int repeat = argc > 4 ? std::max(1, std::atoi(argv[4])) : 1;
    std::ifstream truthFile(folder + "/truth.jsonl");
    bench::Scoreboard board;
    std::vector<double> ms;
    for (std::string line; std::getline(truthFile, line);) {
        const auto truth = nlohmann::json::parse(line);
        if (const char* only = std::getenv("KP_WORD_ONLY"); only && truth["image"].get<std::string>() != only) {
            continue;  // one sheet, to look at it
        }
        ocr::PageReading r;
        double fastest = 0;
        for (int k = 0; k < repeat; ++k) {
            const auto start = std::chrono::steady_clock::now();
            const cv::Mat gray = cv::imread(folder + "/" + truth["image"].get<std::string>(), cv::IMREAD_GRAYSCALE);
            r = reader.read(gray, truth["scan"]["dpi"].get<int>());
            const double took =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            fastest = k == 0 ? took : std::min(fastest, took);
        }
        ms.push_back(fastest);
        if (std::getenv("KP_WORD_TIMES")) {
            std::fprintf(stderr, "TIME %s %.2f\n", truth["image"].get<std::string>().c_str(), fastest);
        }
        if (!truth.value("look_twice", false) && r.status != ocr::Status::Read && std::getenv("KP_WORD_VERBOSE")) {
            std::string reasons;
            for (const auto& x : r.reasons) reasons += x + " ";
            std::fprintf(stderr, "%s: %s\n", truth["image"].get<std::string>().c_str(), reasons.c_str());
        }
        if (const auto note = board.add(truth, r); !note.empty())
            std::fprintf(stderr, "%s\n", note.c_str());
    }
    std::ranges::sort(ms);
    const auto& all = board.all();
    std::printf(
        "%d sheets: %d read, %d silent errors, %d of %d hard cases read, %d of %d clean ones to review (%.1f %%), "
        "median %.1f ms\n",
        all.sheets, all.read, all.silent, all.hardRead, all.hard, all.cleanReview, all.clean,
        100.0 * all.cleanReview / std::max(1, all.clean), ms.empty() ? 0 : ms[ms.size() / 2]);
    board.print(stdout);
    if (const char* scores = std::getenv("KP_SCORES")) {  // the counts per tag, for bench/independent/table.py
        std::ofstream(scores) << board.toJson().dump() << "\n";
    }
    return board.passed() ? 0 : 1;
}
