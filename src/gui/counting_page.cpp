#include "src/gui/counting_page.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <nlohmann/json.hpp>

#include "scanner-drivers/devices.h"
#include "src/app/background.h"
#include "src/app/rehearsal.h"
#include "src/gui/folder_list.h"
#include "src/gui/session.h"
#include "src/gui/widgets.h"

namespace kp::gui {

namespace {

QString statusText(const QString& status) {
    if (status == QLatin1String("read")) {
        return CountingPage::tr("read");
    }
    return status == QLatin1String("review") ? CountingPage::tr("to the committee")
                                             : CountingPage::tr("not a ballot of this count");
}

QColor statusColour(const QString& status) {
    return status == QLatin1String("read")     ? QColor(30, 130, 60)
           : status == QLatin1String("review") ? QColor(200, 120, 0)
                                               : QColor(180, 30, 30);
}

// Why a sheet waits for the committee, from its readings line.
QString reasonsOf(const QString& line) {
    const auto json = nlohmann::json::parse(line.toStdString(), nullptr, false);
    QStringList why;
    if (json.is_object() && json.contains("reasons") && json["reasons"].is_array()) {
        for (const auto& code : json["reasons"]) {
            if (code.is_string()) {
                why << reviewReasonText(code.get<std::string>());
            }
        }
    }
    return why.join(QStringLiteral(", "));
}

// The sheet scaled to the screen, framed in its status colour (runs on a pool thread).
QImage preview(const QString& path, const QSize& size, const QColor& frame) {
    QImageReader reader(path);
    const QSize full = reader.size();
    if (full.isValid()) {  // JPEG decoders scale while decoding
        reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return image;
    }
    image = image.scaled(size, Qt::KeepAspectRatio).convertToFormat(QImage::Format_RGB32);
    QPainter p(&image);
    p.setPen(QPen(frame, 6));
    p.drawRect(image.rect().adjusted(3, 3, -3, -3));
    return image;
}

}  // namespace

CountingPage::CountingPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Counting")));
    auto* source = new QHBoxLayout;
    m_device = new QComboBox(this);
    m_device->setEditable(true);
    m_device->setObjectName(QStringLiteral("device"));
    m_device->setMinimumWidth(280);
    auto* find = new QPushButton(tr("Find scanners"), this);
    auto* folder = new QPushButton(tr("Folder of images…"), this);
    source->addWidget(new QLabel(tr("Scanner:"), this));
    source->addWidget(m_device, 1);
    source->addWidget(find);
    source->addWidget(folder);
    m_rehearsal = new QPushButton(tr("Rehearsal ballots…"), this);
    m_rehearsal->setToolTip(
        tr("Training congress: simulated voters mark and scan ballots for the committee to count."));
    source->addWidget(m_rehearsal);
    // The feeder is the normal case; both sides for multi-sheet ballots printed duplex. 200 dpi
    // reads every KiemPhieu ballot (a 0.5 mm pen stroke is 4 px); 300 for small print.
    m_feed = new QComboBox(this);
    m_feed->addItem(tr("Feeder"), static_cast<int>(scan::Source::Adf));
    m_feed->addItem(tr("Feeder, both sides"), static_cast<int>(scan::Source::AdfDuplex));
    m_feed->addItem(tr("Flatbed"), static_cast<int>(scan::Source::Flatbed));
    m_dpi = new QComboBox(this);
    for (const int dpi : {150, 200, 300}) {
        m_dpi->addItem(tr("%1 dpi").arg(dpi), dpi);
    }
    m_dpi->setCurrentIndex(1);
    source->addWidget(m_feed);
    source->addWidget(m_dpi);
    layout->addLayout(source);
    auto* what = new QHBoxLayout;
    m_election = new QComboBox(this);
    m_round = new QSpinBox(this);
    m_round->setRange(1, 9);
    m_round->setObjectName(QStringLiteral("round"));
    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("start"));
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setEnabled(false);
    what->addWidget(new QLabel(tr("Election:"), this));
    what->addWidget(m_election, 1);
    what->addWidget(new QLabel(tr("Round:"), this));
    what->addWidget(m_round);
    what->addWidget(m_start);
    what->addWidget(m_cancel);
    layout->addLayout(what);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a00; font-weight: bold; }"));
    layout->addWidget(m_message);
    m_unread = new QLabel(this);
    m_unread->setObjectName(QStringLiteral("unread"));
    m_unread->setWordWrap(true);
    m_unread->setStyleSheet(QStringLiteral("QLabel { color: #a60; font-weight: bold; }"));
    m_unread->hide();
    layout->addWidget(m_unread);
    m_stage = new QLabel(this);
    m_counts = new QLabel(this);
    m_files = new QLabel(this);
    m_files->setObjectName(QStringLiteral("files"));
    m_files->setWordWrap(true);
    m_files->hide();
    m_progress = new QProgressBar(this);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_files);
    auto* view = new QHBoxLayout;
    m_image = new QLabel(this);
    m_image->setMinimumSize(200, 240);  // fits a 1024×600 screen; larger when there is room
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::StyledPanel);
    m_sheets = new QListWidget(this);
    m_sheets->setObjectName(QStringLiteral("sheets"));
    m_sheets->setWordWrap(true);  // a file's name and why it was not counted, whole
    view->addWidget(m_image, 1);
    view->addWidget(m_sheets, 1);
    layout->addLayout(view, 1);

    connect(find, &QPushButton::clicked, this, &CountingPage::findScanners);
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of scanned ballots"));
        if (!dir.isEmpty()) {
            m_device->setCurrentText(QStringLiteral("folder:") + dir);
        }
    });
    connect(m_rehearsal, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const int voters =
            QInputDialog::getInt(this, tr("Rehearsal ballots"), tr("How many voters?"), 50, 1, 5000, 1, &ok);
        if (ok) {
            makeRehearsal(voters);
        }
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        const auto& elections = m_session.congress().elections;
        if (m_device->currentText().trimmed().isEmpty()) {  // not a fault of the scanner: nothing is chosen
            m_message->setText(tr("Choose where the ballots come from first: Find scanners, or Folder of images…"));
            return;
        }
        if (m_election->currentIndex() >= 0) {
            start(m_device->currentText(),
                  QString::fromStdString(elections[static_cast<std::size_t>(m_election->currentIndex())].id.value),
                  m_round->value());
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &CountingPage::stop);
    auto* timer = new QTimer(this);
    timer->start(250);  // at most four sheet images a second: decoding one is the GUI's dearest job
    connect(timer, &QTimer::timeout, this, &CountingPage::showLatest);
    m_thread.setObjectName(QStringLiteral("counting"));
    m_thread.start();
    connect(&m_session, &Session::changed, this, &CountingPage::refresh);
    refresh();
}

