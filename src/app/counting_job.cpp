#include "src/app/counting_job.h"

#include <cmath>
#include <filesystem>
#include <mutex>
#include <thread>

#include "scanner-drivers/batch/batch_session.h"
#include "scanner-drivers/devices.h"
#include "scanner-drivers/folder/folder_backend.h"
#include "src/app/background.h"
#include "src/app/folder_files.h"
#include "src/app/join_sides.h"
#include "src/app/recognize_pages.h"
#include "src/app/rounds.h"
#include "src/app/word_blank.h"
#include "src/common/sha256.h"
#include "src/common/utc_time.h"
#include "src/store/record.h"

namespace kp::app {

namespace fs = std::filesystem;

namespace {

// A sheet the record holds, to be read: its image and what identifies it.
struct ToRead {
    scan::PageRef page;
    std::string sha256;
};

// Stores a page the scan session just acknowledged as a sheet of the record (its batch made with
// the first page): the sheet, and whether the record already held its image.
std::expected<store::SheetImport, std::string> storeScannedPage(const CountingRequest& request, store::Record& record,
                                                                std::optional<std::int64_t>& batch,
                                                                const scan::PageRecord& r, const std::string& scanDir,
                                                                const std::string& actor) {
    const std::string time = utcNow();
    if (!batch) {
        auto made = record.batch(
            {request.election.toStdString(), request.round, request.device.toStdString(), request.dpi, time, scanDir},
            actor, time);
        if (!made) {
            return std::unexpected(made.error().message);
        }
        batch = *made;
    }
    auto bytes = readFile((fs::path(scanDir) / r.file).string());
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    store::NewSheet sheet;
    sheet.page = r.page;
    sheet.side = r.side == scan::Side::Back ? "back" : "front";
    sheet.sha256 = r.sha256;
    sheet.extension = fs::path(r.file).extension().string();
    sheet.bytes = std::move(*bytes);
    sheet.scanned = time;
    if (!r.refeedOf.empty()) {
        // The sheet it resembles is in the same folder, and in the record by its hash.
        const auto twin = readFile((fs::path(scanDir) / r.refeedOf).string());
        sheet.refeedOfSha256 = twin ? sha256Hex(*twin) : "";
        // The session's evidence, as its log gives it (scan_import.cpp): for the committee.
        sheet.scanNote = nlohmann::json{{"refeed_of", r.refeedOf},
                                        {"refeed_reason", scan::refeedReasonCode(r.refeedReason)},
                                        {"refeed_difference_mm2", std::round(r.refeedDifferenceMm2 * 10) / 10},
                                        {"refeed_limit_mm2", r.refeedLimitMm2}}
                             .dump();
    }
    auto added = record.addSheet(*batch, sheet, actor, time);
    if (!added) {
        return std::unexpected(added.error().message);
    }
    return *added;
}

}  // namespace

CountingJob::CountingJob(CountingRequest request, QObject* parent) : QObject(parent), m_request(std::move(request)) {
    qRegisterMetaType<std::vector<FolderFile>>();
}

void CountingJob::cancel() {
    m_stop = true;
    m_cancel.cancel();
}

void CountingJob::run() {
    lowerThreadPriority();  // this thread and the readers it starts yield to the GUI
    m_stop = false;
    m_cancel.reset();
    const std::string scanDir = m_request.scanDir.toStdString();
    const std::string election = m_request.election.toStdString();
    const std::string actor = m_request.operatorName.toStdString();
    auto record = store::Record::open(m_request.recordPath.toStdString());
    if (!record) {
        emit failed(QString::fromStdString(record.error().message));
        return;
    }
    auto input = roundInput(*record, election, m_request.round);
    if (!input) {
        emit failed(QString::fromStdString(input.error()));
        return;
    }

    // 1. First what an interrupted count left: sheets of this round stored but never read.
    std::vector<ToRead> toRead;
    const auto unread = record->unreadSheets();
    if (!unread) {
        emit failed(QString::fromStdString(unread.error().message));
        return;
    }
    for (const store::SheetRow& s : *unread) {
        if (s.election == election && s.round == m_request.round) {
            toRead.push_back({{(fs::path(record->imagesDir()) / s.image).string(), 0, 0}, s.sha256});
        }
    }
    if (!toRead.empty()) {
        emit resumedUnread(static_cast<int>(toRead.size()));
    }

    // 2. Scan: every page written and logged before the next is fed, and stored in the record
    //    at once (a quit or a crash after it loses no sheet: it waits there, unread).
    emit stageChanged(QStringLiteral("scan"));
    auto device = scan::openDevice(m_request.device.toStdString());
    if (!device) {
        emit paused(static_cast<int>(device.error().code), QString::fromStdString(device.error().detail), 0);
        return;
    }
    auto session = scan::BatchSession::open(scanDir);
    if (!session) {
        emit failed(QString::fromStdString(session.error()));
        return;
    }
    std::string storeError;
    std::optional<std::int64_t> batch;
    Leaves leaves;  // the faces of one sheet (a duplex scan) are joined into one ballot
    int scannedHere = 0;
    std::vector<ScannedPage> storedPages;  // what became of each page, for the folder's accounting
    (*session)->onPage = [&](const scan::PageRecord& r) {
        const bool back = r.side == scan::Side::Back;
        const int leaf = leaves.next(r.batch, r.page, back, !r.refeedOf.empty());
        const std::string path = (fs::path(scanDir) / r.file).string();
        if (storeError.empty()) {
            if (auto added = storeScannedPage(m_request, *record, batch, r, scanDir, actor); !added) {
                storeError = added.error();
            } else {
                storedPages.push_back({r.file, r.refeedOf, r.undecodable, added->sheet, !added->alreadyInRecord});
                if (!added->alreadyInRecord) {
                    toRead.push_back({{path, 0, leaf}, r.sha256});
                }
            }
        }
        emit pageScanned(++scannedHere);
    };
    scan::ScanRequest request;
    request.source = m_request.source;
    request.dpi = m_request.dpi;
    const scan::RunResult scanned = (*session)->run(**device, request, m_cancel);
    if (const std::string source = m_request.device.toStdString(); source.starts_with(scan::FOLDER_PREFIX)) {
        emit filesAccounted(accountFolder(source.substr(scan::FOLDER_PREFIX.size()), scanDir, storedPages));
    }
    if (!storeError.empty()) {
        emit failed(QString::fromStdString(storeError));
        return;
    }

    // 3. Read on every core; each sheet shown as it is read, every reading recorded.
    emit stageChanged(QStringLiteral("read"));
    const int threads =
        m_request.threads > 0 ? m_request.threads : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    const int total = static_cast<int>(toRead.size());
    std::optional<ocr::WordTemplate> word;  // ballots printed in a word processor: learned from the confirmed blank
    const auto blanks = record->wordBlanks();
    if (!blanks) {
        emit failed(QString::fromStdString(blanks.error().message));
        return;
    }
    for (const store::WordBlank& b : *blanks) {
        if (b.election == election && b.round == m_request.round) {
            auto learned = learnBlank((fs::path(record->imagesDir()) / b.image).string(), b.dpi, *input);
            if (!learned) {
                emit failed(QString::fromStdString(learned.error()));
                return;
            }
            word = std::move(*learned);
        }
    }
    std::vector<scan::PageRef> pages;
    for (const ToRead& t : toRead) {
        pages.push_back(t.page);
    }
    auto lines = recognizePages(
        *input, pages, threads, std::nullopt,
        [&](std::size_t i, const nlohmann::ordered_json& line) {
            emit sheetRead(static_cast<int>(i), total, QString::fromStdString(pages[i].path),
                           QString::fromStdString(line.value("status", "")), QString::fromStdString(line.dump()));
        },
        &m_stop, word ? &*word : nullptr);
    if (!lines) {
        emit failed(QString::fromStdString(lines.error()));
        return;
    }
    emit stageChanged(QStringLiteral("store"));
    std::vector<store::NewReading> readings;  // a stop leaves the pages not read for the next run
    for (std::size_t i = 0; i < lines->size(); ++i) {
        const nlohmann::ordered_json& line = (*lines)[i];
        if (!line.is_null()) {
            readings.push_back({toRead[i].sha256, line.dump(), election, m_request.round, line.value("status", "read"),
                                line.value("recognizer", nlohmann::ordered_json()).dump(), pages[i].path});
        }
    }
    if (auto stored = record->addReadings(readings, false, actor, utcNow()); !stored) {
        emit failed(QString::fromStdString(stored.error().message));
        return;
    }
    const StatusCounts counted = countStatuses(*lines);  // after a sheet's faces were joined into one ballot
    if (scanned.state == scan::SessionState::Paused && scanned.fault) {
        emit paused(static_cast<int>(scanned.fault->code), QString::fromStdString(scanned.fault->detail),
                    (*session)->batches().empty() ? 0 : (*session)->batches().back().sheets);
        return;
    }
    emit finished(total, counted.read, counted.review, counted.rejected);
}

}  // namespace kp::app
