// Word-processor ballots: accuracy and speed of reading marked ballots against a learned blank.
// The blank is the simulator's word list for the election, scanned at 200 dpi; the ballots a
// folder made by `kiemphieu-cli simulate --style word` (with its truth.jsonl).
// Counts: silent errors (read, but not as marked), hard cases read, clean ballots sent to
// review; median milliseconds per ballot (one thread, decoding included). With REPEAT, each
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
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>

#include "ocr/word/word_reader.h"
#include "src/app/inputs.h"
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
    const sim::Paper paper = sim::wordPaper(*congress, *e, *spec, false);
    sim::Scan scan;
    scan.dpi = 200;
    scan.skew = 0.7;
    scan.noise = 3;
    scan.jpegQuality = 85;
    sim::Rng rng(3);
    const cv::Mat scanned = sim::scannedBlank(paper, scan, rng);
    const auto blank = ocr::learnWordTemplate(scanned, 200, e->candidates);
    if (!blank) {
        std::fprintf(stderr, "blank: %s\n", blank.error().c_str());
        return 1;
    }
    const ocr::WordReader reader(*blank);
    cv::setNumThreads(1);  // one core, as the bar (recognizePages shares pages among cores)
    const std::string folder = argv[3];
    const int repeat = argc > 4 ? std::max(1, std::atoi(argv[4])) : 1;
    std::ifstream truthFile(folder + "/truth.jsonl");
    int sheets = 0, read = 0, silent = 0, hardRead = 0, hard = 0, clean = 0, cleanReview = 0;
    std::vector<double> ms;
    for (std::string line; std::getline(truthFile, line);) {
        const auto truth = nlohmann::json::parse(line);
        if (const char* only = std::getenv("KP_WORD_ONLY"); only && truth["image"].get<std::string>() != only) {
            continue;  // one sheet, to look at it
        }
        const bool isHard = truth.value("look_twice", false);  // a tear that shows nothing on the scan is not
        ocr::PageReading r;
        double fastest = 0;
        for (int k = 0; k < repeat; ++k) {
            const auto start = std::chrono::steady_clock::now();
            const cv::Mat gray = cv::imread(folder + "/" + truth["image"].get<std::string>(), cv::IMREAD_GRAYSCALE);
            r = reader.read(gray, truth["scan"]["dpi"].get<int>());
            const double took = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            fastest = k == 0 ? took : std::min(fastest, took);
        }
        ms.push_back(fastest);
        if (std::getenv("KP_WORD_TIMES")) {
            std::fprintf(stderr, "TIME %s %.2f\n", truth["image"].get<std::string>().c_str(), fastest);
        }
        ++sheets;
        hard += isHard ? 1 : 0;
        clean += isHard ? 0 : 1;
        if (r.status != ocr::Status::Read) {
            cleanReview += isHard ? 0 : 1;
            if (!isHard && std::getenv("KP_WORD_VERBOSE")) {
                std::string reasons;
                for (const auto& x : r.reasons) reasons += x + " ";
                std::fprintf(stderr, "%s: %s\n", truth["image"].get<std::string>().c_str(), reasons.c_str());
            }
            continue;
        }
        ++read;
        hardRead += isHard ? 1 : 0;
        if (isHard) {
            std::fprintf(stderr, "HARD CASE READ %s: %s\n", truth["image"].get<std::string>().c_str(), truth["case"].dump().c_str());
        }
        std::vector<std::string> struck;
        for (const auto& id : r.struck) {
            struck.push_back(id.value);
        }
        auto expected = truth["struck"].get<std::vector<std::string>>();
        std::ranges::sort(struck);
        std::ranges::sort(expected);
        if (struck != expected) {
            ++silent;
            std::fprintf(stderr, "SILENT ERROR %s: read %zu struck, truth %zu\n", truth["image"].get<std::string>().c_str(),
                         struck.size(), expected.size());
        }
    }
    std::ranges::sort(ms);
    std::printf("%d sheets: %d read, %d silent errors, %d of %d hard cases read, %d of %d clean ones to review (%.1f %%), "
                "median %.1f ms\n",
                sheets, read, silent, hardRead, hard, cleanReview, clean, 100.0 * cleanReview / std::max(1, clean),
                ms.empty() ? 0 : ms[ms.size() / 2]);
    return silent == 0 && hardRead == 0 ? 0 : 1;
}