CountingPage::~CountingPage() {
    if (m_job) {
        m_job->cancel();
    }
    m_thread.quit();
    m_thread.wait();
}

void CountingPage::stop() {
    if (m_job) {
        m_job->cancel();
        m_stage->setText(tr("Stopping after the sheets in hand…"));
    }
}

// An interrupted count (the app quit, the power cut) leaves sheets stored and not read: say how
// many, of which rounds, and that the next count of that round reads them first.
void CountingPage::showUnread() {
    QStringList rounds;
    int total = 0;
    if (auto record = m_session.isOpen() ? m_session.record() : std::nullopt) {
        std::map<std::pair<std::string, std::int64_t>, int> perRound;
        for (const store::SheetRow& s : record->unreadSheets().value_or(std::vector<store::SheetRow>{})) {
            ++perRound[{s.election, s.round}];
            ++total;
        }
        for (const auto& [round, sheets] : perRound) {
            rounds << tr("%1: %2 sheet(s)")
                          .arg(
                              roundTitle(m_session.congress(), ElectionId{round.first}, static_cast<int>(round.second)))
                          .arg(sheets);
        }
    }
    m_unread->setText(total == 0 ? (m_resumed > 0 ? tr("The %1 sheet(s) an interrupted count had left unread were "
                                                       "read first.")
                                                        .arg(m_resumed)
                                                  : QString())
                                 : tr("An earlier count was interrupted: %1 sheet(s) are stored but not yet read (%2). "
                                      "The next count of that round reads them first: press Start.")
                                       .arg(total)
                                       .arg(rounds.join(QStringLiteral("; "))));
    m_unread->setVisible(!m_unread->text().isEmpty());
}

