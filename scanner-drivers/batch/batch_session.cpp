#include "scanner-drivers/batch/batch_session.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "scanner-drivers/batch/scan_log.h"
#include "scanner-drivers/folder/image_files.h"
#include "src/common/sha256.h"
#include "src/common/utc_time.h"

namespace kp::scan {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

constexpr const char* LOG_NAME = "scan-log.jsonl";
constexpr const char* LOCK_NAME = ".scan.lock";
constexpr const char* REFEED_DIR = "refeeds";  // where sessions before the check only suspected kept refeeds
constexpr const char* STRAY_DIR = "unacknowledged";

std::string pageName(int batch, int page) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "b%04d-p%05d", batch, page);
    return buf;
}

cv::Mat grayOf(const Image& image) {
    if (image.pixels.empty()) {
        return {};
    }
    cv::Mat m(image.height, image.width, image.channels == 3 ? CV_8UC3 : CV_8UC1,
              const_cast<std::uint8_t*>(image.pixels.data()));
    if (image.channels == 3) {
        cv::Mat gray;
        cv::cvtColor(m, gray, cv::COLOR_RGB2GRAY);
        return gray;
    }
    return m;
}

// The bytes to keep: the original file as it is when a folder page is a whole file (a scanner
// program's JPEG stays that JPEG), otherwise a lossless PNG of the pixels. PNG level 1: the
// sheets are mostly white paper, which compresses well even at the fastest level.
std::expected<std::pair<std::string, std::string>, std::string> pageBytes(const Page& page) {
    if (!page.originalFile.empty() && page.wholeFile) {
        std::ifstream in(page.originalFile, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        if (!in) {
            return std::unexpected("cannot read " + page.originalFile);
        }
        std::string ext = fs::path(page.originalFile).extension().string();
        std::ranges::transform(ext, ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return std::pair{buffer.str(), ext};
    }
    if (page.image.pixels.empty()) {
        return std::unexpected("page " + std::to_string(page.index + 1) + " has no pixels");
    }
    cv::Mat m(page.image.height, page.image.width, page.image.channels == 3 ? CV_8UC3 : CV_8UC1,
              const_cast<std::uint8_t*>(page.image.pixels.data()));
    cv::Mat bgr;
    if (page.image.channels == 3) {
        cv::cvtColor(m, bgr, cv::COLOR_RGB2BGR);
    }
    std::vector<unsigned char> png;
    cv::imencode(".png", page.image.channels == 3 ? bgr : m, png, {cv::IMWRITE_PNG_COMPRESSION, 1});
    return std::pair{std::string(png.begin(), png.end()), std::string(".png")};
}

}  // namespace

std::string_view refeedReasonCode(RefeedReason reason) {
    switch (reason) {
        case RefeedReason::SameFile: return "same_file";
        case RefeedReason::SamePaper: return "same_paper";
        case RefeedReason::FrontSuspected: return "front_suspected";
        case RefeedReason::None: break;
    }
    return "";
}

BatchSession::BatchSession(std::string dir, RefeedSettings refeed, FileLock lock)
    : m_dir(std::move(dir)),
      m_refeedSettings(refeed),
      m_lock(std::move(lock)),
      m_refeed(refeed, [this](std::size_t page) -> std::pair<cv::Mat, int> {
          const Checked& c = m_checked.at(page);
          return {loadPage({(fs::path(m_dir) / c.file).string(), 0}, c.reduced).gray, c.dpi};
      }) {
}

std::expected<std::unique_ptr<BatchSession>, std::string> BatchSession::open(const std::string& dir,
                                                                             RefeedSettings refeed) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        return std::unexpected("cannot create the scan folder " + dir + ": " + ec.message());
    }
    // One writer a folder: two scans into it would number their pages alike and overwrite
    // each other's files. Taken before the replay, which repairs what a crash left.
    auto lock = FileLock::acquire((fs::path(dir) / LOCK_NAME).string());
    if (!lock) {
        if (lock.error().heldByOther) {
            return std::unexpected("the scan folder " + dir + " is in use by another scan" +
                                   (lock.error().holder.empty() ? "" : " (process " + lock.error().holder + ")") +
                                   ": wait until it ends, or scan into another folder");
        }
        return std::unexpected("cannot lock the scan folder " + dir + ": " + lock.error().detail);
    }
    std::unique_ptr<BatchSession> session(new BatchSession(dir, refeed, std::move(*lock)));
    if (auto replayed = session->replay(); !replayed) {
        return std::unexpected(replayed.error());
    }
    auto log = AppendFile::open((fs::path(dir) / LOG_NAME).string());
    if (!log) {
        return std::unexpected(log.error());
    }
    session->m_log.emplace(std::move(*log));
    return session;
}

