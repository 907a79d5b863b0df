// Congress record benchmark: the store's own cost of importing N scanned sheets (default
// 10,000, the bar's figure) and their readings.
//
// It writes a scan folder as the scanner drivers leave it (scan-log.jsonl and one image a
// sheet) without scanning: each image is a real simulated ballot JPEG with its sheet number
// appended after the JPEG end marker (decoders ignore it), so every sheet has its own hash and
// its realistic size. Then it times Record::create + the scan folder's import (hash check,
// durable copy, each sheet's row and audit event in its own transaction) and the readings'
// import (image re-hashed, matched, checked, rows and events), and the counted ballots.
//
// usage: kp_bench_store SAMPLE.jpg CONGRESS.json WORKDIR [sheets=10000]   (the congress has election "cu")
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "src/app/readings_import.h"
#include "src/app/scan_import.h"
#include "src/common/sha256.h"
#include "src/store/committee.h"
#include "src/store/record.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using Json = nlohmann::ordered_json;

namespace {

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: kp_bench_store SAMPLE.jpg CONGRESS.json WORKDIR [sheets=10000]\n");
        return 2;
    }
    const std::string sample = slurp(argv[1]);
    const std::string congress = slurp(argv[2]);
    const fs::path work = argv[3];
    const int sheets = argc > 4 ? std::atoi(argv[4]) : 10000;
    fs::remove_all(work);
    fs::create_directories(work / "scans");

    // The scan folder and a readings file naming each image.
    std::ofstream log(work / "scans" / "scan-log.jsonl");
    std::ofstream readings(work / "readings.jsonl");
    log << Json{{"event", "batch"},
                {"batch", 1},
                {"device", "bench"},
                {"source", "adf"},
                {"dpi", 200},
                {"mode", "gray"},
                {"time", "2026-11-21T08:00:00Z"}}
               .dump()
        << "\n";
    for (int i = 1; i <= sheets; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "b0001-p%05d.jpg", i);
        const std::string bytes = sample + "kp-bench-sheet-" + std::to_string(i);
        std::ofstream(work / "scans" / name, std::ios::binary) << bytes;
        log << Json{{"event", "page"},
                    {"batch", 1},
                    {"page", i},
                    {"sheet", i},
                    {"side", "front"},
                    {"file", name},
                    {"sha256", kp::sha256Hex(bytes)},
                    {"width", 1165},
                    {"height", 1654},
                    {"dpi", 200},
                    {"time", "2026-11-21T08:00:00Z"}}
                   .dump()
            << "\n";
        readings << Json{{"election", "cu"},
                         {"round", 1},
                         {"sheet", name},
                         {"image", (work / "scans" / name).string()},
                         {"status", "read"},
                         {"reasons", Json::array()},
                         {"struck", {"cu0" + std::to_string(1 + i % 6)}},
                         {"scores", {{"cu01", 0.0}}},
                         {"recognizer", {{"version", "bench"}, {"settings", "0"}}}}
                        .dump()
                 << "\n";
    }
    log << Json{{"event", "end"},   {"batch", 1},   {"reason", "feeder_empty"},      {"pages", sheets},
                {"sheets", sheets}, {"refeeds", 0}, {"time", "2026-11-21T08:00:00Z"}}
               .dump()
        << "\n";
    log.close();
    readings.close();

    const std::string db = (work / "bench.kpdb").string();
    auto start = Clock::now();
    auto record = kp::store::Record::create(db, congress, "bench", "2026-11-21T09:00:00Z");
    if (!record) {
        std::fprintf(stderr, "%s\n", record.error().message.c_str());
        return 1;
    }
    auto scans =
        kp::app::importScanFolder(*record, (work / "scans").string(), "cu", 1, "bench", "2026-11-21T09:00:00Z");
    const double scanSeconds = secondsSince(start);
    if (!scans || scans->sheets != sheets) {
        std::fprintf(stderr, "import failed: %s\n", scans ? "wrong count" : scans.error().c_str());
        return 1;
    }
    start = Clock::now();
    auto read = kp::app::importReadingsFile(*record, (work / "readings.jsonl").string(), false, "bench",
                                            "2026-11-21T09:00:00Z");
    const double readSeconds = secondsSince(start);
    if (!read || read->recorded != sheets) {
        std::fprintf(stderr, "readings failed: %s\n", read ? "wrong count" : read.error().c_str());
        return 1;
    }
    start = Clock::now();
    auto counted = kp::store::Committee(*record).countedJsonl();
    const double countedSeconds = secondsSince(start);
    std::printf("%d sheets of %zu bytes\n", sheets, sample.size() + 20);
    std::printf("import scans:    %.1f s, %.2f ms per sheet\n", scanSeconds, 1000 * scanSeconds / sheets);
    std::printf("import readings: %.1f s, %.2f ms per sheet\n", readSeconds, 1000 * readSeconds / sheets);
    std::printf("counted ballots: %.2f s (%zu bytes)\n", countedSeconds, counted ? counted->size() : 0);
    return 0;
}