void CountingPage::refresh() {
    if (m_session.recordPath() != m_shownRecord && !busy()) {
        clearBatch();  // another record: the last batch shown was the other record's
        m_shownRecord = m_session.recordPath();
        m_election->clear();
        if (m_session.isOpen()) {
            for (const Election& e : m_session.congress().elections) {
                m_election->addItem(QString::fromStdString(e.title));
            }
        }
    }
    m_start->setEnabled(m_session.isOpen() && !busy());
    if (!busy()) {
        showUnread();
    }
    m_rehearsal->setVisible(m_session.isOpen() && m_session.training());
    if (!busy()) {
        m_stage->setText(
            !m_session.isOpen() ? tr("Open a congress record (step 1) to count its ballots.")
            : m_session.operatorName().isEmpty()
                ? tr("Sign in (Counting committee) so that the batch is recorded in your name.")
                : tr("Signed in: %1. Choose the scanner or a folder, the election and the round, then Start.")
                      .arg(m_session.operatorName()));
    }
}

void CountingPage::clearBatch() {
    m_read = m_review = m_rejected = 0;
    m_message->clear();
    m_counts->clear();
    m_sheets->clear();
    m_shown.clear();
    m_fileRows.clear();
    m_blockers.clear();
    m_files->clear();
    m_files->hide();
    m_progress->setValue(0);
    m_image->clear();
    m_latestImage.clear();
}

void CountingPage::selectRound(const QString& electionId, int round) {
    const auto& elections = m_session.congress().elections;
    const auto e = std::ranges::find(elections, ElectionId{electionId.toStdString()}, &Election::id);
    if (e != elections.end()) {
        m_election->setCurrentIndex(static_cast<int>(e - elections.begin()));
        m_round->setValue(round);
    }
}

void CountingPage::makeRehearsal(int voters) {
    if (!m_session.isOpen() || m_election->currentIndex() < 0) {
        return;
    }
    app::RehearsalRequest request;
    request.recordPath = m_session.recordPath().toStdString();
    request.election = m_session.congress().elections[static_cast<std::size_t>(m_election->currentIndex())].id.value;
    request.round = m_round->value();
    request.voters = voters;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    request.seed = static_cast<std::uint64_t>(now.toMSecsSinceEpoch());  // every rehearsal a new set of voters
    const QString folder = m_session.recordPath() + QStringLiteral(".rehearsal/%1-lan-%2-%3")
                                                        .arg(QString::fromStdString(request.election))
                                                        .arg(request.round)
                                                        .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    request.outDir = folder.toStdString();
    m_rehearsal->setEnabled(false);
    m_stage->setText(tr("Simulated voters are marking %n ballot(s)…", nullptr, voters));
    auto* watcher = new QFutureWatcher<std::expected<int, std::string>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, folder] {
        const auto made = watcher->result();
        watcher->deleteLater();
        m_rehearsal->setEnabled(true);
        if (!made) {
            m_stage->setText(QString::fromStdString(made.error()));
            emit rehearsalFailed(QString::fromStdString(made.error()));
            return;
        }
        m_device->setCurrentText(QStringLiteral("folder:") + folder);
        m_stage->setText(tr("%n rehearsal ballot(s) ready: press Start to count them.", nullptr, *made));
        emit rehearsalReady(folder, *made);
    });
    watcher->setFuture(QtConcurrent::run([request] {
        app::lowerThreadPriority();  // a pool thread: the simulator's workers inherit it, the GUI stays first
        return app::makeRehearsalBallots(request);
    }));
}

