// Tally benchmark: 1,000,000 readings of a 60-name / 50-seat strike election.
// Prints the median of several runs for (a) the engine alone, from parsed readings to
// results, and (b) parsing the same readings from JSON Lines. One thread.
// usage: kp_bench_tally [readings=1000000] [runs=5] [all|engine|parse|parse-recognizer]
//        parse-recognizer: the lines as `recognize` writes them (image, status, 60 scores, ...)
//        kp_bench_tally N 0 write DIR   writes DIR/congress.json and DIR/readings.jsonl, to time
//                                        `kiemphieu-cli tally` on them end to end
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "reports/readings_jsonl.h"
#include "tally/tally.h"

namespace {

using Clock = std::chrono::steady_clock;

kp::Congress congress() {
    kp::Election e;
    e.id = kp::ElectionId{"bch"};
    e.title = "Bầu Ban Chấp hành";
    e.seats = 50;
    for (int i = 1; i <= 60; ++i) {
        e.candidates.push_back({kp::CandidateId{"c" + std::to_string(i)}, "Ứng viên " + std::to_string(i)});
    }
    kp::Congress c;
    c.electorate.convened = 1'000'000;
    c.elections.push_back(std::move(e));
    return c;
}

// Voters strike 10 names on average (at least the 10 the seats require), some popular
// candidates rarely: a realistic spread rather than uniform noise.
std::vector<kp::Reading> benchReadings(std::size_t count) {
    std::mt19937 rng(1);
    std::vector<double> weight(60);
    for (std::size_t i = 0; i < weight.size(); ++i) {
        weight[i] = 0.2 + static_cast<double>((i * 37) % 60) / 30.0;
    }
    std::discrete_distribution<int> pick(weight.begin(), weight.end());
    std::uniform_int_distribution<int> extra(0, 4);
    std::vector<kp::Reading> out(count);
    for (std::size_t b = 0; b < count; ++b) {
        kp::Reading& r = out[b];
        r.election = kp::ElectionId{"bch"};
        r.sheet = std::to_string(b + 1);
        r.line = b + 1;
        std::vector<bool> struck(60, false);
        const int strikes = 10 + extra(rng) - (b % 500 == 0 ? 1 : 0);  // a few overvotes
        kp::StruckNames s;
        while (static_cast<int>(s.ids.size()) < strikes) {
            const int i = pick(rng);
            if (!struck[static_cast<std::size_t>(i)]) {
                struck[static_cast<std::size_t>(i)] = true;
                s.ids.push_back(kp::CandidateId{"c" + std::to_string(i + 1)});
            }
        }
        r.marks = std::move(s);
    }
    return out;
}

std::string asJsonLines(const std::vector<kp::Reading>& readings, bool recognizer = false) {
    std::string scores;
    for (int i = 1; i <= 60; ++i) {
        scores += (i > 1 ? ", \"c" : "\"c") + std::to_string(i) + "\": 0." + std::to_string(100 + i * 13 % 900);
    }
    std::string text;
    for (const kp::Reading& r : readings) {
        text += "{\"election\": \"bch\", \"round\": 1, \"sheet\": \"" + r.sheet + "\", \"struck\": [";
        const auto& ids = std::get<kp::StruckNames>(r.marks).ids;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            text += (i ? ", \"" : "\"") + ids[i].value + "\"";
        }
        text += "]";
        if (recognizer) {
            text += ", \"image\": \"scans/ballot-" + r.sheet +
                    ".png\", \"status\": \"read\", \"reasons\": [], "
                    "\"uncertain\": [], \"scores\": {" +
                    scores +
                    "}, \"recognizer\": {\"version\": \"kp-recognizer/2\", "
                    "\"settings\": \"0123456789abcdef\", \"program\": \"0.1.0+abc1234\"}";
        }
        text += "}\n";
    }
    return text;
}

void writeFiles(const std::string& dir, const kp::Congress& c, const std::vector<kp::Reading>& readings) {
    std::string json =
        R"({"format": "kiemphieu.congress/1", "congress": {"name": "Benchmark", "organization": "KiemPhieu",
 "level": "tinh", "kind": "delegates", "convened": )" +
        std::to_string(c.electorate.convened) + R"(},
 "elections": [{"id": "bch", "title": "Bầu Ban Chấp hành", "body": "executive_committee", "seats": 50, "candidates": [)";
    for (std::size_t i = 0; i < c.elections[0].candidates.size(); ++i) {
        const kp::Candidate& k = c.elections[0].candidates[i];
        json += (i ? ", " : "") + std::string("{\"id\": \"") + k.id.value + "\", \"name\": \"" + k.name + "\"}";
    }
    json += "]}]}\n";
    for (const auto& [name, text] :
         {std::pair{"/congress.json", json}, std::pair{"/readings.jsonl", asJsonLines(readings)}}) {
        std::FILE* f = std::fopen((dir + name).c_str(), "wb");
        if (f == nullptr || std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fclose(f) != 0) {
            std::fprintf(stderr, "cannot write %s%s\n", dir.c_str(), name);
            std::exit(1);
        }
    }
}

template <class F>
double medianSeconds(int runs, F&& f) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        f();
        times.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::ranges::sort(times);
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    const std::string mode = argc > 3 ? argv[3] : "all";
    if (mode == "write" && argc > 4) {
        writeFiles(argv[4], congress(), benchReadings(count));
        return 0;
    }
    const kp::Congress congress = ::congress();
    const std::vector<kp::Reading> readings = benchReadings(count);
    std::size_t elected = 0;
    const bool parseOnly = mode.starts_with("parse");
    const double engine = parseOnly ? 0.0 : medianSeconds(runs, [&] {
        const auto results = kp::tally(congress, readings);
        if (!results) {
            std::fprintf(stderr, "tally failed: %s\n", results.error().message().c_str());
            std::exit(1);
        }
        elected = results->front().elected.size();
    });
    const std::string text = mode == "engine" ? std::string() : asJsonLines(readings, mode == "parse-recognizer");
    const double parse = mode == "engine" ? 0.0 : medianSeconds(runs, [&] {
        const auto parsed = kp::parseReadings(text);
        if (!parsed || parsed->size() != count) {
            std::fprintf(stderr, "parse failed\n");
            std::exit(1);
        }
    });
    std::printf("readings: %zu (60 names, 50 seats), elected: %zu, runs: %d (median)\n", count, elected, runs);
    std::printf("engine (parsed readings -> results): %.3f s  (%.0f ns per reading)\n", engine,
                engine * 1e9 / static_cast<double>(count));
    std::printf("parse JSON Lines (%.1f MB):          %.3f s  (%.0f ns per reading)\n",
                static_cast<double>(text.size()) / 1e6, parse, parse * 1e9 / static_cast<double>(count));
    return 0;
}
