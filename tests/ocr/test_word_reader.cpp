// Reading marked word-processor ballots against a learned blank, on the simulator's scans (its
// truth says what each voter struck and which sheets carry a hard case): a sheet read must be
// read exactly as the voter marked it, a hard case must never be read, and a scan of another
// ballot must not align. Marks drawn on the blank here; sheets of the simulated batches and the
// A4 list of 20 in test_word_sheets.cpp.
#include <doctest/doctest.h>

#include <QImage>
#include <QPainter>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "ocr/word/word_reader.h"
#include "tests/ocr/word_sheets.h"

using namespace kp;
using namespace kp::test;

TEST_CASE("word reader: the simulated word ballots are read as marked, or sent to the committee") {
    const Congress congress = chiUy();
    const ocr::WordTemplate blank = learnedBlank(congress);
    std::ifstream truthFile(SOURCE + "/samples/simulated/word/truth.jsonl");
    int read = 0;
    for (std::string line; std::getline(truthFile, line);) {
        const auto truth = nlohmann::json::parse(line);
        const cv::Mat gray = cv::imread(SOURCE + "/samples/simulated/word/" + truth["image"].get<std::string>(), cv::IMREAD_GRAYSCALE);
        const ocr::PageReading r = ocr::readWordBallot(gray, truth["scan"]["dpi"].get<int>(), blank, ocr::WordSettings{});
        std::string reasons;
        for (const auto& x : r.reasons) {
            reasons += x + " ";
        }
        INFO(truth["image"].get<std::string>() << ": status " << std::string(ocr::statusCode(r.status)) << ", " << reasons);
        std::string scores;
        for (const auto& [id, v] : r.scores) {
            scores += id.value + "=" + std::to_string(v).substr(0, 4) + " ";
        }
        MESSAGE(truth["image"].get<std::string>() << " " << std::string(ocr::statusCode(r.status)) << " " << reasons << scores
                << " truth " << truth["struck"].dump() << " case " << truth["case"].dump());
        if (r.status == ocr::Status::Read) {
            ++read;
            std::vector<std::string> struck;
            for (const auto& id : r.struck) {
                struck.push_back(id.value);
            }
            std::ranges::sort(struck);
            auto expected = truth["struck"].get<std::vector<std::string>>();
            std::ranges::sort(expected);
            CHECK(struck == expected);                       // never a silent error
            CHECK_FALSE(truth["look_twice"].get<bool>());    // never a hard case read
        }
    }
    MESSAGE(read << " of 8 sheets read, the rest to the committee");
    CHECK(read >= 1);
}

TEST_CASE("word reader: a KiemPhieu ballot is not a word ballot of this list") {
    const Congress congress = chiUy();
    const ocr::WordTemplate blank = learnedBlank(congress);
    const cv::Mat other = cv::imread(SOURCE + "/samples/simulated/kiemphieu/ballot-00001.jpg", cv::IMREAD_GRAYSCALE);
    const ocr::PageReading r = ocr::readWordBallot(other, 150, blank, ocr::WordSettings{});
    CHECK(r.status != ocr::Status::Read);
}

TEST_CASE("word reader: each hard case reaches the committee, on a typed list and in a table") {
    const Congress congress = chiUy();
    using sim::HardCase;
    for (const bool table : {false, true}) {
        const sim::Paper paper = paperOf(congress, table);
        const ocr::WordTemplate blank = learnedBlank(congress, table);
        for (const HardCase h : {HardCase::FamilyNameOnly, HardCase::Underline, HardCase::Circle, HardCase::Tick,
                                 HardCase::CrossBeside, HardCase::WriteIn, HardCase::Signature, HardCase::MissingStamp,
                                 HardCase::TornCorner}) {
            for (std::uint64_t seed = 1; seed <= 2; ++seed) {
                sim::Intent intent = striking(paper, 2);
                intent.hard = h;
                // Seed 2 circles the struck name itself: struck, and more written around it.
                intent.target = h == HardCase::Circle && seed == 2 ? 2 : 4;
                // A corner torn off blank paper shows only against a dark scanner background.
                const bool torn = h == HardCase::TornCorner;
                const sim::Scan scan{.dpi = 200, .skew = seed == 1 ? 1.2 : -2.0, .blur = 0.5, .noise = 2, .darkBackground = torn, .tornCorner = torn};
                const ocr::PageReading r = ocr::readWordBallot(markedScan(paper, intent, scan, seed), scan.dpi, blank, ocr::WordSettings{});
                const std::string reasons = reasonsOf(r);
                CAPTURE(table);
                CAPTURE(sim::hardCaseCode(h));
                CAPTURE(seed);
                CAPTURE(reasons);
                CHECK(r.status != ocr::Status::Read);
            }
        }
    }
}

