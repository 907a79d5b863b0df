// The scan log read back: every event typed, no repeated key, no file outside the folder, no
// FIFO read — each damage an error naming the line, and the file left as it was.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <chrono>
#include <fstream>
#include <future>
#include <sstream>

#include "scanner-drivers/batch/scan_log.h"
#include "scanner_test_util.h"

using namespace kp::scan;
namespace fs = std::filesystem;

namespace {

const std::string BATCH =
    R"({"event":"batch","batch":1,"device":"test:0","source":"adf","dpi":300,"mode":"gray","time":"t"})";
const std::string PAGE =
    R"({"event":"page","batch":1,"page":1,"sheet":1,"side":"front","file":"b0001-p00001.png","sha256":"ab",)"
    R"("width":10,"height":10,"dpi":300,"coarse":"00","time":"t"})";

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The error of a log whose second line is `line`; the file must be left unchanged.
std::string errorOf(const std::string& line) {
    const fs::path dir = kp::test::scratch("scan-log-bad");
    const std::string text = BATCH + "\n" + line + "\n";
    std::ofstream(dir / "scan-log.jsonl", std::ios::binary) << text;
    const auto log = readScanLog((dir / "scan-log.jsonl").string());
    CHECK(readAll(dir / "scan-log.jsonl") == text);
    REQUIRE_FALSE(log);
    CAPTURE(log.error());
    CHECK(log.error().find("scan-log.jsonl line 2: ") != std::string::npos);
    return log.error().substr(log.error().find("line 2: ") + 8);
}

std::string with(std::string line, const std::string& from, const std::string& to) {
    const auto at = line.find(from);
    REQUIRE(at != std::string::npos);
    return line.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("scan log: the events the batch session writes are read back") {
    const fs::path dir = kp::test::scratch("scan-log-good");
    std::ofstream(dir / "scan-log.jsonl")
        << BATCH << "\n"
        << PAGE << "\n"
        << R"({"event":"end","batch":1,"reason":"feeder_empty","pages":1,"sheets":1,"refeeds":0,"time":"t"})"
        << "\n";
    const auto log = readScanLog((dir / "scan-log.jsonl").string());
    REQUIRE(log);
    CHECK(log->events.size() == 3);
}

TEST_CASE("scan log: a repeated key is refused, naming the line and the key") {
    CHECK(errorOf(with(PAGE, "\"sheet\":1,", "\"sheet\":1,\"sheet\":2,")) == "column 46: duplicate key \"sheet\"");
    CHECK(errorOf(with(PAGE, "\"file\":", "\"file\":\"b0001-p00009.png\",\"file\":")) ==
          "column 87: duplicate key \"file\"");
}

TEST_CASE("scan log: a field of the wrong type is refused, naming the line, the event and the field") {
    // Each of these threw a JSON type error out of the session's replay or the record's import.
    CHECK(errorOf(with(PAGE, "\"batch\":1", "\"batch\":\"1\"")) ==
          "\"page\" event: \"batch\" must be a whole number ≥ 0, got \"1\"");
    CHECK(errorOf(with(PAGE, "\"file\":\"b0001-p00001.png\"", "\"file\":5")) ==
          "\"page\" event: \"file\" must name a file inside the scan folder, got 5");
    CHECK(errorOf(with(PAGE, "\"side\":\"front\"", "\"side\":\"left\"")) ==
          "\"page\" event: \"side\" must be \"front\" or \"back\", got \"left\"");
    CHECK(errorOf(with(PAGE, "\"coarse\":\"00\"", "\"coarse\":[0]")) ==
          "\"page\" event: \"coarse\" must be a string, got [0]");
    CHECK(errorOf(with(PAGE, "\"sha256\":\"ab\",", "")) == "a \"page\" event without \"sha256\"");
    CHECK(errorOf(R"({"event":"end","batch":1,"reason":7})") == "\"end\" event: \"reason\" must be a string, got 7");
    CHECK(errorOf(R"({"event":"rewind","batch":1})") == "unknown event \"rewind\" (batch, page, pause, resume or end)");
    CHECK(errorOf("[1,2]") == "not a scan log event (not a JSON object)");
    CHECK(errorOf(R"({"event":5})") == "not a scan log event (no \"event\")");
    // A resolution too large for any integer was converted to one (undefined behaviour; found by
    // the scan-log fuzz target): dpi is a whole number like the writers write it.
    CHECK(errorOf(with(PAGE, "\"dpi\":300", "\"dpi\":3.3e114")) ==
          "\"page\" event: \"dpi\" must be a whole number ≥ 0, got 3.3e+114");
    CHECK(errorOf(with(PAGE, "\"dpi\":300", "\"dpi\":299.5")) ==
          "\"page\" event: \"dpi\" must be a whole number ≥ 0, got 299.5");
    // A field of another event is typed wherever it appears (found by the fuzz target: a batch
    // event with "page": "gray" threw from a reader asking every event for its page).
    CHECK(errorOf(R"({"event":"batch","batch":1,"page":"gray"})") ==
          "\"batch\" event: \"page\" must be a whole number ≥ 0, got \"gray\"");
}

TEST_CASE("scan log: a file named outside the scan folder is refused") {
    for (const std::string file : {"../b0001-p00001.png", "/etc/passwd", "refeeds/../../x.png", ""}) {
        CAPTURE(file);
        CHECK(errorOf(with(PAGE, "b0001-p00001.png", file)).find("\"file\" must name a file inside the scan folder") !=
              std::string::npos);
    }
    CHECK(errorOf(with(PAGE, "\"coarse\"", "\"refeed_of\":\"../a.png\",\"coarse\"")).find("\"refeed_of\" must name") !=
          std::string::npos);
    const fs::path dir = kp::test::scratch("scan-log-refeed");
    std::ofstream(dir / "scan-log.jsonl") << BATCH << "\n"
                                          << with(PAGE, "b0001-p00001.png", "refeeds/b0001-p00002.png") << "\n";
    CHECK(readScanLog((dir / "scan-log.jsonl").string()));  // a folder inside the folder is fine
}

TEST_CASE("scan log: a torn last line is cut for a session that appends, kept for a reader") {
    const fs::path dir = kp::test::scratch("scan-log-torn");
    const std::string text = BATCH + "\n" + R"({"event":"page","ba)";
    std::ofstream(dir / "scan-log.jsonl", std::ios::binary) << text;
    const auto read = readScanLog((dir / "scan-log.jsonl").string(), TornLine::Keep);
    REQUIRE(read);
    CHECK(read->tornLastLine);
    CHECK(readAll(dir / "scan-log.jsonl") == text);
    const auto cut = readScanLog((dir / "scan-log.jsonl").string());
    REQUIRE(cut);
    CHECK(readAll(dir / "scan-log.jsonl") == BATCH + "\n");
}

TEST_CASE("scan log: a FIFO in its place is refused at once, not read forever") {
    const fs::path dir = kp::test::scratch("scan-log-fifo");
    const fs::path fifo = dir / "scan-log.jsonl";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    auto reading = std::async(std::launch::async, [&] { return readScanLog(fifo.string()); });
    if (reading.wait_for(std::chrono::seconds(10)) == std::future_status::timeout) {
        // Blocked in open(): be the writer it waits for, so that the test ends and fails.
        close(open(fifo.c_str(), O_WRONLY | O_NONBLOCK));
        FAIL("reading a FIFO as the scan log blocked for 10 s");
    }
    const auto log = reading.get();
    REQUIRE_FALSE(log);
    CHECK(log.error().find("is a FIFO, not a file") != std::string::npos);
}
