// Batches that never lose or duplicate a sheet: pause and resume at faults, a killed process,
// re-fed sheets, the scan log.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "scanner-drivers/batch/batch_session.h"
#include "scanner-drivers/batch/scan_log.h"
#include "scanner-drivers/devices.h"
#include "scanner_test_util.h"
#include "src/common/sha256.h"

using namespace kp;
using namespace kp::scan;
namespace fs = std::filesystem;

namespace {

ScanRequest adf() {
    ScanRequest r;
    r.source = Source::Adf;
    r.dpi = 50;
    return r;
}

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every page the log acknowledges is on disk with its hash, and no page or sheet is twice.
void checkLogAgainstDisk(const fs::path& dir) {
    const auto log = readScanLog((dir / "scan-log.jsonl").string());
    REQUIRE(log.has_value());
    std::set<std::pair<int, int>> pages;
    std::set<std::pair<int, int>> sheets;
    for (const auto& e : log->events) {
        if (e["event"] != "page") {
            continue;
        }
        const fs::path file = dir / e["file"].get<std::string>();
        REQUIRE_MESSAGE(fs::exists(file), file.string());
        CHECK(sha256Hex(readAll(file)) == e["sha256"].get<std::string>());
        CHECK(pages.insert({e["batch"].get<int>(), e["page"].get<int>()}).second);
        if (e["sheet"].get<int>() > 0) {
            CHECK(sheets.insert({e["batch"].get<int>(), e["sheet"].get<int>()}).second);
        }
    }
}

std::unique_ptr<BatchSession> openSession(const fs::path& dir) {
    auto session = BatchSession::open(dir.string());
    REQUIRE_MESSAGE(session.has_value(), (session ? "" : session.error()));
    return std::move(*session);
}

// A sample ballot through the feeder again after a jam: turned 1.2°, 3 mm lower, scanned anew.
cv::Mat fedAgain(const fs::path& file) {
    cv::Mat again = cv::imread(file.string(), cv::IMREAD_GRAYSCALE);
    cv::Mat m = cv::getRotationMatrix2D(
        cv::Point2f(static_cast<float>(again.cols) / 2, static_cast<float>(again.rows) / 2), 1.2, 1.0);
    m.at<double>(1, 2) += 3 * again.cols / 148.0;  // A5: 148 mm wide
    cv::warpAffine(again, again, m, again.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return again;
}

// A folder of 150-dpi samples scanned into `dir` as one batch, every page's record kept.
struct FolderScan {
    std::unique_ptr<BatchSession> session;
    std::vector<PageRecord> records;
    RunResult result;
};
FolderScan scanFolder(const fs::path& feeder, const fs::path& dir, Source source) {
    auto device = openDevice("folder:" + feeder.string());
    REQUIRE(device.has_value());
    FolderScan scan{openSession(dir), {}, {}};
    scan.session->onPage = [&scan](const PageRecord& r) { scan.records.push_back(r); };
    CancelToken cancel;
    ScanRequest r;
    r.dpi = 150;  // the samples are 150-dpi scans
    r.source = source;
    scan.result = scan.session->run(**device, r, cancel);
    scan.session->onPage = nullptr;  // it held this function's `scan`, about to be moved out
    return scan;
}

}  // namespace

TEST_CASE("batch: a jam pauses the batch with the count so far — resume feeds the rest — nothing twice") {
    const fs::path dir = test::scratch("batch-jam");
    auto device = test::openSaneTest();
    auto session = openSession(dir);
    int seen = 0;
    session->onPage = [&](const PageRecord& r) {
        ++seen;
        CHECK(r.refeedOf.empty());
        test::distinctSheets(*device, seen);
        if (seen == 3) {
            REQUIRE(device->setOption("read-return-value", "SANE_STATUS_JAMMED").has_value());
        }
    };
    CancelToken cancel;
    RunResult first = session->run(*device, adf(), cancel);
    CHECK(first.state == SessionState::Paused);
    REQUIRE(first.fault.has_value());
    CHECK(first.fault->code == ErrorCode::PaperJam);
    CHECK(first.pages == 3);
    CHECK(session->batches().back().sheets == 3);

    REQUIRE(device->setOption("read-return-value", "Default").has_value());
    RunResult rest = session->run(*device, adf(), cancel);
    CHECK(rest.state == SessionState::Ended);
    CHECK_FALSE(rest.fault.has_value());
    CHECK(rest.pages == 6);
    REQUIRE(session->batches().size() == 1);  // the same batch, resumed
    CHECK(session->batches().back().sheets == 9);
    CHECK(session->batches().back().endReason == "feeder_empty");
    checkLogAgainstDisk(dir);

    // A reopened session agrees, and the next run is a new batch.
    session.reset();  // the folder's one writer
    auto reopened = openSession(dir);
    CHECK(reopened->warnings().empty());
    CHECK(reopened->state() == SessionState::Idle);
    REQUIRE(reopened->batches().size() == 1);
    CHECK(reopened->batches()[0].sheets == 9);
}

TEST_CASE("batch: the test device's identical sheets are suspected as re-fed, kept, logged and not counted") {
    const fs::path dir = test::scratch("batch-identical");
    auto device = test::openSaneTest();
    auto session = openSession(dir);
    CancelToken cancel;
    ScanRequest r = adf();
    r.maxPages = 3;
    RunResult result = session->run(*device, r, cancel);
    CHECK(result.pages == 3);
    CHECK(session->batches().back().sheets == 1);
    CHECK(session->batches().back().refeeds == 2);
    // Kept beside the others (the committee decides), logged with the page they resemble.
    CHECK(fs::exists(dir / "b0001-p00002.png"));
    CHECK(fs::exists(dir / "b0001-p00001.png"));
    checkLogAgainstDisk(dir);
}

TEST_CASE("batch: a ballot fed again after a jam is recognised — a different ballot is counted") {
    const fs::path source = fs::path(KP_SOURCE_DIR) / "samples/simulated/kiemphieu";
    const fs::path feeder = test::scratch("batch-refeed-feeder");
    const fs::path dir = test::scratch("batch-refeed");
    for (int i = 1; i <= 4; ++i) {
        fs::copy_file(source / ("ballot-0000" + std::to_string(i) + ".jpg"),
                      feeder / ("0" + std::to_string(i) + ".jpg"));
    }
    // The second ballot through the feeder again, blurred a little.
    cv::Mat again = fedAgain(source / "ballot-00002.jpg");
    cv::GaussianBlur(again, again, cv::Size(0, 0), 0.6);
    REQUIRE(cv::imwrite((feeder / "05.jpg").string(), again, {cv::IMWRITE_JPEG_QUALITY, 80}));
    fs::copy_file(source / "ballot-00006.jpg", feeder / "06.jpg");
    fs::copy_file(source / "ballot-00003.jpg", feeder / "07.jpg");  // the same file imported twice

    auto [session, records, result] = scanFolder(feeder, dir, Source::Adf);
    CHECK(result.state == SessionState::Ended);
    REQUIRE(records.size() == 7);
    for (int i : {0, 1, 2, 3, 5}) {
        CAPTURE(i);
        CHECK(records[static_cast<std::size_t>(i)].refeedOf.empty());
    }
    CHECK(records[4].refeedOf == "b0001-p00002.jpg");
    CHECK(records[4].refeedReason == RefeedReason::SamePaper);
    CHECK(records[4].refeedDifferenceMm2 <= RefeedSettings{}.sameMaxMm2);
    CHECK(records[4].sheet == 0);
    CHECK(records[4].file == "b0001-p00005.jpg");
    CHECK(records[6].refeedOf == "b0001-p00003.jpg");
    CHECK(records[6].refeedReason == RefeedReason::SameFile);
    CHECK(session->batches().back().sheets == 5);
    CHECK(session->batches().back().refeeds == 2);
    // The original file is kept as it was: a JPEG stays that JPEG.
    CHECK(readAll(dir / "b0001-p00001.jpg") == readAll(feeder / "01.jpg"));
    checkLogAgainstDisk(dir);
}

TEST_CASE("batch: a torn last log line and an unlogged image from a crash are set aside and reported") {
    const fs::path dir = test::scratch("batch-torn");
    {
        auto device = test::openSaneTest();
        auto session = openSession(dir);
        int seen = 0;
        session->onPage = [&](const PageRecord&) { test::distinctSheets(*device, ++seen); };
        CancelToken cancel;
        ScanRequest r = adf();
        r.maxPages = 2;
        CHECK(session->run(*device, r, cancel).pages == 2);
    }
    // What a kill between writing an image and logging it leaves: the image, half a line.
    fs::copy_file(dir / "b0001-p00002.png", dir / "b0001-p00003.png");
    std::ofstream(dir / "scan-log.jsonl", std::ios::app) << R"({"event":"page","batch":1,"pa)";
    std::ofstream(dir / ".b0001-p00004.png.part") << "half an image";
    auto session = openSession(dir);
    REQUIRE(session->warnings().size() == 2);
    CHECK(session->warnings()[0].find("cut short") != std::string::npos);
    CHECK(session->warnings()[1].find("b0001-p00003.png was written but never acknowledged") != std::string::npos);
    CHECK(fs::exists(dir / "unacknowledged" / "b0001-p00003.png"));
    CHECK_FALSE(fs::exists(dir / ".b0001-p00004.png.part"));
    CHECK(session->batches().back().sheets == 2);
    checkLogAgainstDisk(dir);
    // The log is clean again: a new event appends after the last whole line.
    CHECK(readScanLog((dir / "scan-log.jsonl").string())->events.size() == 4);
}

