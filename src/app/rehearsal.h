#pragma once
// Ballots for a rehearsal: a training congress's voters simulated (kp::simulator) — marked,
// some of them the hard cases a committee must learn to rule on, scanned with a scanner's
// faults — into a folder the counting station then counts like a real batch. Only for a
// congress flagged as training: a real congress's record never gets simulated ballots.
#include <cstdint>
#include <expected>
#include <functional>
#include <string>

namespace kp::app {

struct RehearsalRequest {
    std::string recordPath;
    std::string election;
    int round = 1;
    int voters = 0;
    std::uint64_t seed = 1;
    std::string outDir;                      // must not exist yet
    std::function<void(int done)> progress;  // from worker threads
};

// How many ballots were made; the error in words. Needs a QGuiApplication (fonts).
std::expected<int, std::string> makeRehearsalBallots(const RehearsalRequest& request);

}  // namespace kp::app