void CountingPage::findScanners() {
    auto* watcher = new QFutureWatcher<std::vector<std::string>>(this);
    connect(watcher, &QFutureWatcher<std::vector<std::string>>::finished, this, [this, watcher] {
        const QString current = m_device->currentText();
        m_device->clear();
        for (const std::string& name : watcher->result()) {
            m_device->addItem(QString::fromStdString(name));
        }
        m_device->setCurrentText(m_device->count() > 0 ? m_device->itemText(0) : current);
        m_stage->setText(m_device->count() > 0
                             ? tr("%n scanner(s) found.", nullptr, m_device->count())
                             : tr("No scanner found: check the cable and the power, or use a folder of images."));
        watcher->deleteLater();
    });
    m_stage->setText(tr("Looking for scanners…"));
    // SANE probes every back end: seconds, never on the GUI thread.
    watcher->setFuture(QtConcurrent::run([] {
        std::vector<std::string> names;
        if (auto devices = scan::listDevices()) {
            for (const auto& d : *devices) {
                names.push_back(d.name);
            }
        }
        return names;
    }));
}

void CountingPage::start(const QString& device, const QString& electionId, int round) {
    if (busy() || !m_session.isOpen()) {
        return;
    }
    app::CountingRequest request;
    request.recordPath = m_session.recordPath();
    request.election = electionId;
    request.round = round;
    request.device = device.trimmed();
    request.scanDir = m_session.scanDir(electionId, round);
    request.source = static_cast<scan::Source>(m_feed->currentData().toInt());
    request.dpi = m_dpi->currentData().toInt();
    request.operatorName = m_session.operatorName().isEmpty() ? QStringLiteral("?") : m_session.operatorName();
    m_job = new app::CountingJob(request);
    m_job->moveToThread(&m_thread);
    clearBatch();
    connect(m_job, &app::CountingJob::stageChanged, this, [this](const QString& stage) {
        m_stage->setText(stage == QLatin1String("scan") ? tr("Scanning: every sheet is saved before the next is fed…")
                         : stage == QLatin1String("read") ? tr("Reading the ballots…")
                                                          : tr("Storing in the congress record…"));
    });
    m_resumed = 0;
    connect(m_job, &app::CountingJob::resumedUnread, this, [this](int sheets) {
        m_resumed = sheets;
        m_unread->setText(
            tr("Reading first the %1 sheet(s) an interrupted count stored but did not read.").arg(sheets));
        m_unread->show();
    });
    connect(m_job, &app::CountingJob::pageScanned, this,
            [this](int pages) { m_counts->setText(tr("Scanned: %1 sheet(s)").arg(pages)); });
    connect(m_job, &app::CountingJob::filesAccounted, this, &CountingPage::showFiles);
    connect(m_job, &app::CountingJob::sheetRead, this,
            [this](int index, int total, const QString& image, const QString& status, const QString& line) {
                showSheet(index, total, image, status, line);
            });
    connect(m_job, &app::CountingJob::paused, this, [this](int code, const QString& detail, int sheets) {
        // A broken link in a folder stops it: the file named in the committee's words, not the system's.
        const QString message =
            !m_blockers.isEmpty()
                ? m_blockers
                : faultText(code, sheets) + (detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail));
        m_message->setText(
            m_blockers.isEmpty() ? message + QLatin1Char(' ') + tr("Press Start to resume the same batch.") : message);
        m_stage->setText(tr("Paused: %1 sheet(s) safely saved.").arg(sheets));
        finishJob();
        emit countPaused(message);
    });
    connect(m_job, &app::CountingJob::failed, this, [this](const QString& message) {
        m_message->setText(message);
        finishJob();
        emit countPaused(message);
    });
    connect(m_job, &app::CountingJob::finished, this, [this](int sheets, int, int review, int) {
        m_stage->setText(tr("Done: %1 sheet(s) counted, %2 for the committee to review.").arg(sheets).arg(review));
        finishJob();
        emit countFinished(sheets, review);
    });
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    QMetaObject::invokeMethod(m_job, &app::CountingJob::run, Qt::QueuedConnection);
}

