#include "src/app/counting_job.h"

#include <QDateTime>
#include <filesystem>
#include <fstream>
#include <thread>

#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "scanner-drivers/batch/batch_session.h"
#include "scanner-drivers/devices.h"
#include "src/app/background.h"
#include "src/app/join_sides.h"
#include "src/app/recognize_pages.h"
#include "src/app/rounds.h"
#include "src/app/word_blank.h"
#include "src/common/utc_time.h"
#include "src/store/committee.h"
#include "tally/tally.h"

namespace kp::app {

namespace fs = std::filesystem;


CountingJob::CountingJob(CountingRequest request, QObject* parent) : QObject(parent), m_request(std::move(request)) {}

void CountingJob::cancel() {
    m_stop = true;
    m_cancel.cancel();
}

void CountingJob::run() {
    lowerThreadPriority();  // this thread and the readers it starts yield to the GUI
    m_stop = false;
    m_cancel.reset();
    const std::string scanDir = m_request.scanDir.toStdString();
    auto record = store::Record::open(m_request.recordPath.toStdString());
    if (!record) {
        emit failed(QString::fromStdString(record.error().message));
        return;
    }
    auto input = roundInput(*record, m_request.election.toStdString(), m_request.round);
    if (!input) {
        emit failed(QString::fromStdString(input.error()));
        return;
    }

    // 1. Scan: every page written and logged before the next is fed.
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
    std::vector<scan::PageRef> pages;
    FedPage fed;  // the faces of one sheet (a duplex scan) are joined into one ballot
    (*session)->onPage = [&](const scan::PageRecord& r) {
        if (r.refeedOf.empty()) {
            const bool back = r.side == scan::Side::Back;
            fed = {r.batch, r.page, back, leafAfter(fed, r.batch, r.page, back)};
            pages.push_back({(fs::path(scanDir) / r.file).string(), 0, fed.leaf});
        }
        emit pageScanned(static_cast<int>(pages.size()));
    };
    scan::ScanRequest request;
    request.source = m_request.source;
    request.dpi = m_request.dpi;
    const scan::RunResult scanned = (*session)->run(**device, request, m_cancel);

    // 2. Read what this run scanned, on every core; each sheet is shown as it is read.
    emit stageChanged(QStringLiteral("read"));
    const int threads = m_request.threads > 0 ? m_request.threads
                                              : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    const int total = static_cast<int>(pages.size());
    // Ballots printed in a word processor: learned from the blank the committee confirmed.
    std::optional<ocr::WordTemplate> word;
    const auto blanks = record->wordBlanks();
    if (!blanks) {
        emit failed(QString::fromStdString(blanks.error().message));
        return;
    }
    for (const store::WordBlank& b : *blanks) {
        if (b.election == m_request.election.toStdString() && b.round == m_request.round) {
            auto learned = learnBlank((fs::path(record->imagesDir()) / b.image).string(), b.dpi, *input);
            if (!learned) {
                emit failed(QString::fromStdString(learned.error()));
                return;
            }
            word = std::move(*learned);
        }
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
    const StatusCounts counted = countStatuses(*lines);  // after a sheet's faces were joined into one ballot

    // 3. Store the scans and the readings in the record, each action in its audit log.
    emit stageChanged(QStringLiteral("store"));
    const std::string readingsPath =
        (fs::path(scanDir) / ("readings-" + QDateTime::currentDateTimeUtc().toString("yyyyMMddThhmmsszzz").toStdString() +
                               ".jsonl"))
            .string();
    {
        std::ofstream out(readingsPath, std::ios::binary);
        for (const auto& line : *lines) {
            if (!line.is_null()) {  // a cancel leaves the pages not read for the next run
                out << line.dump() << "\n";
            }
        }
    }
    const std::string actor = m_request.operatorName.toStdString();
    const std::string time = utcNow();
    if (auto imported = record->importScans(scanDir, m_request.election.toStdString(), m_request.round, actor, time);
        !imported) {
        emit failed(QString::fromStdString(imported.error().message));
        return;
    }
    if (auto stored = record->importReadings(readingsPath, actor, time); !stored) {
        emit failed(QString::fromStdString(stored.error().message));
        return;
    }
    if (scanned.state == scan::SessionState::Paused && scanned.fault) {
        emit paused(static_cast<int>(scanned.fault->code), QString::fromStdString(scanned.fault->detail),
                    (*session)->batches().empty() ? 0 : (*session)->batches().back().sheets);
        return;
    }
    emit finished(total, counted.read, counted.review, counted.rejected);
}

}  // namespace kp::app
