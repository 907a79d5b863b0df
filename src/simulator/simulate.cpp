#include "simulate.h"

#include <QImage>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <thread>

#include "marking.h"
#include "paper.h"
#include "reports/render/image_view.h"
#include "scanner_model.h"
#include "variation.h"

namespace kp::sim {

namespace {

using Json = nlohmann::ordered_json;

// Copies `blank` into `sheet`, reusing its memory when the size matches: a fresh 26 MB page
// per sheet costs more in page faults than the copy itself.
void copyInto(QImage& sheet, const QImage& blank) {
    if (sheet.size() != blank.size() || sheet.format() != blank.format()) {
        sheet = QImage(blank.size(), blank.format());
    }
    std::memcpy(sheet.bits(), blank.constBits(), static_cast<std::size_t>(blank.sizeInBytes()));
}

Json truthLine(const std::string& image, const Election& election, const RoundSpec& round, const std::string& sheet,
               const Intent& intent, const Scan& scan, const std::vector<std::string>& strokes,
               const std::string& style, const std::vector<std::string>& variations) {
    Json line{{"image", image}, {"election", election.id.value}, {"round", round.round}, {"sheet", sheet}};
    if (round.form() == BallotForm::Strike) {
        Json struck = Json::array();
        for (std::size_t i = 0; i < intent.struck.size(); ++i) {
            if (intent.struck[i]) {
                struck.push_back(round.candidates[i].id.value);
            }
        }
        line["struck"] = struck;
    } else {
        Json marks = Json::object();
        for (std::size_t i = 0; i < intent.marks.size(); ++i) {
            marks[round.candidates[i].id.value] = std::string(markCode(intent.marks[i]));
        }
        line["marks"] = marks;
    }
    const Expected expected = expectedOf(intent, round);
    if (expected.reason && isFlaggableReason(*expected.reason)) {
        line["invalid"] = std::string(invalidReasonCode(*expected.reason));
    }
    line["expected"] = std::string(expected.verdict);
    line["expected_reason"] = expected.reason ? Json(std::string(invalidReasonCode(*expected.reason))) : Json(nullptr);
    line["look_twice"] = expected.lookTwice;
    line["case"] = intent.hard == HardCase::None ? Json(nullptr) : Json(std::string(hardCaseCode(intent.hard)));
    const bool aboutOne = intent.hard == HardCase::FamilyNameOnly || intent.hard == HardCase::Underline ||
                          intent.hard == HardCase::Circle || intent.hard == HardCase::Tick ||
                          intent.hard == HardCase::CrossBeside;
    line["case_candidate"] = aboutOne ? Json(round.candidates[intent.target].id.value) : Json(nullptr);
    line["strokes"] = strokes;
    line["style"] = style;
    line["scan"] = Json{{"dpi", scan.dpi},
                        {"colour", scan.colour},
                        {"skew", std::round(scan.skew * 100) / 100},
                        {"upside_down", scan.upsideDown},
                        {"dark_background", scan.darkBackground},
                        {"jpeg_quality", scan.jpegQuality},
                        {"fold", scan.fold},
                        {"streak", scan.streak},
                        {"mode", scan.mode()}};
    if (!variations.empty()) {
        line["variations"] = variations;
    }
    return line;
}

// The text round the committee's stamp.
QString stampTextOf(const Congress& congress) {
    return QString::fromStdString(congress.organization).toUpper() + QStringLiteral(" ★ ");
}

// What the voters of Options::sameChoice mark: exactly `struck` on a strike list, "agree" to
// everyone on a yes/no list.
std::expected<Intent, std::string> commonChoice(const RoundSpec& round, const std::vector<std::string>& struck) {
    Intent intent;
    if (round.form() == BallotForm::YesNo) {
        if (!struck.empty()) {
            return std::unexpected("a yes/no list has no names to strike: its common choice agrees to everyone");
        }
        intent.marks.assign(round.candidates.size(), Mark::Agree);
        return intent;
    }
    intent.struck.assign(round.candidates.size(), false);
    for (const std::string& id : struck) {
        const auto at = std::ranges::find(round.candidates, id, [](const Candidate& c) { return c.id.value; });
        if (at == round.candidates.end()) {
            return std::unexpected("no candidate \"" + id + "\" on this list");
        }
        intent.struck[static_cast<std::size_t>(at - round.candidates.begin())] = true;
    }
    return intent;
}

// The marked paper (at `first.dpi`, folds and tears already made on it) fed again: the scanner's
// own draws, at the batch's resolution mix unless it is fixed; the colour mode of the first scan,
// which the paper's raster holds.
std::vector<unsigned char> scanAgain(const cv::Mat& paper, const Scan& first, const Options& options, Rng& rng,
                                     Scan& again) {
    again = drawScan(rng, options.dpi, first.colour);
    again.fold = false;
    cv::Mat resampled = paper;
    if (again.dpi != first.dpi) {
        const double ratio = static_cast<double>(again.dpi) / first.dpi;
        cv::resize(paper, resampled, cv::Size(), ratio, ratio, ratio < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    }
    cv::Mat scanned;
    scanSheet(resampled, again, rng, scanned);
    return encodeScan(scanned, again);
}

bool writeBytes(const std::string& dir, const std::string& file, const std::vector<unsigned char>& bytes) {
    std::ofstream out(std::filesystem::path(dir) / file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

// The re-scans' generators: another stream than the batch's.
constexpr std::uint64_t RESCAN_SEED = 0x72657363616eULL;

}  // namespace

// Sheet i's generator: the batch seed and the index mixed (splitmix64), so that sheets do not
// depend on each other or on which thread drew them.
Rng sheetRng(std::uint64_t seed, std::uint64_t index) {
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return Rng(z ^ (z >> 31));
}

cv::Mat scannedBlank(const Paper& paper, const Scan& scan, Rng& rng, const QString& stampText) {
    QImage blank = paper.render(scan.dpi, false);
    if (!stampText.isEmpty()) {  // the committee's stamp, where it usually goes
        Intent none;
        none.struck.assign(paper.form == BallotForm::Strike ? paper.names.size() : 0, false);
        none.marks.assign(paper.form == BallotForm::YesNo ? paper.names.size() : 0, Mark::None);
        markBallot(blank, scan.dpi, paper, none, rng, stampText);
    }
    cv::Mat scanned;
    scanSheet(render::matView(blank).clone(), scan, rng, scanned);
    return scanned;
}

std::expected<Summary, std::string> simulate(const Congress& congress, const Election& election, const RoundSpec& round,
                                             const Options& options) {
    if (options.voters < 1) {
        return std::unexpected("--voters must be at least 1");
    }
    if (options.first < 0) {
        return std::unexpected("the first sheet's index must not be negative");
    }
    if (options.dpi && (*options.dpi < 150 || *options.dpi > 600)) {
        return std::unexpected("--dpi must be between 150 and 600");
    }
    Rng batch = sheetRng(options.seed, ~std::uint64_t{0});
    Paper paper;
    std::vector<std::string> batchTags;  // the catalogue's variations every sheet of the batch has
    if (options.wordStyle) {
        const bool table = std::uniform_int_distribution<int>(0, 1)(batch) == 1;
        if (options.catalogue) {
            const WordDesign design = drawWordDesign(batch);
            paper = wordPaper(congress, election, round, table, &design);
            batchTags = design.tags();
            if (design.post && !table)
                batchTags.emplace_back("post_after_name");
            if (table && (design.yearColumn || design.postColumn))
                batchTags.emplace_back("table_columns");
        } else {
            paper = wordPaper(congress, election, round, table);
        }
        if (!options.blankPath.empty()) {
            batchTags.emplace_back(options.blankStamped ? "blank_sealed" : "blank_unsealed");
        }
    } else {
        auto kp = kiemphieuPaper(congress, election, round);
        if (!kp) {
            return std::unexpected(kp.error());
        }
        paper = std::move(*kp);
    }
    const std::vector<double> popularity = drawPopularity(batch, round.candidates.size());
    const double copyScale = std::uniform_real_distribution<double>(0.97, 1.03)(batch);
    if (options.photocopy) {
        batchTags.emplace_back("photocopy");
    }
    if (options.sameChoice < 0 || options.sameChoice > 1) {
        return std::unexpected("the share of voters making the same choice must be between 0 and 1");
    }
    const auto common = commonChoice(round, options.sameStruck);
    if (!common) {
        return std::unexpected(common.error());
    }
    for (const std::string& dir : {options.outDir, options.rescanDir}) {
        std::error_code ec;
        if (!dir.empty() && (std::filesystem::create_directories(dir, ec), ec)) {
            return std::unexpected("cannot create " + dir + ": " + ec.message());
        }
    }

    // The committee's scan of a blank ballot, for the recogniser to learn a word-processor
    // ballot from (an ordinary office scan: 200 dpi grey, a little skew and noise).
    if (!options.blankPath.empty()) {
        Scan scan;
        scan.dpi = 200;
        scan.skew = 0.6;
        scan.noise = 3;
        Rng rng = sheetRng(options.seed, ~std::uint64_t{1});
        if (!cv::imwrite(options.blankPath,
                         scannedBlank(paper, scan, rng, options.blankStamped ? stampTextOf(congress) : QString()))) {
            return std::unexpected("cannot write the blank " + options.blankPath);
        }
    }

    // Blank ballots are rendered once per resolution and colour mode, on this thread (Qt's font
    // database is filled here), then copied by the workers.
    std::map<std::pair<int, bool>, QImage> blanks;
    for (const int dpi : options.dpi         ? std::vector<int>{*options.dpi}
                         : options.catalogue ? std::vector<int>{150, 200, 300, 600}
                                             : std::vector<int>{150, 200, 300}) {
        for (const bool colour : options.colour ? std::vector<bool>{*options.colour} : std::vector<bool>{false, true}) {
            blanks[{dpi, colour}] = paper.render(dpi, colour);
        }
    }
    const QString stampText = stampTextOf(congress);

    std::vector<Json> truth(static_cast<std::size_t>(options.voters));
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::mutex errorLock;
    std::string error;
    const auto work = [&] {
        QImage sheet;  // reused from sheet to sheet
        cv::Mat scanned;
        for (int i = next++; i < options.voters; i = next++) {
            const int index = options.first + i;  // in the batch: a sheet made again on its own is the same
            Rng rng = sheetRng(options.seed, static_cast<std::uint64_t>(index));
            Intent intent = drawVoter(rng, popularity, round, options.catalogue);
            if (options.sameChoice > 0 && std::uniform_real_distribution<double>(0, 1)(rng) < options.sameChoice) {
                intent = *common;
            }
            const SheetVariation variation = drawSheetVariation(rng, options.catalogue);
            Scan scan = drawScan(rng, options.dpi, options.colour, variation.lineart, variation.edge);
            scan.tornCorner = intent.hard == HardCase::TornCorner;
            copyInto(sheet, blanks.at({scan.dpi, scan.colour}));
            if (options.photocopy) {
                cv::Mat print = render::matView(sheet);
                photocopy(print, copyScale + std::uniform_real_distribution<double>(-0.003, 0.003)(rng),
                          scan.dpi / 25.4, rng);
            }
            const std::vector<std::string> strokes =
                markBallot(sheet, scan.dpi, paper, intent, rng, stampText, variation);
            std::vector<std::string> tags = batchTags;
            if (options.catalogue) {
                const std::vector<std::string> own = variation.tags(!strokes.empty());
                tags.insert(tags.end(), own.begin(), own.end());
                tags.emplace_back("mode_" + scan.mode());
                tags.emplace_back("dpi_" + std::to_string(scan.dpi));
                if (intent.correction != Correction::None)
                    tags.emplace_back(correctionCode(intent.correction));
            }
            const bool tearSeen = scanSheet(render::matView(sheet), scan, rng, scanned);
            const std::vector<unsigned char> bytes = encodeScan(scanned, scan);
            char name[32];
            std::snprintf(name, sizeof name, "ballot-%05d", index + 1);
            const std::string file = std::string(name) + scan.extension();
            std::string failed = writeBytes(options.outDir, file, bytes) ? "" : options.outDir + "/" + file;
            if (failed.empty() && !options.rescanDir.empty()) {
                Rng again = sheetRng(options.seed ^ RESCAN_SEED, static_cast<std::uint64_t>(index));
                Scan second;
                const auto rescanned = scanAgain(render::matView(sheet), scan, options, again, second);
                const std::string rescanFile = std::string(name) + second.extension();
                failed =
                    writeBytes(options.rescanDir, rescanFile, rescanned) ? "" : options.rescanDir + "/" + rescanFile;
            }
            if (!failed.empty()) {
                const std::lock_guard lock(errorLock);
                error = "cannot write " + failed;
                next = options.voters;
                return;
            }
            truth[static_cast<std::size_t>(i)] =
                truthLine(file, election, round, std::string(name).substr(7), intent, scan, strokes, paper.style, tags);
            if (scan.tornCorner && !tearSeen) {
                // Only blank paper torn off, on a white-backed scan: nothing to see on the image.
                truth[static_cast<std::size_t>(i)]["look_twice"] = false;
            }
            const int finished = ++done;
            if (options.progress) {
                options.progress(finished);
            }
        }
    };
    // The workers are the parallelism; OpenCV's own pool inside each would only oversubscribe the cores.
    const int openCvThreads = cv::getNumThreads();
    cv::setNumThreads(1);
    const int threads = std::clamp(
        options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency()), 1, 64);
    std::vector<std::jthread> pool;
    for (int t = 1; t < threads; ++t) {
        pool.emplace_back(work);
    }
    work();
    pool.clear();  // joins
    cv::setNumThreads(openCvThreads);
    if (!error.empty()) {
        return std::unexpected(error);
    }

    std::ofstream out(std::filesystem::path(options.outDir) / "truth.jsonl", std::ios::binary);
    Summary summary{options.voters, 0, paper.style};
    for (const Json& line : truth) {
        out << line.dump(-1, ' ', false) << "\n";
        summary.lookTwice += line["look_twice"].get<bool>() ? 1 : 0;
    }
    if (!out) {
        return std::unexpected("cannot write " + options.outDir + "/truth.jsonl");
    }
    return summary;
}

}  // namespace kp::sim