// A sheet read, or read again: the two faces of a two-sided ballot are shown once more when
// they are joined into one ballot (src/app/join_sides.h).
void CountingPage::showSheet(int index, int total, const QString& image, const QString& status, const QString& line) {
    const auto count = [&](const QString& s) -> int& {
        return s == QLatin1String("read") ? m_read : s == QLatin1String("review") ? m_review : m_rejected;
    };
    const auto file = m_fileRows.find(image);  // a file of the folder, on the list since it was scanned
    auto shown = m_shown.find(index);
    if (shown == m_shown.end()) {
        auto* item = file != m_fileRows.end() ? file->second.first : new QListWidgetItem(m_sheets);
        shown = m_shown.emplace(index, std::pair{item, QString()}).first;
    } else {
        --count(shown->second.second);
    }
    ++count(status);
    shown->second.second = status;
    QListWidgetItem* item = shown->second.first;
    item->setText(file != m_fileRows.end() ? folderFileText(file->second.second, status, reasonsOf(line))
                                           : tr("Sheet %1 — %2").arg(index + 1).arg(statusText(status)));
    item->setForeground(statusColour(status));
    m_progress->setMaximum(total);
    m_progress->setValue(m_read + m_review + m_rejected);
    m_counts->setText(tr("Read: %1 · to the committee: %2 · not ballots: %3 · of %4")
                          .arg(m_read)
                          .arg(m_review)
                          .arg(m_rejected)
                          .arg(total));
    m_latestImage = image;
    m_latestStatus = status;
}

// Every file of the folder, once scanned: the sheets it brought in (their reading shown as it
// comes) and each file not counted, with why.
void CountingPage::showFiles(const std::vector<app::FolderFile>& files) {
    for (const app::FolderFile& f : files) {
        auto* item = new QListWidgetItem(folderFileText(f), m_sheets);
        item->setForeground(folderFileColour(f));
        if (!f.scanned.empty()) {
            m_fileRows[QString::fromStdString(f.scanned)] = {item, f};
        }
    }
    m_blockers = folderBlockers(files);
    m_files->setText(folderSummary(files));
    m_files->show();
}

void CountingPage::finishJob() {
    m_job->deleteLater();
    m_job = nullptr;
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    showLatest();
    showUnread();
    emit jobEnded();
}

void CountingPage::showLatest() {
    if (m_latestImage.isEmpty() || m_decoding) {
        return;
    }
    // Decoding a 300-dpi PNG takes up to 100 ms: never on the GUI thread. One at a time; the
    // newest sheet wins.
    m_decoding = true;
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher] {
        if (const QImage image = watcher->result(); !image.isNull()) {
            m_image->setPixmap(QPixmap::fromImage(image));
        }
        m_decoding = false;
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(preview, m_latestImage, m_image->size(), statusColour(m_latestStatus)));
    m_latestImage.clear();
}

QString CountingPage::faultText(int code, int sheets) {
    const QString so = tr("%n sheet(s) are safely saved.", nullptr, sheets);
    switch (static_cast<scan::ErrorCode>(code)) {
        case scan::ErrorCode::DeviceOffline:
            return tr("The scanner is not answering: check its cable and power.") + QLatin1Char(' ') + so;
        case scan::ErrorCode::DeviceBusy:
            return tr("Another program is using the scanner: close it.") + QLatin1Char(' ') + so;
        case scan::ErrorCode::FeederEmpty:
            return tr("The feeder is empty: put the ballots in the feeder.") + QLatin1Char(' ') + so;
        case scan::ErrorCode::PaperJam:
            return tr("Paper jam: open the scanner, take out the jammed sheet and put it back on top of the stack.") +
                   QLatin1Char(' ') + so;
        case scan::ErrorCode::CoverOpen: return tr("The scanner's cover is open: close it.") + QLatin1Char(' ') + so;
        case scan::ErrorCode::DoubleFeed:
            return tr("Two sheets went through together: put the last sheets back on top of the stack.") +
                   QLatin1Char(' ') + so;
        case scan::ErrorCode::AccessDenied:
            return tr("This computer may not use the scanner (permissions).") + QLatin1Char(' ') + so;
        case scan::ErrorCode::Cancelled: return tr("Stopped.") + QLatin1Char(' ') + so;
        case scan::ErrorCode::Unsupported: return tr("The scanner cannot scan this way (source, resolution or mode).");
        case scan::ErrorCode::OutOfMemory: return tr("The computer ran out of memory.") + QLatin1Char(' ') + so;
        case scan::ErrorCode::StorageFailed:
            return tr("The disk could not save the sheet: free some space.") + QLatin1Char(' ') + so;
        case scan::ErrorCode::IoError: break;
    }
    return tr("The scanner reported an error.") + QLatin1Char(' ') + so;
}

}  // namespace kp::gui