TEST_CASE("batch: a damaged log line in the middle is an error naming the line — nothing is changed") {
    const fs::path dir = test::scratch("batch-damaged");
    std::ofstream(dir / "scan-log.jsonl") << "{\"event\":\"batch\",\"batch\":1}\nnot json\n{\"event\":\"end\"}\n";
    const std::string before = readAll(dir / "scan-log.jsonl");
    auto session = BatchSession::open(dir.string());
    REQUIRE_FALSE(session.has_value());
    CHECK(session.error().find("scan-log.jsonl line 2") != std::string::npos);
    CHECK(readAll(dir / "scan-log.jsonl") == before);
}

TEST_CASE("batch: killed at random moments mid-batch, no acknowledged sheet is lost or counted twice") {
    // Each round forks a scanner process, kills it with SIGKILL after a random delay, reopens
    // the session, checks it, and resumes; in the end the stacks are finished.
    const fs::path dir = test::scratch("batch-crash");
    std::mt19937 rng(20261121);
    int acknowledged = 0;
    for (int round = 0; round < 12; ++round) {
        CAPTURE(round);
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            auto device = test::openSaneTest();
            auto session = BatchSession::open(dir.string());
            if (!session) {
                _exit(3);
            }
            int seen = static_cast<int>((*session)->batches().empty() ? 0 : (*session)->batches().back().pages);
            (*session)->onPage = [&](const PageRecord&) { test::distinctSheets(*device, ++seen % 12); };
            CancelToken cancel;
            ScanRequest r = adf();
            r.deviceOptions = {{"read-delay", "yes"}, {"read-delay-duration", "2000"}};
            (*session)->run(*device, r, cancel);
            _exit(0);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(20, 400)(rng)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        auto session = openSession(dir);
        checkLogAgainstDisk(dir);
        int pages = 0;
        for (const BatchCounts& b : session->batches()) {
            pages += b.pages;
        }
        CHECK(pages >= acknowledged);  // nothing acknowledged before is gone
        acknowledged = pages;
        // Files on disk that the log does not list were moved aside, never counted.
        for (const auto& entry : fs::directory_iterator(dir)) {
            const std::string name = entry.path().filename().string();
            if (name.starts_with("b0")) {
                CHECK(readAll(dir / "scan-log.jsonl").find("\"file\":\"" + name + "\"") != std::string::npos);
            }
        }
    }
    CHECK(acknowledged > 0);
}