namespace {

// Where the last word of a name starts on the blank, in 0.1 mm: after the last run of paper
// across its ink wider than any gap between letters (a word space), in the rendered blank.
double lastWordStart(const sim::Paper& paper, const sim::PaperName& name, int dpi) {
    const QImage blank = paper.render(dpi, false).convertToFormat(QImage::Format_Grayscale8);
    const double px = dpi / 254.0;  // pixels per 0.1 mm
    const int space = static_cast<int>(7 * px);  // 0.7 mm
    int start = static_cast<int>(name.ink.left() * px), gap = 0;
    for (int x = start; x <= static_cast<int>(name.ink.right() * px); ++x) {
        bool ink = false;
        for (int y = static_cast<int>(name.ink.top() * px); y <= static_cast<int>(name.ink.bottom() * px) && !ink; ++y) {
            ink = blank.constScanLine(y)[x] < 128;
        }
        if (ink && gap >= space) {
            start = x;
        }
        gap = ink ? 0 : gap + 1;
    }
    return start / px;
}

}  // namespace

TEST_CASE("word reader: a stroke into a dense last word is followed between its letters, one that stops before it is not") {
    // "Trần Khải Dũng": the blank's letters, widened for alignment error and blur, can cover every
    // gap of "Dũng" (here widened 0.45 mm, as a bolder blank scan does), so that a stroke ending
    // in it is not seen to reach the name's end. Between the letters themselves it is.
    const auto [congress, paper, blank] = wordList(chiUy());
    const sim::PaperName& name = paper.names[1];
    REQUIRE(congress.elections[0].candidates[1].name == "Trần Khải Dũng");
    const double lastWord = lastWordStart(paper, name, 200);
    REQUIRE(lastWord > name.ink.left() + 0.5 * name.ink.width());
    constexpr int DPI = 150;
    // A struck-through name marked on a 150-dpi scan: the line from 1.2 mm before the name to
    // `end` (0.1 mm), `height` of the letters' height off their middle.
    const auto marked = [&](double end, double height, std::uint64_t seed) {
        sim::Intent intent;
        intent.struck.assign(paper.names.size(), false);
        const sim::Scan scan{.dpi = DPI, .skew = seed % 2 ? 0.6 : -0.6, .blur = 0.8, .noise = 2, .jpegQuality = seed % 2 ? 80 : 0};
        return markedScan(paper, intent, scan, seed, [&](QPainter& p) {
            p.setPen(QPen(QColor(25, 25, 35, 240), 5, Qt::SolidLine, Qt::RoundCap));
            const double y = name.ink.center().y() + height * name.ink.height();
            p.drawLine(QPointF(name.ink.left() - 12, y), QPointF(end, y + 2));
        });
    };
    ocr::WordSettings bold;
    bold.printedMm = 0.45;
    const CandidateId khaiDung{"cu02"};
    SUBCASE("into the last letter, a little above or below the middle: read as struck, or the committee's") {
        // Whether the line passes enough gaps of "Dũng" to be seen there depends on its height
        // and the scan; without following it between the letters none of these is read.
        int read = 0;
        for (const double height : {-0.12, 0.12}) {
            for (std::uint64_t seed = 1; seed <= 2; ++seed) {
                const ocr::PageReading r = ocr::readWordBallot(marked(name.ink.right() - 0.04 * name.ink.width(), height, seed), DPI, blank, bold);
                CAPTURE(height);
                CAPTURE(seed);
                if (r.status == ocr::Status::Read) {
                    ++read;
                    CHECK(r.struck == std::vector<CandidateId>{khaiDung});
                } else {
                    CHECK(r.reasons == std::vector<std::string>{"partial_strike"});
                }
            }
        }
        CHECK(read >= 2);
    }
    SUBCASE("stopping before the last word, or on its first stem: never read, never struck") {
        // Up to 0.8 mm into the last word: within its first letter.
        for (const double end : {lastWord - 8, lastWord - 3, lastWord + 4, lastWord + 8}) {
            for (const double height : {-0.12, 0.0, 0.12}) {
                for (std::uint64_t seed = 1; seed <= 2; ++seed) {
                    for (const ocr::WordSettings& settings : {ocr::WordSettings{}, bold}) {
                        const ocr::PageReading r = ocr::readWordBallot(marked(end, height, seed), DPI, blank, settings);
                        CAPTURE(end - lastWord);
                        CAPTURE(height);
                        CAPTURE(seed);
                        CAPTURE(settings.printedMm);
                        CHECK(r.status != ocr::Status::Read);
                        CHECK(std::ranges::find(r.struck, khaiDung) == r.struck.end());
                    }
                }
            }
        }
    }
}