std::expected<void, std::string> BatchSession::replay() {
    auto contents = readScanLog((fs::path(m_dir) / LOG_NAME).string());
    if (!contents) {
        return std::unexpected(contents.error());
    }
    if (contents->tornLastLine) {
        m_warnings.push_back("the scan log's last line was cut short by a crash; that page was not acknowledged");
    }
    for (const nlohmann::json& e : contents->events) {
        const std::string kind = e["event"].get<std::string>();
        if (kind == "batch") {
            m_batches.push_back(BatchCounts{e.value("batch", 0), 0, 0, 0, false, {}});
            m_paused = false;
        } else if (m_batches.empty()) {
            return std::unexpected(m_dir + "/" + LOG_NAME + ": a \"" + kind + "\" event before any batch");
        } else if (kind == "page") {
            BatchCounts& b = current();
            ++b.pages;
            const std::string refeedOf = e.value("refeed_of", "");
            if (!refeedOf.empty()) {
                ++b.refeeds;
            } else if (e.value("side", "front") == "front") {
                ++b.sheets;
            }
            const Side side = e.value("side", "front") == "back" ? Side::Back : Side::Front;
            m_known.push_back({e.value("file", ""), e.value("sha256", ""), side, refeedOf});
            if (!e.value("undecodable", false) && side == Side::Front) {
                m_checked.push_back({e.value("file", ""), e.value("dpi", 0), e.value("reduced", 1)});
            }
        } else if (kind == "pause") {
            m_paused = true;
        } else if (kind == "resume") {
            m_paused = false;
        } else if (kind == "end") {
            current().ended = true;
            current().endReason = e.value("reason", "");
            m_paused = false;
        }
    }
    if (!m_batches.empty() && !current().ended && !m_paused) {
        m_paused = true;
        m_warnings.push_back("batch " + std::to_string(current().batch) + " was interrupted after " +
                             std::to_string(current().sheets) + " sheets; resume it or finish it");
    }
    adoptStrayFiles();
    // The refeed check's recent pages, read again from their files.
    const std::size_t window = static_cast<std::size_t>(std::max(0, m_refeedSettings.window));
    if (m_checked.size() > window) {
        m_checked.erase(m_checked.begin(), m_checked.end() - static_cast<std::ptrdiff_t>(window));
    }
    for (const Checked& c : m_checked) {
        m_refeed.remember(loadPage({(fs::path(m_dir) / c.file).string(), 0}, c.reduced).gray, c.dpi);
    }
    return {};
}

void BatchSession::adoptStrayFiles() {
    std::set<std::string> known;
    for (const Known& k : m_known) {
        known.insert(k.file);
    }
    static const std::regex pageFile(R"(b\d{4}-p\d{5}\.[a-z]+)");
    std::error_code ec;
    for (const fs::path& folder : {fs::path(m_dir), fs::path(m_dir) / REFEED_DIR}) {
        for (const auto& entry : fs::directory_iterator(folder, ec)) {
            const std::string name = entry.path().filename().string();
            const std::string relative = fs::relative(entry.path(), m_dir, ec).string();
            if (name.starts_with(".b") && name.ends_with(".part")) {
                fs::remove(entry.path(), ec);  // a write the crash cut short: never acknowledged
            } else if (std::regex_match(name, pageFile) && !known.contains(relative)) {
                fs::create_directories(fs::path(m_dir) / STRAY_DIR, ec);
                fs::rename(entry.path(), fs::path(m_dir) / STRAY_DIR / name, ec);
                m_warnings.push_back(relative + " was written but never acknowledged (the program stopped); moved to " +
                                     STRAY_DIR + "/ — feed that sheet again");
            }
        }
    }
}

