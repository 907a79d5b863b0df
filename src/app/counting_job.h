#pragma once
// One run of the counting station, off the GUI thread: scan a batch from a scanner (or a folder
// of images) into the record's scan folder, read every new sheet with the recogniser on every
// core, and bring the scans and readings into the congress record. A scanner fault pauses the
// run with the count so far; run() again resumes the same batch (scanner-drivers: batches).
//
// Thread affinity: create it in the GUI thread, move it to a worker QThread and call run()
// there (queued); cancel() may be called from any thread. Signals are queued to the GUI.
#include <QObject>
#include <QString>
#include <atomic>

#include "scanner-drivers/scanner.h"

namespace kp::app {

struct CountingRequest {
    QString recordPath;
    QString election;
    int round = 1;
    QString device;    // a SANE/TWAIN name or "folder:DIR"
    QString scanDir;   // the session folder (scanner-drivers/batch)
    QString operatorName;
    int dpi = 200;
    scan::Source source = scan::Source::Adf;
    int threads = 0;   // 0: every core
};

class CountingJob : public QObject {
    Q_OBJECT
public:
    explicit CountingJob(CountingRequest request, QObject* parent = nullptr);

    void cancel();

public slots:
    void run();

signals:
    void stageChanged(const QString& stage);  // "scan", "read", "store"
    void pageScanned(int pagesSoFar);
    // A sheet read: its image, the recogniser's status ("read" / "review" / "rejected") and
    // its readings line (JSON text).
    void sheetRead(int index, int total, const QString& image, const QString& status, const QString& line);
    // The scanner stopped at a fault: scan::ErrorCode as int, the back end's words, sheets so far.
    void paused(int errorCode, const QString& detail, int sheetsSoFar);
    void finished(int sheets, int read, int review, int rejected);
    void failed(const QString& message);

private:
    CountingRequest m_request;
    scan::CancelToken m_cancel;
    std::atomic<bool> m_stop{false};
};

}  // namespace kp::app
