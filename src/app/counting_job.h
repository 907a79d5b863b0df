#pragma once
// One run of the counting station, off the GUI thread: first the round's sheets an interrupted
// count stored but never read; then scan a batch from a scanner (or a folder of images) into
// the record's scan folder, each page stored in the congress record as soon as the scanner
// session acknowledges it; then read every new sheet with the recogniser on every core and
// record the readings. cancel() stops after the sheets in hand: what was read is recorded, the
// rest waits in the record, unread, for the next run. A scanner fault pauses the run with the
// count so far; run() again resumes the same batch (scanner-drivers: batches).
//
// Thread affinity: create it in the GUI thread, move it to a worker QThread and call run()
// there (queued); cancel() may be called from any thread. Signals are queued to the GUI.
#include <QObject>
#include <QString>
#include <atomic>
#include <vector>

#include "scanner-drivers/scanner.h"
#include "src/app/folder_files.h"

namespace kp::app {

struct CountingRequest {
    QString recordPath;
    QString election;
    int round = 1;
    QString device;   // a SANE/TWAIN name or "folder:DIR"
    QString scanDir;  // the session folder (scanner-drivers/batch)
    QString operatorName;
    int dpi = 200;
    scan::Source source = scan::Source::Adf;
    int threads = 0;  // 0: every core
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
    // An interrupted count left this many sheets of the round stored but not read: read first.
    void resumedUnread(int sheets);
    void pageScanned(int pagesSoFar);
    // A folder of images scanned (a scanner says nothing of files): every file of the folder with
    // what became of it — before the new sheets are read, also when the scan paused.
    void filesAccounted(const std::vector<kp::app::FolderFile>& files);
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