std::expected<void, std::string> BatchSession::log(const nlohmann::json& event) {
    return m_log->appendLine(event.dump());
}

std::expected<void, std::string> BatchSession::endBatch(const std::string& reason) {
    BatchCounts& b = current();
    b.ended = true;
    b.endReason = reason;
    m_paused = false;
    return log(Json{{"event", "end"},
                    {"batch", b.batch},
                    {"reason", reason},
                    {"pages", b.pages},
                    {"sheets", b.sheets},
                    {"refeeds", b.refeeds},
                    {"time", utcNow()}});
}

RunResult BatchSession::run(Device& device, const ScanRequest& request, const CancelToken& cancel) {
    RunResult result;
    const auto fail = [&](const std::string& why) {
        result.fault = Error{ErrorCode::StorageFailed, why};
        result.state = state();
        return result;
    };
    if (m_paused) {
        if (auto r = log(Json{{"event", "resume"}, {"batch", current().batch}, {"time", utcNow()}}); !r) {
            return fail(r.error());
        }
        m_paused = false;
    } else {
        const int number = m_batches.empty() ? 1 : current().batch + 1;
        m_batches.push_back(BatchCounts{number, 0, 0, 0, false, {}});
        Json event{{"event", "batch"},
                   {"batch", number},
                   {"device", device.info().name},
                   {"source", sourceCode(request.source)},
                   {"dpi", request.dpi},
                   {"mode", modeCode(request.mode)},
                   {"time", utcNow()}};
        if (auto r = log(event); !r) {
            return fail(r.error());
        }
    }
    m_storageError.reset();
    // A whole file is kept as it is: its pixels serve the refeed check only, which needs no more
    // than its fine resolution.
    ScanRequest asked = request;
    const double needed = 0.95 * 25.4 / m_refeedSettings.fineMm;
    while (asked.wholeFileReduce < 8 && request.dpi / (2.0 * asked.wholeFileReduce) >= needed) {
        asked.wholeFileReduce *= 2;
    }
    const ScanOutcome outcome = device.scan(asked, *this, cancel);
    result.pages = outcome.pages;
    std::optional<Error> fault = outcome.error;
    if (outcome.stoppedBySink && m_storageError) {
        fault = Error{ErrorCode::StorageFailed, *m_storageError};
    }
    std::expected<void, std::string> logged;
    if (fault && fault->code == ErrorCode::Cancelled) {
        logged = endBatch("cancelled");
    } else if (fault) {
        m_paused = true;
        logged = log(Json{{"event", "pause"},
                          {"batch", current().batch},
                          {"error", errorCode(fault->code)},
                          {"detail", fault->detail},
                          {"sheets", current().sheets},
                          {"time", utcNow()}});
    } else {
        logged = endBatch(request.maxPages > 0 && outcome.pages >= request.maxPages ? "page_limit" : "feeder_empty");
    }
    if (!logged && !fault) {
        fault = Error{ErrorCode::StorageFailed, logged.error()};
    }
    result.fault = fault;
    result.state = m_paused ? SessionState::Paused : SessionState::Ended;
    return result;
}

std::expected<void, std::string> BatchSession::finish() {
    if (!m_paused) {
        return std::unexpected("no batch is paused");
    }
    return endBatch("finished");
}

std::string BatchSession::backOfSuspectedFront() const {
    if (m_known.empty() || m_known.back().side != Side::Front || m_known.back().refeedOf.empty()) {
        return {};
    }
    const auto twin = std::ranges::find(m_known, m_known.back().refeedOf, &Known::file);
    if (twin == m_known.end()) {
        return m_known.back().refeedOf;
    }
    const auto twinBack = std::next(twin);
    return twinBack != m_known.end() && twinBack->side == Side::Back ? twinBack->file : twin->file;
}

