// The record under kill -9: a child process imports a scan folder and is killed at a random
// moment, again and again; the record must always open, its audit chain hold, every sheet's
// image be there with its hash, and a sheet never be counted twice.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <set>
#include <thread>

#include "scanner-drivers/batch/batch_session.h"
#include "scanner-drivers/folder/folder_backend.h"
#include "src/app/scan_import.h"
#include "src/common/sha256.h"
#include "src/store/audit_log.h"
#include "src/store/consistency.h"
#include "src/store/record.h"

using namespace kp;
namespace fs = std::filesystem;

namespace {

// A scan folder of `count` distinct synthetic pages, through the real batch session.
void makeScans(const fs::path& inbox, const fs::path& scans, int count) {
    fs::create_directories(inbox);
    for (int i = 0; i < count; ++i) {
        cv::Mat page(400, 300, CV_8UC1, cv::Scalar(250));
        cv::putText(page, "sheet " + std::to_string(i + 1), cv::Point(20, 60 + 4 * i), cv::FONT_HERSHEY_SIMPLEX, 1.2,
                    cv::Scalar(0), 3);
        REQUIRE(cv::imwrite((inbox / ("p" + std::to_string(1000 + i) + ".png")).string(), page));
    }
    auto device = scan::FolderBackend().open("folder:" + inbox.string());
    REQUIRE(device.has_value());
    auto session = scan::BatchSession::open(scans.string());
    REQUIRE(session.has_value());
    scan::CancelToken cancel;
    scan::ScanRequest request;
    request.dpi = 50;
    REQUIRE((*session)->run(**device, request, cancel).pages == count);
}

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("store: killed at random moments while importing, the record stays whole and counts each sheet once") {
    const fs::path dir = fs::path(KP_TEST_OUT) / "record-crash";
    fs::remove_all(dir);
    makeScans(dir / "inbox", dir / "scans", 60);
    const std::string db = (dir / "record.kpdb").string();
    REQUIRE(
        store::Record::create(db, R"({"format":"kiemphieu.congress/1"})", "test", "2026-11-21T08:00:00Z").has_value());
    std::mt19937 rng(1121);
    for (int round = 0; round < 15; ++round) {
        CAPTURE(round);
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            auto record = store::Record::open(db);
            const bool ok =
                record && app::importScanFolder(*record, (dir / "scans").string(), "bch", 1, "test", "t").has_value();
            _exit(ok ? 0 : 3);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<int>(0, 60000)(rng)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        CHECK_FALSE((WIFEXITED(status) && WEXITSTATUS(status) == 3));  // a failure, not a kill, would be a bug

        auto record = store::Record::open(db);
        REQUIRE(record.has_value());
        const auto chain = store::verifyChain(record->db());
        REQUIRE(chain.has_value());
        CHECK(chain->ok);
        const auto sheets = record->sheets();
        REQUIRE(sheets.has_value());
        CHECK(sheets->size() <= 60);  // each sheet its own transaction: whatever was stored stays
        CHECK(store::checkConsistency(record->rows().value()).empty());
        std::set<std::string> seen;
        for (const store::SheetRow& s : *sheets) {
            CHECK(seen.insert(s.sha256).second);
            CHECK(sha256Hex(readAll(fs::path(record->imagesDir()) / s.image)) == s.sha256);
        }
    }
    // Whatever the kills left, importing again completes the record, once.
    auto record = store::Record::open(db);
    REQUIRE(record.has_value());
    REQUIRE(app::importScanFolder(*record, (dir / "scans").string(), "bch", 1, "test", "t").has_value());
    CHECK(record->sheets()->size() == 60);
    CHECK(store::checkConsistency(record->rows().value()).empty());
}

TEST_CASE("store: killed at random moments while a record is made, the same command then makes it whole") {
    const fs::path dir = fs::path(KP_TEST_OUT) / "create-crash";
    std::mt19937 rng(1207);
    for (int round = 0; round < 12; ++round) {
        CAPTURE(round);
        fs::remove_all(dir);
        fs::create_directories(dir);
        const std::string db = (dir / "record.kpdb").string();
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            _exit(store::Record::create(db, R"({"format":"kiemphieu.congress/1"})", "test", "t").has_value() ? 0 : 3);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<int>(0, 8000)(rng)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        CHECK_FALSE((WIFEXITED(status) && WEXITSTATUS(status) == 3));
        // Either the record is there, whole, or it is not there at all and making it again works.
        if (!fs::exists(db)) {
            REQUIRE(store::Record::create(db, R"({"format":"kiemphieu.congress/1"})", "test", "t").has_value());
        }
        auto record = store::Record::open(db);
        REQUIRE_MESSAGE(record.has_value(), (record ? "" : record.error().message));
        CHECK(store::checkConsistency(record->rows().value()).empty());
        CHECK(fs::is_directory(record->imagesDir()));
    }
}
