#pragma once
// A scan session in one folder: batches (stacks fed through the scanner) that never lose or
// duplicate a sheet. Each page is written to the folder and logged (scan_log.h) before the
// scanner is asked for the next one. A fault pauses the batch with the count so far; run()
// again resumes it with the rest of the stack, finish() ends it short. A page that is an
// earlier sheet fed again (refeed.h) is kept under refeeds/ and not counted. A session killed
// at any point reopens from its log: every acknowledged page is there, the unfinished batch is
// paused, and image files the log does not know are moved to unacknowledged/ and reported.
//
// Threads: one thread drives a session; onPage is called on it.
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "scanner-drivers/batch/refeed.h"
#include "scanner-drivers/scanner.h"
#include "src/common/durable_file.h"
#include "src/common/file_lock.h"

namespace kp::scan {

struct PageRecord {
    int batch = 0;
    int page = 0;       // 1-based within the batch, refeeds included
    int sheet = 0;      // 1-based within the batch; 0 for a refeed
    Side side = Side::Front;
    std::string file;   // relative to the session folder
    std::string sha256;
    std::string refeedOf;  // the earlier page's file, when this is a sheet fed again
    bool undecodable = false;
};

struct BatchCounts {
    int batch = 0;
    int pages = 0;
    int sheets = 0;   // front pages that are not refeeds: what reconciles with ballots collected
    int refeeds = 0;
    bool ended = false;
    std::string endReason;  // "feeder_empty" | "cancelled" | "finished" | "page_limit"
};

enum class SessionState { Idle, Paused, Ended };

struct RunResult {
    int pages = 0;                 // acknowledged in this run
    std::optional<Error> fault;    // set when the batch paused (or could not start)
    SessionState state = SessionState::Idle;
};

class BatchSession final : private PageSink {
public:
    // Opens (or creates) the session folder, locks it against a second writer (refused with a
    // message naming the folder), and replays its log.
    static std::expected<std::unique_ptr<BatchSession>, std::string> open(const std::string& dir,
                                                                         RefeedSettings refeed = {});

    // Starts a new batch, or resumes the paused one. Every error but a cancel pauses the batch
    // (the operator clears the fault, or changes the request, and runs again); a cancel ends it
    // with the pages acknowledged so far.
    RunResult run(Device& device, const ScanRequest& request, const CancelToken& cancel);
    // Ends a paused batch without the rest of the stack.
    std::expected<void, std::string> finish();

    SessionState state() const { return m_paused ? SessionState::Paused : SessionState::Idle; }
    const std::vector<BatchCounts>& batches() const { return m_batches; }
    const std::vector<std::string>& warnings() const { return m_warnings; }  // from reopening
    const std::string& dir() const { return m_dir; }

    std::function<void(const PageRecord&)> onPage;
    // Pages compared with the new one for a refeed (≈ 12 ms each for those that look alike): a
    // jammed stack is put back from its last few sheets, so the recent pages are enough; a whole
    // stack fed twice shows in the sheet count. Identical files are found in the whole session.
    int refeedWindow = 50;

private:
    struct Known {
        std::string file;
        Fingerprint print;  // after a reopen only the glance, from the log; the rest when first needed
    };

    BatchSession(std::string dir, RefeedSettings refeed, FileLock lock)
        : m_dir(std::move(dir)), m_refeed(refeed), m_lock(std::move(lock)) {}
    std::expected<void, std::string> replay();
    std::expected<void, std::string> log(const nlohmann::json& event);
    std::expected<void, std::string> endBatch(const std::string& reason);
    bool pageScanned(Page page) override;
    std::string findRefeed(const std::string& sha, const Fingerprint& fp);
    void adoptStrayFiles();
    BatchCounts& current() { return m_batches.back(); }

    std::string m_dir;
    RefeedSettings m_refeed;
    FileLock m_lock;  // the folder's one writer, while the session lives
    std::vector<BatchCounts> m_batches;
    std::vector<Known> m_known;
    std::vector<std::string> m_knownSha;
    std::vector<std::string> m_warnings;
    bool m_paused = false;
    std::optional<std::string> m_storageError;
    std::optional<AppendFile> m_log;
};

}  // namespace kp::scan