TEST_CASE("batch: a second scan into the same folder is refused, naming the folder — a killed scan leaves it free") {
    const fs::path dir = test::scratch("batch-locked");
    {
        auto first = openSession(dir);
        auto second = BatchSession::open(dir.string());
        REQUIRE_FALSE(second.has_value());
        CHECK(second.error().find(dir.string()) != std::string::npos);
        CHECK(second.error().find("another scan") != std::string::npos);
        // Another process is refused too, and told which process holds the folder.
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            auto other = BatchSession::open(dir.string());
            const bool named =
                !other && other.error().find("process " + std::to_string(getppid())) != std::string::npos;
            _exit(other ? 1 : named ? 0 : 2);
        }
        int status = 0;
        waitpid(child, &status, 0);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }
    // Released when the session ends…
    openSession(dir);
    // …and when the process holding it is killed.
    int ready[2];
    REQUIRE(pipe(ready) == 0);
    const pid_t holder = fork();
    REQUIRE(holder >= 0);
    if (holder == 0) {
        auto session = BatchSession::open(dir.string());
        const char byte = session ? 'y' : 'n';
        [[maybe_unused]] const auto n = write(ready[1], &byte, 1);
        pause();
        _exit(0);
    }
    char byte = 0;
    REQUIRE(read(ready[0], &byte, 1) == 1);
    CHECK(byte == 'y');
    CHECK_FALSE(BatchSession::open(dir.string()).has_value());
    kill(holder, SIGKILL);
    int status = 0;
    waitpid(holder, &status, 0);
    close(ready[0]);
    close(ready[1]);
    openSession(dir);
}