TEST_CASE("word reader: a scanner streak down the sheet is not writing outside the list") {
    const Congress congress = chiUy();
    for (const bool table : {false, true}) {
        const sim::Paper paper = paperOf(congress, table);
        const ocr::WordTemplate blank = learnedBlank(congress, table);
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            sim::Intent intent = striking(paper, 2);
            const sim::Scan scan{.dpi = seed == 3 ? 300 : 200, .skew = seed == 1 ? 0.8 : -1.5, .noise = 2, .streak = true};
            const ocr::PageReading r = ocr::readWordBallot(markedScan(paper, intent, scan, seed), scan.dpi, blank, ocr::WordSettings{});
            const std::string reasons = reasonsOf(r);
            CAPTURE(table);
            CAPTURE(seed);
            CAPTURE(reasons);
            CHECK(std::ranges::find(r.reasons, "writing_outside_list") == r.reasons.end());
            if (r.status == ocr::Status::Read) {
                CHECK(r.struck == std::vector<CandidateId>{CandidateId{"cu03"}});
            }
        }
    }
}

TEST_CASE("word reader: a light stroke hidden in the letters' halo is not taken for a kept name") {
    // A thin blue ballpoint line from the name's first letter to its last, on a 150-dpi scan: no
    // part of it is darker than ink away from the letters widened for blur, and its faint trace
    // lies in their halo. "No mark seen" there is not "no mark": the committee looks.
    const auto [congress, paper, blank] = wordList(chiUy());
    const sim::PaperName& name = paper.names[3];
    const CandidateId id{"cu04"};
    int readKept = 0, notRead = 0;
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        for (const double height : {-0.1, 0.05}) {
            sim::Intent intent;
            intent.struck.assign(paper.names.size(), false);
            const sim::Scan scan{.dpi = 150, .skew = seed % 2 ? -1.2 : 0.8, .blur = 0.8, .noise = 2, .jpegQuality = 71};
            const cv::Mat gray = markedScan(paper, intent, scan, seed, [&](QPainter& p) {
                p.setPen(QPen(QColor(45, 70, 180, 200), 2.5, Qt::SolidLine, Qt::RoundCap));
                const double y = name.ink.center().y() + height * name.ink.height();
                p.drawLine(QPointF(name.ink.left() + 3, y), QPointF(name.ink.right() - 3, y + 1));
            });
            const ocr::PageReading r = ocr::readWordBallot(gray, scan.dpi, blank, ocr::WordSettings{});
            const std::string reasons = reasonsOf(r);
            CAPTURE(seed);
            CAPTURE(height);
            CAPTURE(reasons);
            const bool struck = std::ranges::find(r.struck, id) != r.struck.end();
            CHECK((r.status != ocr::Status::Read || struck));
            readKept += r.status == ocr::Status::Read && !struck;
            notRead += r.status != ocr::Status::Read;
        }
    }
    CHECK(readKept == 0);
    MESSAGE("light strokes sent to the committee: " << notRead << " of 8");
}

TEST_CASE("word reader: a tick a few millimetres beside a name reaches the committee") {
    // Between the ±2 mm around a name's letters and the list's outside (the name's zone reaches
    // 4 mm sideways, room for a stroke's overshoot), a mark must still be seen.
    const Congress congress = chiUy();
    for (const bool table : {false, true}) {
        const sim::Paper paper = paperOf(congress, table);
        const ocr::WordTemplate blank = learnedBlank(congress, table);
        const sim::PaperName& name = paper.names[5];
        for (const double gap : {22.0, 30.0, 36.0}) {  // 0.1 mm right of the name's last letter
            sim::Intent intent = striking(paper, 3);
            const sim::Scan scan{.dpi = 300, .skew = -0.7, .noise = 2};
            const cv::Mat gray = markedScan(paper, intent, scan, 7, [&](QPainter& p) {
                p.setPen(QPen(QColor(30, 50, 160, 235), 5, Qt::SolidLine, Qt::RoundCap));
                const QPointF foot(name.ink.right() + gap + 6, name.ink.center().y() + 8);
                p.drawLine(foot - QPointF(6, 8), foot);
                p.drawLine(foot, foot + QPointF(12, -22));
            });
            const ocr::PageReading r = ocr::readWordBallot(gray, scan.dpi, blank, ocr::WordSettings{});
            const std::string reasons = reasonsOf(r);
            CAPTURE(table);
            CAPTURE(gap);
            CAPTURE(reasons);
            CHECK(r.status != ocr::Status::Read);
            CHECK(std::ranges::find(r.uncertain, CandidateId{"cu06"}) != r.uncertain.end());
        }
    }
}

