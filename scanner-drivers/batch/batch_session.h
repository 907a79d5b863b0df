#pragma once
// A scan session in one folder: batches (stacks fed through the scanner) that never lose or
// duplicate a sheet. Each page is written to the folder and logged (scan_log.h) before the
// scanner is asked for the next one. A fault pauses the batch with the count so far; run()
// again resumes it with the rest of the stack, finish() ends it short. A page that may be an
// earlier sheet fed again (refeed.h) is kept and logged as such, with the sheet it resembles and
// the difference measured, and is not counted as a sheet: the committee decides. A session killed
// at any point reopens from its log: every acknowledged page is there, the unfinished batch is
// paused, and image files the log does not know are moved to unacknowledged/ and reported.
//
// Threads: one thread drives a session; onPage is called on it.
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "scanner-drivers/batch/refeed.h"
#include "scanner-drivers/scanner.h"
#include "src/common/durable_file.h"
#include "src/common/file_lock.h"

namespace kp::scan {

// Why a page is suspected of being an earlier sheet fed again.
// FrontSuspected: the back of a sheet whose front is suspected (backs are judged by their front).
enum class RefeedReason { None, SameFile, SamePaper, FrontSuspected };
std::string_view refeedReasonCode(RefeedReason reason);  // "same_file" | "same_paper" | "front_suspected"

struct PageRecord {
    int batch = 0;
    int page = 0;   // 1-based within the batch, suspected refeeds included
    int sheet = 0;  // 1-based within the batch; 0 for a back page or a suspected refeed
    Side side = Side::Front;
    std::string file;  // relative to the session folder
    std::string sha256;
    // A suspected refeed: the earlier page it resembles (its file), why, and the added ink
    // measured between the two (refeed.h; 0 for the same file). The committee decides.
    std::string refeedOf;
    RefeedReason refeedReason = RefeedReason::None;
    double refeedDifferenceMm2 = 0;
    double refeedLimitMm2 = 0;  // the session's sameMaxMm2 when it was judged
    bool undecodable = false;
};

struct BatchCounts {
    int batch = 0;
    int pages = 0;
    int sheets = 0;  // front pages that are not refeeds: what reconciles with ballots collected
    int refeeds = 0;
    bool ended = false;
    std::string endReason;  // "feeder_empty" | "cancelled" | "finished" | "page_limit"
};

enum class SessionState { Idle, Paused, Ended };

struct RunResult {
    int pages = 0;               // acknowledged in this run
    std::optional<Error> fault;  // set when the batch paused (or could not start)
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

private:
    struct Known {
        std::string file;
        std::string sha256;
        Side side = Side::Front;
        std::string refeedOf;
    };
    struct Checked {  // a page the refeed check holds, to read its file again for a close look
        std::string file;
        int dpi = 0;
        int reduced = 1;
    };

    BatchSession(std::string dir, RefeedSettings refeed, FileLock lock);
    std::expected<void, std::string> replay();
    std::expected<void, std::string> log(const nlohmann::json& event);
    std::expected<void, std::string> endBatch(const std::string& reason);
    bool pageScanned(Page page) override;
    void adoptStrayFiles();
    BatchCounts& current() { return m_batches.back(); }
    // For a back page: the back of the sheet its front (the page before) is suspected of being.
    std::string backOfSuspectedFront() const;

    std::string m_dir;
    RefeedSettings m_refeedSettings;
    FileLock m_lock;  // the folder's one writer, while the session lives
    std::vector<BatchCounts> m_batches;
    std::vector<Known> m_known;      // every page: identical files are found in the whole session
    std::vector<Checked> m_checked;  // the refeed check's pages, in its order
    RefeedCheck m_refeed;
    std::vector<std::string> m_warnings;
    bool m_paused = false;
    std::optional<std::string> m_storageError;
    std::optional<AppendFile> m_log;
};

}  // namespace kp::scan
