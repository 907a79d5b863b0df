#pragma once
// The dry-run simulator: N voters mark the round's ballot, an office scanner scans each
// sheet, and a truth file says what every image shows and what the rules make of it.
// Deterministic for a seed: sheet i depends only on (seed, i), whatever the thread count.
#include <cstdint>
#include <expected>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <QString>
#include <opencv2/core/mat.hpp>

#include "paper.h"
#include "scanner_model.h"
#include "tally/congress.h"
#include "tally/round_spec.h"

namespace kp::sim {

struct Options {
    int voters = 0;
    int first = 0;  // the first sheet's index (from 0): sheets first … first + voters − 1
    std::uint64_t seed = 0;
    bool wordStyle = false;  // a word-processor ballot instead of KiemPhieu's
    std::string outDir;
    std::optional<int> dpi;                  // fix the resolution (150–600); otherwise varied per sheet
    std::optional<bool> colour;              // fix the colour mode; otherwise varied per sheet
    int threads = 0;                         // 0: one per core
    std::function<void(int done)> progress;  // called from worker threads
    std::string blankPath;                   // also write a scanned blank ballot here (PNG; outside outDir)
    bool blankStamped = false;               // …with the committee's stamp on it, as the user guide asks
    bool catalogue = false;                  // draw the recognition variation catalogue (variation.h)
    bool photocopy = false;                  // every ballot a copy of a copy (toner specks, 97–103 %)
    // Dry runs of the scan session's re-fed sheet check. `sameChoice` of the voters make one
    // common choice, with no hard case: on a strike list they strike exactly `sameStruck` (empty:
    // no name), on a yes/no list they agree to everyone. `rescanDir`: every marked sheet is fed
    // again and scanned anew into that folder under the same file name (the scanner's own draws:
    // shift, turn, 180°, resolution, noise, JPEG; the paper keeps its fold and tear).
    double sameChoice = 0;
    std::vector<std::string> sameStruck;
    std::string rescanDir;
};

struct Summary {
    int ballots = 0;
    int lookTwice = 0;
    std::string style;
};

// A blank ballot as the committee scans it to teach the recogniser a word-processor ballot:
// `paper` drawn in grey at scan.dpi, stamped when `stampText` is given, and put through the
// scanner model (skew, noise, JPEG…).
cv::Mat scannedBlank(const Paper& paper, const Scan& scan, Rng& rng, const QString& stampText = {});

// Sheet `index`'s generator in a batch of `seed` (~0: the batch's own draws, ~1: the blank's
// scan): a sheet of a batch can be made again on its own.
Rng sheetRng(std::uint64_t seed, std::uint64_t index);

// Writes DIR/ballot-00001.jpg|png … and DIR/truth.jsonl (docs/formats.md §Simulator truth).
// Needs a QGuiApplication (fonts).
std::expected<Summary, std::string> simulate(const Congress& congress, const Election& election, const RoundSpec& round,
                                             const Options& options);

}  // namespace kp::sim