TEST_CASE("word reader: a fold across the sheet is not a mark near the names") {
    // A ballot folded and pressed flat: a shadow 1 mm wide, 15 % darker than the paper, across
    // the whole sheet — here and there darker than the faint-mark threshold. Beside the names
    // (down past the ends of the short ones, or between two rows) it is no voter's mark.
    const auto [congress, paper, blank] = wordList(chiUy());
    const QRectF first = paper.names[0].ink, third = paper.names[2].ink, fourth = paper.names[3].ink;
    const std::vector<QRectF> folds = {
        QRectF(first.right() + 25, -10, 10, 4000), QRectF(first.right() + 32, -10, 10, 4000),
        QRectF(-10, (third.bottom() + fourth.top()) / 2 - 5, 4000, 10)};
    for (std::size_t f = 0; f < folds.size(); ++f) {
        for (std::uint64_t seed = 1; seed <= 2; ++seed) {
            sim::Intent intent = striking(paper, 5);
            const sim::Scan scan{.dpi = seed == 1 ? 300 : 200, .skew = seed == 1 ? 0.9 : -1.4, .noise = 2};
            const cv::Mat gray = markedScan(paper, intent, scan, seed, [&](QPainter& p) { p.fillRect(folds[f], QColor(0, 0, 0, 38)); });
            const ocr::PageReading r = ocr::readWordBallot(gray, scan.dpi, blank, ocr::WordSettings{});
            const std::string reasons = reasonsOf(r);
            CAPTURE(f);
            CAPTURE(seed);
            CAPTURE(reasons);
            CHECK(r.status == ocr::Status::Read);
            CHECK(r.struck == std::vector<CandidateId>{CandidateId{"cu06"}});
        }
    }
}

TEST_CASE("word reader: an upside-down scan at 150 dpi is aligned") {
    // ORB's features turn with the page, but at 150 dpi an upside-down sheet matched too few of
    // them: every such ballot of a 3,000 batch went to the committee as blank_mismatch.
    const Congress congress = chiUy();
    for (const bool table : {false, true}) {
        const sim::Paper paper = paperOf(congress, table);
        const ocr::WordTemplate blank = learnedBlank(congress, table);
        for (std::uint64_t seed = 1; seed <= 2; ++seed) {
            sim::Intent intent = striking(paper, 4);
            const sim::Scan scan{.dpi = 150, .skew = seed == 1 ? 1.9 : -2.4, .noise = 2, .jpegQuality = 80, .upsideDown = true};
            const ocr::PageReading r = ocr::readWordBallot(markedScan(paper, intent, scan, seed), scan.dpi, blank, ocr::WordSettings{});
            const std::string reasons = reasonsOf(r);
            CAPTURE(table);
            CAPTURE(seed);
            CAPTURE(reasons);
            CHECK(std::ranges::find(r.reasons, "blank_mismatch") == r.reasons.end());
            if (r.status == ocr::Status::Read) {
                CHECK(r.struck == std::vector<CandidateId>{CandidateId{"cu05"}});
            }
        }
    }
}

