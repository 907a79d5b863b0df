#pragma once
// The word reader's test fixtures, shared by test_word_reader.cpp (marks drawn on the blank) and
// test_word_sheets.cpp (sheets of the simulated batches, the A4 list of 20): the sample
// congresses, the simulator's word paper and its scanned blank learned, a blank marked and
// scanned, a batch sheet made again with its truth.
#include <QPainter>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <opencv2/core/mat.hpp>
#include <optional>
#include <string>

#include "ocr/word/word_reader.h"
#include "src/simulator/marking.h"
#include "src/simulator/scanner_model.h"

namespace kp::test {

inline const std::string SOURCE = KP_SOURCE_DIR;

// The simulator's word list (or table) for the congress's first election.
sim::Paper paperOf(const Congress& c, bool table);

// The committee's blank: that paper scanned at 200 dpi and learned.
ocr::WordTemplate learnedBlank(const Congress& c, bool table = false);

// What most word-list tests start from: the congress, its list's paper and the learned blank
// (the paper made once).
struct WordList {
    Congress congress;
    sim::Paper paper;
    ocr::WordTemplate blank;
};
WordList wordList(Congress c);

// The sample cơ sở congress (`samples/co-so`): its chi ủy election, 6 names on A5.
Congress chiUy();

// The speed bar's ballot, typed: the provincial executive's list of 18 (`samples/tinh`) and two
// more, 20 names for 17 seats — an A4 list in the simulator.
Congress twentyNames();

// The blank marked as `intent` says (and with `draw`, in 0.1 mm, if given), then scanned.
cv::Mat markedScan(const sim::Paper& paper, const sim::Intent& intent, const sim::Scan& scan, std::uint64_t seed,
                   const std::function<void(QPainter&)>& draw = {});

// A voter who strikes name `index` (from 0) and keeps the rest.
sim::Intent striking(const sim::Paper& paper, std::size_t index);

// A reading's reasons, for messages.
std::string reasonsOf(const ocr::PageReading& r);

struct BatchSheet {
    nlohmann::json truth;
    cv::Mat gray;
    ocr::WordTemplate blank;
};

// Sheet `number` of `simulate --seed 30 --style word` (the 5,000 list ballots of
// docs/benchmarks.md; another batch with `seed`, `dpi`, `colour`), made again under
// KP_TEST_OUT, with its truth and the batch's blank.
BatchSheet batchSheet(const Congress& congress, int number, std::uint64_t seed = 30, std::optional<int> dpi = {},
                      std::optional<bool> colour = {});

// A clean sheet of a batch must be read, its struck names those the truth gives. `stated`: the
// resolution the reader is told (the scan's own when not given).
void checkReadAsMarked(const BatchSheet& sheet, std::optional<int> stated = {});

}  // namespace kp::test
