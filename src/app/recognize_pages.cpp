#include "src/app/recognize_pages.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <opencv2/core/utility.hpp>
#include <thread>

#include "kp_version.h"
#include "src/app/debug_image.h"
#include "src/app/join_sides.h"
#include "src/app/offscreen.h"
#include "src/common/sha256.h"
#include "ocr/recognize/recognize.h"
#include "ocr/word/word_reader.h"
#include "reports/render/recognition_template.h"

namespace kp::app {

namespace {

using Json = nlohmann::ordered_json;
using scan::LoadedPage;
using scan::PageRef;
using scan::sheetOf;

// The recogniser that read a page: its version and settings, and this program.
Json recognizerOf(const std::string& version, const std::string& settingsHash) {
    return Json{{"version", version}, {"settings", settingsHash}, {"program", std::string(kp::VERSION) + "+" + kp::GIT_COMMIT}};
}

Json readingLine(const RoundInput& in, const PageRef& ref, const ocr::PageReading& r, const Json& recognizer) {
    Json line{{"election", in.theElection().id.value}, {"round", in.spec.round}, {"sheet", sheetOf(ref)},
              {"image", ref.path}};
    if (ref.page > 0) {
        line["page"] = ref.page + 1;
    }
    line["status"] = std::string(ocr::statusCode(r.status));
    line["reasons"] = r.reasons;
    if (r.status != ocr::Status::Rejected) {
        if (in.spec.form() == BallotForm::Strike) {
            Json struck = Json::array();
            for (const CandidateId& id : r.struck) struck.push_back(id.value);
            line["struck"] = struck;
        } else {
            Json marks = Json::object();
            for (const auto& [id, mark] : r.marks) marks[id.value] = std::string(markCode(mark));
            line["marks"] = marks;
        }
        Json uncertain = Json::array();
        for (const CandidateId& id : r.uncertain) uncertain.push_back(id.value);
        line["uncertain"] = uncertain;
        Json scores = Json::object();
        for (const auto& [id, score] : r.scores) scores[id.value] = std::round(score * 1000) / 1000;
        line["scores"] = scores;
    }
    line["recognizer"] = recognizer;
    return line;
}

// A face of the ballot as the other face's line names it: the auditor finds its image by hash.
Json faceOf(const PageRef& ref, int side) {
    std::ifstream in(ref.path, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return Json{{"side", side + 1}, {"sheet", sheetOf(ref)}, {"image", ref.path}, {"sha256", sha256Hex(bytes)}};
}

}  // namespace

std::expected<std::vector<Json>, std::string> recognizePages(const RoundInput& input, const std::vector<PageRef>& pages,
                                                             int threads, const std::optional<std::string>& debugDir,
                                                             const PageRead& onPage, const std::atomic<bool>* cancel,
                                                             const ocr::WordTemplate* word) {
    const auto layout = ballot::layoutBallot(input.congress, input.theElection(), input.spec);
    if (!layout) {
        return std::unexpected(layout.error().message());
    }
    const ocr::Settings settings;
    const ocr::WordSettings wordSettings;
    const Json recognizer = word ? recognizerOf(wordSettings.version, wordSettings.hash())
                                 : recognizerOf(settings.version, settings.hash());
    std::vector<ocr::BallotTemplate> templates;
    std::optional<ocr::WordReader> wordReader;  // the blank's work done once for every page
    if (word) {
        wordReader.emplace(*word, wordSettings);
    } else {
        OffscreenGui gui;
        templates = render::makeTemplates(*layout, settings);
    }
    if (debugDir) {
        std::filesystem::create_directories(*debugDir);
    }

    // One reading per page, in input order; the pages are shared out among the cores.
    std::vector<ocr::PageReading> readings(pages.size());
    std::vector<Json> lines(pages.size());
    std::atomic<std::size_t> next{0};
    cv::setNumThreads(1);
    const auto work = [&] {
        for (std::size_t i = next++; i < pages.size() && !(cancel && cancel->load()); i = next++) {
            const PageRef& ref = pages[i];
            const LoadedPage page = scan::loadPage(ref);
            ocr::PageReading reading;
            cv::Mat canonical;
            if (!page.error.empty()) {
                // Maybe a ballot: the committee looks at the paper itself.
                reading.status = ocr::Status::Review;
                reading.reasons = {"unreadable_image"};
            } else if (wordReader) {
                reading = wordReader->read(page.gray, page.dpi, debugDir ? &canonical : nullptr);
            } else {
                reading = ocr::recognizePage(page.gray, templates, settings, debugDir ? &canonical : nullptr);
            }
            lines[i] = readingLine(input, ref, reading, recognizer);
            readings[i] = reading;
            if (!page.error.empty()) {
                lines[i]["error"] = page.error;
            }
            if (debugDir && !canonical.empty() && word) {
                writeWordDebugImage(*debugDir + "/" + sheetOf(ref) + ".png", canonical, *word, reading);
            } else if (debugDir && !canonical.empty()) {
                writeDebugImage(*debugDir + "/" + sheetOf(ref) + ".png", canonical, templates[static_cast<std::size_t>(reading.side)],
                                reading);
            }
            if (onPage) {
                onPage(i, lines[i]);
            }
        }
    };
    std::vector<std::jthread> pool;
    for (int t = 1; t < threads; ++t) {
        pool.emplace_back(work);
    }
    work();
    pool.clear();

    // The two faces of a sheet are one ballot: its line is the first side's.
    const std::vector<std::size_t> joined = joinSides(readings, pages);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (lines[i].is_null() || (readings[i].sides < 2 && joined[i] == NOT_JOINED)) {
            continue;  // not read (cancelled), or a whole ballot on one side
        }
        Json line = readingLine(input, pages[i], readings[i], recognizer);
        if (joined[i] != NOT_JOINED) {
            line[readings[i].side == 0 ? "other_side" : "counted_with"] =
                faceOf(pages[joined[i]], readings[joined[i]].side);
        }
        lines[i] = std::move(line);
        if (onPage) {
            onPage(i, lines[i]);  // shown again, as it now counts
        }
    }
    return lines;
}

StatusCounts countStatuses(const std::vector<Json>& lines) {
    StatusCounts c;
    for (const Json& line : lines) {
        const std::string status = line.is_object() ? line.value("status", "") : "";
        c.read += status == "read";
        c.review += status == "review";
        c.rejected += status == "rejected";
    }
    return c;
}

}  // namespace kp::app