TEST_CASE("word reader: an underline close beneath a name is not a strike") {
    // A table row leaves little room under a name: the underline lies just below the letters,
    // inside the learned box (which takes in the descenders of "Dũng"). Read as a stroke
    // through the name, it was a silent error on 2 of 1,000 simulated table ballots.
    const Congress congress = chiUy();
    for (const bool table : {false, true}) {
        const sim::Paper paper = paperOf(congress, table);
        const ocr::WordTemplate blank = learnedBlank(congress, table);
        const sim::PaperName& name = paper.names[0];
        for (const double below : {-7.0, -4.0, 2.0}) {  // 0.1 mm under the foot of the ink box (the descenders)
            for (const int dpi : {150, 200}) {
                const sim::Scan scan{.dpi = dpi, .skew = dpi == 150 ? -1.3 : 0.9, .noise = 2, .jpegQuality = 70};
                sim::Intent none;
                none.struck.assign(paper.names.size(), false);
                const cv::Mat gray = markedScan(paper, none, scan, 5, [&](QPainter& p) {
                    p.setPen(QPen(QColor(30, 50, 160, 235), 5, Qt::SolidLine, Qt::RoundCap));
                    p.drawLine(QPointF(name.ink.left() - 8, name.ink.bottom() + below), QPointF(name.ink.right() + 8, name.ink.bottom() + below));
                });
                const ocr::PageReading r = ocr::readWordBallot(gray, dpi, blank, ocr::WordSettings{});
                const std::string reasons = reasonsOf(r);
                CAPTURE(table);
                CAPTURE(below);
                CAPTURE(dpi);
                CAPTURE(reasons);
                CHECK(r.status != ocr::Status::Read);
                CHECK(std::ranges::find(r.struck, CandidateId{"cu01"}) == r.struck.end());
            }
        }
    }
}

TEST_CASE("word reader: a stroke begun inside the first letter runs the whole name, one begun after it does not") {
    // A hand starts a stroke a little into the name: the bare paper the line has not reached in
    // the first letter ("T", whose stem hides where it begins) is not a gap in it. A stroke over
    // the given names only, past a short family name ("Lê" is a tenth of the name's width, within
    // the 20 % a stroke may start from), is a partial one: it was read as struck in 3 of 6.
    const auto [congress, paper, blank] = wordList(chiUy());
    const auto marked = [&](const sim::PaperName& name, double from, int dpi, std::uint64_t seed) {
        sim::Intent none;
        none.struck.assign(paper.names.size(), false);
        const sim::Scan scan{.dpi = dpi, .skew = seed % 2 ? 1.1 : -0.8, .noise = 2, .jpegQuality = 75};
        return markedScan(paper, none, scan, seed, [&](QPainter& p) {
            p.setPen(QPen(QColor(30, 50, 160, 235), 5, Qt::SolidLine, Qt::RoundCap));
            const double y = name.ink.center().y() + (seed % 2 ? -0.08 : 0.06) * name.ink.height();
            p.drawLine(QPointF(from, y), QPointF(name.ink.right() + 15, y + 2));
        });
    };
    ocr::WordSettings noLead;
    noLead.leadShare = 0;
    SUBCASE("begun inside the T of \"Trần Ngọc Phát\": read as struck") {
        const sim::PaperName& name = paper.names[3];
        int read = 0, readWithout = 0, lifted = 0;
        for (const int dpi : {150, 200, 300}) {
            for (std::uint64_t seed = 1; seed <= 2; ++seed) {
                const cv::Mat gray = marked(name, name.ink.left() + 0.05 * name.ink.width(), dpi, seed);
                const ocr::PageReading r = ocr::readWordBallot(gray, dpi, blank, ocr::WordSettings{});
                const std::string reasons = reasonsOf(r);
                CAPTURE(dpi);
                CAPTURE(seed);
                CAPTURE(reasons);
                if (r.status == ocr::Status::Read) {
                    ++read;
                    CHECK(r.struck == std::vector<CandidateId>{CandidateId{"cu04"}});
                }
                // The lead-in is not counted as bare paper: the score (the share crossed) is higher.
                const ocr::PageReading without = ocr::readWordBallot(gray, dpi, blank, noLead);
                readWithout += without.status == ocr::Status::Read;
                CHECK(r.scores[3].second >= without.scores[3].second);
                lifted += r.scores[3].second > without.scores[3].second;
            }
        }
        MESSAGE("begun inside the first letter, read: " << read << " of 6 (" << readWithout << " without the lead-in; score higher on "
                                                        << lifted << ")");
        CHECK(read >= 5);
        CHECK(lifted >= 3);
    }
    SUBCASE("begun after the family name of \"Lê Hoàng Tùng\": never read as struck") {
        const sim::PaperName& name = paper.names[5];
        for (const int dpi : {150, 200, 300}) {
            for (std::uint64_t seed = 1; seed <= 2; ++seed) {
                const ocr::PageReading r =
                    ocr::readWordBallot(marked(name, name.family.right() + 5, dpi, seed), dpi, blank, ocr::WordSettings{});
                const std::string reasons = reasonsOf(r);
                CAPTURE(dpi);
                CAPTURE(seed);
                CAPTURE(reasons);
                CHECK(r.status != ocr::Status::Read);
                CHECK(std::ranges::find(r.struck, CandidateId{"cu06"}) == r.struck.end());
            }
        }
    }
}