bool BatchSession::pageScanned(Page page) {
    BatchCounts& b = current();
    auto bytes = pageBytes(page);
    if (!bytes) {
        m_storageError = bytes.error();
        return false;
    }
    PageRecord record;
    record.batch = b.batch;
    record.page = b.pages + 1;
    record.side = page.side;
    record.file = pageName(b.batch, b.pages + 1) + bytes->second;
    record.undecodable = page.image.pixels.empty();
    // The file is hashed and written on another core while this one compares the page with the
    // earlier ones; the page is acknowledged only once both are done and the line is logged.
    const std::string path = (fs::path(m_dir) / record.file).string();
    auto stored = std::async(std::launch::async, [&bytes, &path]() {
        auto written = writeFileDurably(path, bytes->first);
        return written ? std::expected<std::string, std::string>(sha256Hex(bytes->first))
                       : std::expected<std::string, std::string>(std::unexpected(written.error()));
    });
    std::optional<RefeedMatch> looked;
    const cv::Mat gray = grayOf(page.image);
    // A back is judged by its front: the back of a two-sided ballot often carries no hand at all
    // (every name struck on the front), so backs of different voters look alike, and a paper fed
    // again brings its front with it.
    const bool compared = !gray.empty() && page.side == Side::Front;
    if (compared) {
        looked = m_refeed.check(gray, page.image.dpi);
    }
    auto sha = stored.get();
    if (!sha) {
        m_storageError = sha.error();
        return false;
    }
    record.sha256 = *sha;
    for (const Known& k : m_known) {
        if (k.sha256 == record.sha256) {  // the same file taken again, anywhere in the session
            record.refeedOf = k.file;
            record.refeedReason = RefeedReason::SameFile;
            break;
        }
    }
    if (record.refeedReason == RefeedReason::None && looked && looked->suspected) {
        record.refeedOf = m_checked.at(looked->page).file;
        record.refeedReason = RefeedReason::SamePaper;
        record.refeedDifferenceMm2 = looked->differenceMm2;
    }
    if (record.refeedReason == RefeedReason::None && page.side == Side::Back) {
        record.refeedOf = backOfSuspectedFront();
        record.refeedReason = record.refeedOf.empty() ? RefeedReason::None : RefeedReason::FrontSuspected;
    }
    if (record.refeedReason == RefeedReason::SamePaper) {
        record.refeedLimitMm2 = m_refeedSettings.sameMaxMm2;
    }
    if (record.refeedOf.empty() && page.side == Side::Front) {
        record.sheet = b.sheets + 1;
    }
    Json event{{"event", "page"},
               {"batch", b.batch},
               {"page", record.page},
               {"sheet", record.sheet},
               {"side", page.side == Side::Front ? "front" : "back"},
               {"file", record.file},
               {"sha256", record.sha256},
               {"width", page.image.width},
               {"height", page.image.height},
               {"dpi", page.image.dpi}};
    if (page.reduced > 1) {
        event["reduced"] = page.reduced;
    }
    if (!page.originalFile.empty()) {
        event["original"] = page.originalFile;
        event["original_page"] = page.originalPage + 1;
    }
    if (record.undecodable) {
        event["undecodable"] = true;
    }
    if (!record.refeedOf.empty()) {
        event["refeed_of"] = record.refeedOf;
        event["refeed_reason"] = refeedReasonCode(record.refeedReason);
        if (record.refeedReason == RefeedReason::SamePaper) {
            event["refeed_difference_mm2"] = std::round(record.refeedDifferenceMm2 * 10) / 10;
            event["refeed_limit_mm2"] = record.refeedLimitMm2;
        }
    }
    event["time"] = utcNow();
    if (auto r = log(event); !r) {
        m_storageError = r.error();
        return false;
    }
    ++b.pages;
    if (!record.refeedOf.empty()) {
        ++b.refeeds;
    } else if (record.sheet > 0) {
        ++b.sheets;
    }
    m_known.push_back({record.file, record.sha256, record.side, record.refeedOf});
    if (compared) {
        m_refeed.keep();
        m_checked.push_back({record.file, page.image.dpi, page.reduced});
    }
    if (onPage) {
        onPage(record);
    }
    return true;
}

}  // namespace kp::scan