namespace {

// The back of a two-sided ballot struck only on its front: the same print on every sheet, no
// hand — what one voter's back shares with every other voter's.
cv::Mat plainBack(std::mt19937& rng) {
    cv::Mat page(1240, 874, CV_8U, cv::Scalar(235));  // A5 at 150 dpi
    for (int line = 0; line < 12; ++line) {
        cv::putText(page, std::to_string(line + 7) + ". Nguyen Van " + std::string(1, static_cast<char>('A' + line)),
                    cv::Point(90, 150 + 80 * line), cv::FONT_HERSHEY_SIMPLEX, 1.1, cv::Scalar(25), 2);
    }
    cv::Mat noise(page.size(), CV_16S);
    cv::randn(noise, 0, 3);
    cv::Mat sum;
    page.convertTo(sum, CV_16S);
    sum += noise;
    sum.convertTo(page, CV_8U);
    cv::Mat m =
        cv::getRotationMatrix2D(cv::Point2f(437, 620), std::uniform_real_distribution<double>(-0.5, 0.5)(rng), 1.0);
    cv::warpAffine(page, page, m, page.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return page;
}

}  // namespace

TEST_CASE(
    "batch: a back is judged by its front — plain backs of different voters are counted, a sheet fed again is "
    "suspected on both faces") {
    const fs::path source = fs::path(KP_SOURCE_DIR) / "samples/simulated/kiemphieu";
    const fs::path feeder = test::scratch("batch-backs-feeder");
    const fs::path dir = test::scratch("batch-backs");
    std::mt19937 rng(5);
    for (int i = 1; i <= 4; ++i) {
        fs::copy_file(source / ("ballot-0000" + std::to_string(i) + ".jpg"),
                      feeder / ("0" + std::to_string(i) + "a.jpg"));
        REQUIRE(cv::imwrite((feeder / ("0" + std::to_string(i) + "b.png")).string(), plainBack(rng)));
    }
    // The second sheet through the feeder again, both faces.
    REQUIRE(cv::imwrite((feeder / "05a.jpg").string(), fedAgain(source / "ballot-00002.jpg"),
                        {cv::IMWRITE_JPEG_QUALITY, 85}));
    REQUIRE(cv::imwrite((feeder / "05b.png").string(), plainBack(rng)));

    auto [session, records, result] = scanFolder(feeder, dir, Source::AdfDuplex);
    CHECK(result.state == SessionState::Ended);
    REQUIRE(records.size() == 10);
    for (std::size_t i = 0; i < 8; ++i) {
        CAPTURE(i);
        CHECK(records[i].side == (i % 2 == 0 ? Side::Front : Side::Back));
        CHECK(records[i].refeedOf.empty());
    }
    CHECK(records[8].refeedOf == "b0001-p00003.jpg");
    CHECK(records[8].refeedReason == RefeedReason::SamePaper);
    CHECK(records[9].refeedOf == "b0001-p00004.png");
    CHECK(records[9].refeedReason == RefeedReason::FrontSuspected);
    CHECK(session->batches().back().sheets == 4);
    CHECK(session->batches().back().refeeds == 2);
    checkLogAgainstDisk(dir);
}
