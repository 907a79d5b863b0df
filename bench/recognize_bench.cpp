// Recognition benchmark on a simulated batch (kiemphieu-cli simulate … --out DIR): accuracy
// against DIR/truth.jsonl and speed.
//   silent errors: pages read whose struck set (or marks) differ from the truth — must be 0;
//   hard cases (truth look_twice) read — must be 0;
//   ordinary ballots sent to review — the bar is at most 2 %;
//   median time per page on one thread, image decoding included; pages per second on N threads.
// usage: kp_bench_recognize CONGRESS ELECTION DIR [threads=2] [limit]
#include <QGuiApplication>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <sstream>
#include <thread>

#include "bench/scoreboard.h"
#include "ocr/recognize/recognize.h"
#include "reports/congress_json.h"
#include "reports/render/recognition_template.h"
#include "src/common/freed_memory.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Outcome {
    kp::ocr::PageReading reading;
    double seconds = 0;
};

}  // namespace

int main(int argc, char** argv) {
    kp::keepFreedMemory();  // as the programs that read ballots do
    if (argc < 4) {
        std::fprintf(stderr, "usage: kp_bench_recognize CONGRESS ELECTION DIR [threads=2] [limit]\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::ifstream cf(argv[1]);
    std::stringstream cs;
    cs << cf.rdbuf();
    const auto congress = kp::parseCongress(cs.str());
    if (!congress) {
        std::fprintf(stderr, "%s\n", congress.error().message().c_str());
        return 1;
    }
    const auto election = std::ranges::find(congress->elections, kp::ElectionId{argv[2]}, &kp::Election::id);
    const auto spec = kp::roundSpec(*congress, *election, 1, {});
    const auto layout = kp::ballot::layoutBallot(*congress, *election, *spec);
    const kp::ocr::Settings settings;
    const auto templates = kp::render::makeTemplates(*layout, settings);
    const std::string dir = argv[3];
    const int threads = argc > 4 ? std::atoi(argv[4]) : 2;
    std::vector<nlohmann::json> truth;
    std::ifstream tf(dir + "/truth.jsonl");
    for (std::string line; std::getline(tf, line);) {
        truth.push_back(nlohmann::json::parse(line));
    }
    if (argc > 5) {
        truth.resize(std::min(truth.size(), static_cast<std::size_t>(std::atoll(argv[5]))));
    }
    cv::setNumThreads(1);
    const auto readOne = [&](std::size_t i) {
        const auto start = Clock::now();
        const cv::Mat gray = cv::imread(dir + "/" + truth[i]["image"].get<std::string>(), cv::IMREAD_GRAYSCALE);
        Outcome o{kp::ocr::recognizePage(gray, templates, settings), 0};
        o.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        return o;
    };
    // Speed on one thread: the first 300 pages (or all).
    std::vector<double> single;
    for (std::size_t i = 0; i < std::min<std::size_t>(300, truth.size()); ++i) {
        single.push_back(readOne(i).seconds);
    }
    std::ranges::sort(single);
    // Everything on `threads` threads.
    std::vector<Outcome> outcomes(truth.size());
    std::atomic<std::size_t> next{0};
    const auto start = Clock::now();
    {
        std::vector<std::jthread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&] {
                for (std::size_t i = next++; i < truth.size(); i = next++) outcomes[i] = readOne(i);
            });
        }
    }
    const double wall = std::chrono::duration<double>(Clock::now() - start).count();
    kp::bench::Scoreboard board;
    int rejected = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        rejected += outcomes[i].reading.status == kp::ocr::Status::Rejected ? 1 : 0;
        if (const auto note = board.add(truth[i], outcomes[i].reading); !note.empty())
            std::printf("%s\n", note.c_str());
    }
    const auto& all = board.all();
    std::printf("pages: %zu (%d ordinary, %d hard cases)\n", truth.size(), all.clean, all.hard);
    std::printf("read: %d, rejected: %d\n", all.read, rejected);
    std::printf("silent errors: %d\n", all.silent);
    std::printf("hard cases read (must be 0): %d of %d\n", all.hardRead, all.hard);
    std::printf("ordinary ballots sent to review: %d of %d (%.2f %%)\n", all.cleanReview, all.clean,
                100.0 * all.cleanReview / std::max(1, all.clean));
    for (const auto& [reason, n] : all.reasons) std::printf("  %s: %d\n", reason.c_str(), n);
    std::printf("one thread: median %.1f ms per page, 90th percentile %.1f ms (%zu pages, decoding included)\n",
                single[single.size() / 2] * 1000, single[single.size() * 9 / 10] * 1000, single.size());
    std::printf("%d threads: %.1f pages per second (%zu pages in %.1f s)\n", threads,
                static_cast<double>(truth.size()) / wall, truth.size(), wall);
    board.print(stdout);
    if (const char* scores = std::getenv("KP_SCORES")) {  // the counts per tag, for bench/independent/table.py
        std::ofstream(scores) << board.toJson().dump() << "\n";
    }
    return board.passed() ? 0 : 1;
}
